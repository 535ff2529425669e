#include "tariffs/checks/bid_review.hpp"

#include "tariffs/model/ijw.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace tariffs {

using engine::Number;

std::string_view to_string(BidStatus status) {
    static constexpr std::array<std::string_view, 5> names{"within", "below_floor", "above_ceiling",
                                                           "unknown_product", "unit_mismatch"};
    return names[static_cast<std::size_t>(status)];
}

bool BidReview::has_findings() const {
    return std::any_of(lines.begin(), lines.end(), [](const BidLine& l) { return l.status != BidStatus::within; }) ||
           !unreadable.empty();
}

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A unit as a bid writes it, compared: lower case, trimmed, without a leading
// `per ` (`per uur` is `uur`).
std::string written_unit(std::string_view written) {
    std::string text = lower(written);
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
    if (text.starts_with("per ")) text = text.substr(text.find_first_not_of(' ', 4));
    return text;
}

// The plurals a bid may write a unit in, English and Dutch.
const std::vector<std::pair<std::string_view, std::string_view>>& unit_plurals() {
    static const std::vector<std::pair<std::string_view, std::string_view>> plurals{
        {"minute", "minutes"}, {"minute", "minuten"},  {"hour", "hours"},       {"hour", "uren"},
        {"etmaal", "etmalen"}, {"daypart", "dayparts"}, {"daypart", "dagdelen"},
    };
    return plurals;
}

// What a trajectory is priced per, in a bid's words: the trajectory, iJw unit 82 (output).
bool names_a_trajectory(const std::string& written) {
    for (const char* word : {"trajectory", "trajectories", "traject", "trajecten"})
        if (written == word) return true;
    return false;
}

// A unit as a bid may write it: `hour`, `uur`, `per uur`, `uren`, or its iJw
// code `04` (or `4`); a trajectory's also `traject` or `trajectory`.
bool same_unit(const std::string& written_text, const std::string& unit_name, bool trajectory) {
    const std::string written = written_unit(written_text);
    if (trajectory && names_a_trajectory(written)) return true;
    const Unit* unit = find_unit(unit_name);
    if (!unit) return written == unit_name;
    const std::string code(unit->ijw_code);
    if (written == unit->name || written == unit->dutch || written == code || (code[0] == '0' && written == code.substr(1)))
        return true;
    for (const auto& [name, plural] : unit_plurals())
        if (name == unit->name && written == plural) return true;
    return false;
}

struct Columns {
    std::size_t provider, code, tariff;
    std::optional<std::size_t> unit;
};

Columns find_columns(const CsvTable& bids) {
    const auto found = require_columns(bids, {provider_column, product_column, tariff_column}, engine::msg("the bids file"));
    return {found[0], found[1], found[2], bids.column(unit_column.names)};
}

// What a bid line is measured against: a product's or a trajectory's price in the year.
struct Reference {
    const std::string& name;
    const std::string& unit;
    const Number& price;
    bool trajectory = false;
};

std::optional<Reference> reference_of(const Model& model, const IndexedTariffs& tariffs, const std::string& code,
                                      int year) {
    const Number* price = tariffs.price_of(code, year);
    if (!price) return std::nullopt;
    if (const Product* product = model.find_product(code)) return Reference{product->name, product->unit, *price};
    static const std::string output = trajectory_unit;
    return Reference{model.find_trajectory(code)->name, output, *price, true};
}

void judge(const Model& model, const Reference& reference, BidLine& line) {
    line.name = reference.name;
    line.product_unit = reference.unit;
    line.reference = reference.price;
    line.difference = line.bid - line.reference;
    line.percentage = line.reference.is_zero() ? Number(0) : line.difference / line.reference;
    line.floor = line.reference * model.bid_review.floor;
    auto maximum = model.bid_review.maximum.find(line.code);
    if (maximum != model.bid_review.maximum.end()) {
        line.ceiling = maximum->second.value;
        line.ceiling_basis = engine::msg("maximum tariff ({at})", {engine::arg("at", maximum->second.pos.to_string())});
        line.from_maximum = true;
    } else {
        line.ceiling = line.reference * model.bid_review.ceiling;
        line.ceiling_basis =
            engine::msg("ceiling {percent}% of the reference",
                        {engine::arg("percent", (model.bid_review.ceiling * Number(100)).to_exact_decimal().value_or("?"))});
    }
    if (!line.unit.empty() && !same_unit(line.unit, line.product_unit, reference.trajectory))
        line.status = BidStatus::unit_mismatch;
    else if (line.bid < line.floor) line.status = BidStatus::below_floor;
    else if (line.bid > line.ceiling) line.status = BidStatus::above_ceiling;
    else line.status = BidStatus::within;
}

std::optional<BidLine> read_line(const CsvTable& bids, const CsvRow& row, const Columns& columns,
                                 engine::Diagnostics& unreadable) {
    BidLine line;
    line.line = row.line;
    line.provider = row.fields[columns.provider];
    line.code = row.fields[columns.code];
    if (columns.unit) line.unit = row.fields[*columns.unit];
    const std::string& tariff = row.fields[columns.tariff];
    auto bid = parse_csv_number(tariff, bids.dialect);
    const engine::SourcePos at{engine::make_file_name(bids.file), row.line, 1};
    if (!bid) {
        unreadable.add(at, engine::msg("line {line}: the tariff `{tariff}` is not a number ({dialect})",
                                       {engine::arg("line", row.line), engine::arg("tariff", tariff),
                                        engine::arg("dialect", bids.dialect.describe())}));
        return std::nullopt;
    }
    if (line.provider.empty() || line.code.empty()) {
        unreadable.add(at, engine::msg("line {line} has no provider or no product code", {engine::arg("line", row.line)}));
        return std::nullopt;
    }
    if (bid->sign() < 0) {
        unreadable.add(at, engine::msg("line {line}: the tariff `{tariff}` is negative",
                                       {engine::arg("line", row.line), engine::arg("tariff", tariff)}));
        return std::nullopt;
    }
    line.bid = *bid;
    return line;
}

// Per provider, in the order they first appear.
std::vector<ProviderSummary> summarise(const std::vector<BidLine>& lines) {
    std::vector<ProviderSummary> summaries;
    std::unordered_map<std::string_view, std::size_t> position;  // views the lines' provider names
    for (const auto& line : lines) {
        auto [it, added] = position.emplace(line.provider, summaries.size());
        if (added) summaries.push_back(ProviderSummary{line.provider, 0, {}});
        ProviderSummary& summary = summaries[it->second];
        ++summary.lines;
        ++summary.by_status[line.status];
    }
    return summaries;
}

// The first line each provider bid on each product with, unless in another unit.
struct ProviderProduct {
    std::string_view provider, code;
    bool operator==(const ProviderProduct&) const = default;
};
struct ProviderProductHash {
    std::size_t operator()(const ProviderProduct& key) const {
        return std::hash<std::string_view>()(key.provider) * 31 + std::hash<std::string_view>()(key.code);
    }
};
using BidIndex = std::unordered_map<ProviderProduct, const BidLine*, ProviderProductHash>;
BidIndex index_bids(const std::vector<BidLine>& lines) {
    BidIndex index;
    for (const auto& line : lines)
        if (line.status != BidStatus::unit_mismatch) index.emplace(ProviderProduct{line.provider, line.code}, &line);
    return index;
}

// The lot's reference volumes in `year`: its budget lines' volumes, added up per product.
std::vector<std::pair<std::string, Number>> lot_volumes(const Budgets& budgets, const std::string& lot, int year) {
    std::vector<std::pair<std::string, Number>> volumes;  // in the order products first appear
    std::unordered_map<std::string_view, std::size_t> position;
    for (const auto& budget : budgets.providers) {
        if (budget.provider->lot != lot) continue;
        const ProviderYear* in_year = budget.find(year);
        if (!in_year) continue;
        for (const auto& line : in_year->lines) {
            auto [it, added] = position.emplace(line.code, volumes.size());
            if (added) volumes.emplace_back(line.code, line.volume);
            else volumes[it->second].second += line.volume;
        }
    }
    return volumes;
}

LotRanking rank_lot(const std::string& lot, const Budgets& budgets, const IndexedTariffs& tariffs,
                    const BidIndex& bids, const std::vector<ProviderSummary>& providers, int year) {
    LotRanking ranking;
    ranking.lot = lot;
    ranking.volumes = lot_volumes(budgets, lot, year);
    for (const auto& [code, volume] : ranking.volumes)
        ranking.reference += *tariffs.price_of(code, year) * volume;
    for (const auto& provider : providers) {
        LotBid bid{provider.provider, {}, {}, {}, 0};
        bool bid_on_lot = false;
        for (const auto& [code, volume] : ranking.volumes) {
            auto line = bids.find(ProviderProduct{provider.provider, code});
            if (line == bids.end()) {
                bid.missing.push_back(code);
                continue;
            }
            bid_on_lot = true;
            bid.amount += line->second->bid * volume;
        }
        if (!bid_on_lot) continue;
        bid.difference = bid.amount - ranking.reference;
        ranking.bids.push_back(std::move(bid));
    }
    std::stable_sort(ranking.bids.begin(), ranking.bids.end(), [](const LotBid& a, const LotBid& b) {
        if (a.missing.empty() != b.missing.empty()) return a.missing.empty();
        return a.missing.empty() && a.amount < b.amount;
    });
    int rank = 0;
    for (auto& bid : ranking.bids)
        if (bid.missing.empty()) bid.rank = ++rank;
    return ranking;
}

std::vector<std::string> lots_of(const Model& model) {
    std::vector<std::string> lots;
    for (const auto& provider : model.budgets.providers)
        if (!provider.lot.empty() && std::find(lots.begin(), lots.end(), provider.lot) == lots.end())
            lots.push_back(provider.lot);
    return lots;
}

}  // namespace

BidReview review_bids(const Model& model, const IndexedTariffs& tariffs, const Budgets* budgets,
                      const CsvTable& bids, int year) {
    const Columns columns = find_columns(bids);
    BidReview review;
    review.file = bids.file;
    review.dialect = bids.dialect;
    review.year = year;
    review.unreadable = bids.problems;
    std::unordered_map<ProviderProduct, int, ProviderProductHash> first_line;  // a bid given twice: which counts?
    for (const auto& row : bids.rows) {
        auto line = read_line(bids, row, columns, review.unreadable);
        if (!line) continue;
        const ProviderProduct key{row.fields[columns.provider], row.fields[columns.code]};  // views the table, which stays
        if (auto [first, added] = first_line.emplace(key, row.line); !added) {
            review.unreadable.add({engine::make_file_name(bids.file), row.line, 1},
                                  engine::msg("line {line} repeats the bid of {provider} for {code} from line {first}",
                                              {engine::arg("line", row.line), engine::arg("provider", line->provider),
                                               engine::arg("code", line->code), engine::arg("first", first->second)}));
            continue;
        }
        if (auto reference = reference_of(model, tariffs, line->code, year)) judge(model, *reference, *line);
        else line->status = BidStatus::unknown_product;
        review.lines.push_back(std::move(*line));
    }
    review.providers = summarise(review.lines);
    if (budgets) {
        const BidIndex index = index_bids(review.lines);
        for (const auto& lot : lots_of(model))
            review.lots.push_back(rank_lot(lot, *budgets, tariffs, index, review.providers, year));
    }
    return review;
}

}  // namespace tariffs
