#include "tariffs/checks/index_check.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace tariffs {

using engine::Number;
using engine::RoundingMode;

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

struct Candidate {
    IndexCause cause;
    Number tariff;  // per the kind's base unit
};

class Alternatives {
public:
    Alternatives(CostModel& cost_model, const IndexedTariffs& tariffs) : cost_(cost_model), tariffs_(tariffs) {
        Model flipped = cost_model.model();
        const auto flip = [](IndexPolicy& policy) {
            policy.method = policy.method == IndexMethod::chain ? IndexMethod::direct : IndexMethod::chain;
        };
        flip(flipped.indexation);
        for (auto& named : flipped.indexation.policies) flip(named.policy);
        flipped_model_ = std::make_unique<Model>(std::move(flipped));
        flipped_cost_ = std::make_unique<CostModel>(*flipped_model_);
        flipped_ = index_tariffs(*flipped_cost_, tariffs.last_year);
    }

    // What the product's tariff of `year` would be under each alternative.
    std::vector<Candidate> for_year(const IndexedProduct& product, int year) const {
        const IndexPolicy& policy = *product.policy;
        std::vector<Candidate> candidates;
        const YearTariff& now = *product.find(year);
        const Number unrounded = now.unrounded;
        for (RoundingMode mode : other_modes(policy.round_tariff.mode)) {
            engine::Rounding rounding = policy.round_tariff;
            rounding.mode = mode;
            candidates.push_back({{.kind = IndexCause::Kind::rounding, .mode = mode, .instead_of = policy.round_tariff.mode},
                                  rounding.apply(unrounded)});
        }
        if (year == tariffs_.base_year) return candidates;
        const bool chain = policy.method == IndexMethod::chain;
        candidates.push_back({{.kind = chain ? IndexCause::Kind::direct_instead_of_chain
                                             : IndexCause::Kind::chain_instead_of_direct},
                              flipped_.find(product.product->code)->find(year)->tariff});
        const Number previous = product.find(year - 1)->tariff;
        if (policy.correction != Correction::none && !now.index->applied) {
            IndexPolicy uncorrected = policy;
            uncorrected.correction = Correction::none;
            const IndexStep step = compute_index(uncorrected, product.weights, year);
            candidates.push_back({{.kind = IndexCause::Kind::without_correction, .year = year - 1},
                                  apply_index(policy, previous, step.index)});
        }
        for (const auto& other : product.years) {
            if (other.year == year || !other.index) continue;
            candidates.push_back({{.kind = IndexCause::Kind::other_index,
                                   .year = other.year,
                                   .own_year = year,
                                   .index = other.index->index,
                                   .own_index = now.index->index},
                                  apply_index(policy, previous, other.index->index)});
        }
        return candidates;
    }

    Number price(const IndexedProduct& product, const Number& tariff) const {
        return cost_.price_for_tariff(*product.product, tariff);
    }

private:
    static std::vector<RoundingMode> other_modes(RoundingMode used) {
        std::vector<RoundingMode> modes;
        for (auto mode : {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::half_down, RoundingMode::up,
                          RoundingMode::down})
            if (mode != used) modes.push_back(mode);
        return modes;
    }

    CostModel& cost_;
    const IndexedTariffs& tariffs_;
    std::unique_ptr<Model> flipped_model_;
    std::unique_ptr<CostModel> flipped_cost_;
    IndexedTariffs flipped_;
};

struct Columns {
    std::size_t provider, code, year, tariff;
};

Columns find_columns(const CsvTable& list) {
    const auto found =
        require_columns(list, {provider_column, product_column, year_column, tariff_column}, "the tariff list");
    return {found[0], found[1], found[2], found[3]};
}

std::optional<IndexCheckLine> read_line(const CsvTable& list, const CsvRow& row, const Columns& columns,
                                        engine::Diagnostics& unreadable) {
    IndexCheckLine line;
    line.line = row.line;
    line.provider = row.fields[columns.provider];
    line.code = row.fields[columns.code];
    const engine::SourcePos at{engine::make_file_name(list.file), row.line, 1};
    const auto year = Number::parse(row.fields[columns.year]);
    const auto listed = parse_csv_number(row.fields[columns.tariff], list.dialect);
    if (!year || !year->is_integer() || *year < 1900 || *year > 2200) {
        unreadable.add(at, "line " + std::to_string(row.line) + ": `" + row.fields[columns.year] + "` is not a year");
        return std::nullopt;
    }
    if (!listed) {
        unreadable.add(at, "line " + std::to_string(row.line) + ": the tariff `" + row.fields[columns.tariff] +
                               "` is not a number (" + list.dialect.describe() + ")");
        return std::nullopt;
    }
    line.year = std::stoi(year->numerator().str());
    line.listed = *listed;
    return line;
}

void compare(const Alternatives& alternatives, const IndexedProduct& product, IndexCheckLine& line) {
    const YearTariff* year = product.find(line.year);
    if (!year) {
        line.status = IndexCheckStatus::unknown_year;
        return;
    }
    line.expected = year->price;
    line.difference = line.listed - line.expected;
    if (line.difference.is_zero()) return;
    line.status = IndexCheckStatus::differs;
    for (const auto& candidate : alternatives.for_year(product, line.year))
        if (alternatives.price(product, candidate.tariff) == line.listed &&
            std::find(line.causes.begin(), line.causes.end(), candidate.cause) == line.causes.end())
            line.causes.push_back(candidate.cause);
}

}  // namespace

IndexCheck check_index(CostModel& cost_model, const IndexedTariffs& tariffs, const CsvTable& list) {
    const Columns columns = find_columns(list);
    const Alternatives alternatives(cost_model, tariffs);
    IndexCheck check;
    check.file = list.file;
    check.dialect = list.dialect.describe();
    check.unreadable = list.problems;
    std::map<std::tuple<std::string, std::string, int>, int> first_line;  // a tariff listed twice: which counts?
    for (const auto& row : list.rows) {
        auto line = read_line(list, row, columns, check.unreadable);
        if (!line) continue;
        if (auto [first, added] = first_line.emplace(std::tuple{line->provider, line->code, line->year}, row.line);
            !added) {
            check.unreadable.add({engine::make_file_name(list.file), row.line, 1},
                                 "line " + std::to_string(row.line) + " lists " + line->provider + "'s tariff for " +
                                     line->code + " in " + std::to_string(line->year) + " again, after line " +
                                     std::to_string(first->second));
            continue;
        }
        if (const IndexedProduct* product = tariffs.find(line->code)) compare(alternatives, *product, *line);
        else line->status = IndexCheckStatus::unknown_product;
        check.lines.push_back(std::move(*line));
    }
    return check;
}

}  // namespace tariffs
