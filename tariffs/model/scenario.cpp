#include "tariffs/model/scenario.hpp"

namespace tariffs {

engine::Message ScenarioInfo::title() const {
    return name.empty() ? engine::msg("the scenario of the --set overrides")
                        : engine::msg("scenario `{name}`", {engine::arg("name", name)});
}

}  // namespace tariffs
