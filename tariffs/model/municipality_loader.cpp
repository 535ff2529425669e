#include "tariffs/model/municipality_loader.hpp"

#include "engine/suggest.hpp"
#include "engine/text_check.hpp"
#include "tariffs/model/year_reader.hpp"

#include <set>

namespace tariffs {

namespace {

using engine::arg;
using engine::msg;
using engine::YamlReader;

Municipality read_municipality(YamlReader& reader, const engine::YamlNode& node) {
    Municipality municipality;
    municipality.pos = reader.pos(node);
    if (!reader.is_map(node, engine::msg("a municipality"))) return municipality;
    reader.reject_unknown_keys(node, engine::msg("a municipality"), {"name", "metrics", "objective", "usage"});
    if (node["name"]) municipality.name = reader.text(node["name"], engine::msg("a municipality's `name`")).value_or("");
    else reader.error(node, msg("a municipality needs a `name`"));
    if (node["metrics"] && reader.is_map(node["metrics"], engine::key_name("metrics")))
        reader.for_each_entry(node["metrics"], engine::key_name("metrics"), [&](const std::string& metric, const engine::YamlNode&,
                                                                 const engine::YamlNode& values) {
            municipality.metrics[metric] = read_by_year(reader, values, msg("{metric}", {arg("metric", metric)}), Sign::not_negative);
        });
    if (node["objective"]) municipality.objective = read_by_year(reader, node["objective"], msg("the objective amount"), Sign::not_negative);
    if (node["usage"]) municipality.usage = read_by_year(reader, node["usage"], msg("the actual use"), Sign::not_negative);
    return municipality;
}

}  // namespace

std::vector<Municipality> read_municipalities(YamlReader& reader, const engine::YamlNode& node) {
    std::vector<Municipality> municipalities;
    if (!reader.is_sequence(node, engine::key_name("municipalities"))) return municipalities;
    std::set<std::string> names;
    for (const auto& item : node) {
        Municipality municipality = read_municipality(reader, item);
        if (!municipality.name.empty() && !names.insert(municipality.name).second)
            reader.error(item, msg("municipality {name} appears twice", {arg("name", engine::quote(municipality.name))}));
        municipalities.push_back(std::move(municipality));
    }
    return municipalities;
}

namespace {

void check_metric(YamlReader& reader, const engine::YamlNode& node, const std::string& metric,
                  const std::vector<Municipality>& municipalities) {
    std::set<std::string> metrics;
    for (const auto& municipality : municipalities)
        for (const auto& [name, _] : municipality.metrics) metrics.insert(name);
    if (municipalities.empty() || metrics.count(metric)) return;
    std::string names;
    for (const auto& name : metrics) names += (names.empty() ? "" : ", ") + engine::excerpt(name);
    const std::vector<engine::MessageArg> args{arg("metric", engine::quote(metric)),
                                               arg("suggestion", engine::suggestion(metric, {metrics.begin(), metrics.end()})),
                                               arg("metrics", names)};
    reader.error(node, metrics.empty()
                           ? msg("`metric` names {metric}, which no municipality gives{suggestion}; no municipality gives `metrics`", args)
                           : msg("`metric` names {metric}, which no municipality gives{suggestion}; their metrics are {metrics}", args));
}

}  // namespace

AllocationSettings read_allocation(YamlReader& reader, const engine::YamlNode& node,
                                   const std::vector<Municipality>& municipalities) {
    AllocationSettings settings;
    settings.pos = reader.pos(node);
    if (!reader.is_map(node, engine::key_name("allocation"))) return settings;
    reader.reject_unknown_keys(node, engine::key_name("allocation"),
                               {"metric", "years", "premium_key", "no_claim_share", "carry_forward"});
    if (node["carry_forward"]) {
        const auto how = reader.text(node["carry_forward"], engine::key_name("carry_forward"));
        if (how == "last") settings.carry_forward = CarryForward::last;
        else if (how == "moving_average") settings.carry_forward = CarryForward::moving_average;
        else if (how)
            reader.error(node["carry_forward"], msg("`carry_forward` is last or moving_average, not {value}", {arg("value", engine::quote(*how))}));
    }
    if (node["metric"]) {
        if (auto metric = reader.text(node["metric"], engine::key_name("metric"))) {
            settings.metric = *metric;
            check_metric(reader, node["metric"], settings.metric, municipalities);
        }
    }
    if (node["years"]) settings.years = reader.whole_number(node["years"], engine::key_name("years"), 1, 50).value_or(settings.years);
    if (node["premium_key"]) {
        auto key = reader.text(node["premium_key"], engine::key_name("premium_key"));
        auto parsed = key ? parse_allocation_key(*key) : std::nullopt;
        if (!parsed || *parsed == AllocationKey::insurance)
            reader.error(node["premium_key"],
                         msg("`premium_key` must be moving_average, objective or usage, not {value}",
                             {arg("value", engine::quote(node["premium_key"].Scalar()))}));
        else settings.premium_key = *parsed;
    }
    if (node["no_claim_share"]) {
        auto share = reader.number(node["no_claim_share"], engine::key_name("no_claim_share"));
        if (share && (share->sign() < 0 || *share > engine::Number(1)))
            reader.error(node["no_claim_share"],
                         msg("`no_claim_share` must be from 0% to 100%, not {value}",
                             {arg("value", engine::excerpt(node["no_claim_share"].Scalar()))}));
        else if (share) settings.no_claim_share = *share;
    }
    return settings;
}

}  // namespace tariffs
