#include "tariffs/model/year_reader.hpp"

#include "engine/text_check.hpp"

namespace tariffs {

std::optional<int> read_year(engine::YamlReader& reader, const engine::YamlNode& node) {
    return reader.whole_number(node, engine::msg("a year"), first_year, last_year);
}

ByYear read_by_year(engine::YamlReader& reader, const engine::YamlNode& node, std::string_view what, Sign sign) {
    ByYear values;
    if (!reader.is_map(node, engine::verbatim(std::string(what)))) return values;
    const std::string for_a_year = std::string(what) + " for a year";
    reader.for_each_entry(node, engine::verbatim(std::string(what)), [&](const std::string&, const engine::YamlNode& key, const engine::YamlNode& value) {
        const auto year = read_year(reader, key);
        auto number = reader.number(value, engine::verbatim(std::string(for_a_year)));
        if (!year || !number) return;
        if (sign == Sign::not_negative && number->sign() < 0) {
            reader.error(value, std::string(what) + " cannot be negative: " + engine::excerpt(value.Scalar()));
            return;
        }
        YearValue read{std::move(*number), reader.pos(value)};
        auto [at, fresh] = values.try_emplace(*year, std::move(read));
        if (!fresh) at->second = std::move(read);
    });
    return values;
}

}  // namespace tariffs
