#include "tariffs/model/parameter_declarations.hpp"

namespace tariffs {

std::map<std::string, const Definition*> parameter_declarations(const Method& method) {
    std::map<std::string, const Definition*> declared;
    for (const auto& definition : method.definitions)
        if (definition.kind != Definition::Kind::formula) declared.emplace(definition.name, &definition);
    for (const auto& kind : method.kinds)
        for (const auto& definition : kind.definitions)
            if (definition.kind != Definition::Kind::formula) declared.emplace(definition.name, &definition);
    return declared;
}

}  // namespace tariffs
