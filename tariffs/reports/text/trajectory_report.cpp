#include "tariffs/reports/text/trajectory_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/model/ijw.hpp"
#include "tariffs/reports/scenario_note.hpp"

#include <iomanip>

namespace tariffs {

using engine::Number;

namespace {

// Every digit: the figures of a trajectory are sums of cents times decimals.
std::string exact(const Number& value) {
    auto text = value.to_exact_decimal();
    return text ? *text : value.to_fraction_string();
}

std::string amount(const Number& value) {
    const auto shown = engine::display_amount(value);
    return (shown.approximate ? "≈" : "") + shown.text;
}

std::string ijw_code() {
    const Unit* unit = find_unit(trajectory_unit);
    return unit ? std::string(unit->ijw_code) : "";
}

std::string phase_list(const Trajectory& trajectory, const TrajectoryPath& path) {
    std::string out;
    for (std::size_t phase : path.phases) out += (out.empty() ? "" : " + ") + trajectory.phases[phase].name;
    return out;
}

class TextWriter {
public:
    TextWriter(const Model& model, const TrajectoryPrice& price, const Locale& locale, std::ostream& out)
        : model_(model), price_(price), trajectory_(*price.trajectory), locale_(locale), out_(out) {}

    void write() {
        header();
        phases();
        paths();
        total();
        const std::string command =
            "`tariff explain MODEL CODE" + (price_.year == model_.year ? "" : " --year " + std::to_string(price_.year)) + "`";
        out_ << "\n"
             << locale_.text("Each component's tariff is its own rounded tariff of {year} (a minute product's at "
                             "the minute tariff);\n{command} shows how it is built up. A trajectory is never indexed "
                             "itself:\neach year it is priced again from that year's tariffs (METHOD.md §9).\n",
                             {{"{year}", std::to_string(price_.year)}, {"{command}", command}});
    }

private:
    std::string t(std::string_view english) const { return locale_.text(english); }
    std::string number(const std::string& text) const { return locale_.number(text); }

    void header() {
        out_ << trajectory_.code << ": " << trajectory_.name << "\n";
        out_ << t("trajectory") << ", " << t("per") << " " << t(trajectory_unit) << " (" << t("iJw unit") << " "
             << ijw_code() << ": " << t("one trajectory") << ")";
        if (!trajectory_.category.empty()) out_ << ", " << t("category") << " " << trajectory_.category;
        out_ << "\n" << trajectory_.pos.file_line() << "\n";
        write_scenario_note(model_.scenario, NoteStyle::text, out_, locale_);
        out_ << t("year") << " " << price_.year
             << (price_.year == model_.year ? t(": the base year's tariffs") : t(": that year's indexed tariffs")) << "\n";
    }

    std::string volume(const TrajectoryComponent& component) const {
        std::string unit = component.unit;
        if (unit.empty()) {
            const Product* product = model_.find_product(component.code);
            unit = product ? product->unit : trajectory_unit;
        }
        return number(exact(component.volume)) + " " + t(unit);
    }

    void phases() {
        out_ << "\n" << t("Phases: volume × the component's tariff") << "\n";
        for (const auto& phase : price_.phases) {
            out_ << "  " << phase.phase->name << " (" << phase.phase->pos.file_line() << ")\n";
            std::size_t code_width = 0, volume_width = 0;
            for (const auto& c : phase.components) {
                code_width = std::max(code_width, c.component->code.size());
                volume_width = std::max(volume_width, volume(*c.component).size());
            }
            for (const auto& c : phase.components)
                out_ << "    " << std::left << std::setw(static_cast<int>(code_width)) << c.component->code << "  "
                     << std::setw(static_cast<int>(volume_width)) << volume(*c.component) << std::right << " × "
                     << number(amount(c.tariff)) << " = " << number(amount(c.cost)) << "\n";
            out_ << "    " << t("phase cost") << " = " << number(amount(phase.cost)) << "\n";
        }
    }

    void paths() {
        out_ << "\n" << t("Paths: the share of trajectories that take each, and the cost of its phases") << "\n";
        for (const auto& path : price_.paths)
            out_ << "  " << path.path->name << ": " << t("share") << " " << number(engine::exact_percent(path.path->share))
                 << ", " << phase_list(trajectory_, *path.path) << " = " << number(amount(path.cost)) << " ("
                 << path.path->pos.file_line() << ")\n";
    }

    void total() {
        std::string terms;
        for (const auto& path : price_.paths)
            terms += (terms.empty() ? "" : " + ") + number(exact(path.path->share)) + " × " + number(amount(path.cost));
        out_ << "\nexpected_cost = " << terms << " = " << number(exact(price_.expected_cost)) << "\n";
        out_ << t("coordination surcharge") << " = " << number(engine::exact_percent(trajectory_.coordination_surcharge))
             << " × " << number(exact(price_.expected_cost)) << " = " << number(exact(price_.surcharge)) << " ("
             << trajectory_.surcharge_pos.file_line() << ")\n";
        out_ << "trajectory_price = round(" << number(exact(price_.expected_cost + price_.surcharge))
             << ", 2, half_up) = " << number(amount(price_.price)) << "\n";
    }

    const Model& model_;
    const TrajectoryPrice& price_;
    const Trajectory& trajectory_;
    const Locale& locale_;
    std::ostream& out_;
};

void write_explanation_json(const Model& model, const TrajectoryPrice& price, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object()
        .field("model", model.name)
        .key("base_year").integer(model.year)
        .key("year").integer(price.year)
        .field("file", model.file);
    write_scenario_json(model.scenario, json);
    json.key("trajectory");
    write_trajectory_json(json, price);
    json.end_object().finish();
}

}  // namespace

void write_trajectory_json(JsonWriter& json, const TrajectoryPrice& price) {
    const Trajectory& trajectory = *price.trajectory;
    json.begin_object()
        .field("code", trajectory.code)
        .field("name", trajectory.name)
        .field("unit", trajectory_unit)
        .field("ijw_unit", ijw_code())
        .field("category", trajectory.category)
        .field("price", amount(price.price))
        .field("expected_cost", exact(price.expected_cost))
        .field("coordination_surcharge", exact(trajectory.coordination_surcharge))
        .field("surcharge", exact(price.surcharge));
    json.key("phases").begin_array();
    for (const auto& phase : price.phases) {
        json.begin_object().field("name", phase.phase->name).field("cost", exact(phase.cost));
        json.key("components").begin_array();
        for (const auto& c : phase.components)
            json.begin_object()
                .field("code", c.component->code)
                .field("volume", exact(c.component->volume))
                .field("tariff", amount(c.tariff))
                .field("cost", exact(c.cost))
                .end_object();
        json.end_array().end_object();
    }
    json.end_array();
    json.key("paths").begin_array();
    for (const auto& path : price.paths) {
        json.begin_object().field("name", path.path->name).field("share", exact(path.path->share));
        json.key("phases").begin_array();
        for (std::size_t phase : path.path->phases) json.string(trajectory.phases[phase].name);
        json.end_array().field("cost", exact(path.cost)).end_object();
    }
    json.end_array().end_object();
}

Table trajectory_table(const std::vector<TrajectoryPrice>& prices, const Locale& locale, bool for_people) {
    Table table;
    if (for_people)
        table.columns = {{"code"}, {"name"}, {"unit"}, {"iJw"}, {"category"}, {"price", true, true},
                         {"expected cost", true, true}, {"surcharge", true, true}};
    else
        table.columns = {{"code"}, {"name"}, {"unit"}, {"ijw_unit"}, {"category"}, {"price", true},
                         {"expected_cost", true}, {"surcharge", true}};
    for (const auto& price : prices) {
        const Trajectory& trajectory = *price.trajectory;
        table.rows.push_back({trajectory.code, trajectory.name, for_people ? locale.text(trajectory_unit) : trajectory_unit,
                              ijw_code(), trajectory.category, amount(price.price),
                              for_people ? amount(price.expected_cost) : exact(price.expected_cost),
                              for_people ? amount(price.surcharge) : exact(price.surcharge)});
    }
    return table;
}

const char* const trajectory_footnote =
    "A trajectory is priced per trajectory (iJw 82): the expected cost of its paths, from its\n"
    "components' rounded tariffs, plus the coordination surcharge, rounded to cents (METHOD.md §9).\n";

void write_trajectory_explanation(const Model& model, const TrajectoryPrice& price, ExplainFormat format,
                                  std::ostream& out, const Locale& locale) {
    if (format == ExplainFormat::json) write_explanation_json(model, price, out);
    else TextWriter(model, price, locale, out).write();
}

}  // namespace tariffs
