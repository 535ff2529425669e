// Finding a CSV file's columns by their headers, as people write them: in
// English or Dutch, in any case, with or without accents and spaces, with a
// unit or a year beside the name (`Tarief (€)`, `Tarief 2026`, `Naam aanbieder`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

// A column a file must (or may) have: how it is named in messages, and the
// headers that name it, the most specific first.
struct RequiredColumn {
    std::string label;
    std::vector<std::string> names;
};
inline const RequiredColumn provider_column{
    "provider",
    {"provider", "aanbieder", "zorgaanbieder", "jeugdhulpaanbieder", "naam aanbieder", "naam zorgaanbieder",
     "provider name", "supplier", "leverancier", "organisatie"}};
inline const RequiredColumn product_column{
    "product", {"product code", "product", "zorgproduct", "prestatiecode", "code"}};
inline const RequiredColumn tariff_column{
    "tariff",
    {"tariff", "tarief", "price", "prijs", "tarief per eenheid", "prijs per eenheid", "price per unit",
     "tariff per unit", "eenheidsprijs", "bedrag", "amount"}};
inline const RequiredColumn year_column{"year", {"year", "jaar", "tariefjaar", "kalenderjaar", "contractjaar"}};
inline const RequiredColumn unit_column{"unit", {"unit", "eenheid", "tariefeenheid", "prijseenheid"}};

// What a header is compared by: lower case without accents, without what
// stands in brackets, a currency (`€`, `EUR`, `in euro`) or a year, and
// without spaces and punctuation: `Tarief (€) 2026` is `tarief`,
// `Naam_aanbieder` is `naamaanbieder`. A header that is only such a part
// (`2026`) keeps it.
std::string header_key(std::string_view header);

// The index of the header that matches the earliest of `names`; of two that
// match the same name, the first.
std::optional<std::size_t> find_header(const std::vector<std::string>& header, const std::vector<std::string>& names);

// Every header that matches the same name as the one find_header gives (more
// than one: the file is ambiguous), in order.
std::vector<std::size_t> headers_like(const std::vector<std::string>& header, const std::vector<std::string>& names);

}  // namespace tariffs
