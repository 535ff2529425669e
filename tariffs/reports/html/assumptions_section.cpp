#include "tariffs/reports/html/assumptions_section.hpp"

#include "tariffs/model/parameter_declarations.hpp"
#include "tariffs/reports/html/markup.hpp"

#include <filesystem>
#include <map>
#include <set>

namespace tariffs::html {

namespace {

// `region.yaml:14`: the file's name and line, not a path on the machine that ran it.
std::string source_of(const engine::SourcePos& pos) {
    if (!pos.file) return "";
    return std::filesystem::path(*pos.file).filename().string() + ":" + std::to_string(pos.line);
}

}  // namespace

std::string AssumptionsSection::t(std::string_view english) const { return esc(locale_.text(english)); }

void AssumptionsSection::write() {
    const auto declared = parameter_declarations(model_.method);
    // A value as the model writes it (`8.33%`, `3650.00`), in the page's number style.
    const auto as_written = [&](const engine::Definition& value) {
        std::string text = value.text.empty() ? value.value.to_exact_decimal().value_or(value.value.to_fraction_string())
                                              : value.text;
        const bool percent = !text.empty() && text.back() == '%';
        if (percent) text.pop_back();
        return esc(locale_.number(text)) + (percent ? "%" : "");
    };
    // A rate or share (unit 1) shows its value as a percentage and no unit.
    const auto unit_of = [&](const std::string& name) {
        const auto it = declared.find(name);
        return it == declared.end() || it->second->unit == "1" ? std::string() : it->second->unit;
    };
    const auto about_of = [&](const engine::Definition& value) {
        if (!value.description.empty()) return value.description;
        const auto it = declared.find(value.name);
        return it == declared.end() ? std::string() : it->second->description;
    };
    const auto row = [&](const std::string& who, const engine::Definition& value, const std::string& note) {
        out_ << "<tr>";
        if (!who.empty()) out_ << "<td class=\"code\">" << esc(who) << "</td>";
        out_ << "<td><code>" << esc(value.name) << "</code></td><td class=\"num\">" << as_written(value)
             << "</td><td>" << esc(locale_.unit_of_measure(unit_of(value.name))) << "</td><td>" << esc(about_of(value)) << note
             << "</td><td><code>" << esc(source_of(value.pos)) << "</code></td></tr>\n";
    };
    const auto head = [&](bool who, const char* first) {
        out_ << "<table class=\"assumptions\">\n<thead><tr>";
        if (who) out_ << "<th>" << t(first) << "</th>";
        out_ << "<th>" << t("input") << "</th><th class=\"num\">" << t("value") << "</th><th>" << t("unit")
             << "</th><th>" << t("meaning") << "</th><th>" << t("source") << "</th></tr></thead>\n<tbody>\n";
    };

    out_ << "<section id=\"assumptions\">\n<h2>" << t("assumptions") << "</h2>\n<p class=\"note\">"
         << t("Every input the tariffs are computed from, as the model gives it: its value, unit, meaning and the "
              "line of the model that says it. A value the model does not give is the standard method's default.")
         << "</p>\n";

    // The model's parameters, then the method's defaults it leaves as they are.
    out_ << "<h3>" << t("parameters of the model") << "</h3>\n";
    head(false, "");
    std::set<std::string> given;
    for (const auto& value : model_.definitions)
        if (value.kind == engine::Definition::Kind::value) {
            row("", value, "");
            given.insert(value.name);
        }
    for (const auto& value : model_.method.definitions)
        if (value.kind == engine::Definition::Kind::value && !given.count(value.name))
            row("", value, " <em>(" + t("the method's default") + ")</em>");
    out_ << "</tbody>\n</table>\n";

    if (!model_.roles.empty()) {
        out_ << "<h3>" << t("staff levels") << "</h3>\n";
        head(true, "staff level");
        for (const auto& role : model_.roles)
            for (const auto& value : role.definitions) row(role.name, value, "");
        out_ << "</tbody>\n</table>\n";
    }

    out_ << "<h3>" << t("products") << "</h3>\n";
    head(true, "product");
    for (const auto& product : model_.products) {
        for (const auto& value : product.definitions)
            if (value.kind == engine::Definition::Kind::value) row(product.code, value, "");
        if (product.staff_mix.empty()) continue;
        std::string mix;
        for (const auto& share : product.staff_mix)
            mix += (mix.empty() ? "" : "<br>") + esc(share.role) + " " +
                   esc(locale_.number(share.share.to_exact_decimal().value_or(share.share.to_fraction_string())));
        // A staff level a line: the cell stays as narrow as its longest one, and the table within the page.
        out_ << "<tr><td class=\"code\">" << esc(product.code) << "</td><td><code>staff_mix</code></td><td class=\"num\">"
             << mix << "</td><td>FTE</td><td>" << t("the staff levels that give the care, as shares of one FTE")
             << "</td><td><code>" << esc(source_of(product.staff_mix.front().pos)) << "</code></td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</section>\n";
}

}  // namespace tariffs::html
