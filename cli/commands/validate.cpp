#include "cli/commands/commands.hpp"

#include "cli/diagnostics_output.hpp"
#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "engine/text_check.hpp"
#include "tariffs/app/validation.hpp"
#include "tariffs/reports/i18n/locale.hpp"

namespace cli {

namespace {

// `region.yaml: no problems, 2 warnings; 21 products priced under scenario cao-2026`
std::string no_problems(const std::string& path, const tariffs::app::ValidationResult& result,
                        const tariffs::Locale& locale) {
    const auto counted = [&](std::size_t n, const char* one, const char* many) {
        return n == 1 ? locale.text(one) : locale.text(many, {{"{n}", std::to_string(n)}});
    };
    const std::size_t warnings = result.warnings.sorted().size();
    const bool scenario = result.scenario.applies();
    std::string line = locale.text(
        warnings ? (scenario ? "{file}: no problems, {warnings}; {products} priced under {scenario}"
                             : "{file}: no problems, {warnings}; {products} priced")
                 : (scenario ? "{file}: no problems; {products} priced under {scenario}"
                             : "{file}: no problems; {products} priced"));
    line = tariffs::replace_all(line, "{file}", engine::shown(path));
    line = tariffs::replace_all(line, "{warnings}", counted(warnings, "1 warning", "{n} warnings"));
    line = tariffs::replace_all(line, "{products}", counted(result.products, "1 product", "{n} products"));
    if (scenario) line = tariffs::replace_all(line, "{scenario}", locale.say(result.scenario.title()));
    return line;
}

}  // namespace

int run_validate(ValidateOptions& options) {
    const OutputSink sink(options.output, "validate", {});
    tariffs::app::ValidationResult result = tariffs::app::validate(options.model);
    keep(std::move(result.loaded));
    print_warnings(result.warnings, sink.output());
    if (!result.sound()) return print_problems(result.problems, sink.output());
    sink.write(no_problems(options.model.path, result, sink.locale()) + "\n");
    return ok;
}

}  // namespace cli
