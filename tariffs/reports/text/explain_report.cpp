#include "tariffs/reports/text/explain_report.hpp"

#include "engine/decimal.hpp"
#include "engine/display.hpp"
#include "tariffs/model/ijw.hpp"
#include "tariffs/reports/index_wording.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/scenario_note.hpp"

#include <map>
#include <set>

namespace tariffs {

namespace {

// What element (d) says before the years: that there are none, or which years it spans.
std::string indexation_note(const Explanation& explanation, const Locale& locale = default_locale) {
    const std::string base = std::to_string(explanation.model->year);
    if (explanation.indexation.empty())
        return locale.text("none: this is the tariff of the base year {year}.", {{"{year}", base}});
    return locale.text("from the base year {base} to {year}:",
                       {{"{base}", base}, {"{year}", std::to_string(explanation.year)}});
}

using engine::Definition;
using engine::Derivation;
using engine::Number;

// `= 0.85`, `≈ 165.026949 EUR/year`; a value written as `8%` keeps that too: `= 0.08 (8%)`.
std::string shown_value(const Derivation& node, const Locale& locale = default_locale, const std::string& unit = "") {
    const auto shown = engine::display_derived(node);
    std::string text = (shown.approximate ? "≈ " : "= ") + locale.number(shown.text);
    if (!unit.empty()) text += " " + unit;
    const Definition& definition = *node.definition;
    if (definition.kind == Definition::Kind::value && !definition.text.empty() && definition.text != shown.text) {
        const bool percent = definition.text.back() == '%';
        const std::string written = percent ? definition.text.substr(0, definition.text.size() - 1) : definition.text;
        text += " (" + locale.number(written) + (percent ? "%" : "") + ")";
    }
    return text;
}

std::string where(const Derivation& node, const Locale& locale) {
    return locale.scope(node.scope->label()) + ", " + node.definition->pos.file_line();
}

class TextWriter {
public:
    TextWriter(const Explanation& explanation, std::ostream& out, const Locale& locale)
        : explanation_(explanation), out_(out), locale_(locale) {
        for (const auto& element : explanation.elements)
            if (element.root) element_of_[element.root] = element.id;
    }

    void write() {
        header();
        out_ << "\n" << capitalised(locale_.text("tariff")) << "\n";
        node(*explanation_.derivation, 1, "");
        for (const auto& element : explanation_.elements) {
            out_ << "\n" << element_mark(element.id, locale_) << " " << locale_.text(element.title) << "\n";
            if (element.root) node(*element.root, 1, element.id);
            else out_ << "  " << indexation_note(explanation_, locale_) << "\n";
        }
        indexation();
    }

private:
    // Element (d): each year's index and the tariff it gives, as the policy applies it.
    void indexation() {
        const IndexPolicy& policy = *explanation_.policy;
        if (!policy.name.empty() && !explanation_.indexation.empty())
            out_ << "  " << locale_.text("indexation policy") << " `" << policy.name << "` (" << policy.pos.file_line()
                 << ")\n";
        const bool direct = policy.method == IndexMethod::direct;
        engine::Number previous = explanation_.price.tariff.value;
        for (const auto& step : explanation_.indexation) {
            out_ << "  " << step.year << ": index " << describe(*step.index, policy, index_wording(locale_)) << "\n";
            const std::string source = direct ? "tariff_exact × Π(1 + index)"
                                              : amount(previous) + " × (1 + " +
                                                    locale_.number(percentage_text(step.index->index)) + "%)";
            out_ << "    tariff = " << policy.round_tariff.describe() << " " << locale_.text("of") << " " << source
                 << " = " << amount(step.unrounded) << " → " << amount(step.tariff) << "\n";
            if (step.price != step.tariff)
                out_ << "    " << explanation_.price.price.name() << " = " << amount(step.price) << " ("
                     << locale_.text("its rule on the indexed tariff") << ")\n";
            previous = step.tariff;
        }
    }

    std::string amount(const engine::Number& value) const {
        const auto shown = engine::display_amount(value);
        return (shown.approximate ? "≈ " : "") + locale_.number(shown.text);
    }

    void header() {
        const Product& product = *explanation_.product;
        const Unit* unit = find_unit(product.unit);
        out_ << product.code << ": " << product.name << "\n";
        out_ << locale_.text("kind") << " " << locale_.kind(product.kind) << ", per " << locale_.text(product.unit);
        if (unit) out_ << " (" << locale_.text("iJw unit") << " " << unit->ijw_code << ")";
        if (!product.category.empty()) out_ << ", " << locale_.text("iJw product category") << " " << product.category;
        out_ << "\n" << explanation_.model->name << ", " << explanation_.model->year << " ("
             << explanation_.model->file << ")\n";
        if (explanation_.model->scenario.applies()) {
            out_ << "\n" << scenario_heading(explanation_.model->scenario, locale_) << "\n";
            for (const auto& line : scenario_changes(explanation_.model->scenario, locale_)) out_ << "  " << line << "\n";
        }
        if (!explanation_.indexation.empty())
            out_ << locale_.text("tariff in") << " " << explanation_.year << ": " << amount(explanation_.final_price())
                 << " per " << locale_.text(product.unit) << " ("
                 << locale_.text("the base-year tariff below, indexed under (d)") << ")\n";
    }

    // Writes a value and, the first time, what it was computed from.
    void node(const Derivation& node, int depth, const std::string& section) {
        const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
        out_ << indent << node.name() << " " << shown_value(node, locale_, unit_of(node));
        auto element = element_of_.find(&node);
        if (element != element_of_.end() && element->second != section) {
            out_ << "   " << locale_.text("see") << " " << element_mark(element->second, locale_) << "\n";
            return;
        }
        if (!shown_.insert(&node).second) {
            out_ << "   " << locale_.text("see above") << "\n";
            return;
        }
        const Definition& definition = *node.definition;
        if (definition.kind == Definition::Kind::formula) {
            out_ << " = " << definition.text;
            if (definition.rounding) {
                const auto unrounded = engine::display_value(*node.unrounded);
                out_ << ", " << definition.rounding->describe() << " " << locale_.text("of") << " "
                     << (unrounded.approximate ? "≈ " : "") << locale_.number(unrounded.text);
            }
        }
        out_ << "   [" << where(node, locale_) << "]\n";
        for (const Derivation* input : node.inputs) this->node(*input, depth + 1, section);
    }

    std::string unit_of(const Derivation& node) const {
        const auto it = explanation_.units.find(&node);
        return it == explanation_.units.end() ? "" : locale_.unit_of_measure(it->second);
    }

    const Explanation& explanation_;
    std::ostream& out_;
    const Locale& locale_;
    std::map<const Derivation*, std::string> element_of_;
    std::set<const Derivation*> shown_;
};

void json_node(JsonWriter& json, const Derivation& node, const std::map<const Derivation*, std::string>& units) {
    const Definition& definition = *node.definition;
    const auto shown = engine::display_derived(node);
    json.begin_object().field("name", definition.name).field("value", shown.text);
    if (const auto unit = units.find(&node); unit != units.end() && !unit->second.empty())
        json.field("unit", unit->second);
    if (shown.approximate) json.key("approximate").boolean(true);
    json.field("exact", node.value.to_fraction_string()).field("scope", node.scope->label());
    json.field("at", definition.pos.to_string());
    switch (definition.kind) {
        case Definition::Kind::formula:
            json.field("formula", definition.text);
            if (definition.rounding) {
                json.field("rounding", definition.rounding->describe());
                json.field("unrounded", node.unrounded->to_fraction_string());
            }
            break;
        default:
            json.field("written", definition.text);
    }
    if (!node.inputs.empty()) {
        json.key("inputs").begin_array();
        for (const Derivation* input : node.inputs) json_node(json, *input, units);
        json.end_array();
    }
    json.end_object();
}

void write_json(const Explanation& explanation, std::ostream& out) {
    const Product& product = *explanation.product;
    const Unit* unit = find_unit(product.unit);
    JsonWriter json(out);
    json.begin_object()
        .field("model", explanation.model->name)
        .key("base_year").integer(explanation.model->year)
        .field("file", explanation.model->file);
    write_scenario_json(explanation.model->scenario, json);
    json.key("product").begin_object()
        .field("code", product.code)
        .field("name", product.name)
        .field("kind", product.kind)
        .field("unit", product.unit)
        .field("ijw_unit", unit ? std::string(unit->ijw_code) : "")
        .field("category", product.category)
        .end_object();
    json.key("year").integer(explanation.year);
    json.field("tariff", engine::display_amount(explanation.final_price()).text);
    json.field("base_tariff", engine::display_amount(explanation.price.price.value).text);
    json.key("indexation").begin_array();
    for (const auto& step : explanation.indexation) {
        json.begin_object()
            .key("year").integer(step.year)
            .field("index", percentage_text(step.index->index))
            .field("how", describe(*step.index, *explanation.policy))
            .field("unrounded", step.unrounded.to_fraction_string())
            .field("tariff", engine::display_amount(step.tariff).text)
            .field("price", engine::display_amount(step.price).text)
            .end_object();
    }
    json.end_array();
    json.key("elements").begin_array();
    for (const auto& element : explanation.elements) {
        json.begin_object().field("id", element.id).field("title", element.title);
        if (element.root) {
            json.field("rule", element.root->definition->name);
            json.field("value", engine::display_value(element.root->value).text);
        } else {
            json.field("note", indexation_note(explanation));
        }
        json.end_object();
    }
    json.end_array();
    json.key("derivation");
    json_node(json, *explanation.derivation, explanation.units);
    json.end_object().finish();
}

}  // namespace

std::string element_mark(const std::string& id, const Locale& locale) {
    return id == "risk" ? locale.text("(risk)") : "(" + id + ")";
}

void write_explanation(const Explanation& explanation, ExplainFormat format, std::ostream& out, const Locale& locale) {
    if (format == ExplainFormat::json) write_json(explanation, out);
    else TextWriter(explanation, out, locale).write();
}

}  // namespace tariffs
