// Wrong usage (exit 2, `tariff: …`) is said in the locale asked for: a request
// the model does not fit, a goal seek that cannot be asked, a command line's own
// mistake, and a word that names no command or option (read before parsing).
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

const std::string worked = "models/examples/worked-example.yaml";

test::CommandResult usage_error(std::vector<std::string> arguments) {
    const auto result = test::run_tariff(arguments);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    return result;
}

}  // namespace

TEST_CASE("a code the model does not have is said in Dutch under --locale nl", "[cli][dutch]") {
    const auto result = usage_error({"explain", worked, "NOPE", "--locale", "nl"});
    CHECK(result.err ==
          "tariff: geen product of traject `NOPE` in models/examples/worked-example.yaml; de producten zijn AMB-U, "
          "AMB-M, DAG, VBL, de trajecten TRJ\n");
}

TEST_CASE("a year outside the contract years is said in Dutch under --locale nl", "[cli][dutch]") {
    const auto result = usage_error({"index", worked, "--to", "2099", "--locale", "nl"});
    CHECK_THAT(result.err, Catch::StartsWith("tariff: --to 2099 valt buiten de contractjaren van het model "));
}

TEST_CASE("a solve that varies an input the tariff does not use is said in Dutch", "[cli][dutch]") {
    const auto result = usage_error({"solve", worked, "VBL", "--vary", "nope", "--target", "300.00", "--locale", "nl"});
    CHECK_THAT(result.err, Catch::StartsWith("tariff: --vary nope: het tarief van VBL gebruikt `nope` niet; het "
                                             "gebruikt VBL.fte_per_place, "));
}

TEST_CASE("a solve target the rounding cannot give is said in Dutch, the kind of price too", "[cli][dutch]") {
    const auto result = usage_error(
        {"solve", worked, "VBL", "--vary", "overhead_surcharge", "--target", "300.005", "--locale", "nl"});
    CHECK(result.err ==
          "tariff: --vary overhead_surcharge: geen tarief is 300.005: het wordt afgerond met round(·, 2, half_up)\n");
}

TEST_CASE("an unknown provider of a budget solve is said in Dutch with its suggestion", "[cli][dutch]") {
    const auto result = usage_error({"solve", "models/examples/region.yaml", "--budget-year", "2026", "--provider",
                                     "Nope", "--vary", "availability", "--target", "300", "--locale", "nl"});
    CHECK_THAT(result.err, Catch::StartsWith("tariff: --provider Nope: geen aanbieder `Nope` in de budgetten"));
}

TEST_CASE("a command line's own wrong value is said in Dutch under --locale nl", "[cli][dutch]") {
    const auto result = usage_error({"solve", worked, "VBL", "--vary", "overhead_surcharge", "--target", "abc",
                                     "--locale", "nl"});
    CHECK(result.err == "tariff: --target is een bedrag boven 0, zoals 300.00, niet `abc`\n");
}

TEST_CASE("an unknown command or option is said in Dutch when the command line asks for --locale nl", "[cli][dutch]") {
    CHECK(usage_error({"pryce", worked, "--locale=nl"}).err ==
          "tariff: onbekende opdracht `pryce` (bedoelt u `price`?); voer `tariff --help` uit voor de opdrachten\n");
    CHECK(usage_error({"price", worked, "--fromat", "csv", "--locale", "nl"}).err ==
          "tariff: onbekende optie `--fromat` bij `price` (bedoelt u `--format`?); voer `tariff price --help` uit "
          "voor de opties\n");
    // Without it, English as before.
    CHECK(usage_error({"pryce", worked}).err ==
          "tariff: unknown command `pryce` (did you mean `price`?); run `tariff --help` for the commands\n");
}
