#include "tariffs/reports/xlsx/trajectories_sheet.hpp"

namespace tariffs::xlsx {

namespace {

std::string phase_names(const Trajectory& trajectory, const TrajectoryPath& path) {
    std::string out;
    for (std::size_t phase : path.phases) out += (out.empty() ? "" : " + ") + trajectory.phases[phase].name;
    return out;
}

}  // namespace

std::vector<std::vector<const TrajectoryPrice*>> TrajectoriesSheet::trajectory_years() const {
    const ReportData& data = context_.data;
    std::vector<std::vector<const TrajectoryPrice*>> years;  // per trajectory, per year
    if (data.indexed) {
        for (const auto& trajectory : data.indexed->trajectories) {
            years.emplace_back();
            for (const auto& year : trajectory.years) years.back().push_back(&year);
        }
    } else {
        for (const auto& price : data.sheet.trajectories) years.push_back({&price});
    }
    return years;
}

void TrajectoriesSheet::write(Sheet& sheet) {
    Formats& formats = context_.formats;
    const auto all_years = trajectory_years();
    if (all_years.empty() || all_years.front().empty()) return;
    const int year_col = 4;
    sheet.text(0, 0, t("Trajectory, phase or path"), formats.bold);
    sheet.text(0, 1, t("Component"), formats.bold);
    sheet.text(0, 2, t("Volume"), formats.bold);
    sheet.text(0, 3, t("Share"), formats.bold);
    for (std::size_t y = 0; y < all_years.front().size(); ++y)
        sheet.text(0, year_col + static_cast<int>(y), std::to_string(all_years.front()[y]->year), formats.bold);
    int row = 2;
    for (const auto& years : all_years) row = write_trajectory(sheet, years, row, year_col) + 1;
    sheet.note(row,
               t("Each component costs volume × its rounded tariff of the year; a path costs the sum of its phases; "
                 "the price is ROUND(Σ share × path cost × (1 + surcharge), 2). A trajectory is never indexed itself. "
                 "Coloured cells are inputs: the volumes, the shares and the surcharge."));
}

int TrajectoriesSheet::write_trajectory(Sheet& sheet, const std::vector<const TrajectoryPrice*>& years, int row,
                                        int year_col) {
    Formats& formats = context_.formats;
    CellMap& cells = context_.cells;
    const Trajectory& trajectory = *years.front()->trajectory;
    sheet.text(row, 0, trajectory.code, formats.bold);
    sheet.title(row, 1, trajectory.name + " (" + t("per trajectory, iJw 82") + ")");
    ++row;
    std::vector<int> phase_rows;
    for (std::size_t p = 0; p < trajectory.phases.size(); ++p) {
        const TrajectoryPhase& phase = trajectory.phases[p];
        const int first = row;
        for (std::size_t c = 0; c < phase.components.size(); ++c, ++row) {
            const TrajectoryComponent& component = phase.components[c];
            sheet.text(row, 0, phase.name);
            sheet.text(row, 1, component.code);
            sheet.exact(row, 2, component.volume, formats.number_of(component.volume, true));
            for (std::size_t y = 0; y < years.size(); ++y) {
                const ComponentCost& cost = years[y]->phases[p].components[c];
                const int col = year_col + static_cast<int>(y);
                if (auto cell = cells.component_price(*context_.data.model, component.code, years[y]->year))
                    sheet.formula(row, col, cell_name(row, 2) + "*" + *cell, cost.cost, formats.money);
                else
                    sheet.exact(row, col, cost.cost, formats.money);
            }
        }
        sheet.text(row, 0, phase.name, formats.bold);
        sheet.text(row, 1, t("phase cost"));
        for (std::size_t y = 0; y < years.size(); ++y) {
            const int col = year_col + static_cast<int>(y);
            sheet.formula(row, col, "SUM(" + cell_name(first, col) + ":" + cell_name(row - 1, col) + ")",
                          years[y]->phases[p].cost, formats.money);
        }
        phase_rows.push_back(row++);
    }
    std::vector<int> path_rows;
    for (std::size_t q = 0; q < trajectory.paths.size(); ++q) {
        const TrajectoryPath& path = trajectory.paths[q];
        sheet.text(row, 0, t("path") + " " + path.name);
        sheet.text(row, 1, phase_names(trajectory, path));
        sheet.exact(row, 3, path.share, formats.percent_of(path.share, true));
        for (std::size_t y = 0; y < years.size(); ++y) {
            const int col = year_col + static_cast<int>(y);
            std::string sum;
            for (std::size_t phase : path.phases) sum += (sum.empty() ? "" : "+") + cell_name(phase_rows[phase], col);
            sheet.formula(row, col, sum, years[y]->paths[q].cost, formats.money);
        }
        path_rows.push_back(row++);
    }
    const int expected_row = row++, surcharge_row = row++, price_row = row++;
    sheet.text(expected_row, 0, t("expected cost"));
    sheet.text(surcharge_row, 0, t("coordination surcharge"));
    sheet.exact(surcharge_row, 3, trajectory.coordination_surcharge,
                formats.percent_of(trajectory.coordination_surcharge, true));
    sheet.text(price_row, 0, t("price per trajectory"), formats.bold);
    for (std::size_t y = 0; y < years.size(); ++y) {
        const int col = year_col + static_cast<int>(y);
        std::string expected;
        for (int path_row : path_rows)
            expected += (expected.empty() ? "" : "+") + cell_name(path_row, 3) + "*" + cell_name(path_row, col);
        sheet.formula(expected_row, col, expected, years[y]->expected_cost, formats.money);
        sheet.formula(surcharge_row, col, cell_name(expected_row, col) + "*" + cell_name(surcharge_row, 3),
                      years[y]->surcharge, formats.money);
        sheet.formula(price_row, col,
                      "ROUND(" + cell_name(expected_row, col) + "+" + cell_name(surcharge_row, col) + ",2)",
                      years[y]->price, formats.bold_money);
        cells.trajectory[{trajectory.code, years[y]->year}] = sheet.ref(price_row, col);
    }
    return row;
}

}  // namespace tariffs::xlsx
