// Measures the whole job in-process, repeated, so the cost of one run can be
// told apart from process start-up, and reading the model apart from computing:
// load and check a model, then price it, index it over its contract years,
// budget it, and allocate the first indexed year.
//   bench_price MODEL [RUNS]
#include "bench/timing.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/pricing/price_sheet.hpp"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

namespace {

using bench::Clock;
using bench::median;
using bench::ms_since;

struct Times {
    double load_ms = 0;     // reading the YAML into a model
    double price_ms = 0;    // checking and pricing every product
    double heavy_ms = 0;    // indexing, budgeting, allocating
    std::size_t products = 0;
};

Times run_once(const std::string& path) {
    Times times;
    auto start = Clock::now();
    const tariffs::Model model = tariffs::load_model(path);
    times.load_ms = ms_since(start);
    start = Clock::now();
    tariffs::CostModel cost_model(model);
    times.products = tariffs::make_price_sheet(model, cost_model.price_all()).lines.size();
    times.price_ms = ms_since(start);
    start = Clock::now();
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost_model, model.until);
    if (model.budgets.present) {
        const tariffs::Budgets budgets = tariffs::compute_budgets(model, indexed);
        const int year = std::min(model.year + 1, model.until);
        if (!model.municipalities.empty())
            tariffs::allocate(model.municipalities, model.allocation, tariffs::AllocationKey::insurance, year,
                              *budgets.amount_of("total", year));
    }
    times.heavy_ms = ms_since(start);
    return times;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_price MODEL [RUNS]\n";
        return 2;
    }
    const int runs = std::max(1, argc > 2 ? std::stoi(argv[2]) : 100);
    std::vector<double> load, price, heavy;
    std::size_t products = 0;
    for (int run = 0; run < runs; ++run) {
        const Times times = run_once(argv[1]);
        load.push_back(times.load_ms);
        price.push_back(times.price_ms);
        heavy.push_back(times.heavy_ms);
        products = times.products;
    }
    std::cout << runs << " runs, " << products << " products each; median ms: load " << median(load)
              << ", price " << median(price) << ", index, budget and allocate " << median(heavy) << "\n";
}
