#include "cli/commands.hpp"

#include "cli/atomic_file.hpp"
#include "engine/suggest.hpp"
#include "engine/diagnostic.hpp"
#include "engine/text_check.hpp"
#include "tariffs/pricing/allocation.hpp"
#include "tariffs/checks/bid_buildup.hpp"
#include "tariffs/checks/bid_review.hpp"
#include "tariffs/reports/text/check_reports.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/checks/index_check.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/reports/text/explain_report.hpp"
#include "tariffs/pricing/explanation.hpp"
#include "tariffs/reports/text/heavy_care_reports.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/method_loader.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/model/fingerprint.hpp"
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/warnings_note.hpp"
#include "tariffs/reports/text/method_report.hpp"
#include "tariffs/reports/text/price_report.hpp"
#include "tariffs/reports/text/trajectory_report.hpp"
#include "tariffs/reports/text/scenario_report.hpp"
#include "tariffs/reports/text/comparison_report.hpp"
#include "tariffs/reports/text/sensitivity_report.hpp"
#include "tariffs/reports/text/solve_report.hpp"
#include "tariffs/reports/text/forecast_report.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/analyses/extension_blame.hpp"
#include "tariffs/analyses/solve.hpp"
#include "tariffs/analyses/budget_solve.hpp"
#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/reports/text/explain_comparison.hpp"
#include "tariffs/analyses/model_comparison.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/trajectory_price.hpp"
#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/pricing/price_sheet.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace cli {

namespace {

// The plain report's format: a command writes a workbook or a page before it asks.
tariffs::ReportFormat report_format(tariffs::OutputFormat format) { return *tariffs::report_format_of(format); }

tariffs::Locale locale_of(const Output& output) { return tariffs::Locale{output.locale == "nl"}; }

bool is_rich(const Output& output) { return !tariffs::report_format_of(output.format); }

// Output goes to standard output, or whole into the file named by --output,
// with the fingerprint of what it was computed from.
void emit(const std::string& report, const Output& output, const tariffs::Model& model) {
    const tariffs::Locale locale = locale_of(output);
    const std::string text = tariffs::with_fingerprint(
        tariffs::with_warnings(report, output.format, model.warnings, locale), output.format, model.fingerprint, locale);
    if (output.file.empty()) std::cout << text << std::flush;
    else write_file_atomically(output.file, text);
}

// A model read and checked, ready to compute. Its problems come in one round:
// a misspelt key does not hide what the model lacks because of it.
struct Loaded {
    explicit Loaded(const ModelInput& input) : model(read(input, unknown_keys)), cost(with_problems(model, unknown_keys)) {
        // Under --strict a warning is one more problem, reported with the rest.
        engine::Diagnostics problems = unknown_keys;
        if (input.strict) problems.append(model.warnings);
        problems.append(cost.check());
        problems = problems.without_explained();
        if (!problems.empty()) throw engine::InputError(tariffs::located_in_extension(model, problems));
        problems = tariffs::unused_overrides(model, cost);  // an override nothing uses is a slip, not a scenario
        if (!problems.empty()) throw engine::InputError(tariffs::located_in_extension(model, problems));
    }
    engine::Diagnostics unknown_keys;  // first: read() adds to it
    tariffs::Model model;
    tariffs::CostModel cost;

private:
    // Runs `step`; a problem it throws is said together with `earlier` ones.
    template <typename Step>
    static auto adding(const engine::Diagnostics& earlier, Step step) {
        try {
            return step();
        } catch (const engine::InputError& error) {
            if (earlier.empty()) throw;
            engine::Diagnostics all = earlier;
            all.append(error.diagnostics());
            throw engine::InputError(all);
        }
    }
    static tariffs::CostModel with_problems(const tariffs::Model& model, const engine::Diagnostics& earlier) {
        try {
            return adding(earlier, [&] { return tariffs::CostModel(model); });
        } catch (const engine::InputError& error) {
            throw engine::InputError(tariffs::located_in_extension(model, error.diagnostics()));
        }
    }

    static tariffs::Model read(const ModelInput& input, engine::Diagnostics& unknown_keys) {
        tariffs::Model model = adding(unknown_keys, [&] { return tariffs::load_model(input.path, &unknown_keys); });
        std::vector<tariffs::Override> overrides;
        for (const auto& set : input.sets) overrides.push_back(tariffs::parse_set_argument(set));
        adding(unknown_keys, [&] { tariffs::apply_scenario(model, input.scenario, overrides); });
        model.fingerprint = tariffs::fingerprint_of(model).sha256;
        if (!input.strict && !model.warnings.empty()) {
            const auto warnings = model.warnings.sorted();
            for (const auto& warning : warnings) std::cerr << engine::shown(warning.to_string("warning")) << '\n';
            std::cerr << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings")
                      << "; --strict makes them errors\n";
        }
        return model;
    }
};

// A command's model and everything computed from it live until the process
// ends: the system takes the memory back at once, where freeing a national
// model's millions of small objects one by one costs a tenth of the run.
// `output`, when the command writes one, may not be any file the model was read
// from (what it extends, its method, its series): the report would replace it.
Loaded& load(const ModelInput& input, const Output* output = nullptr) {
    Loaded& loaded = *new Loaded(input);
    if (output) {
        std::vector<std::string> files;
        for (const auto& source : loaded.model.sources) files.push_back(source.path);
        refuse_output_onto_inputs(*output, files);
    }
    return loaded;
}

// The workbook or the HTML report of what `data` holds.
int write_rich(const tariffs::ReportData& data, const Output& output) {
    if (output.format == tariffs::OutputFormat::xlsx) {
        if (output.file.empty()) throw UsageError("--format xlsx needs --output FILE.xlsx");
        write_file_atomically_with(output.file, [&](const std::string& path) { tariffs::write_xlsx(data, path, locale_of(output)); });
        return ok;
    }
    // The report goes out as it is written: a national model's is hundreds of megabytes.
    if (output.file.empty()) {
        tariffs::write_html(data, locale_of(output), std::cout);
        std::cout.flush();
        return ok;
    }
    write_file_atomically_streamed(output.file,
                                   [&](std::ostream& out) { tariffs::write_html(data, locale_of(output), out); });
    return ok;
}

// The same for a loaded model, with the allocation when the command made one.
int emit_rich(Loaded& loaded, const Output& output, std::optional<tariffs::Allocation> allocation = std::nullopt) {
    tariffs::ReportData data = tariffs::collect_report_data(loaded.model, loaded.cost);
    data.allocation = std::move(allocation);
    return write_rich(data, output);
}

// The budgets alone: only the products their lines use are indexed.
tariffs::Budgets budgets_of(Loaded& loaded) {
    const std::unordered_set<std::string> codes = tariffs::budgeted_products(loaded.model);
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(loaded.cost, loaded.model.until, &codes);
    return tariffs::compute_budgets(loaded.model, indexed);
}

void check_year(const tariffs::Model& model, int year, const char* what) {
    if (year < model.year || year > model.until)
        throw UsageError(std::string(what) + " " + std::to_string(year) + " is outside the model's contract years " +
                         std::to_string(model.year) + "–" + std::to_string(model.until));
}

}  // namespace

int run_price(const ModelInput& input, const Output& output) {
    Loaded& loaded = load(input, &output);
    if (is_rich(output)) return emit_rich(loaded, output);
    const tariffs::PriceSheet sheet = tariffs::make_price_sheet(loaded.model, loaded.cost.price_all());
    std::ostringstream text;
    tariffs::write_price_sheet(sheet, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

namespace {

int explain_trajectory(Loaded& loaded, const std::string& code, std::optional<tariffs::IndexedTariffs>& indexed,
                       int year, tariffs::ExplainFormat format, const Output& output) {
    if (!indexed) {
        const std::unordered_set<std::string> only{code};
        indexed = tariffs::index_tariffs(loaded.cost, loaded.model.year, &only);
    }
    std::ostringstream text;
    tariffs::write_trajectory_explanation(loaded.model, *indexed->find_trajectory(code)->find(year), format, text,
                                          locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

}  // namespace

namespace {

// A usage error naming the model's products and trajectories where it has neither with `code`.
void require_code(const tariffs::Model& model, const std::string& code, const std::string& path) {
    if (model.find_product(code) || model.find_trajectory(code)) return;
    std::string codes;
    for (const auto& p : model.products) codes += (codes.empty() ? "" : ", ") + p.code;
    if (model.trajectories.empty())
        throw UsageError("no product `" + code + "` in " + path + "; its products are " + codes);
    std::string trajectories;
    for (const auto& t : model.trajectories) trajectories += (trajectories.empty() ? "" : ", ") + t.code;
    throw UsageError("no product or trajectory `" + code + "` in " + path + "; its products are " + codes +
                     ", its trajectories " + trajectories);
}

}  // namespace

int run_explain(const ModelInput& input, const std::string& code, std::optional<int> year, const Output& output) {
    Loaded& loaded = load(input, &output);
    const tariffs::Product* product = loaded.model.find_product(code);
    require_code(loaded.model, code, input.path);
    std::optional<tariffs::IndexedTariffs> indexed;
    if (year) {
        check_year(loaded.model, *year, "--year");
        indexed = tariffs::index_tariffs(loaded.cost, *year);
    }
    const auto format = output.format == tariffs::OutputFormat::json ? tariffs::ExplainFormat::json : tariffs::ExplainFormat::text;
    if (!product) return explain_trajectory(loaded, code, indexed, year.value_or(loaded.model.year), format, output);
    const tariffs::Explanation explanation =
        tariffs::explain(loaded.cost, loaded.cost.price(*product), indexed ? indexed->find(code) : nullptr,
                         year.value_or(loaded.model.year));
    std::ostringstream text;
    tariffs::write_explanation(explanation, format, text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

void refuse_output_onto_inputs(const Output& output, const std::vector<std::string>& inputs) {
    if (output.file.empty()) return;
    std::error_code error;
    for (const auto& input : inputs)
        if (!input.empty() && std::filesystem::equivalent(output.file, input, error))
            throw UsageError("--output " + output.file + " is the input file " + input +
                             "; the report would replace it: write it elsewhere");
}

int run_validate(const ModelInput& input, const Output& output) {
    Loaded& loaded = load(input);
    // Indexing and budgeting every contract year finds missing figures too.
    try {
        const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(loaded.cost, loaded.model.until);
        tariffs::compute_budgets(loaded.model, indexed);
        tariffs::check_named_scenarios(loaded.cost);
    } catch (const engine::InputError& error) {
        throw engine::InputError(tariffs::located_in_extension(loaded.model, error.diagnostics()));
    }
    engine::Diagnostics gaps;  // a gap in the key data, which allocate refuses for the years that read it
    tariffs::check_key_data_gaps(loaded.model.municipalities, gaps);
    if (!gaps.empty()) throw engine::InputError(gaps);
    const tariffs::Locale locale = locale_of(output);
    const auto counted = [&](std::size_t n, const char* one, const char* many) {
        return n == 1 ? locale.text(one) : locale.text(many, {{"{n}", std::to_string(n)}});
    };
    const std::size_t warnings = loaded.model.warnings.sorted().size();
    const bool scenario = loaded.model.scenario.applies();
    std::string line = locale.text(
        warnings ? (scenario ? "{file}: no problems, {warnings}; {products} priced under {scenario}"
                             : "{file}: no problems, {warnings}; {products} priced")
                 : (scenario ? "{file}: no problems; {products} priced under {scenario}"
                             : "{file}: no problems; {products} priced"));
    line = tariffs::replace_all(line, "{file}", engine::shown(input.path));
    line = tariffs::replace_all(line, "{warnings}", counted(warnings, "1 warning", "{n} warnings"));
    line = tariffs::replace_all(line, "{products}", counted(loaded.model.products.size(), "1 product", "{n} products"));
    if (scenario) line = tariffs::replace_all(line, "{scenario}", loaded.model.scenario.title());
    std::cout << line << "\n";
    return ok;
}

int run_index(const ModelInput& input, std::optional<int> from, std::optional<int> to, const Output& output) {
    Loaded& loaded = load(input, &output);
    const int first = from.value_or(loaded.model.year), last = to.value_or(loaded.model.until);
    check_year(loaded.model, first, "--from");
    if (last < first) throw UsageError("--to " + std::to_string(last) + " is before --from " + std::to_string(first));
    check_year(loaded.model, last, "--to");
    if (is_rich(output)) return emit_rich(loaded, output);
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(loaded.cost, last);
    std::ostringstream text;
    tariffs::write_index(loaded.model, indexed, first, last, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

int run_budget(const ModelInput& input, std::optional<int> year, bool strict, const Output& output) {
    Loaded& loaded = load(input, &output);
    if (!loaded.model.budgets.present) throw UsageError(input.path + " has no `budgets` section");
    if (year) check_year(loaded.model, *year, "--year");
    tariffs::Budgets budgets;
    if (is_rich(output)) {
        const tariffs::ReportData data = tariffs::collect_report_data(loaded.model, loaded.cost);
        write_rich(data, output);
        budgets = *data.budgets;
    } else {
        budgets = budgets_of(loaded);
        std::ostringstream text;
        tariffs::write_budgets(loaded.model, budgets, year, report_format(output.format), text, locale_of(output));
        emit(text.str(), output, loaded.model);
    }
    bool over = false;
    for (const auto& frame : budgets.frames)
        if ((!year || frame.year == *year) && frame.over()) over = true;
    return strict && over ? findings : ok;
}

namespace {

// What `--budget` may name, listed, so a wrong name is corrected without opening the model.
std::string unknown_budget(const tariffs::Model& model, const std::string& budget) {
    std::vector<std::string> providers, lots, names{"total"};
    for (const auto& provider : model.budgets.providers) {
        providers.push_back("`" + provider.name + "`");
        names.push_back(provider.name);
        if (!provider.lot.empty() && std::find(names.begin(), names.end(), provider.lot) == names.end()) {
            lots.push_back("`" + provider.lot + "`");
            names.push_back(provider.lot);
        }
    }
    const auto listed = [](const std::vector<std::string>& items) {
        std::string text;
        for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
        return text;
    };
    std::string message = "--budget `" + engine::excerpt(budget) + "` is not `total`, a provider, a lot or an amount" +
                          engine::did_you_mean(budget, names) + "; the providers are " + listed(providers);
    if (!lots.empty()) message += "; the lots are " + listed(lots);
    return message;
}

// The amount `--budget` names for `year`: an amount, or the budget of all
// providers (`total`), a provider or a lot in that year.
engine::Number amount_to_split(Loaded& loaded, const std::string& path, const std::string& budget, int year,
                               std::optional<tariffs::Budgets>& budgets) {
    std::optional<engine::Number> total = engine::Number::parse(budget);
    if (total && (total->sign() < 0 || budget.find('%') != std::string::npos))
        throw UsageError("--budget is an amount of 0 or more, such as 1250000.00, not `" + budget + "`");
    if (total) return *total;
    if (!loaded.model.budgets.present) throw UsageError(path + " has no `budgets` to allocate; give --budget AMOUNT");
    if (!budgets) budgets = budgets_of(loaded);
    total = budgets->amount_of(budget, year);
    if (!total) throw UsageError(unknown_budget(loaded.model, budget));
    return *total;
}

// `allocate --key all` or over `--from`/`--to`: each year's contributions under each key.
int run_forecast(Loaded& loaded, const ModelInput& input, const std::vector<tariffs::AllocationKey>& keys, int first,
                 int last, const std::string& budget, const Output& output) {
    std::optional<tariffs::Budgets> budgets;
    std::vector<engine::Number> totals;
    for (int year = first; year <= last; ++year) totals.push_back(amount_to_split(loaded, input.path, budget, year, budgets));
    tariffs::Forecast forecast = tariffs::forecast_allocation(loaded.model, keys, first, last, totals);
    if (output.format == tariffs::OutputFormat::xlsx) {  // the whole workbook, so the forecast's totals are the budgets' cells
        tariffs::ReportData data = tariffs::collect_report_data(loaded.model, loaded.cost);
        data.forecast = tariffs::ForecastData{std::move(forecast), budget};
        return write_rich(data, output);
    }
    if (output.format == tariffs::OutputFormat::html) {
        std::ostringstream page;
        tariffs::write_forecast_html(loaded.model, forecast, locale_of(output), page);
        if (output.file.empty()) std::cout << page.str() << std::flush;
        else write_file_atomically(output.file, page.str());
        return ok;
    }
    const tariffs::Locale locale = locale_of(output);
    const std::string what = engine::Number::parse(budget) ? locale.text("the amount given")
                             : budget == "total"
                                 ? locale.text("all providers' budgets")
                                 : locale.text("the budget of {name}", {{"{name}", budget}});
    std::ostringstream text;
    tariffs::write_forecast(loaded.model, forecast, what, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

}  // namespace

int run_allocate(const ModelInput& input, const std::string& key_name, std::optional<int> year,
                 std::optional<int> from, std::optional<int> to, const std::string& budget, const Output& output) {
    Loaded& loaded = load(input, &output);
    const tariffs::Model& model = loaded.model;
    const auto key = tariffs::parse_allocation_key(key_name);
    if (!key && key_name != "all")
        throw UsageError("--key is moving_average, objective, usage, insurance or all, not `" + key_name + "`");
    if (model.municipalities.empty()) throw UsageError(input.path + " has no `municipalities`");
    if (year && (from || to)) throw UsageError("--year is one year; --from and --to a range: give one or the other");
    if (!key || from || to) {
        const int first = from.value_or(year.value_or(std::min(model.year + 1, model.until)));
        const int last = to.value_or(model.until);
        check_year(model, first, "--from");
        check_year(model, last, "--to");
        if (last < first) throw UsageError("--to " + std::to_string(last) + " is before --from " + std::to_string(first));
        std::vector<tariffs::AllocationKey> keys;
        if (key) keys.push_back(*key);
        else
            keys = {tariffs::AllocationKey::moving_average, tariffs::AllocationKey::objective,
                    tariffs::AllocationKey::usage, tariffs::AllocationKey::insurance};
        return run_forecast(loaded, input, keys, first, last, budget, output);
    }
    const int the_year = year.value_or(std::min(model.year + 1, model.until));
    check_year(model, the_year, "--year");
    // A year that needs figures carried forward is computed, and its carried figures listed, as in the forecast.
    if (!tariffs::carried_for(model, *key, the_year).empty())
        return run_forecast(loaded, input, {*key}, the_year, the_year, budget, output);
    std::optional<tariffs::Budgets> budgets;
    const engine::Number total = amount_to_split(loaded, input.path, budget, the_year, budgets);
    tariffs::Allocation allocation = tariffs::allocate(model.municipalities, model.allocation, *key, the_year, total);
    // The workbook is the forecast's for one key and year: live over the key data and the budgets.
    if (output.format == tariffs::OutputFormat::xlsx) return run_forecast(loaded, input, {*key}, the_year, the_year, budget, output);
    if (is_rich(output)) return emit_rich(loaded, output, std::move(allocation));
    std::ostringstream text;
    tariffs::write_allocation(model, allocation, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

namespace {

// A workbook or page that an analysis writes itself (`write_book(path)`, `write_page(out)`).
template <typename Book, typename Page>
int write_analysis(const Output& output, Book write_book, Page write_page) {
    if (output.format == tariffs::OutputFormat::xlsx) {
        if (output.file.empty()) throw UsageError("--format xlsx needs --output FILE.xlsx");
        write_file_atomically_with(output.file, write_book);
        return ok;
    }
    std::ostringstream page;
    write_page(page);
    if (output.file.empty()) std::cout << page.str() << std::flush;
    else write_file_atomically(output.file, page.str());
    return ok;
}

}  // namespace

int run_scenarios(const ModelInput& input, const std::vector<std::string>& names, std::optional<int> year,
                  const Output& output) {
    Loaded& loaded = load(input, &output);
    if (loaded.model.scenarios.empty())
        throw UsageError(input.path + " names no `scenarios`; add them to the model (see docs/scenarios.md) or use "
                                      "--set on any command");
    const int the_year = year.value_or(loaded.model.year);
    check_year(loaded.model, the_year, "--year");
    const tariffs::ScenarioComparison comparison = tariffs::compare_scenarios(loaded.cost, names, the_year);
    if (is_rich(output))
        return write_analysis(
            output, [&](const std::string& path) { tariffs::write_scenarios_xlsx(loaded.model, loaded.cost, comparison, path, locale_of(output)); },
            [&](std::ostream& out) { tariffs::write_scenarios_html(loaded.model, comparison, locale_of(output), out); });
    std::ostringstream text;
    tariffs::write_scenario_comparison(loaded.model, comparison, report_format(output.format), text,
                                       locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

namespace {

// A trajectory's price under both models, in `year`.
std::string trajectory_both(Loaded& old_model, Loaded& new_model, const std::string& code, int year) {
    const auto priced = [&](Loaded& loaded) {
        tariffs::Variant prices(loaded.cost);
        return tariffs::price_trajectory(*loaded.model.find_trajectory(code), year,
                                         [&](const std::string& component) { return prices.price(component, year); });
    };
    std::ostringstream text;
    tariffs::write_trajectory_comparison(old_model.model, new_model.model, priced(old_model), priced(new_model), text);
    return text.str();
}

// `compare --explain CODE`: the product's derivation (or the trajectory's price) under both models, side by side.
int explain_both(Loaded& old_model, Loaded& new_model, const std::string& code, int year, const Output& output) {
    if (output.format != tariffs::OutputFormat::table) throw UsageError("compare --explain writes a table: leave out --format");
    const auto has = [&](Loaded& loaded) {
        return loaded.model.find_product(code) || loaded.model.find_trajectory(code);
    };
    if (!has(old_model) || !has(new_model))
        throw UsageError("--explain " + code + ": no product or trajectory `" + code + "` in " +
                         (!has(old_model) ? old_model.model.file : new_model.model.file));
    const tariffs::Product* before = old_model.model.find_product(code);
    const tariffs::Product* after = new_model.model.find_product(code);
    if (!before || !after) {
        if (before || after)
            throw UsageError("--explain " + code + ": a product in one model, a trajectory in the other");
        const std::string text = trajectory_both(old_model, new_model, code, year);
        std::vector<tariffs::SourceFile> old_files = old_model.model.sources;
        for (auto& file : old_files) file.role = "old " + file.role;
        new_model.model.fingerprint = tariffs::fingerprint_of(new_model.model, old_files).sha256;
        emit(text, output, new_model.model);
        return ok;
    }
    std::optional<tariffs::IndexedPair> indexed;
    if (year > new_model.model.year) {
        const auto price_in = [&](Loaded& loaded) {
            const std::unordered_set<std::string> only{code};
            return tariffs::index_tariffs(loaded.cost, year, &only).find(code)->find(year)->price;
        };
        indexed = tariffs::IndexedPair{year, price_in(old_model), price_in(new_model)};
    }
    std::ostringstream text;
    tariffs::write_explanation_comparison(old_model.model, new_model.model, *after,
                                          old_model.cost.derivation(old_model.cost.price(*before).price),
                                          new_model.cost.derivation(new_model.cost.price(*after).price),
                                          indexed, text);
    std::vector<tariffs::SourceFile> old_files = old_model.model.sources;
    for (auto& file : old_files) file.role = "old " + file.role;
    new_model.model.fingerprint = tariffs::fingerprint_of(new_model.model, old_files).sha256;
    emit(text.str(), output, new_model.model);
    return ok;
}

}  // namespace

int run_sensitivity(const ModelInput& input, const std::vector<std::string>& codes, const std::string& by,
                    const std::string& points, std::optional<int> year, const Output& output) {
    Loaded& loaded = load(input, &output);
    const auto step = engine::Number::parse(by);
    if (!step || step->sign() <= 0 || *step >= engine::Number(1) || by.find('%') == std::string::npos)
        throw UsageError("--by is a percentage above 0% and below 100%, such as 1% or 0.5%, not `" + by + "`");
    std::optional<engine::Number> point_step;
    if (!points.empty()) {
        point_step = engine::Number::parse(points);
        if (!point_step || point_step->sign() <= 0 || points.find('%') != std::string::npos)
            throw UsageError("--points is a number of percentage points above 0, such as 0.5, not `" + points + "`");
    }
    for (const auto& code : codes) require_code(loaded.model, code, input.path);
    const int the_year = year.value_or(loaded.model.year);
    check_year(loaded.model, the_year, "--year");
    const tariffs::Sensitivity sensitivity =
        tariffs::analyse_sensitivity(loaded.cost, codes, tariffs::Step{*step, point_step}, the_year);
    if (is_rich(output))
        return write_analysis(
            output, [&](const std::string& path) { tariffs::write_sensitivity_xlsx(loaded.model, loaded.cost, sensitivity, path, locale_of(output)); },
            [&](std::ostream& out) { tariffs::write_sensitivity_html(loaded.model, sensitivity, locale_of(output), out); });
    std::ostringstream text;
    tariffs::write_sensitivity(loaded.model, sensitivity, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

namespace {

int solve_budget_total(Loaded& loaded, const ModelInput& input, const std::string& code, const engine::Number& target,
                       const std::string& vary, int year, const std::string& provider, const Output& output) {
    if (!loaded.model.budgets.present) throw UsageError(input.path + " has no `budgets`");
    check_year(loaded.model, year, "--budget-year");
    if (provider.empty()) throw UsageError("--budget-year needs --provider: whose availability or volume to vary");
    if (vary != "availability" && vary != "volume")
        throw UsageError("with --budget-year, --vary is availability or volume (with the product's CODE), not `" + vary + "`");
    if (vary == "volume" && code.empty()) throw UsageError("--vary volume needs the CODE of the budget line");
    if (vary == "availability" && !code.empty())
        throw UsageError("--vary availability is the provider's, not a product's: leave out " + code);
    const tariffs::BudgetInput what{provider, vary == "volume" ? code : ""};
    const std::unordered_set<std::string> codes = tariffs::budgeted_products(loaded.model);
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(loaded.cost, loaded.model.until, &codes);
    tariffs::BudgetSolution solution;
    try {
        solution = tariffs::solve_budget(loaded.model, indexed, what, year, target);
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string("--provider ") + provider + ": " + e.what());
    }
    std::ostringstream text;
    tariffs::write_budget_solution(loaded.model, solution, what, output.format == tariffs::OutputFormat::json, text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return solution.reaches ? ok : findings;
}

}  // namespace

int run_solve(const ModelInput& input, const std::string& code, const std::string& target_text,
              const std::string& vary, std::optional<int> year, std::optional<int> budget_year,
              const std::string& provider, const Output& output) {
    Loaded& loaded = load(input, &output);
    const auto target = engine::Number::parse(target_text);
    if (!target || target->sign() <= 0 || target_text.find('%') != std::string::npos)
        throw UsageError("--target is an amount above 0, such as 300.00, not `" + target_text + "`");
    if (budget_year) return solve_budget_total(loaded, input, code, *target, vary, *budget_year, provider, output);
    if (code.empty()) throw UsageError("solve needs the CODE of a product, or --budget-year for a year's budget");
    require_code(loaded.model, code, input.path);
    if (year) check_year(loaded.model, *year, "--year");
    tariffs::Solution solution;
    try {
        solution = year && *year > loaded.model.year
                       ? tariffs::solve_by_bisection(loaded.cost, code, vary, *target, *year)
                       : tariffs::solve_tariff(loaded.cost, code, vary, *target);
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string("--vary ") + vary + ": " + e.what());
    }
    std::ostringstream text;
    tariffs::write_solution(loaded.model, solution, output.format == tariffs::OutputFormat::json, text, locale_of(output));
    emit(text.str(), output, loaded.model);
    const bool found = solution.precision ? solution.from && !solution.step : solution.exact && solution.in_range;
    return found ? ok : findings;
}

int run_fingerprint(const ModelInput& input, const Output& output) {
    Loaded& loaded = load(input, &output);
    std::ostringstream text;
    tariffs::write_fingerprint(tariffs::fingerprint_of(loaded.model), output.format == tariffs::OutputFormat::json, text, locale_of(output));
    if (output.file.empty()) std::cout << text.str() << std::flush;
    else write_file_atomically(output.file, text.str());
    return ok;
}

int run_parameters(const ModelInput& input, const Output& output) {
    std::ostringstream text;
    if (input.path.empty()) {
        tariffs::write_method_parameters(tariffs::load_standard_method(), report_format(output.format), text, locale_of(output));
        if (output.file.empty()) std::cout << text.str() << std::flush;
        else write_file_atomically(output.file, text.str());
        return ok;
    }
    Loaded& loaded = load(input, &output);
    tariffs::write_method_parameters(loaded.model.method, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return ok;
}

int run_compare(const std::string& old_path, const ModelInput& input, std::optional<int> year,
                const std::string& explain, const Output& output) {
    if (input.path.empty() && input.scenario.empty() && input.sets.empty())
        throw UsageError("compare needs a NEW model, or --scenario or --set to compare the model with");
    ModelInput new_input = input;
    if (new_input.path.empty()) new_input.path = old_path;
    Loaded& old_model = load(ModelInput{old_path, "", {}}, &output);
    Loaded& new_model = load(new_input, &output);
    if (old_model.model.year != new_model.model.year)
        throw UsageError("the models have different base years (" + std::to_string(old_model.model.year) + " and " +
                         std::to_string(new_model.model.year) + "): compare the tariffs of one year with --year");
    const int the_year = year.value_or(new_model.model.year);
    check_year(old_model.model, the_year, "--year");
    check_year(new_model.model, the_year, "--year");
    if (!explain.empty()) return explain_both(old_model, new_model, explain, the_year, output);
    const tariffs::ModelComparison comparison = tariffs::compare_models(old_model.cost, new_model.cost, the_year);
    std::ostringstream text;
    tariffs::write_model_comparison(new_model.model, comparison, report_format(output.format), text,
                                    locale_of(output));
    std::vector<tariffs::SourceFile> old_files = old_model.model.sources;
    for (auto& file : old_files) file.role = "old " + file.role;
    new_model.model.fingerprint = tariffs::fingerprint_of(new_model.model, old_files).sha256;
    emit(text.str(), output, new_model.model);
    return ok;
}

namespace {

// Lines that could not be read are shown in the report and repeated on standard
// error; they make the input broken (exit 1), after every other line is checked.
int check_result(bool findings, const engine::Diagnostics& unreadable) {
    for (const auto& problem : unreadable.sorted()) std::cerr << engine::shown(problem.to_string()) << '\n';
    if (!unreadable.empty()) return problems;
    return findings ? cli::findings : ok;
}

}  // namespace

int run_check_bids(const ModelInput& input, const std::string& bids_path, std::optional<int> year,
                   const Output& output) {
    Loaded& loaded = load(input, &output);
    const int the_year = year.value_or(loaded.model.year);
    check_year(loaded.model, the_year, "--year");
    const tariffs::CsvTable bids = tariffs::load_csv(bids_path);
    loaded.model.fingerprint = tariffs::fingerprint_of(loaded.model, {{"bids", bids.file, bids.sha256}}).sha256;
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(loaded.cost, loaded.model.until);
    std::optional<tariffs::Budgets> budgets;
    if (loaded.model.budgets.present) budgets = tariffs::compute_budgets(loaded.model, indexed);
    const tariffs::BidReview review =
        tariffs::review_bids(loaded.model, indexed, budgets ? &*budgets : nullptr, bids, the_year);
    std::ostringstream text;
    tariffs::write_bid_review(loaded.model, review, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return check_result(review.has_findings(), review.unreadable);
}

int run_check_index(const ModelInput& input, const std::string& list_path, const Output& output) {
    Loaded& loaded = load(input, &output);
    const tariffs::CsvTable list = tariffs::load_csv(list_path);
    loaded.model.fingerprint = tariffs::fingerprint_of(loaded.model, {{"tariffs", list.file, list.sha256}}).sha256;
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(loaded.cost, loaded.model.until);
    const tariffs::IndexCheck check = tariffs::check_index(loaded.cost, indexed, list);
    std::ostringstream text;
    tariffs::write_index_check(loaded.model, check, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return check_result(check.has_findings(), check.unreadable);
}

int run_check_buildup(const ModelInput& input, const std::string& buildup_path, const Output& output) {
    Loaded& loaded = load(input, &output);
    const tariffs::BuildUp buildup = tariffs::load_buildup(buildup_path, loaded.model);
    loaded.model.fingerprint =
        tariffs::fingerprint_of(loaded.model, {{"build-up", buildup.file, buildup.sha256}}).sha256;
    const tariffs::BuildUpReview review = tariffs::review_buildup(loaded.model, buildup);
    std::ostringstream text;
    tariffs::write_buildup_review(loaded.model, review, report_format(output.format), text, locale_of(output));
    emit(text.str(), output, loaded.model);
    return review.has_findings() ? findings : ok;
}

}  // namespace cli
