#include "tariffs/model/year_reader.hpp"

#include "engine/text_check.hpp"

namespace tariffs {

std::optional<int> read_year(engine::YamlReader& reader, const engine::YamlNode& node) {
    return reader.whole_number(node, engine::msg("a year"), first_year, last_year);
}

ByYear read_by_year(engine::YamlReader& reader, const engine::YamlNode& node, const engine::Message& what, Sign sign) {
    using engine::arg;
    using engine::msg;
    ByYear values;
    if (!reader.is_map(node, what)) return values;
    const engine::Message for_a_year = msg("{what} for a year", {arg("what", what)});
    reader.for_each_entry(node, what, [&](const std::string&, const engine::YamlNode& key, const engine::YamlNode& value) {
        const auto year = read_year(reader, key);
        auto number = reader.number(value, for_a_year);
        if (!year || !number) return;
        if (sign == Sign::not_negative && number->sign() < 0) {
            reader.error(value, msg("{what} cannot be negative: {value}", {arg("what", what), arg("value", engine::excerpt(value.Scalar()))}));
            return;
        }
        YearValue read{std::move(*number), reader.pos(value)};
        auto [at, fresh] = values.try_emplace(*year, std::move(read));
        if (!fresh) at->second = std::move(read);
    });
    return values;
}

}  // namespace tariffs
