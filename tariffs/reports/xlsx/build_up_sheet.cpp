#include "tariffs/reports/xlsx/build_up_sheet.hpp"

namespace tariffs::xlsx {

void BuildUpSheet::plan(const Sheet& sheet) {
    const Plan& plan = context_.plan;
    int row = 1;
    auto block = [&](const std::string& title, const std::vector<const Derivation*>& rules) {
        if (rules.empty()) return;
        rows_.push_back({row++, nullptr, title});
        for (const Derivation* rule : rules) {
            rows_.push_back({row, rule, ""});
            context_.cells.derivation[rule] = sheet.ref(row, 3);
            ++row;
        }
        ++row;
    };
    block(t("Shared by several products (method, model, kinds, staff levels)"), plan.shared);
    for (const auto& price : context_.data.prices) {
        auto it = plan.own.find(price.product);
        block(price.product->code + " " + price.product->name,
              it == plan.own.end() ? std::vector<const Derivation*>{} : it->second);
    }
}

void BuildUpSheet::write(Sheet& sheet) {
    Formats& formats = context_.formats;
    const FigureLook& look = context_.look;
    const std::vector<std::string> header = {"Where", "Rule", "Formula", "Value", "Note", "Source", "Unit"};
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), t(header[c]), formats.bold);
    for (const auto& line : rows_) {
        if (!line.rule) {
            sheet.title(line.row, 0, line.title, formats.bold);
            continue;
        }
        const Derivation& rule = *line.rule;
        const engine::Definition& definition = *rule.definition;
        sheet.text(line.row, 0, context_.locale.scope(rule.scope->label()));
        sheet.text(line.row, 1, definition.name);
        std::string shown = definition.text;
        if (definition.rounding) shown += ", " + t("then") + " " + definition.rounding->describe();
        sheet.text(line.row, 2, shown);
        const auto [formula, problem] = context_.formula_of(rule, sheet.name());
        if (problem.empty()) {
            sheet.formula(line.row, 3, formula, rule.value, look.rule(rule));
        } else {
            sheet.exact(line.row, 3, rule.value, look.rule(rule));
            sheet.text(line.row, 4, problem, formats.note);
        }
        sheet.text(line.row, 5, definition.pos.file_line());
        sheet.text(line.row, 6, look.unit_of(rule));
    }
}

}  // namespace tariffs::xlsx
