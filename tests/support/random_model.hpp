// Random cost models and random changes to them, for property tests: a few
// staff levels, products of every kind and unit (some with values, rules or a
// rounding of their own), trajectories (some nested), rules of the model's own
// with `if` and `min`, a rounding policy and an indexation, all from a seed.
#pragma once

#include "tariffs/model/scenario.hpp"

#include <random>
#include <string>
#include <vector>

namespace test {

// An input of a random model and the text of a random value within its range.
struct RandomInput {
    std::string name;  // as `--set` names it
    bool percent = false;
    double low = 0, high = 0;  // where random values are drawn from
    int places = 2;            // decimals of a drawn value (of the percentage, for a percentage)
};

struct RandomModel {
    std::string yaml;
    std::vector<RandomInput> inputs;  // every value of the model an override can change
    std::vector<std::string> codes;   // products, then trajectories
};

RandomModel random_model(unsigned seed);

// `count` overrides of distinct inputs, each a random value within its range.
std::vector<tariffs::Override> random_overrides(const RandomModel& model, std::mt19937& random, std::size_t count);

}  // namespace test
