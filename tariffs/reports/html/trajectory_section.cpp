#include "tariffs/reports/html/trajectory_section.hpp"

#include "tariffs/model/ijw.hpp"
#include "tariffs/reports/html/markup.hpp"

namespace tariffs::html {

std::string TrajectorySection::t(std::string_view english) const { return esc(locale_.text(english)); }

void TrajectorySection::write() {
    const PriceSheet& sheet = sheet_;
    if (sheet.trajectories.empty()) return;
    out_ << "<section id=\"trajectories\">\n<h2>" << t("Trajectories") << "</h2>\n<p class=\"note\">"
         << t("A trajectory is priced per trajectory (iJw 82): the expected cost of its paths, from its components' "
              "rounded tariffs, plus the coordination surcharge, rounded to cents. It is never indexed itself: each "
              "year it is priced again from that year's tariffs.")
         << "</p>\n";
    for (const auto& price : sheet.trajectories) trajectory(price);
    out_ << "</section>\n";
}

void TrajectorySection::trajectory(const TrajectoryPrice& price) {
    const Trajectory& trajectory = *price.trajectory;
    const std::string& code = trajectory.code;
    out_ << "<section class=\"product\" id=\"p-" << id_of(code) << "\">\n<div class=\"headline\"><div><h3>"
         << esc(code) << " — " << esc(trajectory.name) << "</h3>\n<div class=\"meta\"><span>" << t("trajectory")
         << "</span><span>" << t("per") << " " << t(trajectory_unit) << " (" << t("iJw") << " 82)</span>";
    if (!trajectory.category.empty()) out_ << "<span>" << t("category") << " " << esc(trajectory.category) << "</span>";
    out_ << "</div></div>\n<div class=\"price\"><span" << field(code, "trajectory_price") << ">" << format_.tariff(price.price)
         << "</span> <small>" << t("per") << " " << t(trajectory_unit) << "</small></div></div>\n";
    phases(price);
    paths(price);
    years(trajectory);
    out_ << "<p class=\"source\">" << esc(trajectory.pos.file_line()) << "</p>\n</section>\n";
}

void TrajectorySection::phases(const TrajectoryPrice& price) {
    out_ << "<div class=\"buildup\"><table>\n<thead><tr><th>" << t("phase") << "</th><th>" << t("code") << "</th><th class=\"num\">"
         << t("volume") << "</th><th class=\"num\">" << t("tariff") << "</th><th class=\"num\">" << t("cost")
         << "</th></tr></thead>\n<tbody>\n";
    for (const auto& phase : price.phases) {
        for (const auto& c : phase.components)
            out_ << "<tr><td>" << esc(phase.phase->name) << "</td><td class=\"code\"><a href=\"#p-"
                 << id_of(c.component->code) << "\">" << esc(c.component->code) << "</a></td><td class=\"num\">"
                 << format_.plain(c.component->volume) << "</td><td class=\"num\">" << format_.bare_tariff(c.tariff)
                 << "</td><td class=\"num\">" << format_.bare_money(c.cost) << "</td></tr>\n";
        out_ << "<tr class=\"total\"><td colspan=\"4\">" << esc(phase.phase->name) << ": " << t("phase cost")
             << "</td><td class=\"num\">" << format_.bare_money(phase.cost) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table></div>\n";
}

void TrajectorySection::paths(const TrajectoryPrice& price) {
    const Trajectory& trajectory = *price.trajectory;
    out_ << "<div class=\"buildup\"><table>\n<thead><tr><th>" << t("path") << "</th><th>" << t("phases")
         << "</th><th class=\"num\">" << t("share") << "</th><th class=\"num\">" << t("cost")
         << "</th></tr></thead>\n<tbody>\n";
    for (const auto& path : price.paths) {
        std::string phases;
        for (std::size_t phase : path.path->phases) phases += (phases.empty() ? "" : " + ") + trajectory.phases[phase].name;
        out_ << "<tr><td>" << esc(path.path->name) << "</td><td>" << esc(phases) << "</td><td class=\"num\">"
             << format_.share(path.path->share) << "</td><td class=\"num\">" << format_.bare_money(path.cost) << "</td></tr>\n";
    }
    out_ << "<tr class=\"total\"><td colspan=\"3\">" << t("expected cost") << "</td><td class=\"num\""
         << field(trajectory.code, "expected_cost") << ">" << format_.plain(price.expected_cost) << "</td></tr>\n"
         << "<tr><td colspan=\"2\">" << t("coordination surcharge") << "</td><td class=\"num\">"
         << format_.share(trajectory.coordination_surcharge) << "</td><td class=\"num\">" << format_.bare_money(price.surcharge)
         << "</td></tr>\n<tr class=\"total\"><td colspan=\"3\">" << t("price per trajectory")
         << "</td><td class=\"num\"><strong>" << format_.bare_tariff(price.price) << "</strong></td></tr>\n</tbody>\n</table></div>\n";
}

void TrajectorySection::years(const Trajectory& trajectory) {
    const IndexedTrajectory* indexed = indexed_ ? indexed_->find_trajectory(trajectory.code) : nullptr;
    if (!indexed || indexed->years.size() < 2) return;
    out_ << "<div class=\"buildup\"><table>\n<thead><tr><th>" << t("year") << "</th><th class=\"num\">" << t("price")
         << "</th></tr></thead>\n<tbody>\n";
    for (const auto& year : indexed->years)
        out_ << "<tr><td>" << year.year << "</td><td class=\"num\"" << field(trajectory.code, "price")
             << " data-year=\"" << year.year << "\">" << format_.bare_tariff(year.price) << "</td></tr>\n";
    out_ << "</tbody>\n</table></div>\n";
}

}  // namespace tariffs::html
