#include "tariffs/model/budget_loader.hpp"

#include "engine/text_check.hpp"

#include "engine/suggest.hpp"
#include "tariffs/model/year_reader.hpp"

namespace tariffs {

namespace {

using engine::arg;
using engine::msg;
using engine::YamlReader;

void read_volume(YamlReader& reader, const engine::YamlNode& node, BudgetLine& line) {
    if (node["volume"] && node["volume_history"])
        reader.error(node, msg("a budget line has a `volume` or a `volume_history`, not both"));
    if (node["volume"]) {
        if (auto volume = reader.number(node["volume"], engine::msg("a volume"))) {
            if (volume->sign() < 0)
                reader.error(node["volume"], msg("a volume cannot be negative: {value}", {arg("value", engine::excerpt(node["volume"].Scalar()))}));
            else line.volume = YearValue{*volume, reader.pos(node["volume"])};
        }
    } else if (node["volume_history"]) {
        line.history = read_by_year(reader, node["volume_history"], msg("a volume history"), Sign::not_negative);
        line.pos = reader.pos(node["volume_history"]);
    } else {
        reader.error(node, msg("a budget line needs a `volume` or a `volume_history`"));
    }
    if (node["history_years"])
        line.history_years = reader.whole_number(node["history_years"], engine::key_name("history_years"), 1, 50).value_or(3);
}

BudgetLine read_line(YamlReader& reader, const engine::YamlNode& node, const std::set<std::string>& codes, int base_year) {
    BudgetLine line;
    line.pos = reader.pos(node);
    if (!reader.is_map(node, engine::msg("a budget line"))) return line;
    reader.reject_unknown_keys(node, engine::msg("a budget line"), {"product", "volume", "volume_history", "history_years", "change"});
    if (node["product"]) {
        line.code = reader.text(node["product"], engine::key_name("product")).value_or("");
        if (!line.code.empty() && !codes.count(line.code))
            reader.error(node["product"], msg("unknown product {code}{suggestion}",
                                              {arg("code", engine::quote(line.code)),
                                               arg("suggestion", engine::suggestion(line.code, {codes.begin(), codes.end()}))}));
    } else {
        reader.error(node, msg("a budget line needs a `product`"));
    }
    read_volume(reader, node, line);
    if (node["change"]) {
        line.change = read_by_year(reader, node["change"], msg("a transformation target"));
        for (const auto& [year, value] : line.change) {
            if (year <= base_year)
                reader.diagnostics().add(value.pos, msg("a transformation target applies after the base year {base}, not in {year}",
                                                        {arg("base", base_year), arg("year", year)}));
            // Below −100% the volume would turn negative: care cannot shrink by more than all of it.
            if (value.value < engine::Number(-1))
                reader.diagnostics().add(value.pos, msg("a transformation target of {percentage}% would make the volume negative; "
                                                        "−100% ends the care",
                                                        {arg("percentage", (value.value * engine::Number(100)).to_exact_decimal().value_or("?"))}));
        }
    }
    return line;
}

Provider read_provider(YamlReader& reader, const engine::YamlNode& node, const std::set<std::string>& codes, int base_year) {
    Provider provider;
    provider.pos = reader.pos(node);
    if (!reader.is_map(node, engine::msg("a provider"))) return provider;
    reader.reject_unknown_keys(node, engine::msg("a provider"), {"name", "lot", "lines", "availability"});
    if (node["name"]) provider.name = reader.text(node["name"], engine::msg("a provider's `name`")).value_or("");
    else reader.error(node, msg("a provider needs a `name`"));
    if (node["lot"]) provider.lot = reader.text(node["lot"], engine::key_name("lot")).value_or("");
    if (node["availability"]) {
        if (auto amount = reader.number(node["availability"], engine::key_name("availability"))) {
            if (amount->sign() < 0) reader.error(node["availability"], msg("`availability` cannot be negative"));
            provider.availability = YearValue{*amount, reader.pos(node["availability"])};
        }
    }
    if (node["lines"] && reader.is_sequence(node["lines"], engine::key_name("lines")))
        for (const auto& line : node["lines"]) provider.lines.push_back(read_line(reader, line, codes, base_year));
    else if (!node["lines"])
        reader.error(node, msg("provider {name} needs `lines`", {arg("name", provider.name)}));
    return provider;
}

}  // namespace

BudgetPlan read_budgets(YamlReader& reader, const engine::YamlNode& node, const std::set<std::string>& codes,
                        int base_year) {
    BudgetPlan plan;
    plan.present = true;
    plan.pos = reader.pos(node);
    if (!reader.is_map(node, engine::key_name("budgets"))) return plan;
    reader.reject_unknown_keys(node, engine::key_name("budgets"), {"providers", "frames"});
    if (node["providers"] && reader.is_sequence(node["providers"], engine::key_name("providers"))) {
        std::set<std::string> names;
        for (const auto& item : node["providers"]) {
            Provider provider = read_provider(reader, item, codes, base_year);
            if (!provider.name.empty() && !names.insert(provider.name).second)
                reader.error(item, msg("provider {name} appears twice", {arg("name", engine::quote(provider.name))}));
            plan.providers.push_back(std::move(provider));
        }
    } else if (!node["providers"]) {
        reader.error(node, msg("`budgets` needs `providers`"));
    }
    if (node["frames"]) plan.frames = read_by_year(reader, node["frames"], msg("a budget frame"), Sign::not_negative);
    return plan;
}

}  // namespace tariffs
