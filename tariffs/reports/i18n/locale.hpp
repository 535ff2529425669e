// How amounts and headers are written for people: machine-friendly by default
// (`1234.56`, `,` in CSV, English headers), or Dutch (`€ 1.234,56`, `;` in CSV,
// Dutch headers) with `--locale nl`. JSON always stays machine-friendly.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/message.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace tariffs {

struct Locale {
    bool dutch = false;
    // English amounts with thousands separators (`1,234.56`), for documents
    // people read (the HTML annex); tables and CSV keep `1234.56` for tools.
    bool group_thousands = false;

    // `1234.56` (`1,234.56` grouped) or `1.234,56`: an amount already written with a decimal
    // point (also `28.5%`); any other text as it is.
    std::string number(std::string_view decimal) const;
    // `1234.56` or `€ 1.234,56` (keeps a leading `≈`, `+` or `-`).
    std::string money(std::string_view decimal) const;
    // A header or label: the English text, or its Dutch translation.
    std::string text(std::string_view english) const;
    // A sentence with placeholders (`{year}`), in the locale, each filled in:
    // text("the tariffs of {year}", {{"{year}", "2026"}}).
    std::string text(std::string_view english,
                     std::initializer_list<std::pair<std::string_view, std::string>> values) const;
    // Where a value was evaluated, as the engine labels it (`staff mix of VBL:
    // jeugdzorgwerker`, `staff level x`, `kind group`, `standard method`), in the
    // locale's words; names stay as they are.
    std::string scope(const std::string& label) const;
    // A kind of product of the standard method (`individual`, `group`,
    // `residential`) in the locale's words; a kind of another method as named.
    std::string kind(std::string_view name) const;
    // A unit of measure as a model writes it (`EUR/year`, `hour/daypart`), in
    // the locale's words (`EUR/jaar`, `uur/dagdeel`).
    std::string unit_of_measure(std::string_view unit) const;
    // An error's or warning's message (or any engine::Message) in the
    // locale's words: its sentence from the catalog, scopes and units as
    // scope() and unit_of_measure() say them, values as they are.
    std::string say(const engine::Message& message) const;
    // `file:line:column: error: message`, `severity` and message in the
    // locale's words (`fout`, `waarschuwing`); the place as it is.
    std::string diagnostic(const engine::Diagnostic& diagnostic, std::string_view severity) const;
    char csv_separator() const { return dutch ? ';' : ','; }
};

inline const Locale default_locale{};

// `text` with every `from` (a placeholder such as `{year}`) replaced by `to`.
std::string replace_all(std::string text, std::string_view from, std::string_view to);

// `Tariff` for `tariff`: a heading from a label.
std::string capitalised(std::string text);

}  // namespace tariffs
