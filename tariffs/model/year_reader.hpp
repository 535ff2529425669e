// Reading values by year (`2026: 3.85%`) from YAML.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/municipality.hpp"

#include <optional>
#include <string_view>

namespace tariffs {

inline constexpr int first_year = 1900, last_year = 2200;

std::optional<int> read_year(engine::YamlReader& reader, const engine::YamlNode& node);

enum class Sign { any, not_negative };
// `{2023: 41, 2024: 38}`: each key a year, each value a number.
ByYear read_by_year(engine::YamlReader& reader, const engine::YamlNode& node, const engine::Message& what,
                    Sign sign = Sign::any);

}  // namespace tariffs
