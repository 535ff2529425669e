#include "tariffs/model/plausibility.hpp"

#include "engine/text_check.hpp"

#include "engine/decimal.hpp"

namespace tariffs {

void check_usual(const Definition& given, const Definition* declaration, const std::string& shown,
                 engine::Diagnostics& warnings) {
    if (!declaration || !declaration->usual || given.kind != Definition::Kind::value) return;
    const engine::UsualRange& usual = *declaration->usual;
    if (usual.range.contains(given.value)) return;
    std::string message = "`" + shown + "` is " + engine::excerpt(given.text) + ", outside its usual range " + usual.range.text;
    if (!usual.source.empty()) message += " (" + usual.source + ")";
    else if (!declaration->description.empty()) message += " (" + declaration->description + ")";
    message += "; is it a slip?";
    warnings.add(given.pos, std::move(message));
}

}  // namespace tariffs
