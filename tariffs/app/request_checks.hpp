// What a request may name of a model: a contract year, a product or trajectory.
#pragma once

#include "tariffs/model/model.hpp"

#include <string>

namespace tariffs::app {

// Throws RequestError when `year` is outside the model's contract years;
// `what` names where the request gave it (`--year`, `--from`).
void check_year(const Model& model, int year, const std::string& what);

// Throws RequestError, naming the model's products and trajectories, when it
// has neither with `code`; `path` is the model as the request named it.
void require_code(const Model& model, const std::string& code, const std::string& path);

}  // namespace tariffs::app
