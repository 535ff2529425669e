#include "tariffs/model/scenario.hpp"

namespace tariffs {

std::string ScenarioInfo::title() const {
    return name.empty() ? "the scenario of the --set overrides" : "scenario `" + name + "`";
}

}  // namespace tariffs
