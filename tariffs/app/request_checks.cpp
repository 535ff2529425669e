#include "tariffs/app/request_checks.hpp"

#include "tariffs/app/request_error.hpp"

namespace tariffs::app {

void check_year(const Model& model, int year, const std::string& what) {
    if (year < model.year || year > model.until)
        throw RequestError(engine::msg("{option} {year} is outside the model's contract years {first}–{last}",
                                       {engine::arg("option", what), engine::arg("year", std::to_string(year)),
                                        engine::arg("first", std::to_string(model.year)),
                                        engine::arg("last", std::to_string(model.until))}));
}

void require_code(const Model& model, const std::string& code, const std::string& path) {
    if (model.find_product(code) || model.find_trajectory(code)) return;
    std::string codes;
    for (const auto& p : model.products) codes += (codes.empty() ? "" : ", ") + p.code;
    if (model.trajectories.empty())
        throw RequestError(engine::msg("no product `{code}` in {path}; its products are {codes}",
                                       {engine::arg("code", code), engine::arg("path", path), engine::arg("codes", codes)}));
    std::string trajectories;
    for (const auto& t : model.trajectories) trajectories += (trajectories.empty() ? "" : ", ") + t.code;
    throw RequestError(engine::msg("no product or trajectory `{code}` in {path}; its products are {codes}, its trajectories "
                                   "{trajectories}",
                                   {engine::arg("code", code), engine::arg("path", path), engine::arg("codes", codes),
                                    engine::arg("trajectories", trajectories)}));
}

}  // namespace tariffs::app
