#include "random_model.hpp"

#include "tariffs/model/overrides.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace test {

namespace {

class Writer {
public:
    explicit Writer(unsigned seed) : random_(seed) {}

    RandomModel write() {
        out_ << "model: random " << random_() << "\nyear: 2025\nuntil: 2027\n\nparameters:\n";
        parameter("year_end_bonus", true, 0, 10, 2);
        parameter("employer_charges", true, 15, 40, 1);
        parameter("annual_hours", false, 1700, 2000, 0);
        parameter("leave_hours", false, 150, 260, 1);
        parameter("absence_rate", true, 2, 12, 1);
        parameter("training_hours", false, 0, 80, 0);
        parameter("direct_share", true, 50, 90, 0);
        parameter("overhead_surcharge", true, 5, 35, 1);
        parameter("risk_surcharge", true, 0, 5, 1);
        if (chance(2)) parameter("irregular_hours_allowance", true, 0, 10, 1);
        rules();
        staff_levels();
        products();
        trajectories();
        out_ << "\nindexation:\n  applied: {2026: " << percent(1, 5, 2) << ", 2027: " << percent(1, 5, 2) << "}\n";
        if (chance(3)) out_ << "\nrounding:\n  tariff: {step: 0.60, mode: half_up}\n";
        model_.yaml = out_.str();
        return model_;
    }

private:
    bool chance(int one_in) { return std::uniform_int_distribution<int>(1, one_in)(random_) == 1; }
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
    double draw(double low, double high) { return std::uniform_real_distribution<double>(low, high)(random_); }

    // A decimal in [low, high] with `places` decimals, as text (the test's randomness, not a figure of the model).
    std::string decimal(double low, double high, int places) {
        char text[64];
        std::snprintf(text, sizeof text, "%.*f", places, draw(low, high));
        return text;
    }
    std::string percent(double low, double high, int places) { return decimal(low, high, places) + "%"; }

    void parameter(const std::string& name, bool is_percent, double low, double high, int places, const std::string& indent = "  ",
                   const std::string& owner = "") {
        out_ << indent << name << ": " << (is_percent ? percent(low, high, places) : decimal(low, high, places)) << "\n";
        model_.inputs.push_back({owner.empty() ? name : owner + "." + name, is_percent, low, high, places});
    }

    void rules() {
        if (chance(2)) return;
        out_ << "\nrules:\n";
        if (chance(2))
            out_ << "  risk: {formula: \"if(overhead_surcharge > 0.2, cost_price * risk_surcharge, cost_price * "
                    "min(risk_surcharge, 0.02))\"}\n";
        else
            out_ << "  gross_annual: {formula: annual_salary * (1 + holiday_allowance + year_end_bonus * (1 + "
                    "holiday_allowance)), unit: EUR/year}\n";
    }

    void staff_levels() {
        out_ << "\nstaff_levels:\n";
        for (int level = 0; level < levels_; ++level) {
            const std::string name = "level" + std::to_string(level);
            out_ << "  " << name << ":\n";
            parameter("monthly_salary", false, 2800, 6500, 2, "    ", name);
            if (chance(3)) parameter("irregular_hours_allowance", true, 0, 15, 1, "    ", name);
        }
    }

    void staff_mix() {
        const int first = pick(0, levels_ - 1), second = (first + 1 + pick(0, levels_ - 2)) % levels_;
        const int share = pick(5, 9);
        out_ << "    staff_mix: {level" << first << ": 0." << share << ", level" << second << ": 0." << (10 - share) << "}\n";
    }

    void products() {
        out_ << "\nproducts:\n";
        const int count = pick(5, 9);
        for (int p = 0; p < count; ++p) {
            const std::string code = "P" + std::to_string(p);
            const int kind = pick(0, 3);  // hour, minute, daypart, etmaal
            static const char* const kinds[] = {"individual", "individual", "group", "residential"};
            static const char* const units[] = {"hour", "minute", "daypart", "etmaal"};
            out_ << "  - code: " << code << "\n    name: Product " << p << "\n    kind: " << kinds[kind]
                 << "\n    unit: " << units[kind] << "\n";
            staff_mix();
            const std::string in = "    ";
            if (kind <= 1) {
                parameter("material_per_hour", false, 0, 6, 2, in, code);
            } else if (kind == 2) {
                parameter("staff_on_group", false, 1, 3, 0, in, code);
                parameter("group_size", false, 6, 12, 0, in, code);
                parameter("occupancy", true, 60, 100, 0, in, code);
                parameter("facility_per_group_daypart", false, 10, 60, 2, in, code);
                parameter("material_per_daypart", false, 0, 8, 2, in, code);
            } else {
                parameter("fte_per_place", false, 0.5, 1.5, 2, in, code);
                parameter("occupancy", true, 60, 100, 0, in, code);
                parameter("housing_per_place_year", false, 8000, 25000, 2, in, code);
                parameter("material_per_day", false, 5, 30, 2, in, code);
            }
            if (chance(4)) parameter("overhead_surcharge", true, 5, 35, 1, in, code);
            if (chance(4)) parameter("direct_share", true, 50, 95, 0, in, code);
            if (chance(5)) out_ << "    rules: {tariff: {formula: \"round(tariff_exact, 1, half_up)\"}}\n";
            else if (chance(5)) out_ << "    round: {places: 0, mode: up}\n";
            model_.codes.push_back(code);
            units_.push_back(units[kind]);
        }
    }

    void trajectories() {
        const std::size_t products = model_.codes.size();
        const int count = pick(0, 2);
        if (count == 0) return;
        out_ << "\ntrajectories:\n";
        for (int t = 0; t < count; ++t) {
            const std::string code = "T" + std::to_string(t);
            out_ << "  - code: " << code << "\n    name: Trajectory " << t << "\n";
            if (chance(2)) out_ << "    coordination_surcharge: " << percent(0, 8, 1) << "\n";
            out_ << "    phases:\n";
            for (int phase = 0; phase < 2; ++phase) {
                const std::size_t a = static_cast<std::size_t>(pick(0, static_cast<int>(products) - 1));
                out_ << "      phase" << phase << ": {" << model_.codes[a] << ": " << pick(1, 20) << " " << units_[a];
                if (t > 0 && phase == 1) out_ << ", T0: 1";  // a trajectory of another
                out_ << "}\n";
            }
            const int share = pick(1, 9);
            out_ << "    paths:\n      short: {share: " << share * 10 << "%, phases: [phase0]}\n      long: {share: "
                 << (10 - share) * 10 << "%, phases: [phase0, phase1]}\n";
            model_.codes.push_back(code);
        }
    }

    std::mt19937 random_;
    std::ostringstream out_;
    RandomModel model_;
    std::vector<std::string> units_;
    int levels_ = 3;
};

}  // namespace

RandomModel random_model(unsigned seed) { return Writer(seed).write(); }

std::vector<tariffs::Override> random_overrides(const RandomModel& model, std::mt19937& random, std::size_t count) {
    std::vector<RandomInput> inputs = model.inputs;
    std::shuffle(inputs.begin(), inputs.end(), random);
    inputs.resize(std::min(count, inputs.size()));
    std::vector<tariffs::Override> overrides;
    for (const auto& input : inputs) {
        char text[64];
        std::snprintf(text, sizeof text, "%.*f%s", input.places,
                      std::uniform_real_distribution<double>(input.low, input.high)(random), input.percent ? "%" : "");
        overrides.push_back(tariffs::parse_set_argument(input.name + "=" + text));
    }
    return overrides;
}

}  // namespace test
