#include "tariffs/checks/index_check.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace tariffs {

using engine::Number;

std::string_view to_string(IndexCheckStatus status) {
    static constexpr std::array<std::string_view, 4> names{"exact", "differs", "unknown_product", "unknown_year"};
    return names[static_cast<std::size_t>(status)];
}

bool IndexCheck::has_findings() const {
    return !unreadable.empty() || std::any_of(lines.begin(), lines.end(), [](const IndexCheckLine& l) {
               return l.status != IndexCheckStatus::exact;
           });
}

namespace {

struct Columns {
    std::size_t provider, code, year, tariff;
};

Columns find_columns(const CsvTable& list) {
    const auto found =
        require_columns(list, {provider_column, product_column, year_column, tariff_column}, engine::msg("the tariff list"));
    return {found[0], found[1], found[2], found[3]};
}

std::optional<IndexCheckLine> read_line(const CsvTable& list, const CsvRow& row, const Columns& columns,
                                        engine::Diagnostics& unreadable) {
    IndexCheckLine line;
    line.line = row.line;
    line.provider = row.fields[columns.provider];
    line.code = row.fields[columns.code];
    const engine::SourcePos at{engine::make_file_name(list.file), row.line, 1};
    const std::string& tariff = row.fields[columns.tariff];
    const auto year = Number::parse(row.fields[columns.year]);
    const auto listed = parse_csv_number(tariff, list.dialect);
    if (!year || !year->is_integer() || *year < 1900 || *year > 2200) {
        unreadable.add(at, engine::msg("line {line}: `{year}` is not a year",
                                       {engine::arg("line", row.line), engine::arg("year", row.fields[columns.year])}));
        return std::nullopt;
    }
    if (!listed) {
        unreadable.add(at, engine::msg("line {line}: the tariff `{tariff}` is not a number ({dialect})",
                                       {engine::arg("line", row.line), engine::arg("tariff", tariff),
                                        engine::arg("dialect", list.dialect.describe())}));
        return std::nullopt;
    }
    if (line.provider.empty() || line.code.empty()) {
        unreadable.add(at, engine::msg("line {line} has no provider or no product code", {engine::arg("line", row.line)}));
        return std::nullopt;
    }
    // A tariff below zero is no tariff a provider can charge: bad input, not a difference.
    if (listed->sign() < 0) {
        unreadable.add(at, engine::msg("line {line}: the tariff `{tariff}` is negative",
                                       {engine::arg("line", row.line), engine::arg("tariff", tariff)}));
        return std::nullopt;
    }
    line.year = std::stoi(year->numerator().str());
    line.listed = *listed;
    return line;
}

// Whether `cause` says no more than one already in `causes`: the same
// alternative, or one year without its correction where no year had one.
bool covered(const std::vector<IndexCause>& causes, const IndexCause& cause) {
    return std::any_of(causes.begin(), causes.end(), [&](const IndexCause& c) {
        return c.same_alternative(cause) ||
               (cause.kind == IndexCause::Kind::without_correction && c.kind == IndexCause::Kind::correction &&
                c.correction == Correction::none && c.year == cause.year);
    });
}

void add_cause(std::vector<IndexCause>& causes, const IndexCause& cause) {
    if (!covered(causes, cause)) causes.push_back(cause);
}

// Sets the line's status and causes; returns the alternatives an exact line contradicts.
std::vector<IndexCause> compare(IndexAlternatives& alternatives, const IndexedProduct& product, IndexCheckLine& line) {
    const YearTariff* year = product.find(line.year);
    if (!year) {
        line.status = IndexCheckStatus::unknown_year;
        return {};
    }
    line.expected = year->price;
    line.difference = line.listed - line.expected;
    line.status = line.difference.is_zero() ? IndexCheckStatus::exact : IndexCheckStatus::differs;
    std::vector<IndexCause> contradicted;
    for (const auto& candidate : alternatives.candidates(product, line.year)) {
        if (candidate.price == line.listed) {
            if (line.status == IndexCheckStatus::differs) add_cause(line.causes, candidate.cause);
        } else if (line.status == IndexCheckStatus::exact) {
            add_cause(contradicted, candidate.cause.alternative());
        }
    }
    return contradicted;
}

// Per provider: the alternatives every differing line names, less those an exact line contradicts.
std::vector<ProviderIndexCheck> per_provider(const std::vector<IndexCheckLine>& lines,
                                             const std::map<std::string, std::vector<IndexCause>>& contradicted) {
    std::vector<ProviderIndexCheck> providers;
    std::map<std::string, std::size_t> position;
    for (const auto& line : lines) {
        if (line.status != IndexCheckStatus::exact && line.status != IndexCheckStatus::differs) continue;
        auto [it, added] = position.emplace(line.provider, providers.size());
        if (added) providers.push_back({line.provider, 0, 0, {}});
        ProviderIndexCheck& provider = providers[it->second];
        ++provider.lines;
        if (line.status != IndexCheckStatus::differs) continue;
        if (provider.differing++ == 0) {
            for (const auto& cause : line.causes) provider.explains_all.push_back(cause.alternative());
            continue;
        }
        std::erase_if(provider.explains_all, [&](const IndexCause& kept) {
            return std::none_of(line.causes.begin(), line.causes.end(),
                                [&](const IndexCause& c) { return c.same_alternative(kept); });
        });
    }
    for (auto& provider : providers) {
        auto against = contradicted.find(provider.provider);
        if (against == contradicted.end()) continue;
        std::erase_if(provider.explains_all, [&](const IndexCause& kept) {
            return std::any_of(against->second.begin(), against->second.end(),
                               [&](const IndexCause& c) { return c.same_alternative(kept); });
        });
    }
    std::erase_if(providers, [](const ProviderIndexCheck& p) { return p.differing == 0; });
    return providers;
}

}  // namespace

IndexCheck check_index(CostModel& cost_model, const IndexedTariffs& tariffs, const CsvTable& list) {
    const Columns columns = find_columns(list);
    IndexAlternatives alternatives(cost_model, tariffs);
    IndexCheck check;
    check.file = list.file;
    check.dialect = list.dialect;
    check.unreadable = list.problems;
    std::map<std::tuple<std::string, std::string, int>, int> first_line;  // a tariff listed twice: which counts?
    std::map<std::string, std::vector<IndexCause>> contradicted;         // per provider, by its exact lines
    for (const auto& row : list.rows) {
        auto line = read_line(list, row, columns, check.unreadable);
        if (!line) continue;
        if (auto [first, added] = first_line.emplace(std::tuple{line->provider, line->code, line->year}, row.line);
            !added) {
            check.unreadable.add({engine::make_file_name(list.file), row.line, 1},
                                 engine::msg("line {line} lists {provider}'s tariff for {code} in {year} again, after "
                                             "line {first}",
                                             {engine::arg("line", row.line), engine::arg("provider", line->provider),
                                              engine::arg("code", line->code), engine::arg("year", line->year),
                                              engine::arg("first", first->second)}));
            continue;
        }
        if (const IndexedProduct* product = tariffs.find(line->code)) {
            for (auto& cause : compare(alternatives, *product, *line)) add_cause(contradicted[line->provider], cause);
        } else {
            line->status = IndexCheckStatus::unknown_product;
        }
        check.lines.push_back(std::move(*line));
    }
    check.providers = per_provider(check.lines, contradicted);
    return check;
}

}  // namespace tariffs
