#include "tariffs/reports/xlsx/inputs_sheet.hpp"

#include "tariffs/model/parameter_declarations.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace tariffs::xlsx {

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

}  // namespace

void InputsSheet::plan(const Sheet& sheet) {
    const Plan& plan = context_.plan;
    CellMap& cells = context_.cells;
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
        else if (const Product* product = plan.owner(value))
            key = {3, product_index(*product),
                   value.scope == &context_.data.cost->scope_of(*product) ? 0 : 1 + met++};  // its staff mix after it
        return rank[value.scope] = key;
    };
    std::vector<const Derivation*> values = plan.values;
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
        cells.inputs.push_back({row, value});
        cells.derivation[value] = sheet.ref(row, 2);
        ++row;
    }
}

int InputsSheet::product_index(const Product& product) const {
    const auto& prices = context_.data.prices;
    for (std::size_t i = 0; i < prices.size(); ++i)
        if (prices[i].product == &product) return static_cast<int>(i);
    return 0;
}

void InputsSheet::write(Sheet& sheet, const CellMap* model) {
    const Locale& locale = context_.locale;
    Formats& formats = context_.formats;
    const FigureLook& look = context_.look;
    const std::vector<InputRow>& inputs = context_.cells.inputs;
    std::vector<std::string> header = {"Where", "Name", "Value", "As written", "Source", "About", "Unit"};
    if (model) header.push_back("Model's value");
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), t(header[c]), formats.bold);
    const auto declared = parameter_declarations(context_.data.model->method);
    for (const auto& [row, value] : inputs) {
        const engine::Definition& definition = *value->definition;
        sheet.text(row, 0, locale.scope(value->scope->label()));
        sheet.text(row, 1, definition.name);
        if (model) write_variant_input(sheet, row, *value, *model);
        else sheet.exact(row, 2, value->value, look.input(*value));
        sheet.text(row, 3, definition.text);
        sheet.text(row, 4, definition.pos.file_line());
        const auto declaration = declared.find(definition.name);
        const std::string about = !definition.description.empty() ? definition.description
                                  : declaration != declared.end() ? declaration->second->description
                                                                  : "";
        sheet.text(row, 5, about);
        sheet.text(row, 6, look.unit_of(*value));
        sheet.comment(row, 2, (about.empty() ? "" : about + "\n") + t("source") + ": " + definition.pos.file_line());
        if (!model)
            if (const auto name = defined_name(*value)) sheet.define_name(*name, row, 2);
    }
    const int legend = inputs.empty() ? 2 : inputs.back().row + 2;
    sheet.text(legend, 0, t("input"), formats.input);
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

void InputsSheet::write_variant_input(Sheet& sheet, int row, const Derivation& value, const CellMap& model) {
    Formats& formats = context_.formats;
    const FigureLook& look = context_.look;
    const auto own = model.input(value.scope->label(), value.definition->name);
    const std::string& text = value.definition->text;
    const bool percent = !text.empty() && text.back() == '%';
    const bool money = look.is_money(*value.scope, value.name());
    const auto shown = [&](const Number& number) {
        return percent ? formats.percent_of(number) : money ? formats.money_of(number) : formats.number_of(number);
    };
    if (own && own->second == value.value) {
        sheet.formula(row, 2, own->first, value.value, shown(value.value));
        return;
    }
    sheet.exact(row, 2, value.value, look.input(value));
    if (own) sheet.formula(row, 7, own->first, own->second, shown(own->second));
}

}  // namespace tariffs::xlsx
