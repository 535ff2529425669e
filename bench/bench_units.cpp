// What checking units adds to `tariff validate`: the whole validation (read
// the model, build it, check every product, units included) against the unit
// check alone, run on a fresh cost model so that nothing is remembered.
//   bench_units MODEL [RUNS]
#include "bench/timing.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

namespace {

using bench::Clock;
using bench::median;
using bench::ms_since;

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_units MODEL [RUNS]\n";
        return 2;
    }
    const std::string path = argv[1];
    const int runs = argc > 2 ? std::max(1, std::stoi(argv[2])) : 20;
    std::vector<double> validate, units;
    std::size_t problems = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        const tariffs::Model model = tariffs::load_model(path);
        tariffs::CostModel checked(model);
        problems = checked.check().size();
        validate.push_back(ms_since(start));

        tariffs::CostModel fresh(model);
        engine::Diagnostics unit_problems;
        start = Clock::now();
        for (const auto& product : model.products) fresh.check_units(product, unit_problems);
        units.push_back(ms_since(start));
    }
    const double whole = median(validate), unit = median(units);
    std::cout << "model " << path << ", " << runs << " runs, " << problems << " problems\n"
              << "validate (units included)   " << whole << " ms\n"
              << "unit check alone            " << unit << " ms\n"
              << "units add                   " << 100 * unit / std::max(whole - unit, 1e-9) << " %\n";
    return 0;
}
