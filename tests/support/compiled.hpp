// A model compiled and checked, as a command holds it: what the analyses take.
#pragma once

#include "tariffs/model/model.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <memory>
#include <string>

namespace test {

struct Compiled {
    // Throws engine::InputError with the model's problems.
    explicit Compiled(const tariffs::Model& given) : model(given), cost(model) {
        const engine::Diagnostics problems = cost.check();
        if (!problems.empty()) throw engine::InputError(problems);
    }
    tariffs::Model model;
    tariffs::CostModel cost;
};

inline std::unique_ptr<Compiled> compiled(const tariffs::Model& model) { return std::make_unique<Compiled>(model); }

// A model priced from scratch, compiled on its own: the reference for what a
// variant of another model computes.
class FromScratch {
public:
    explicit FromScratch(const tariffs::Model& model) : compiled_(model), variant_(compiled_.cost) {}
    const tariffs::Model& model() const { return compiled_.model; }
    tariffs::CostModel& cost() { return compiled_.cost; }
    engine::Number price(const std::string& code, int year) { return variant_.price(code, year); }

private:
    Compiled compiled_;
    tariffs::Variant variant_;
};

}  // namespace test
