// The codes of a model's products and trajectories, which tables, reports and
// `--set CODE.NAME` show and name them by: each short enough to be quoted in
// full, and none that looks like another and differs from it.
#pragma once

#include "engine/source.hpp"
#include "engine/yaml_reader.hpp"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>

namespace tariffs {

inline constexpr std::size_t max_code_characters = 64;

class CodeRegister {
public:
    // Takes `code`, read at `node`; reports it, and returns false, when it is
    // longer than max_code_characters or looks the same as a code taken before
    // (`АМB-U` with a Cyrillic А and М beside `AMB-U`). The same code twice is
    // the caller's to report: it names one thing twice, not two alike.
    bool take(engine::YamlReader& reader, const engine::YamlNode& node, const std::string& code);

private:
    std::unordered_map<std::string, std::pair<std::string, engine::SourcePos>> by_look_;  // look-alike form → code
};

}  // namespace tariffs
