#include "tariffs/model/indexation_loader.hpp"

#include "engine/text_check.hpp"

#include "tariffs/model/year_reader.hpp"

#include <filesystem>
#include <functional>

namespace tariffs {

namespace {

using engine::arg;
using engine::msg;
using engine::Number;
using engine::YamlReader;

IndexFigure read_figure(YamlReader& reader, const engine::YamlNode& node) {
    IndexFigure figure;
    if (!reader.is_map(node, engine::msg("an index figure"))) return figure;
    reader.reject_unknown_keys(node, engine::msg("an index figure"), {"provisional", "definitive"});
    for (const bool provisional : {true, false}) {
        const char* which = provisional ? "provisional" : "definitive";
        if (!node[which]) continue;
        auto value = reader.number(node[which], provisional ? msg("the provisional figure") : msg("the definitive figure"));
        if (value) (provisional ? figure.provisional : figure.definitive) = YearValue{*value, reader.pos(node[which])};
    }
    if (!figure.provisional && !figure.definitive)
        reader.error(node, msg("an index figure has a `provisional` or a `definitive` value, or both"));
    return figure;
}

// A model may add a figure to a year an index file has (the definitive figure
// it assumes, say); the same figure given twice is an error.
void merge(YamlReader& reader, const engine::YamlNode& at, const std::string& series, int year, const IndexFigure& figure,
           IndexFigure& into) {
    auto take = [&](const std::optional<YearValue>& value, std::optional<YearValue>& slot, bool provisional) {
        if (!value) return;
        if (slot) {
            std::vector<engine::MessageArg> args{arg("series", series), arg("year", year), arg("place", slot->pos.to_string())};
            reader.error(at, provisional ? msg("the provisional {series} {year} figure is given twice (also at {place})", args)
                                         : msg("the definitive {series} {year} figure is given twice (also at {place})", args));
            return;
        }
        slot = value;
    };
    take(figure.provisional, into.provisional, true);
    take(figure.definitive, into.definitive, false);
}

void read_series(YamlReader& reader, const engine::YamlNode& node, std::vector<IndexSeries>& into) {
    if (!reader.is_map(node, engine::key_name("series"))) return;
    reader.for_each_entry(node, engine::key_name("series"), [&](const std::string& component, const engine::YamlNode& key,
                                                 const engine::YamlNode& years) {
        IndexSeries* series = nullptr;
        for (auto& s : into)
            if (s.component == component) series = &s;
        if (!series) series = &into.emplace_back(IndexSeries{component, {}, reader.pos(key)});
        const engine::Message what = msg("the series {name}", {arg("name", component)});
        if (!reader.is_map(years, what)) return;
        reader.for_each_entry(years, what, [&](const std::string&, const engine::YamlNode& year_key,
                                                                   const engine::YamlNode& value) {
            const auto year = read_year(reader, year_key);
            if (!year) return;
            merge(reader, year_key, component, *year, read_figure(reader, value),
                  series->years[*year]);
        });
    });
}

// Whether the file could be read (its own problems, if any, are reported).
bool read_series_file(YamlReader& reader, const engine::YamlNode& node, const std::string& model_file,
                      IndexPolicy& policy) {
    std::vector<IndexSeries>& into = policy.series;
    auto path = reader.text(node, engine::key_name("series_file"));
    if (!path) return false;
    const auto full = (std::filesystem::path(model_file).parent_path() / *path).lexically_normal().string();
    try {
        const engine::YamlDocument document = engine::load_yaml_file(full);
        policy.files.push_back(source_file("series", full, *document.text));
        YamlReader file_reader(document, reader.diagnostics());
        if (!file_reader.is_map(document.root, engine::msg("an index file"))) return false;
        file_reader.reject_unknown_keys(document.root, engine::msg("an index file"), {"series", "about"});
        if (document.root["series"]) read_series(file_reader, document.root["series"], into);
        else file_reader.error(document.root, msg("an index file needs `series`"));
        return true;
    } catch (const engine::InputError& e) {
        reader.append_named_file_problems(e, node, engine::msg("the `series_file`"));
        return false;
    }
}

std::optional<engine::Rounding> read_step_rounding(YamlReader& reader, const engine::YamlNode& node, const char* step) {
    if (!node[step]) return std::nullopt;
    return reader.rounding(node[step]);
}

void read_roundings(YamlReader& reader, const engine::YamlNode& node, IndexPolicy& policy) {
    if (!reader.is_map(node, engine::msg("the indexation `rounding`"))) return;
    reader.reject_unknown_keys(node, engine::msg("the indexation `rounding`"), {"weighted", "correction", "index", "tariff"});
    // A named policy keeps the model's rounding of each step it does not give.
    if (node["weighted"]) policy.round_weighted = read_step_rounding(reader, node, "weighted");
    if (node["correction"]) policy.round_correction = read_step_rounding(reader, node, "correction");
    if (node["index"]) policy.round_index = read_step_rounding(reader, node, "index");
    if (auto tariff = read_step_rounding(reader, node, "tariff")) policy.round_tariff = *tariff;
}

template <typename Enum>
std::optional<Enum> read_choice(YamlReader& reader, const engine::YamlNode& node, const std::string& key,
                                const std::vector<std::pair<std::string, Enum>>& choices) {
    auto text = reader.text(node, engine::key_name(key));
    if (!text) return std::nullopt;
    std::string names;
    for (const auto& [name, value] : choices) {
        if (name == *text) return value;
        names += (names.empty() ? "" : ", ") + name;
    }
    reader.error(node, msg("{key} is one of {names}, not {value}",
                           {arg("key", engine::key_name(key)), arg("names", names), arg("value", engine::quote(*text))}));
    return std::nullopt;
}

void read_components(YamlReader& reader, const engine::YamlNode& node, IndexPolicy& policy) {
    if (!reader.is_map(node, engine::key_name("personnel_share_components"))) return;
    reader.reject_unknown_keys(node, engine::key_name("personnel_share_components"), {"wage", "other"});
    if (node["wage"]) policy.wage_component = reader.text(node["wage"], engine::key_name("wage")).value_or(policy.wage_component);
    if (node["other"]) policy.other_component = reader.text(node["other"], engine::key_name("other")).value_or(policy.other_component);
}

void check_components_known(YamlReader& reader, const IndexPolicy& policy, const IndexWeights& weights) {
    for (const auto& [component, _] : weights.shares)
        if (!policy.find_series(component))
            reader.diagnostics().add(weights.pos, msg("the weights name {name}, which has no index series",
                                                      {arg("name", engine::quote(component))}));
}

void read_choices(YamlReader& reader, const engine::YamlNode& node, IndexPolicy& policy) {
    if (node["correction"])
        policy.correction = read_choice<Correction>(reader, node["correction"], "correction",
                                                    {{"none", Correction::none}, {"points", Correction::points},
                                                     {"ratio", Correction::ratio}})
                                .value_or(policy.correction);
    if (node["method"])
        policy.method = read_choice<IndexMethod>(reader, node["method"], "method",
                                                 {{"chain", IndexMethod::chain}, {"direct", IndexMethod::direct}})
                            .value_or(policy.method);
    if (node["rounding"]) read_roundings(reader, node["rounding"], policy);
}

std::vector<std::pair<std::string, engine::SourcePos>> read_names(YamlReader& reader, const engine::YamlNode& node,
                                                                  const engine::Message& what) {
    std::vector<std::pair<std::string, engine::SourcePos>> names;
    if (!reader.is_sequence(node, what)) return names;
    for (const auto& item : node)
        if (auto name = reader.text(item, msg("a name in {what}", {arg("what", what)}))) names.emplace_back(*name, reader.pos(item));
    return names;
}

// `policies: {NAME: {kinds: [...], groups: [...], weights, correction, method, rounding}}`:
// each a copy of the model's policy with what it gives replaced.
std::vector<NamedIndexPolicy> read_named_policies(YamlReader& reader, const engine::YamlNode& node,
                                                  const IndexPolicy& model_policy,
                                                  const std::function<void(const IndexWeights&)>& check_known) {
    std::vector<NamedIndexPolicy> policies;
    if (!reader.is_map(node, engine::key_name("policies"))) return policies;
    reader.for_each_entry(node, engine::key_name("policies"), [&](const std::string& name, const engine::YamlNode& key,
                                                   const engine::YamlNode& value) {
        const engine::Message what = msg("indexation policy {name}", {arg("name", engine::quote(name))});
        if (!reader.is_map(value, engine::msg("an indexation policy"))) return;
        reader.reject_unknown_keys(value, what, {"about", "kinds", "groups", "weights", "correction", "method", "rounding"});
        NamedIndexPolicy named{{}, {}, model_policy};
        named.policy.name = name;
        named.policy.pos = reader.pos(key);
        if (value["about"]) reader.prose(value["about"], engine::key_name("about"));
        if (value["kinds"]) named.kinds = read_names(reader, value["kinds"], engine::key_name("kinds"));
        if (value["groups"]) named.groups = read_names(reader, value["groups"], engine::key_name("groups"));
        if (named.kinds.empty() && named.groups.empty())
            reader.error(value, msg("{policy} applies to no product: give the `kinds` or the product `groups` it is for",
                                    {arg("policy", what)}));
        if (value["weights"])
            if (auto weights = read_index_weights(reader, value["weights"])) {
                check_known(*weights);
                named.policy.weights = *weights;
                named.policy.by_kind.clear();  // its own weights, whatever the kind
            }
        read_choices(reader, value, named.policy);
        policies.push_back(std::move(named));
    });
    return policies;
}

}  // namespace

std::optional<IndexWeights> read_index_weights(YamlReader& reader, const engine::YamlNode& node) {
    IndexWeights weights;
    weights.pos = reader.pos(node);
    if (node.IsScalar() && node.Scalar() == "personnel_share") {
        weights.by_personnel_share = true;
        return weights;
    }
    if (!node.IsMap()) {
        reader.error(node, msg("index weights are `{OVA: 90%, PPC: 10%}` or `personnel_share`"));
        return std::nullopt;
    }
    Number total;
    bool ok = true;
    reader.for_each_entry(node, engine::msg("the index weights"), [&](const std::string& component, const engine::YamlNode&,
                                                         const engine::YamlNode& value) {
        auto share = reader.number(value, engine::msg("a weight"));
        if (!share || share->sign() < 0) {
            if (share) reader.error(value, msg("a weight cannot be negative"));
            ok = false;
            return;
        }
        total += *share;
        weights.shares.emplace_back(component, *share);
    });
    if (!ok) return std::nullopt;
    if (total != Number(1)) {
        auto exact = total.to_exact_decimal();
        reader.error(node, msg("index weights add up to {total}, not exactly 1",
                               {arg("total", engine::excerpt(exact ? *exact : total.to_fraction_string()))}));
        return std::nullopt;
    }
    return weights;
}

IndexPolicy read_indexation(YamlReader& reader, const engine::YamlNode& node, const std::string& model_file) {
    IndexPolicy policy;
    policy.present = true;
    policy.pos = reader.pos(node);
    policy.round_tariff = engine::Rounding{2, std::nullopt, engine::RoundingMode::half_up, policy.pos};
    if (!reader.is_map(node, engine::key_name("indexation"))) return policy;
    reader.reject_unknown_keys(node, engine::key_name("indexation"),
                               {"series_file", "series", "weights", "weights_by_kind", "personnel_share_components",
                                "correction", "method", "rounding", "applied", "policies"});
    // Without its series file, every weight would name a series that is not there: say only the cause.
    const bool series_read = !node["series_file"] || read_series_file(reader, node["series_file"], model_file, policy);
    const auto check_known = [&](const IndexWeights& weights) {
        if (series_read) check_components_known(reader, policy, weights);
    };
    if (node["series"]) read_series(reader, node["series"], policy.series);
    if (node["personnel_share_components"]) read_components(reader, node["personnel_share_components"], policy);
    if (node["weights"]) {
        if (auto weights = read_index_weights(reader, node["weights"])) {
            if (weights->by_personnel_share)
                reader.error(node["weights"], msg("the default weights must be fixed shares; "
                                                  "use personnel_share per kind or per product"));
            policy.weights = *weights;
            check_known(policy.weights);
        }
    } else if (!node["applied"]) {
        reader.error(node, msg("`indexation` needs `weights` (e.g. {OVA: 90%, PPC: 10%}) or an `applied` index per year"));
    }
    if (node["weights_by_kind"] && reader.is_map(node["weights_by_kind"], engine::key_name("weights_by_kind")))
        reader.for_each_entry(node["weights_by_kind"], engine::key_name("weights_by_kind"),
                              [&](const std::string& kind, const engine::YamlNode&, const engine::YamlNode& value) {
                                  if (auto weights = read_index_weights(reader, value)) {
                                      check_known(*weights);
                                      policy.by_kind[kind] = *weights;
                                  }
                              });
    read_choices(reader, node, policy);
    if (node["applied"]) policy.applied = read_by_year(reader, node["applied"], msg("the applied index"));
    if (node["policies"]) policy.policies = read_named_policies(reader, node["policies"], policy, check_known);
    return policy;
}

}  // namespace tariffs
