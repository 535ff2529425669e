#include "tariffs/reports/html/derivation_section.hpp"

#include "engine/decimal.hpp"
#include "engine/display.hpp"
#include "tariffs/pricing/indexation.hpp"
#include "tariffs/reports/html/markup.hpp"
#include "tariffs/reports/index_wording.hpp"
#include "tariffs/reports/text/explain_report.hpp"

namespace tariffs::html {

using engine::Derivation;

namespace {

// `= 0.85`, `≈ 165.026949`; a value written as `8%` keeps that too.
std::string shown_value(const Derivation& node, const Locale& locale) {
    const auto shown = engine::display_derived(node);
    std::string text = (shown.approximate ? "≈ " : "= ") + locale.number(shown.text);
    const engine::Definition& definition = *node.definition;
    if (definition.kind == engine::Definition::Kind::value && !definition.text.empty() &&
        definition.text != shown.text)
        text += " (" + definition.text + ")";
    return text;
}

// One derivation tree, as folding <details> (screen) or a nested list (print).
class Tree {
public:
    Tree(const Locale& locale, const std::string& code, bool print, std::ostream& out)
        : locale_(locale), code_(code), print_(print), out_(out) {}

    void set_elements(const std::map<const Derivation*, std::string>& element_of) { element_of_ = element_of; }
    void set_units(const std::map<const Derivation*, std::string>& units) { units_ = &units; }

    void node(const Derivation& node, const std::string& section, bool open) {
        std::string head = "<span class=\"dn\">" + esc(node.name()) + "</span> <span class=\"dv\">" +
                           esc(shown_value(node, locale_)) + "</span>";
        if (const std::string unit = unit_of(node); !unit.empty())
            head += " <span class=\"du\">" + esc(locale_.unit_of_measure(unit)) + "</span>";
        auto element = element_of_.find(&node);
        if (element != element_of_.end() && element->second != section) {
            leaf(head + " <span class=\"ref\">" + see(element->second) + "</span>");
            return;
        }
        auto seen = shown_.find(&node);
        if (seen != shown_.end()) {
            const std::string text = esc(locale_.text("see above"));
            leaf(head + " <span class=\"ref\">" +
                 (print_ ? text : "<a href=\"#" + seen->second + "\">" + text + "</a>") + "</span>");
            return;
        }
        const std::string id = "d-" + id_of(code_) + "-" + std::to_string(shown_.size() + 1);
        shown_.emplace(&node, id);
        std::string line = head;
        const engine::Definition& definition = *node.definition;
        if (definition.kind == engine::Definition::Kind::formula) {
            line += " <code class=\"df\">= " + esc(definition.text);
            if (definition.rounding) {
                const auto unrounded = engine::display_value(*node.unrounded);
                line += ", " + esc(definition.rounding->describe()) + " " + esc(locale_.text("of")) + " " +
                        (unrounded.approximate ? "≈ " : "") + esc(locale_.number(unrounded.text));
            }
            line += "</code>";
        }
        line += " <span class=\"dw\">" + esc(locale_.scope(node.scope->label())) + ", " +
                esc(definition.pos.file_line()) + "</span>";
        const std::string id_attribute = print_ ? "" : " id=\"" + id + "\"";
        if (node.inputs.empty()) {
            if (print_) out_ << "<li>" << line << "</li>\n";
            else out_ << "<div class=\"leaf\"" << id_attribute << ">" << line << "</div>\n";
            return;
        }
        if (print_) {
            out_ << "<li>" << line << "\n<ul>\n";
            for (const Derivation* input : node.inputs) this->node(*input, section, false);
            out_ << "</ul></li>\n";
        } else {
            out_ << "<details" << id_attribute << (open ? " open" : "") << "><summary>" << line << "</summary>\n";
            for (const Derivation* input : node.inputs) this->node(*input, section, false);
            out_ << "</details>\n";
        }
    }

private:
    std::string see(const std::string& element) const {
        const std::string text = esc(locale_.text("see")) + " " + esc(element_mark(element, locale_));
        return print_ ? text : "<a href=\"#e-" + id_of(code_) + "-" + id_of(element) + "\">" + text + "</a>";
    }
    void leaf(const std::string& line) {
        if (print_) out_ << "<li>" << line << "</li>\n";
        else out_ << "<div class=\"leaf\">" << line << "</div>\n";
    }

    const Locale& locale_;
    std::string code_;
    bool print_;
    std::ostream& out_;
    std::map<const Derivation*, std::string> element_of_;
    const std::map<const Derivation*, std::string>* units_ = nullptr;

    std::string unit_of(const Derivation& node) const {
        if (!units_) return "";
        const auto unit = units_->find(&node);
        return unit == units_->end() ? "" : unit->second;
    }
    std::map<const Derivation*, std::string> shown_;  // → its id
};

}  // namespace

std::string DerivationSection::t(std::string_view english) const { return esc(locale_.text(english)); }

void DerivationSection::write(const ProductPrice& price) {
    const IndexedProduct* indexed = data_.indexed ? data_.indexed->find(price.product->code) : nullptr;
    const int last = data_.indexed ? data_.indexed->last_year : data_.model->year;
    const Explanation explanation = explain(*data_.cost, price, indexed, last);
    std::map<const Derivation*, std::string> element_of;
    for (const auto& element : explanation.elements)
        if (element.root) element_of[element.root] = element.id;

    const std::string& code = price.product->code;
    out_ << "<details class=\"derivation screen-only\"><summary>" << t("Derivation")
         << " — " << t("each value with its rule, scope and place in the model") << "</summary>\n"
         << "<div class=\"elements\">\n";
    elements(explanation, element_of, code, false);
    out_ << "</div>\n</details>\n";
    out_ << "<div class=\"print-only\">\n<h4>" << t("Derivation") << "</h4>\n";
    elements(explanation, element_of, code, true);
    out_ << "</div>\n";
}

void DerivationSection::elements(const Explanation& explanation, const std::map<const Derivation*, std::string>& element_of,
                                  const std::string& code, bool print) {
    Tree tree(locale_, code, print, out_);
    tree.set_elements(element_of);
    tree.set_units(explanation.units);
    auto begin = [&](const std::string& id, const std::string& title, bool open) {
        if (print) {
            out_ << "<div class=\"element-print\"><div class=\"title\"><strong>" << title
                 << "</strong></div>\n<ul class=\"ptree tree\">\n";
        } else {
            out_ << "<details class=\"element\" id=\"e-" << id_of(code) << "-" << id_of(id) << "\""
                 << (open ? " open" : "") << "><summary>" << title << "</summary>\n<div class=\"tree\">\n";
        }
    };
    auto end = [&] { out_ << (print ? "</ul></div>\n" : "</div></details>\n"); };

    begin("tariff", capitalised(t("tariff")), true);
    tree.node(*explanation.derivation, "", true);
    end();
    for (const auto& element : explanation.elements) {
        begin(element.id, esc(element_mark(element.id, locale_)) + " " + t(element.title), false);
        if (element.root) {
            tree.node(*element.root, element.id, true);
        } else if (element.id == "d") {
            indexation(explanation, print);
        }
        end();
    }
}

void DerivationSection::indexation(const Explanation& explanation, bool print) {
    const char* open_line = print ? "<li>" : "<div class=\"leaf\">";
    const char* close_line = print ? "</li>\n" : "</div>\n";
    if (explanation.indexation.empty()) {
        out_ << open_line
             << esc(locale_.text("none: this is the tariff of the base year {year}.",
                                 {{"{year}", std::to_string(data_.model->year)}}))
             << close_line;
        return;
    }
    const IndexPolicy& policy = *explanation.policy;
    const bool direct = policy.method == IndexMethod::direct;
    Number previous = explanation.price.tariff.value;
    for (const auto& step : explanation.indexation) {
        std::string line = "<span class=\"dn\">" + std::to_string(step.year) + "</span> " + t("index") + " " +
                           (step.index ? "<span class=\"dv\">" + esc(format_.percent(step.index->index)) +
                                             "</span> <span class=\"dw\">" + esc(describe(*step.index, policy, index_wording(locale_))) +
                                             "</span>"
                                       : std::string());
        const std::string source =
            direct ? "tariff_exact × Π(1 + index)"
                   : format_.bare_tariff(previous) + " × (1 + " + (step.index ? format_.percent(step.index->index) : "") + ")";
        line += "<br><code class=\"df\">" + t("tariff") + " = " + esc(policy.round_tariff.describe()) + " " + t("of") +
                " " + esc(source) + " = " + esc(format_.bare_tariff(step.unrounded)) + " → " +
                esc(format_.bare_tariff(step.tariff)) + "</code>";
        if (step.price != step.tariff)
            line += " <span class=\"dw\">" + t("per") + " " + t(explanation.product->unit) + ": " +
                    esc(format_.bare_tariff(step.price)) + "</span>";
        out_ << open_line << line << close_line;
        previous = step.tariff;
    }
}

}  // namespace tariffs::html
