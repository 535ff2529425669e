// A model's problems come in one round: a misspelt key does not stop the
// check of what the model lacks, and the slip is said once, at the key
// (engine/diagnostic.hpp, tariffs/model/model_loader.hpp).
#include "cli_runner.hpp"
#include "engine/diagnostic.hpp"
#include "engine/yaml_reader.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using Catch::Matchers::Contains;
using engine::Diagnostic;

namespace {

const auto file = engine::make_file_name("m.yaml");

Diagnostic problem(int line, Diagnostic::Kind kind, std::string name, std::string message = "…") {
    return {engine::SourcePos{file, line, 1}, engine::verbatim(std::move(message)), kind, std::move(name)};
}

std::string worked_example_with(const std::string& line, const std::string& replacement) {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const auto where = text.find(line);
    REQUIRE(where != std::string::npos);
    return text.replace(where, line.size(), replacement);
}

// What the command line reports for `text`: the unknown keys of a lenient
// read, then the problems of the check, without those the keys explain.
std::vector<Diagnostic> one_round(const std::string& text) {
    engine::Diagnostics problems;
    const tariffs::Model model = tariffs::parse_model_document(engine::parse_yaml(text, "m.yaml"), &problems);
    tariffs::CostModel cost_model(model);
    problems.append(cost_model.check());
    return problems.without_explained().sorted();
}

}  // namespace

TEST_CASE("a missing input that an unknown key's suggestion names is the same slip, said once at the key",
          "[validation]") {
    engine::Diagnostics problems;
    problems.add(problem(3, Diagnostic::Kind::unknown_key, "training_hours"));
    problems.add(problem(1, Diagnostic::Kind::missing_input, "training_hours"));
    problems.add(problem(1, Diagnostic::Kind::missing_input, "risk_surcharge"));
    problems.add(problem(7, Diagnostic::Kind::other, "training_hours"));
    const auto kept = problems.without_explained().items();
    REQUIRE(kept.size() == 3);
    CHECK(kept[0].kind == Diagnostic::Kind::unknown_key);
    CHECK(kept[1].name == "risk_surcharge");
    CHECK(kept[2].kind == Diagnostic::Kind::other);
}

TEST_CASE("an unknown key with no near name explains no missing input", "[validation]") {
    engine::Diagnostics problems;
    problems.add(problem(3, Diagnostic::Kind::unknown_key, ""));
    problems.add(problem(1, Diagnostic::Kind::missing_input, "risk_surcharge"));
    CHECK(problems.without_explained().size() == 2);
}

TEST_CASE("only a model whose every problem is an unknown key is read leniently", "[validation]") {
    engine::Diagnostics problems;
    problems.add(problem(3, Diagnostic::Kind::unknown_key, "training_hours"));
    CHECK(problems.only_unknown_keys());
    problems.add(problem(5, Diagnostic::Kind::other, ""));
    CHECK_FALSE(problems.only_unknown_keys());
}

TEST_CASE("a misspelt parameter and a parameter not given at all are said in one round", "[validation]") {
    std::string text = worked_example_with("  training_hours:     36\n", "  trainig_hours:      36\n");
    const auto risk = text.find("  risk_surcharge:     2%\n");
    REQUIRE(risk != std::string::npos);
    text.erase(risk, std::string("  risk_surcharge:     2%\n").size());
    const auto problems = one_round(text);
    REQUIRE(problems.size() == 2);
    CHECK_THAT(problems[0].message.english(), Contains("missing parameter `risk_surcharge` for the model"));
    CHECK(problems[1].pos.to_string() == "m.yaml:12:3");
    CHECK_THAT(problems[1].message.english(), Contains("unknown parameter `trainig_hours` (did you mean `training_hours`?)"));
}

TEST_CASE("a misspelt key is one error at the key, not also a missing parameter where a rule needs it",
          "[validation]") {
    const std::string text = worked_example_with("gedragswetenschapper:   {monthly_salary: 5480.00}",
                                                 "gedragswetenschapper:   {monthly_salry: 5480.00}");
    engine::Diagnostics problems;
    const tariffs::Model model = tariffs::parse_model_document(engine::parse_yaml(text, "m.yaml"), &problems);
    tariffs::CostModel cost_model(model);
    const auto checked = cost_model.check().sorted();
    // The check alone finds the salary missing; said with the key, that is the same slip twice.
    REQUIRE(checked.size() == 1);
    CHECK_THAT(checked[0].message.english(), Contains("missing parameter `monthly_salary`"));
    const auto said = one_round(text);
    REQUIRE(said.size() == 1);
    CHECK_THAT(said[0].message.english(),
               Contains("unknown key `monthly_salry` in staff level `gedragswetenschapper` (did you mean `monthly_salary`?)"));
}

TEST_CASE("a model with a problem besides its unknown keys is not read, and every problem is said", "[validation]") {
    std::string text = worked_example_with("  training_hours:     36\n", "  trainig_hours:      36\n");
    const std::string hours = "  annual_hours:       1878\n";
    text.replace(text.find(hours), hours.size(), "  annual_hours:       veel\n");
    engine::Diagnostics unknown_keys;
    try {
        tariffs::parse_model_document(engine::parse_yaml(text, "m.yaml"), &unknown_keys);
        FAIL("a model with a value that is not a number was read");
    } catch (const engine::InputError& error) {
        const auto problems = error.diagnostics().sorted();
        REQUIRE(problems.size() == 2);
        CHECK_THAT(problems[0].message.english(), Contains("must be a number"));
        CHECK(problems[1].kind == Diagnostic::Kind::unknown_key);
    }
    CHECK(unknown_keys.empty());
}

TEST_CASE("without a place for unknown keys, a model with one is refused as before", "[validation]") {
    const std::string text = worked_example_with("  training_hours:     36\n", "  trainig_hours:      36\n");
    CHECK_THROWS_AS(tariffs::parse_model(text, "m.yaml"), engine::InputError);
}
