// The Index sheet: the yearly index as the method computes it (METHOD.md §5),
// live. The OVA/PPC (or other) figures per year, provisional and definitive,
// are input cells, empty where the model has no figure yet (a definitive
// figure is published a year later): typed in, the correction that reads it
// follows. Each set of weights a policy uses has a block with its weights
// (inputs, or the product's personnel share on the Price sheet), the weighted
// provisional figure, the correction for the year before and the index, each
// rounded as the policy says. An index stated outright (`applied`) is an
// input cell. The Indexed tariffs sheet refers to these cells, so a changed
// figure or weight moves every tariff after it.
#include "tariffs/reports/xlsx/index_sheet.hpp"

#include "tariffs/pricing/indexation.hpp"
#include "tariffs/reports/xlsx/formula.hpp"

#include <set>

namespace tariffs::xlsx {

namespace {

enum class Which { provisional, definitive };

// A step of the policy rounded as it rounds percentages (2 places of 3.8512% is
// 3.85%, so places + 2 on the fraction); nothing where a spreadsheet cannot.
std::optional<std::string> percentage_round(const std::string& x, const std::optional<engine::Rounding>& rounding) {
    if (!rounding) return x;
    std::optional<Piece> places, step;
    if (rounding->step) step = Piece{number_text(*rounding->step / Number(100)), atom};
    else places = Piece{std::to_string(rounding->places.value_or(0) + 2), atom};
    auto result = rounded(Piece{x, additive}, places, step, rounding->mode);
    if (!result) return std::nullopt;
    return result->text;
}

}  // namespace

void IndexSheet::write(Sheet& sheet) {
    const ReportData& data = context_.data;
    Formats& formats = context_.formats;
    CellMap& cells = context_.cells;
    const IndexedTariffs& indexed = *data.indexed;
    const int base = indexed.base_year, last = indexed.last_year;
    const auto col = [&](int year) { return 2 + (year - base); };
    sheet.title(0, 0, t("Index figures and the index of each year (METHOD.md §5)"), formats.bold);
    for (int year = base; year <= last; ++year) sheet.text(1, col(year), std::to_string(year), formats.bold);

    // The figures of every series any policy reads, provisional and definitive.
    std::map<std::tuple<std::string, int, Which>, std::string> figure_cell;
    std::set<std::string> components;
    std::vector<const IndexPolicy*> policies{&data.model->indexation};
    for (const auto& named : data.model->indexation.policies) policies.push_back(&named.policy);
    int row = 2;
    for (const IndexPolicy* policy : policies)
        for (const auto& series : policy->series) {
            if (!components.insert(series.component).second) continue;
            for (const Which which : {Which::provisional, Which::definitive}) {
                sheet.text(row, 0, series.component + " " + t(which == Which::provisional ? "provisional" : "definitive"));
                for (int year = base; year <= last; ++year) {
                    const auto figure = series.years.find(year);
                    const std::optional<YearValue> none;
                    const auto& value = figure == series.years.end() ? none
                                        : which == Which::provisional ? figure->second.provisional
                                                                      : figure->second.definitive;
                    if (value) {
                        sheet.exact(row, col(year), value->value, formats.percent_of(value->value, true));
                    } else if (which == Which::provisional || year < last) {  // the last definitive corrects nothing here
                        sheet.blank(row, col(year), formats.percent(2, true));
                    } else {
                        continue;
                    }
                    figure_cell[{series.component, year, which}] = cell_name(row, col(year));
                }
                ++row;
            }
        }
    ++row;

    // An index a policy states outright for a year: an input, once per policy.
    std::map<std::pair<const IndexPolicy*, int>, std::string> applied_cell;
    for (const IndexPolicy* policy : policies) {
        if (policy->applied.empty()) continue;
        sheet.text(row, 0, t("index stated outright") +
                               (policy->name.empty() ? "" : " (" + t("policy") + " " + policy->name + ")"));
        for (const auto& [year, value] : policy->applied) {
            if (year < base || year > last) continue;
            sheet.exact(row, col(year), value.value, formats.percent_of(value.value, true));
            sheet.comment(row, col(year), t("stated outright") + ": " + value.pos.file_line());
            applied_cell[{policy, year}] = cell_name(row, col(year));
        }
        row += 2;
    }

    // A block per set of weights under a policy: the default first, then each one products use.
    struct Block {
        std::string title;
        const IndexPolicy* policy;
        const IndexWeights* chosen;  // the weights as the model writes them; none: from a personnel share
        ResolvedWeights weights;
        std::vector<const IndexStep*> steps;  // base + 1 … last
        const Product* product = nullptr;     // whose personnel share the weights are
    };
    const auto given = [](const IndexWeights& weights) { return weights.by_personnel_share ? nullptr : &weights; };
    std::vector<Block> blocks;
    {
        const IndexPolicy& policy = data.model->indexation;
        Block block{t("all products (the policy's weights)"), &policy, given(policy.weights), indexed.default_weights, {}};
        for (const auto& step : indexed.default_index) block.steps.push_back(&step);
        blocks.push_back(std::move(block));
    }
    std::map<const IndexStep*, std::size_t> block_of;  // a series' first step → its block
    for (const auto& product : indexed.products) {
        if (product.years.size() < 2) continue;
        const IndexStep* first = product.years[1].index;
        const auto known = block_of.find(first);
        const IndexWeights& chosen = chosen_weights(*product.policy, product.product->index_weights, product.product->kind);
        // Weights from a personnel share are the product's own, live on its share: never shared.
        if (known != block_of.end() && !chosen.by_personnel_share) {
            blocks[known->second].title += (blocks[known->second].steps.empty() ? "" : ", ") + product.product->code;
            continue;
        }
        const IndexPolicy& policy = *product.policy;
        Block block{(policy.name.empty() ? "" : t("policy") + " " + policy.name + ": ") + product.product->code, &policy,
                    given(chosen), product.weights, {}};
        if (chosen.by_personnel_share) block.product = product.product;
        for (std::size_t i = 1; i < product.years.size(); ++i) block.steps.push_back(product.years[i].index);
        block_of[first] = blocks.size();
        blocks.push_back(std::move(block));
    }

    // The weights as the model gives them: inputs, once for every block that uses them.
    std::map<std::pair<const IndexWeights*, std::string>, std::string> weight_input;
    for (const Block& block : blocks) {
        if (!block.chosen || weight_input.count({block.chosen, block.chosen->shares.empty() ? "" : block.chosen->shares.front().first}))
            continue;
        // Whose weights they are, as the model writes them.
        std::string whose = t("a product's own") + ": " + block.title;
        if (block.chosen == &block.policy->weights) whose = t("the policy's");
        for (const auto& [kind, weights] : block.policy->by_kind)
            if (block.chosen == &weights) whose = t("kind") + " " + t(kind);
        if (!block.policy->name.empty()) whose += ", " + t("policy") + " " + block.policy->name;
        for (const auto& [component, weight] : block.chosen->shares) {
            sheet.text(row, 0, t("weight") + " " + component + " (" + whose + ")");
            sheet.exact(row, 1, weight, formats.number_of(weight, true));
            weight_input[{block.chosen, component}] = absolute_cell(row, 1);
            ++row;
        }
        ++row;
    }

    for (const Block& block : blocks) {
        const IndexPolicy& policy = *block.policy;
        sheet.title(row, 0, t("index of") + " " + block.title, formats.bold);
        ++row;
        std::map<std::string, std::string> weight_cell;
        for (const auto& [component, weight] : block.weights) {
            const auto input = block.chosen ? weight_input.find({block.chosen, component}) : weight_input.end();
            sheet.text(row, 0, t("weight") + " " + component);
            const auto share = block.product ? cells.personnel_share.find(block.product) : cells.personnel_share.end();
            if (input != weight_input.end()) {
                sheet.formula(row, 1, input->second, weight, formats.number(2, 6));
            } else if (share != cells.personnel_share.end() && component == policy.wage_component) {
                sheet.formula(row, 1, share->second, weight, formats.number(2, 6));
                sheet.text(row, col(last) + 1, t("from the product's personnel share"), formats.note);
            } else if (share != cells.personnel_share.end() && component == policy.other_component) {
                sheet.formula(row, 1, "1-" + share->second, weight, formats.number(2, 6));
                sheet.text(row, col(last) + 1, t("from the product's personnel share"), formats.note);
            } else {
                sheet.exact(row, 1, weight, formats.number(2, 6));
                sheet.text(row, col(last) + 1, t("from the product's personnel share"), formats.note);
            }
            weight_cell[component] = absolute_cell(row, 1);
            ++row;
        }
        // Σ weight × figure, rounded as the policy rounds it; nothing when a figure is missing.
        const auto weighted = [&](int year, Which which) -> std::optional<std::string> {
            std::vector<std::string> terms;
            for (const auto& [component, weight] : block.weights) {
                if (weight.is_zero()) continue;
                const auto cell = figure_cell.find({component, year, which});
                if (cell == figure_cell.end()) return std::nullopt;
                terms.push_back(weight_cell.at(component) + "*" + cell->second);
            }
            return percentage_round(terms.empty() ? "0" : joined(terms, "+"), policy.round_weighted);
        };
        // The cells of every figure a correction for `year` reads, and how many there are.
        const auto figures_read = [&](int year) -> std::optional<std::pair<std::string, int>> {
            std::vector<std::string> read;
            for (const Which which : {Which::provisional, Which::definitive})
                for (const auto& [component, weight] : block.weights) {
                    if (weight.is_zero()) continue;
                    const auto cell = figure_cell.find({component, year, which});
                    if (cell == figure_cell.end()) return std::nullopt;
                    read.push_back(cell->second);
                }
            if (read.empty()) return std::nullopt;
            return std::pair{joined(read, ","), static_cast<int>(read.size())};
        };
        const int provisional_row = row, correction_row = row + 1, index_row = row + 2;
        sheet.text(provisional_row, 0, t("weighted provisional"));
        sheet.text(correction_row, 0, t(policy.correction == Correction::ratio ? "correction (ratio)" : "correction (points)"));
        sheet.text(index_row, 0, t("index"));
        std::string problem;
        for (const IndexStep* step : block.steps) {
            const int c = col(step->year);
            if (step->applied) {
                const auto applied = applied_cell.find({&policy, step->year});
                if (applied != applied_cell.end()) sheet.formula(index_row, c, applied->second, step->index, formats.bold_percent);
                else sheet.exact(index_row, c, step->index, formats.bold_percent);
                cells.index_step[step] = sheet.ref(index_row, c);
                continue;
            }
            const auto provisional = weighted(step->year, Which::provisional);
            if (provisional) sheet.formula(provisional_row, c, *provisional, step->weighted_provisional,
                                           formats.percent(4));
            else sheet.exact(provisional_row, c, step->weighted_provisional, formats.percent(4));
            // The correction: definitive against provisional of the year before,
            // when every figure it needs is there (typed in, or the model's).
            std::optional<std::string> correction;
            if (policy.correction != Correction::none) {
                const auto before = weighted(step->year - 1, Which::provisional);
                const auto after = weighted(step->year - 1, Which::definitive);
                const auto needed = figures_read(step->year - 1);
                if (before && after && needed) {
                    const std::string raw = policy.correction == Correction::points
                                                ? *after + "-(" + *before + ")"
                                                : "(1+" + *after + ")/(1+" + *before + ")-1";
                    if (const auto rounded = percentage_round(raw, policy.round_correction))
                        correction = "IF(COUNT(" + needed->first + ")=" + std::to_string(needed->second) + "," +
                                     *rounded + ",0)";
                }
                if (correction) sheet.formula(correction_row, c, *correction, step->correction, formats.percent(4));
                else sheet.exact(correction_row, c, step->correction, formats.percent(4));
            } else {
                sheet.text(correction_row, c, t("none"), formats.note);
            }
            const std::string sum = policy.correction == Correction::none
                                        ? cell_name(provisional_row, c)
                                        : cell_name(provisional_row, c) + "+" + cell_name(correction_row, c);
            const auto index = percentage_round(sum, policy.round_index);
            if (provisional && (correction || policy.correction == Correction::none) && index) {
                sheet.formula(index_row, c, *index, step->index, formats.bold_percent);
            } else {
                sheet.exact(index_row, c, step->index, formats.bold_percent);
                if (problem.empty()) problem = t("a rounding with no spreadsheet equivalent: the engine's value");
            }
            cells.index_step[step] = sheet.ref(index_row, c);
        }
        sheet.text(index_row, col(last) + 1, problem, formats.note);
        row = index_row + 2;
    }
    sheet.note(row,
               t("Coloured cells are inputs: the figures of each series, the weights, and an index stated outright. "
                 "weighted = Σ weight × figure; the correction is the year before's definitive against its "
                 "provisional figure, weighted the same way, once every figure it needs is there (an empty "
                 "coloured cell is a figure not published yet: type it in); index = weighted + correction; each "
                 "rounded as the policy says."));
}

}  // namespace tariffs::xlsx
