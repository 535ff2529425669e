// Indexation validation: a provider's list of tariffs per product and year
// compared with the model's indexed tariffs; where one differs, the likely
// causes are found by trying the usual alternatives (index_alternatives.hpp),
// and per provider the alternative that alone explains all its differences.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/number.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/checks/index_alternatives.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

enum class IndexCheckStatus { exact, differs, unknown_product, unknown_year };
std::string_view to_string(IndexCheckStatus status);

struct IndexCheckLine {
    int line = 0;
    std::string provider;
    std::string code;
    int year = 0;
    engine::Number listed;       // the provider's tariff
    engine::Number expected;     // the model's
    engine::Number difference;   // listed − expected
    IndexCheckStatus status = IndexCheckStatus::exact;
    // The alternatives that give the listed tariff exactly, the most specific
    // first; empty when none does.
    std::vector<IndexCause> causes;
};

// A provider with a tariff that differs, and what explains all of them.
struct ProviderIndexCheck {
    std::string provider;
    int lines = 0;       // its lines of known products and years
    int differing = 0;
    // The alternatives (without one line's details) that give every differing
    // line and change none of its exact lines, the most specific first.
    std::vector<IndexCause> explains_all;
};

struct IndexCheck {
    std::string file;
    CsvDialect dialect;
    std::vector<IndexCheckLine> lines;
    std::vector<ProviderIndexCheck> providers;  // those with a differing line, in order of first appearance
    engine::Diagnostics unreadable;

    bool has_findings() const;
};

IndexCheck check_index(CostModel& cost_model, const IndexedTariffs& tariffs, const CsvTable& list);

}  // namespace tariffs
