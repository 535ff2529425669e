#include "tariffs/pricing/budgets.hpp"

#include "engine/diagnostic.hpp"
#include "engine/rounding.hpp"

namespace tariffs {

using engine::Number;

const ProviderYear* ProviderBudget::find(int year) const {
    for (const auto& y : years)
        if (y.year == year) return &y;
    return nullptr;
}

const FrameCheck* Budgets::frame(int year) const {
    for (const auto& f : frames)
        if (f.year == year) return &f;
    return nullptr;
}

std::optional<Number> Budgets::amount_of(const std::string& what, int year) const {
    Number total;
    bool found = false;
    for (const auto& budget : providers) {
        const bool match = what == "total" || budget.provider->name == what || budget.provider->lot == what;
        const ProviderYear* y = budget.find(year);
        if (!match || !y) continue;
        total += y->total;
        found = true;
    }
    if (!found) return std::nullopt;
    return total;
}

namespace {

std::string years_text(int first, int last) { return std::to_string(first) + "–" + std::to_string(last); }

// The line's volume in the base year: as given, or the average of the last N realised years.
Number base_volume(const BudgetLine& line, int base_year, engine::Diagnostics& problems) {
    if (line.volume) return line.volume->value;
    const int first = base_year - line.history_years, last = base_year - 1;
    Number sum;
    for (int year = first; year <= last; ++year) {
        auto it = line.history.find(year);
        if (it == line.history.end()) {
            problems.add(line.pos, engine::msg("the volume history of {code} has no figure for {year}: the average "
                                               "over {years} needs every year",
                                               {engine::arg("code", line.code), engine::arg("year", static_cast<long long>(year)),
                                                engine::arg("years", years_text(first, last))}));
            continue;
        }
        sum += it->second.value;
    }
    return sum / Number(line.history_years);
}

// volume(y) = base × Π over years t ≤ y of (1 + change(t)): exact, not rounded;
// kept year by year, so `volume` is the previous year's.
void step_volume(const BudgetLine& line, int year, Number& volume) {
    if (auto it = line.change.find(year); it != line.change.end()) volume = volume * (Number(1) + it->second.value);
}

ProviderBudget budget_of(const Provider& provider, const Model& model, const IndexedTariffs& tariffs,
                         engine::Diagnostics& problems) {
    ProviderBudget budget;
    budget.provider = &provider;
    for (const auto& line : provider.lines) budget.base_volumes.push_back(base_volume(line, model.year, problems));
    Number availability = provider.availability ? provider.availability->value : Number(0);
    std::vector<Number> volumes = budget.base_volumes;
    for (int year = tariffs.base_year; year <= tariffs.last_year; ++year) {
        if (year > tariffs.base_year) availability = apply_index(model.indexation, availability, tariffs.index_of(year)->index);
        ProviderYear result{year, {}, availability, availability};
        for (std::size_t i = 0; i < provider.lines.size(); ++i) {
            const BudgetLine& line = provider.lines[i];
            if (year > model.year) step_volume(line, year, volumes[i]);
            const Number* price = tariffs.price_of(line.code, year);
            if (!price) continue;  // the loader reported an unknown code
            const Number& tariff = *price;
            const Number& volume = volumes[i];
            const Number amount = line_amount(tariff, volume);
            result.lines.push_back({line.code, tariff, volume, amount});
            result.total += amount;
        }
        budget.years.push_back(std::move(result));
    }
    return budget;
}

}  // namespace

Budgets compute_budgets(const Model& model, const IndexedTariffs& tariffs) {
    Budgets budgets;
    budgets.first_year = tariffs.base_year;
    budgets.last_year = tariffs.last_year;
    engine::Diagnostics problems;
    for (const auto& provider : model.budgets.providers)
        budgets.providers.push_back(budget_of(provider, model, tariffs, problems));
    if (!problems.empty()) throw engine::InputError(problems);
    for (int year = budgets.first_year; year <= budgets.last_year; ++year) {
        FrameCheck check;
        check.year = year;
        check.total = budgets.amount_of("total", year).value_or(Number(0));
        if (auto it = model.budgets.frames.find(year); it != model.budgets.frames.end()) {
            check.frame = it->second.value;
            check.headroom = it->second.value - check.total;
        }
        budgets.frames.push_back(std::move(check));
    }
    return budgets;
}

Number line_amount(const Number& tariff, const Number& volume) {
    return engine::round_places(tariff * volume, 2, engine::RoundingMode::half_up);
}

YearTotal::YearTotal(const Budgets& budgets, int year) {
    if (const FrameCheck* frame = budgets.frame(year)) total_ = frame->total;
    for (const auto& budget : budgets.providers)
        if (const ProviderYear* in_year = budget.find(year))
            for (const auto& line : in_year->lines) lines_[line.code].push_back(line);
}

std::vector<std::string> YearTotal::codes() const {
    std::vector<std::string> codes;
    for (const auto& [code, _] : lines_) codes.push_back(code);
    return codes;
}

Number YearTotal::with(const std::vector<std::string>& changed, const std::function<Number(const std::string&)>& price_of) const {
    Number total = total_;
    for (const auto& code : changed) {
        auto lines = lines_.find(code);
        if (lines == lines_.end()) continue;
        const Number price = price_of(code);
        for (const auto& line : lines->second) total += line_amount(price, line.volume) - line.amount;
    }
    return total;
}

std::unordered_set<std::string> budgeted_products(const Model& model) {
    std::unordered_set<std::string> codes;
    for (const auto& provider : model.budgets.providers)
        for (const auto& line : provider.lines) codes.insert(line.code);
    return codes;
}

}  // namespace tariffs
