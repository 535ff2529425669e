// The writer of the HTML report, for its files only: the text helpers, the
// chart axes and colours, the style sheet, and the writer whose sections are
// defined across html_report.cpp (the page, its header and how values are
// written), html_chart.cpp (SVG chart parts), html_products.cpp (the price
// sheet and each product's build-up), html_trajectories.cpp (each trajectory's
// price), html_derivation.cpp (each product's
// derivation) and html_heavy_care.cpp (indexed tariffs, budgets, allocation).
//
// Everything is text: amounts are the engine's exact numbers written as decimals,
// and chart geometry is exact arithmetic on those numbers, written with one
// decimal (SVG coordinates are decimal text too). No binary floating point.
#pragma once

#include "engine/derivation.hpp"
#include "engine/number.hpp"
#include "tariffs/pricing/explanation.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs::html {

using engine::Derivation;
using engine::Number;

// `text` with `&`, `<`, `>`, `"` and `'` escaped.
std::string esc(std::string_view text);

// An amount to the cent; an SVG coordinate to a tenth.
std::string cents(const Number& value);
std::string coord(const Number& value);

// `p-AMB-U`: an id fragment from a code or a name.
std::string id_of(std::string_view text);

// A value axis from 0 to a round number at or above `max`.
struct Axis {
    Number max;
    Number step;
};

Axis axis_for(Number max, int count = 5);

// Colours for stacked series (providers, budget lines).
const char* colour(std::size_t i);

// The page's CSS, for screen and print.
extern const char* const stylesheet;

// The pages of the what-if commands (scenarios, sensitivity, the forecast):
// the document's head, the title with `meta` under it (the header stays open
// for a lead), the scenario the model is computed under; and the footer with
// the fingerprint that closes the page.
void page_start(const Model& model, const std::vector<std::string>& meta, const Locale& locale, std::ostream& out);
// The model as a document names it: its file's name, without the directories
// of the machine that ran it, and its fingerprint (which pins the content).
std::string model_reference(const Model& model, const Locale& locale);
std::string model_file_name(const Model& model);
void scenario_box(const ScenarioInfo& scenario, std::ostream& out, const Locale& locale);
void warnings_box(const engine::Diagnostics& warnings, const Locale& locale, std::ostream& out);
void page_end(const Model& model, const Locale& locale, std::ostream& out);

class HtmlWriter {
public:
    HtmlWriter(const ReportData& data, const Locale& locale, std::ostream& out)
        : data_(data), model_(*data.model), locale_(locale), out_(out) {
        locale_.group_thousands = true;  // a document people read: 1,234.56
    }

    // The whole page.
    void write();

private:
    // A header or sentence in the locale's language, HTML-escaped.
    std::string t(std::string_view english) const;
    // `{model}`, `{year}`, `{file}`, `{until}` filled in.
    std::string fill(std::string text) const;
    // An amount to the cent, marked `≈` where the cents hide digits.
    std::string money(const Number& value) const;
    // A tariff as its rule rounded it: all its digits, at least two decimals.
    std::string tariff(const Number& value) const;
    // The same without the euro sign, for a dense table whose amounts are all euros.
    std::string bare_money(const Number& value) const;
    std::string bare_tariff(const Number& value) const;
    std::string percent(const Number& fraction) const;
    // A number that is not money (a volume, a weight): exact up to six decimals.
    std::string plain(const Number& value) const;
    // A count in a council table (a volume, a weight): exact up to two decimals,
    // else rounded to two with ≈: `10,402.5`, `≈ 3,296.67`.
    std::string count(const Number& value) const;
    // An axis label: `35 M` for millions, else the number.
    std::string tick(const Number& value, const Number& axis_max) const;
    std::string unit_text(const std::string& unit) const;
    // A weight or share as a percentage, exact: `80%`, `12.5%`.
    std::string share(const Number& fraction) const;

    // ---------------------------------------------------------------- header

    void header();

    // ----------------------------------------------------------- assumptions

    // Every input the tariffs come from, grouped as the model writes them: the
    // model's parameters (with the method's defaults), each staff level's, each
    // product's own and its staff mix; each with its unit, meaning and source line.
    void assumptions();

    // ----------------------------------------------------------- price sheet

    // ` data-code="…" data-field="…"`: where a test finds a figure.
    static std::string field(const std::string& code, const char* name);
    void price_sheet();

    // -------------------------------------------------------------- products

    void products();
    void product(const ProductPrice& price);
    std::string base_unit_of(const Product& product) const;

    struct Step {
        const char* field;
        const char* label;
        const char* colour;
        Number value;
        const char* element;  // `(a)`, `(b)`, `(c)` of Besluit Jeugdwet art. 2.3; empty for risk
    };

    // The parts of the build-up the product's tariff depends on.
    std::vector<Step> steps_of(const ProductPrice& price) const;
    // A price sheet's build-up cell: empty where the product's tariff does not depend on the part.
    std::string bare_part(const std::optional<Number>& value) const;
    // Label lines under a bar: the words of `text`, at most about 14 characters a line.
    void category_label(const Number& x, int y, const std::string& text);
    // The waterfall: staff cost, client cost, overhead and risk (those the tariff
    // depends on) stacked upward step by step, then the tariff (per the base unit)
    // as a full bar.
    void waterfall(const ProductPrice& price, const std::string& base_unit);
    void buildup_table(const ProductPrice& price, const std::string& base_unit);

    // ---------------------------------------------- trajectories (html_trajectories.cpp)

    void trajectories();
    void trajectory(const TrajectoryPrice& price);
    void trajectory_phases(const TrajectoryPrice& price);
    void trajectory_paths(const TrajectoryPrice& price);
    void trajectory_years(const Trajectory& trajectory);

    // ------------------------------------------------------------ derivation

    // `= 0.85`, `≈ 165.026949`; a value written as `8%` keeps that too.
    std::string shown_value(const Derivation& node) const;

    // One derivation tree, as folding <details> (screen) or a nested list (print).
    class Tree;

    // The derivation along the elements of Besluit Jeugdwet art. 2.3: folded on
    // screen, written out in full for print.
    void derivation(const ProductPrice& price);
    void elements(const Explanation& explanation, const std::map<const Derivation*, std::string>& element_of,
                  const std::string& code, bool print);
    // Element (d): each year's index and the tariff it gives.
    void indexation(const Explanation& explanation, bool print);
    std::string amount_text(const Number& value) const;

    // ------------------------------------------------------- indexed tariffs

    void indexed();

    // --------------------------------------------------------------- budgets

    struct Series {
        std::string name;
        std::map<int, Number> values;  // by year
    };

    struct YearBar {
        int year = 0;
        Number total;
        std::optional<Number> frame;
        bool over = false;
        Number over_by;
    };

    // Bars per year, stacked by series, with the totals under the years and,
    // where given, the frame as a line across the years.
    void year_chart(const std::vector<Series>& series, const std::vector<YearBar>& bars, const std::string& who,
                    const char* total_field, const std::string& label);
    void legend(const std::vector<Series>& series, bool frame);
    void budgets();
    std::string provider_name(const ProviderBudget& provider) const;
    void provider_budget(const ProviderBudget& provider);

    // ------------------------------------------------------------ allocation

    void allocation();

    const ReportData& data_;
    const Model& model_;
    Locale locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
