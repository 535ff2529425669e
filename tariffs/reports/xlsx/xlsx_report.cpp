#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include "tariffs/model/parameter_declarations.hpp"
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/xlsx/xlsx_writer.hpp"

#include <map>
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace tariffs {

namespace xlsx {

namespace {

// `overhead_surcharge` for the model's input, `jeugdzorgwerker.monthly_salary`
// for a staff level's; none for a product's (a code such as AMB-U is no name).
std::optional<std::string> defined_name(const Derivation& value) {
    const std::string& label = value.scope->label();
    const std::string& name = value.definition->name;
    if (label == "model" || label.rfind("standard method", 0) == 0 || label.rfind("method ", 0) == 0) return name;
    const std::string level = "staff level ";
    if (label.rfind(level, 0) == 0) return label.substr(level.size()) + "." + name;
    return std::nullopt;
}

bool ends_with(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

void Writer::write() {
    write_copy("");
    if (data_.forecast) {
        Sheet& key_data = book_.add_sheet(t("Key data"));
        write_key_data(key_data);
        for (std::size_t k = 0; k < data_.forecast->forecast.keys.size(); ++k) {
            Sheet& by_key = book_.add_sheet(t("By {key}", {{"{key}", t(to_string(data_.forecast->forecast.keys[k]))}}));
            write_forecast_key(by_key, k);
        }
    }
}

Sheet& Writer::add_sheet(const std::string& name, const std::string& suffix, const Writer* model) {
    Sheet& sheet = book_.add_sheet(name + suffix);
    if (model)
        for (const auto& [own_name, own] : model->sheets_)
            if (own_name == name) sheet.mirror(*own);
    sheets_.emplace_back(name, &sheet);
    return sheet;
}

std::vector<std::string> Writer::sheet_names() const {
    std::vector<std::string> names;
    for (const auto& [name, sheet] : sheets_) names.push_back(sheet->name());
    return names;
}

void Writer::write_copy(const std::string& suffix, const Writer* model) {
    write_model_sheets(suffix, model);
    if (data_.indexed) {
        write_index(add_sheet(t("Index"), suffix, model));
        write_indexed(add_sheet(t("Indexed tariffs"), suffix, model));
    }
    if (!data_.model->trajectories.empty()) write_trajectories(add_sheet(t("Trajectories"), suffix, model));
    if (data_.budgets) write_budgets(add_sheet(t("Budgets"), suffix, model));
}

void Writer::write_model_sheets(const std::string& suffix, const Writer* model) {
    Sheet& inputs = add_sheet(t("Inputs"), suffix, nullptr);
    Sheet& build_up = add_sheet(t("Build-up"), suffix, nullptr);
    Sheet& prices = add_sheet(t("Price sheet"), suffix, nullptr);
    plan_inputs(inputs);
    plan_build_up(build_up);
    plan_prices(prices);
    write_inputs(inputs, model);
    write_build_up(build_up);
    write_prices(prices);
}

std::optional<std::pair<std::string, Number>> Writer::price_cell(const std::string& code, int year) const {
    if (year == data_.model->year)  // the Price sheet's, where the build-up is
        if (const ProductPrice* price = price_of(code))
            if (auto cell = tariff_cell(code)) return std::pair{*cell, price->price.value};
    const auto cell = component_price_cell(code, year);
    if (!cell) return std::nullopt;
    if (data_.indexed) {
        if (const Number* price = data_.indexed->price_of(code, year)) return std::pair{*cell, *price};
        return std::nullopt;
    }
    if (year != data_.model->year) return std::nullopt;
    if (const ProductPrice* price = price_of(code)) return std::pair{*cell, price->price.value};
    for (const auto& price : data_.sheet.trajectories)
        if (price.trajectory->code == code) return std::pair{*cell, price.price};
    return std::nullopt;
}

std::optional<std::pair<std::string, Number>> Writer::budget_total_cell(int year) const {
    const auto cell = all_providers_cell_.find(year);
    const FrameCheck* frame = data_.budgets ? data_.budgets->frame(year) : nullptr;
    if (cell == all_providers_cell_.end() || !frame) return std::nullopt;
    return std::pair{cell->second, frame->total};
}

std::optional<std::string> Writer::tariff_cell(const std::string& code) const {
    const ProductPrice* price = price_of(code);
    const auto cell = price ? price_cell_.find(price->product) : price_cell_.end();
    if (cell == price_cell_.end()) return std::nullopt;
    return cell->second;
}

std::optional<std::pair<std::string, Number>> Writer::input_cell(const std::string& scope,
                                                                 const std::string& name) const {
    for (const auto& [row, value] : input_rows_)
        if (value->scope->label() == scope && value->definition->name == name)
            return std::pair{cells_.at(value), value->value};
    return std::nullopt;
}

// -- Inputs: every value the price derivations use, grouped by scope --------------

void Writer::plan_inputs(const Sheet& sheet) {
    // Groups: the method, the model, kinds and staff levels (as met), then
    // each product followed by its staff mix.
    std::map<const Scope*, std::tuple<int, int, int>> rank;
    int met = 0;
    auto rank_of = [&](const Derivation& value) {
        auto it = rank.find(value.scope);
        if (it != rank.end()) return it->second;
        std::tuple<int, int, int> key{2, met++, 0};
        if (value.scope->depth() == 0) key = {0, 0, 0};
        else if (value.scope->depth() == 1) key = {1, 0, 0};
        else if (const Product* product = plan_.owner(value))
            key = {3, product_index(*product),
                   value.scope == &data_.cost->scope_of(*product) ? 0 : 1 + met++};  // its staff mix after it
        return rank[value.scope] = key;
    };
    std::vector<const Derivation*> values = plan_.values;
    for (const Derivation* value : values) rank_of(*value);
    std::stable_sort(values.begin(), values.end(), [&](const Derivation* a, const Derivation* b) {
        const auto& pa = a->definition->pos;
        const auto& pb = b->definition->pos;
        return std::tuple(rank[a->scope], pa.file ? *pa.file : std::string(), pa.line, pa.column, a->name()) <
               std::tuple(rank[b->scope], pb.file ? *pb.file : std::string(), pb.line, pb.column, b->name());
    });
    int row = 1;
    const Scope* group = nullptr;
    for (const Derivation* value : values) {
        if (group && value->scope != group) ++row;  // a blank row between groups
        group = value->scope;
        input_rows_.push_back({row, value});
        cells_[value] = sheet.ref(row, 2);
        ++row;
    }
}

int Writer::product_index(const Product& product) const {
    for (std::size_t i = 0; i < data_.prices.size(); ++i)
        if (data_.prices[i].product == &product) return static_cast<int>(i);
    return 0;
}

void Writer::write_inputs(Sheet& sheet, const Writer* model) {
    std::vector<std::string> header = {"Where", "Name", "Value", "As written", "Source", "About", "Unit"};
    if (model) header.push_back("Model's value");
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), t(header[c]), formats_.bold);
    const auto declared = parameter_declarations(data_.model->method);
    for (const auto& [row, value] : input_rows_) {
        const engine::Definition& definition = *value->definition;
        sheet.text(row, 0, locale_.scope(value->scope->label()));
        sheet.text(row, 1, definition.name);
        if (model) write_variant_input(sheet, row, *value, *model);
        else sheet.exact(row, 2, value->value, input_format(*value));
        sheet.text(row, 3, definition.text);
        sheet.text(row, 4, definition.pos.file_line());
        const auto declaration = declared.find(definition.name);
        const std::string about = !definition.description.empty() ? definition.description
                                  : declaration != declared.end() ? declaration->second->description
                                                                  : "";
        sheet.text(row, 5, about);
        sheet.text(row, 6, unit_of(*value));
        sheet.comment(row, 2, (about.empty() ? "" : about + "\n") + t("source") + ": " + definition.pos.file_line());
        if (!model)
            if (const auto name = defined_name(*value)) sheet.define_name(*name, row, 2);
    }
    const int legend = input_rows_.empty() ? 2 : input_rows_.back().row + 2;
    sheet.text(legend, 0, t("input"), formats_.input);
    if (model)
        sheet.note(legend,
                   t("A coloured cell is an input this scenario changes, the model's value beside it: change it, and "
                     "every figure of the scenario follows. Every other value is the model's, a reference to its "
                     "Inputs sheet."),
                   1);
    else
        sheet.note(legend,
                   t("A coloured cell is an input: change it, and every figure computed from it follows in every "
                     "sheet. The model's inputs have defined names (overhead_surcharge, "
                     "jeugdzorgwerker.monthly_salary)."),
                   1);
}

void Writer::write_variant_input(Sheet& sheet, int row, const Derivation& value, const Writer& model) {
    const auto own = model.input_cell(value.scope->label(), value.definition->name);
    const std::string& text = value.definition->text;
    const bool percent = !text.empty() && text.back() == '%';
    const bool money = is_money(*value.scope, value.name());
    const auto shown = [&](const Number& number) {
        return percent ? formats_.percent_of(number) : money ? formats_.money_of(number) : formats_.number_of(number);
    };
    if (own && own->second == value.value) {
        sheet.formula(row, 2, own->first, value.value, shown(value.value));
        return;
    }
    sheet.exact(row, 2, value.value, input_format(value));
    if (own) sheet.formula(row, 7, own->first, own->second, shown(own->second));
}

// How an input shows: a percentage as the model writes one (`8%`), money in
// euros (by its unit of measure, not by how many decimals it has: a share of
// 0.75 is no amount), any other number with the decimals it has; each with an input's fill.
lxw_format* Writer::input_format(const Derivation& value) {
    const std::string& text = value.definition->text;
    if (!text.empty() && text.back() == '%') return formats_.percent_of(value.value, true);
    if (is_money(*value.scope, value.name())) return formats_.money_of(value.value, true);
    return formats_.number_of(value.value, true);
}

bool Writer::is_money(const Scope& scope, std::string_view name) const {
    return data_.cost->unit_shown(scope, name).rfind("EUR", 0) == 0;
}

// The unit beside a figure (`EUR/year`, in Dutch `EUR/jaar`); empty for a pure number.
std::string Writer::unit_of(const Derivation& figure) const {
    return locale_.unit_of_measure(data_.cost->unit_shown(*figure.scope, figure.name()));
}

// -- Build-up: every formula, as a spreadsheet formula ------------------------------

void Writer::plan_build_up(const Sheet& sheet) {
    int row = 1;
    auto block = [&](const std::string& title, const std::vector<const Derivation*>& rules) {
        if (rules.empty()) return;
        build_up_rows_.push_back({row++, nullptr, title});
        for (const Derivation* rule : rules) {
            build_up_rows_.push_back({row, rule, ""});
            cells_[rule] = sheet.ref(row, 3);
            ++row;
        }
        ++row;
    };
    block(t("Shared by several products (method, model, kinds, staff levels)"), plan_.shared);
    for (const auto& price : data_.prices) {
        auto it = plan_.own.find(price.product);
        block(price.product->code + " " + price.product->name,
              it == plan_.own.end() ? std::vector<const Derivation*>{} : it->second);
    }
}

std::pair<std::string, std::string> Writer::formula_of(const Derivation& rule, const std::string& on_sheet,
                                                       const std::map<const Derivation*, std::string>& replaced) {
    const std::string own_prefix = sheet_prefix(on_sheet);
    FormulaWriter writer([&](const Scope& context, const std::string& name) -> std::optional<std::string> {
        const Derivation* found = plan_.resolve(rule, context, name);
        if (!found) return std::nullopt;
        if (auto it = replaced.find(found); it != replaced.end()) return it->second;
        auto cell = cells_.find(found);
        if (cell == cells_.end()) return std::nullopt;
        if (cell->second.compare(0, own_prefix.size(), own_prefix) == 0) return cell->second.substr(own_prefix.size());
        return cell->second;
    });
    const Piece piece = writer.rule(rule);
    return {piece.text, writer.problem()};
}

// How a computed figure shows: as its rule rounds it, money in euros to the
// cent, a share or rate as a percentage, any other number to four decimals at most.
lxw_format* Writer::rule_format(const Derivation& rule) {
    const auto& rounding = rule.definition->rounding;
    const bool money = is_money(*rule.scope, rule.name());
    if (rounding && rounding->places) {
        const int places = *rounding->places;
        return money ? formats_.money_places(std::max(places, 2), std::max(places, 2)) : formats_.number(places, places);
    }
    if (money) return formats_.money;
    const std::string name(rule.name());
    if (ends_with(name, "_share") || ends_with(name, "_rate")) return formats_.percent(2);
    return formats_.number(2, 4);
}

void Writer::write_build_up(Sheet& sheet) {
    const std::vector<std::string> header = {"Where", "Rule", "Formula", "Value", "Note", "Source", "Unit"};
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), t(header[c]), formats_.bold);
    for (const auto& line : build_up_rows_) {
        if (!line.rule) {
            sheet.title(line.row, 0, line.title, formats_.bold);
            continue;
        }
        const Derivation& rule = *line.rule;
        const engine::Definition& definition = *rule.definition;
        sheet.text(line.row, 0, locale_.scope(rule.scope->label()));
        sheet.text(line.row, 1, definition.name);
        std::string shown = definition.text;
        if (definition.rounding) shown += ", " + t("then") + " " + definition.rounding->describe();
        sheet.text(line.row, 2, shown);
        const auto [formula, problem] = formula_of(rule, sheet.name());
        if (problem.empty()) {
            sheet.formula(line.row, 3, formula, rule.value, rule_format(rule));
        } else {
            sheet.exact(line.row, 3, rule.value, rule_format(rule));
            sheet.text(line.row, 4, problem, formats_.note);
        }
        sheet.text(line.row, 5, definition.pos.file_line());
        sheet.text(line.row, 6, unit_of(rule));
    }
}

// -- Price sheet -------------------------------------------------------------------

void Writer::plan_prices(const Sheet& sheet) {
    for (std::size_t i = 0; i < data_.prices.size(); ++i) {
        const int row = static_cast<int>(i) + 1;
        price_cell_[data_.prices[i].product] = sheet.ref(row, price_tariff_col);
        base_tariff_cell_[data_.prices[i].product] = sheet.ref(row, price_base_tariff_col);
    }
}

const PriceLine* Writer::line_of(const Product& product) const {
    for (const auto& line : data_.sheet.lines)
        if (line.code == product.code) return &line;
    return nullptr;
}

void Writer::derived(Sheet& sheet, int row, int col, const std::optional<engine::Figure>& figure, lxw_format* format) {
    if (!figure) return;
    const Derivation* derivation = &data_.cost->derivation(*figure);
    auto cell = cells_.find(derivation);
    if (cell != cells_.end()) sheet.formula(row, col, cell->second, derivation->value, format);
    else sheet.exact(row, col, derivation->value, format);
}

void Writer::write_prices(Sheet& sheet) {
    const std::vector<std::string> header = {"Code", "Name", "Kind", "Unit", "iJw unit", "Category", "Tariff",
                                             "Build-up per", "Staff cost", "Client cost", "Overhead", "Risk",
                                             "Tariff per build-up unit", "Personnel share"};
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), t(header[c]), formats_.bold);
    for (std::size_t i = 0; i < data_.prices.size(); ++i) {
        const ProductPrice& price = data_.prices[i];
        const Product& product = *price.product;
        const PriceLine* line = line_of(product);
        const int row = static_cast<int>(i) + 1;
        sheet.text(row, 0, product.code);
        sheet.text(row, 1, product.name);
        sheet.text(row, 2, locale_.kind(product.kind));
        sheet.text(row, 3, t(product.unit));
        if (line) {
            sheet.text(row, 4, line->ijw_unit);
            sheet.text(row, 5, line->category);
            sheet.text(row, 7, t(line->base_unit));
        }
        derived(sheet, row, price_tariff_col, price.price, formats_.tariff);
        derived(sheet, row, 8, price.staff_cost, formats_.money);
        derived(sheet, row, 9, price.client_cost, formats_.money);
        derived(sheet, row, 10, price.overhead, formats_.money);
        derived(sheet, row, 11, price.risk, formats_.money);
        derived(sheet, row, price_base_tariff_col, price.tariff, formats_.tariff);
        derived(sheet, row, 13, price.personnel_share, formats_.percent());
        if (price.personnel_share) personnel_share_cell_[&product] = sheet.ref(row, 13);
    }
    const int note = static_cast<int>(data_.prices.size()) + 2;
    sheet.note(note,
               t("The tariff is per unit, rounded as its rule says; the build-up is exact, per the unit under "
                 "`build-up per`. Every figure is a formula on the Build-up sheet."));
}

}  // namespace xlsx

void write_xlsx(const ReportData& data, const std::string& path, const Locale& locale) {
    if (!data.model || !data.cost) throw std::runtime_error("cannot write the workbook " + path + ": no model");
    const xlsx::NumericLocaleC c_locale;
    xlsx::Book book(path, locale.dutch);
    book.set_properties(data.model->name, data.model->year, scenario_summary(data.model->scenario, locale),
                        data.model->fingerprint.empty() ? "" : fingerprint_line(data.model->fingerprint, locale));
    xlsx::Writer(data, locale, book).write();
    book.close(path);
}

}  // namespace tariffs
