#include "tariffs/app/request_checks.hpp"

#include "tariffs/app/request_error.hpp"

namespace tariffs::app {

void check_year(const Model& model, int year, const std::string& what) {
    if (year < model.year || year > model.until)
        throw RequestError(what + " " + std::to_string(year) + " is outside the model's contract years " +
                           std::to_string(model.year) + "–" + std::to_string(model.until));
}

void require_code(const Model& model, const std::string& code, const std::string& path) {
    if (model.find_product(code) || model.find_trajectory(code)) return;
    std::string codes;
    for (const auto& p : model.products) codes += (codes.empty() ? "" : ", ") + p.code;
    if (model.trajectories.empty())
        throw RequestError("no product `" + code + "` in " + path + "; its products are " + codes);
    std::string trajectories;
    for (const auto& t : model.trajectories) trajectories += (trajectories.empty() ? "" : ", ") + t.code;
    throw RequestError("no product or trajectory `" + code + "` in " + path + "; its products are " + codes +
                       ", its trajectories " + trajectories);
}

}  // namespace tariffs::app
