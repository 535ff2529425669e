// The substantiation annex (`tariff price --format html`): one page with the
// model's assumptions, the price sheet, each product's build-up (a waterfall,
// its table and its derivation), each trajectory's price and, where the data
// has them, the indexed tariffs, the budgets and an allocation. The page
// writes its head and header; each section is a class of its own:
// AssumptionsSection, PriceSheetSection, ProductSection (with
// DerivationSection), TrajectorySection, IndexedSection, BudgetSection (with
// YearChart) and AllocationSection.
#pragma once

#include "tariffs/reports/html/value_format.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class PricePage {
public:
    // Amounts with their thousands grouped: a document people read (1,234.56).
    PricePage(const ReportData& data, const Locale& locale, std::ostream& out);

    // The whole page.
    void write();

private:
    std::string t(std::string_view english) const;
    // `{model}`, `{year}`, `{file}`, `{until}` filled in.
    std::string fill(std::string text) const;
    // The title, the facts, the lead, what ≈ means and the table of contents.
    void header();
    void products();

    const ReportData& data_;
    const Model& model_;
    Locale locale_;
    ValueFormat format_;
    std::ostream& out_;
};

}  // namespace tariffs::html
