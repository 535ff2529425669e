// How a page writes a value in its locale: money, a tariff, a plain number,
// a count, a percentage. A value shown rounded is marked `≈` (in the dense
// what-if tables, not). Everything is text from the engine's exact numbers:
// no binary floating point.
#pragma once

#include "engine/number.hpp"
#include "tariffs/reports/i18n/locale.hpp"

#include <string>

namespace tariffs::html {

using engine::Number;

class ValueFormat {
public:
    // A copy of `locale`: a page may group thousands where tables do not.
    explicit ValueFormat(const Locale& locale) : locale_(locale) {}

    const Locale& locale() const { return locale_; }

    // An amount to the cent, marked `≈` where the cents hide digits.
    std::string money(const Number& value) const;
    // A tariff as its rule rounded it: all its digits, at least two decimals.
    std::string tariff(const Number& value) const;
    // The same without the euro sign, for a dense table whose amounts are all euros.
    std::string bare_money(const Number& value) const;
    std::string bare_tariff(const Number& value) const;
    // A fraction as the index writes it: `3.85%`.
    std::string percent(const Number& fraction) const;
    // A weight or share as a percentage, exact: `80%`, `12.5%`.
    std::string share(const Number& fraction) const;
    // A number that is not money (a volume, a weight): exact up to six decimals.
    std::string plain(const Number& value) const;
    // A count in a council table (a volume, a weight): exact up to two decimals,
    // else rounded to two with ≈: `10,402.5`, `≈ 3,296.67`.
    std::string count(const Number& value) const;

    // The what-if pages' figures, unmarked: a tariff's digits (at least two
    // decimals), an amount to the cent.
    std::string unmarked_tariff(const Number& value) const;
    std::string unmarked_cents(const Number& value) const;
    // Exact up to `places` decimals, else rounded with `≈` before it: `≈0.3333`.
    std::string decimal(const Number& value, int places) const;

private:
    Locale locale_;
};

}  // namespace tariffs::html
