#include "tariffs/model/plausibility.hpp"

#include "engine/text_check.hpp"

#include "engine/decimal.hpp"

namespace tariffs {

void check_usual(const Definition& given, const Definition* declaration, const std::string& shown,
                 engine::Diagnostics& warnings) {
    if (!declaration || !declaration->usual || given.kind != Definition::Kind::value) return;
    const engine::UsualRange& usual = *declaration->usual;
    if (usual.range.contains(given.value)) return;
    using engine::arg;
    const std::string& note = usual.source.empty() ? declaration->description : usual.source;
    const std::vector<engine::MessageArg> args{arg("name", shown), arg("value", engine::excerpt(given.text)),
                                               arg("range", usual.range.text), arg("note", note)};
    warnings.add(given.pos, note.empty() ? engine::msg("`{name}` is {value}, outside its usual range {range}; is it a slip?", args)
                                         : engine::msg("`{name}` is {value}, outside its usual range {range} ({note}); is it a slip?",
                                                       args));
}

}  // namespace tariffs
