#include "tariffs/reports/html/html_writer.hpp"

#include "engine/decimal.hpp"
#include "engine/display.hpp"
#include "tariffs/pricing/indexation.hpp"
#include "tariffs/reports/text/explain_report.hpp"
#include "tariffs/reports/index_wording.hpp"

namespace tariffs::html {

std::string HtmlWriter::shown_value(const Derivation& node) const {
    const auto shown = engine::display_derived(node);
    std::string text = (shown.approximate ? "≈ " : "= ") + locale_.number(shown.text);
    const engine::Definition& definition = *node.definition;
    if (definition.kind == engine::Definition::Kind::value && !definition.text.empty() &&
        definition.text != shown.text)
        text += " (" + definition.text + ")";
    return text;
}

class HtmlWriter::Tree {
public:
    Tree(const HtmlWriter& writer, const std::string& code, bool print, std::ostream& out)
        : writer_(writer), code_(code), print_(print), out_(out) {}

    void set_elements(const std::map<const Derivation*, std::string>& element_of) { element_of_ = element_of; }
    void set_units(const std::map<const Derivation*, std::string>& units) { units_ = &units; }

    void node(const Derivation& node, const std::string& section, bool open) {
        std::string head = "<span class=\"dn\">" + esc(node.name()) + "</span> <span class=\"dv\">" +
                           esc(writer_.shown_value(node)) + "</span>";
        if (const std::string unit = unit_of(node); !unit.empty())
            head += " <span class=\"du\">" + esc(writer_.locale_.unit_of_measure(unit)) + "</span>";
        auto element = element_of_.find(&node);
        if (element != element_of_.end() && element->second != section) {
            leaf(head + " <span class=\"ref\">" + see(element->second) + "</span>");
            return;
        }
        auto seen = shown_.find(&node);
        if (seen != shown_.end()) {
            const std::string text = esc(writer_.locale_.text("see above"));
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
                line += ", " + esc(definition.rounding->describe()) + " " + esc(writer_.locale_.text("of")) + " " +
                        (unrounded.approximate ? "≈ " : "") + esc(writer_.locale_.number(unrounded.text));
            }
            line += "</code>";
        }
        line += " <span class=\"dw\">" + esc(writer_.locale_.scope(node.scope->label())) + ", " +
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
        const std::string text = esc(writer_.locale_.text("see")) + " " + esc(element_mark(element, writer_.locale_));
        return print_ ? text : "<a href=\"#e-" + id_of(code_) + "-" + id_of(element) + "\">" + text + "</a>";
    }
    void leaf(const std::string& line) {
        if (print_) out_ << "<li>" << line << "</li>\n";
        else out_ << "<div class=\"leaf\">" << line << "</div>\n";
    }

    const HtmlWriter& writer_;
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

void HtmlWriter::derivation(const ProductPrice& price) {
    const IndexedProduct* indexed = data_.indexed ? data_.indexed->find(price.product->code) : nullptr;
    const int last = data_.indexed ? data_.indexed->last_year : model_.year;
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

void HtmlWriter::elements(const Explanation& explanation, const std::map<const Derivation*, std::string>& element_of,
                          const std::string& code, bool print) {
    Tree tree(*this, code, print, out_);
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

void HtmlWriter::indexation(const Explanation& explanation, bool print) {
    const char* open_line = print ? "<li>" : "<div class=\"leaf\">";
    const char* close_line = print ? "</li>\n" : "</div>\n";
    if (explanation.indexation.empty()) {
        out_ << open_line
             << esc(locale_.text("none: this is the tariff of the base year {year}.",
                                 {{"{year}", std::to_string(model_.year)}}))
             << close_line;
        return;
    }
    const IndexPolicy& policy = *explanation.policy;
    const bool direct = policy.method == IndexMethod::direct;
    Number previous = explanation.price.tariff.value;
    for (const auto& step : explanation.indexation) {
        std::string line = "<span class=\"dn\">" + std::to_string(step.year) + "</span> " + t("index") + " " +
                           (step.index ? "<span class=\"dv\">" + esc(percent(step.index->index)) +
                                             "</span> <span class=\"dw\">" + esc(describe(*step.index, policy, index_wording(locale_))) +
                                             "</span>"
                                       : std::string());
        const std::string source =
            direct ? "tariff_exact × Π(1 + index)"
                   : amount_text(previous) + " × (1 + " + (step.index ? percent(step.index->index) : "") + ")";
        line += "<br><code class=\"df\">" + t("tariff") + " = " + esc(policy.round_tariff.describe()) + " " + t("of") +
                " " + esc(source) + " = " + esc(amount_text(step.unrounded)) + " → " +
                esc(amount_text(step.tariff)) + "</code>";
        if (step.price != step.tariff)
            line += " <span class=\"dw\">" + t("per") + " " + unit_text(explanation.product->unit) + ": " +
                    esc(amount_text(step.price)) + "</span>";
        out_ << open_line << line << close_line;
        previous = step.tariff;
    }
}

std::string HtmlWriter::amount_text(const Number& value) const {
    const auto shown = engine::display_amount(value);
    return (shown.approximate ? "≈ " : "") + locale_.number(shown.text);
}

}  // namespace tariffs::html
