// Measures the whole job in-process, repeated, so the cost of one run can be
// told apart from process start-up: load and check a model, price it, index it
// over its contract years, budget it, and allocate the first indexed year.
//   bench_price MODEL [RUNS]
#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/price_sheet.hpp"

#include <chrono>
#include <iostream>
#include <string>

namespace {

std::size_t run_once(const std::string& path) {
    const tariffs::Model model = tariffs::load_model(path);
    tariffs::CostModel cost_model(model);
    std::size_t lines = tariffs::make_price_sheet(model, cost_model.price_all()).lines.size();
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost_model, model.until);
    if (!model.budgets.present) return lines;
    const tariffs::Budgets budgets = tariffs::compute_budgets(model, indexed);
    const int year = std::min(model.year + 1, model.until);
    if (!model.municipalities.empty())
        tariffs::allocate(model.municipalities, model.allocation, tariffs::AllocationKey::insurance, year,
                          *budgets.amount_of("total", year));
    return lines;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_price MODEL [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::stoi(argv[2]) : 100;
    std::size_t lines = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int run = 0; run < runs; ++run) lines += run_once(argv[1]);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count();
    std::cout << runs << " runs, " << lines / static_cast<std::size_t>(runs) << " products each: "
              << micros / runs << " µs per load, check, price, index, budget and allocate\n";
}
