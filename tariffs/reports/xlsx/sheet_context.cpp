#include "tariffs/reports/xlsx/sheet_context.hpp"

#include "tariffs/reports/xlsx/formula.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

namespace tariffs::xlsx {

std::pair<std::string, std::string> SheetContext::formula_of(
    const Derivation& rule, const std::string& on_sheet, const std::map<const Derivation*, std::string>& replaced) const {
    const std::string own_prefix = sheet_prefix(on_sheet);
    FormulaWriter writer([&](const Scope& context, const std::string& name) -> std::optional<std::string> {
        const Derivation* found = plan.resolve(rule, context, name);
        if (!found) return std::nullopt;
        if (auto it = replaced.find(found); it != replaced.end()) return it->second;
        auto cell = cells.derivation.find(found);
        if (cell == cells.derivation.end()) return std::nullopt;
        if (cell->second.compare(0, own_prefix.size(), own_prefix) == 0) return cell->second.substr(own_prefix.size());
        return cell->second;
    });
    const Piece piece = writer.rule(rule);
    return {piece.text, writer.problem()};
}

const PriceLine* SheetContext::line_of(const Product& product) const {
    for (const auto& line : data.sheet.lines)
        if (line.code == product.code) return &line;
    return nullptr;
}

}  // namespace tariffs::xlsx
