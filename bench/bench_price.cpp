// Measures pricing a model in-process: load, check and price, repeated, so
// the cost of one run can be told apart from process start-up.
//   bench_price MODEL [RUNS]
#include "tariffs/cost_model.hpp"
#include "tariffs/model_loader.hpp"
#include "tariffs/price_sheet.hpp"

#include <chrono>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_price MODEL [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::stoi(argv[2]) : 200;
    std::size_t lines = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int run = 0; run < runs; ++run) {
        const tariffs::Model model = tariffs::load_model(argv[1]);
        tariffs::CostModel cost_model(model);
        lines += tariffs::make_price_sheet(model, cost_model.price_all()).lines.size();
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count();
    std::cout << runs << " runs, " << lines / static_cast<std::size_t>(runs) << " products each: "
              << micros / runs << " µs per load + check + price\n";
}
