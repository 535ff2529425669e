// Units of measure checked before anything is computed: each rule's unit is
// inferred from the units of what it reads, through + - * / min max if round
// abs and sum. Adding, comparing or choosing between different units is an
// error; multiplying and dividing combine them. A rule that declares a unit
// (`unit: EUR/year`), or replaces one that does, must give it.
//
// A value whose unit nobody declared has no known unit, and neither has what
// is computed from it: a model without units is checked as far as it gives
// them. A number in a formula is a pure number unless written with its unit
// (`12 month/year`); a 0 fits any unit.
#pragma once

#include "engine/address_map.hpp"
#include "engine/diagnostic.hpp"
#include "engine/measure_unit.hpp"
#include "engine/scope.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace engine {

class UnitChecker {
public:
    // `counts`: unit names that count things (`FTE`, `place`): numbers to the check.
    explicit UnitChecker(std::vector<std::string> counts = {});

    // The unit of `name` as seen from `scope`, when known; each clash met on
    // the way is added to `out`, once.
    std::optional<MeasureUnit> unit_of(const Scope& scope, std::string_view name, Diagnostics& out);

    // Whether `name` in `scope` gives `expected` (or an unknown unit). If not,
    // one problem where the other unit comes from, saying that `what` needs it.
    bool expect(const Scope& scope, std::string_view name, const MeasureUnit& expected, const Message& what,
                Diagnostics& out);

    // The unit to show beside the value of `name` in `scope`: as its
    // definition declares it (`FTE/place`), or as inferred; empty when not known.
    std::string shown(const Scope& scope, std::string_view name);

private:
    using Id = int;  // an index into units_
    static constexpr Id unknown = -1;
    static constexpr Id one = 0;

    struct Entry {
        bool on_stack = false;
        bool done = false;
        Id unit = unknown;
    };
    // Where a unit that should not be comes from: a node of a rule's formula.
    struct Culprit {
        const Expr* expr = nullptr;
        const Definition* rule = nullptr;
        const Scope* scope = nullptr;
    };

    Id intern(const MeasureUnit& unit);
    Id parsed(const std::string& text);
    Id times(Id a, Id b);
    Id over(Id a, Id b);
    // `EUR/hour`; `a pure number` for 1.
    Message text(Id id) const;
    // How a check combines units, each said in a sentence of its own.
    enum class Combining { chooses, compares, sums };

    Id name_unit(const Scope& scope, Symbol symbol, Diagnostics& out);
    // The unit `definition` (found at `at`) must have: its own, or that of the
    // same name further up, which it replaces.
    Id contract(const Scope& at, const Definition& definition, const Definition** declared_by = nullptr);
    Id infer(const Expr& expr, const Scope& scope, const Definition& rule, Diagnostics& out);
    Id literal_unit(const Expr& expr, const Scope& scope, const Definition& rule, Diagnostics& out);
    Id infer_call(const Expr& expr, const Scope& scope, const Definition& rule, Diagnostics& out);
    Id same(const Expr& expr, const std::vector<const Expr*>& parts, const std::vector<Id>& units,
            const Definition& rule, Combining how, Diagnostics& out);
    Culprit culprit(const Expr& expr, const Scope& scope, const Definition& rule, Id expected, bool into_rules);
    // `a / b`: U1 ÷ U2 = U, and the rule it is in unless that is `named`.
    Message breakdown(const Culprit& found, const Definition* named = nullptr);
    void report(const SourcePos& pos, Message message, Diagnostics& out);

    std::vector<std::string> counts_;
    std::vector<MeasureUnit> units_;
    std::vector<std::string> texts_;
    std::unordered_map<std::string, Id> by_text_;
    std::unordered_map<std::string, Id> by_canonical_;
    std::unordered_map<std::uint64_t, Id> products_, quotients_;
    AddressPairMap<Entry> entries_;
    std::set<std::string> reported_;  // the places of the problems reported
};

}  // namespace engine
