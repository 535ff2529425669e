// Indexation validation: a provider's list of tariffs per product and year
// compared with the model's indexed tariffs; where one differs, the likely
// cause is found by trying the usual alternatives.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/number.hpp"
#include "engine/rounding.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

enum class IndexCheckStatus { exact, differs, unknown_product, unknown_year };
std::string_view to_string(IndexCheckStatus status);

// An alternative that gives a listed tariff exactly; a report words it
// (`rounded half_even instead of half_up`, …) in its own language.
struct IndexCause {
    enum class Kind { rounding, direct_instead_of_chain, chain_instead_of_direct, without_correction, other_index };
    Kind kind = Kind::rounding;
    engine::RoundingMode mode{}, instead_of{};  // rounding: the mode that gives it, the policy's
    int year = 0;                  // without_correction: the year not corrected for; other_index: the index's year
    int own_year = 0;              // other_index: the year of the listed tariff
    engine::Number index{}, own_index{};  // other_index: the index used, the year's own

    bool operator==(const IndexCause&) const = default;
};

struct IndexCheckLine {
    int line = 0;
    std::string provider;
    std::string code;
    int year = 0;
    engine::Number listed;       // the provider's tariff
    engine::Number expected;     // the model's
    engine::Number difference;   // listed − expected
    IndexCheckStatus status = IndexCheckStatus::exact;
    // The alternatives that give the listed tariff exactly; empty when none does.
    std::vector<IndexCause> causes;
};

struct IndexCheck {
    std::string file;
    std::string dialect;
    std::vector<IndexCheckLine> lines;
    engine::Diagnostics unreadable;

    bool has_findings() const;
};

// Tried for a differing tariff, in this order: another rounding mode for the
// tariff; direct indexation instead of chain (or the reverse); no correction
// for the previous year; the index of another year.
IndexCheck check_index(CostModel& cost_model, const IndexedTariffs& tariffs, const CsvTable& list);

}  // namespace tariffs
