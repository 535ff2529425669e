#include "tariffs/reports/text/explain_comparison.hpp"

#include "engine/decimal.hpp"
#include "engine/display.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/table.hpp"

#include <set>

namespace tariffs {

namespace {

using engine::Derivation;

std::string shown(const Derivation* node) {
    if (!node) return "—";
    const auto value = engine::display_derived(*node);
    return (value.approximate ? "≈" : "") + value.text;
}

std::string formula(const Derivation* node) {
    if (!node || node->definition->kind != engine::Definition::Kind::formula) return "";
    std::string text = node->definition->text;
    if (node->definition->rounding) text += ", " + node->definition->rounding->describe();
    return text;
}

// Walks both trees at once, pairing each input with the other side's input of
// the same name; a value derived twice is written in full only once.
class SideBySide {
public:
    explicit SideBySide(Table& table) : table_(table) {}

    void pair(const Derivation* before, const Derivation* after, int depth) {
        const Derivation* either = after ? after : before;
        const bool changed = !before || !after || before->value != after->value;
        const bool rule_changed = formula(before) != formula(after);
        std::string note = changed ? "changed" : "";
        if (rule_changed) note += std::string(note.empty() ? "" : "; ") + "rule: " + formula(before) + " → " + formula(after);
        const bool again = !seen_.insert({before, after}).second;
        if (again && !note.empty()) note += "; see above";
        else if (again) note = "see above";
        table_.rows.push_back({std::string(static_cast<std::size_t>(depth) * 2, ' ') + std::string(either->name()),
                               shown(before), shown(after), note});
        if (again) return;
        std::set<const Derivation*> used;
        for (const Derivation* input : after ? after->inputs : std::vector<const Derivation*>{}) {
            const Derivation* match = nullptr;
            if (before)
                for (const Derivation* candidate : before->inputs)
                    if (!used.count(candidate) && candidate->name() == input->name()) {
                        match = candidate;
                        break;
                    }
            if (match) used.insert(match);
            pair(match, input, depth + 1);
        }
        if (before)
            for (const Derivation* input : before->inputs)
                if (!used.count(input)) pair(input, nullptr, depth + 1);
    }

private:
    Table& table_;
    std::set<std::pair<const Derivation*, const Derivation*>> seen_;
};

std::string amount(const engine::Number& value) {
    const auto shown = engine::display_amount(value);
    return (shown.approximate ? "≈" : "") + shown.text;
}

void write_heading(const Model& old_model, const Model& new_model, const std::string& code, const std::string& name,
                   std::ostream& out) {
    out << code << ": " << name << ", old and new\n"
        << "old: " << old_model.name << " (" << old_model.file << ")\n"
        << "new: " << new_model.name << " (" << new_model.file << ")\n\n";
    write_scenario_note(new_model.scenario, NoteStyle::text, out);
}

// Rows of figures paired by label: each side's value where it has one.
class Pairs {
public:
    void add(const std::string& label, const engine::Number* before, const engine::Number* after) {
        const bool changed = !before || !after || *before != *after;
        table.rows.push_back({label, before ? amount(*before) : "—", after ? amount(*after) : "—", changed ? "changed" : ""});
    }
    Table table{{{"value"}, {"old", true}, {"new", true}, {""}}, {}, {}};
};

template <typename Part, typename Name>
const Part* named(const std::vector<Part>& parts, const std::string& name, Name name_of) {
    for (const auto& part : parts)
        if (name_of(part) == name) return &part;
    return nullptr;
}

}  // namespace

void write_trajectory_comparison(const Model& old_model, const Model& new_model, const TrajectoryPrice& before,
                                 const TrajectoryPrice& after, std::ostream& out) {
    write_heading(old_model, new_model, after.trajectory->code, after.trajectory->name, out);
    out << "year " << after.year << "\n\n";
    Pairs pairs;
    const auto phase_name = [](const PhaseCost& phase) { return phase.phase->name; };
    for (const auto& phase : after.phases) {
        const PhaseCost* old_phase = named(before.phases, phase.phase->name, phase_name);
        for (const auto& component : phase.components) {
            const ComponentCost* old_component = nullptr;
            if (old_phase)
                old_component = named(old_phase->components, component.component->code,
                                      [](const ComponentCost& c) { return c.component->code; });
            const std::string label = phase.phase->name + ": " + component.component->code;
            pairs.add(label + " tariff", old_component ? &old_component->tariff : nullptr, &component.tariff);
            pairs.add(label + " × " + component.component->volume.to_exact_decimal().value_or(
                                          component.component->volume.to_fraction_string()),
                      old_component ? &old_component->cost : nullptr, &component.cost);
        }
        pairs.add("phase " + phase.phase->name, old_phase ? &old_phase->cost : nullptr, &phase.cost);
    }
    for (const auto& path : after.paths) {
        const PathCost* old_path = named(before.paths, path.path->name, [](const PathCost& p) { return p.path->name; });
        pairs.add("path " + path.path->name, old_path ? &old_path->cost : nullptr, &path.cost);
    }
    pairs.add("expected_cost", &before.expected_cost, &after.expected_cost);
    pairs.add("coordination surcharge", &before.surcharge, &after.surcharge);
    pairs.add("trajectory_price", &before.price, &after.price);
    write_text(pairs.table, out);
    out << "\nEach component's tariff and cost, each phase and path, paired by name under both models; `changed`\n"
           "marks a figure that differs, `—` one only the new model has. `tariff explain` shows how each is priced.\n";
}

void write_explanation_comparison(const Model& old_model, const Model& new_model, const Product& product,
                                  const Derivation& old_tariff, const Derivation& new_tariff,
                                  const std::optional<IndexedPair>& indexed, std::ostream& out) {
    write_heading(old_model, new_model, product.code, product.name, out);
    if (indexed)
        out << "price in " << indexed->year << ": " << engine::display_amount(indexed->old_price).text << " → "
            << engine::display_amount(indexed->new_price).text << " (the base year's derivations below, indexed)\n\n";
    Table table;
    table.columns = {{"value"}, {"old", true}, {"new", true}, {""}};
    SideBySide(table).pair(&old_tariff, &new_tariff, 0);
    write_text(table, out);
    out << "\nEvery value of the product's derivation under both models, paired by name; `changed` marks a\n"
           "value that differs, `—` one that only one model derives. `tariff explain` shows where each comes from.\n";
}

}  // namespace tariffs
