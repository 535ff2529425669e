#include "tariffs/reports/xlsx_report.hpp"

#include "engine/decimal.hpp"
#include "engine/expr.hpp"
#include "engine/rounding.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <clocale>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace tariffs {

namespace {

using engine::BinaryOp;
using engine::Derivation;
using engine::Expr;
using engine::ExprKind;
using engine::Function;
using engine::Number;
using engine::RoundingMode;
using engine::Scope;

// ---- The one double -------------------------------------------------------------

// An XLSX cell holds its number as a binary double, and libxlsxwriter takes it
// as one: this is the only place a value becomes a double, from its decimal
// text, for the spreadsheet to display. Nothing is computed with it. (strtod
// reads the C locale's decimal point: write_xlsx holds LC_NUMERIC at "C".)
double cell_double(const Number& value) {
    const std::string text = engine::format_decimal(value, 10);
    return std::strtod(text.c_str(), nullptr);
}

// libxlsxwriter prints numbers with the C library, in the process's LC_NUMERIC
// locale: hold it at "C" while the workbook is written, and restore it after.
class NumericLocaleC {
public:
    NumericLocaleC() {
        if (const char* current = std::setlocale(LC_NUMERIC, nullptr)) saved_ = current;
        std::setlocale(LC_NUMERIC, "C");
    }
    ~NumericLocaleC() {
        if (!saved_.empty()) std::setlocale(LC_NUMERIC, saved_.c_str());
    }
    NumericLocaleC(const NumericLocaleC&) = delete;
    NumericLocaleC& operator=(const NumericLocaleC&) = delete;

private:
    std::string saved_;
};

void check(lxw_error error) {
    if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
}

// ---- Cells and references -----------------------------------------------------

std::string column_name(int col) {
    std::string name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

// `Inputs!` or `'Build-up'!`
std::string sheet_prefix(const std::string& sheet) {
    const bool plain = !sheet.empty() && !std::isdigit(static_cast<unsigned char>(sheet[0])) &&
                       std::all_of(sheet.begin(), sheet.end(), [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                       });
    if (plain) return sheet + "!";
    std::string quoted = "'";
    for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'!";
}

std::string cell_name(int row, int col) { return column_name(col) + std::to_string(row + 1); }
std::string absolute_cell(int row, int col) { return "$" + column_name(col) + "$" + std::to_string(row + 1); }

std::size_t significant_digits(const std::string& decimal) {
    std::string digits;
    for (char c : decimal)
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos) return 1;
    digits.erase(0, first);
    if (decimal.find('.') != std::string::npos) digits.erase(digits.find_last_not_of('0') + 1);
    return digits.size();
}

// A value in a formula: its exact decimal, or the fraction.
std::string number_text(const Number& value) {
    if (auto exact = value.to_exact_decimal()) return *exact;
    return value.numerator().str() + "/" + value.denominator().str();
}

class Sheet {
public:
    Sheet(lxw_workbook* book, std::string name) : name_(std::move(name)) {
        sheet_ = workbook_add_worksheet(book, name_.c_str());
        if (!sheet_) throw std::runtime_error("cannot write the workbook: cannot add the sheet `" + name_ + "`");
        worksheet_freeze_panes(sheet_, 1, 0);
    }

    const std::string& name() const { return name_; }
    // The absolute reference from another sheet: `Inputs!$C$5`.
    std::string ref(int row, int col) const { return sheet_prefix(name_) + absolute_cell(row, col); }

    void text(int row, int col, const std::string& value, lxw_format* format = nullptr) {
        if (value.empty()) return;
        check(worksheet_write_string(sheet_, to_row(row), to_col(col), value.c_str(), format));
    }
    void number(int row, int col, const Number& value, lxw_format* format = nullptr) {
        check(worksheet_write_number(sheet_, to_row(row), to_col(col), cell_double(value), format));
    }
    // `formula` without the leading `=`; `cached` is the engine's value.
    void formula(int row, int col, const std::string& formula, const Number& cached, lxw_format* format = nullptr) {
        const std::string text = "=" + formula;
        check(worksheet_write_formula_num(sheet_, to_row(row), to_col(col), text.c_str(), format, cell_double(cached)));
    }
    // A value as exactly as a cell holds it: a short decimal as a number, a
    // value with no short decimal (a third of something) as its fraction.
    void exact(int row, int col, const Number& value, lxw_format* format = nullptr) {
        const auto decimal = value.to_exact_decimal();
        if (decimal && significant_digits(*decimal) <= 15) return number(row, col, value, format);
        const std::string numerator = value.numerator().str(), denominator = value.denominator().str();
        if (numerator.size() <= 16 && denominator.size() <= 15) return formula(row, col, numerator + "/" + denominator, value, format);
        number(row, col, value, format);
    }
    void widths(const std::vector<int>& widths) {
        for (std::size_t c = 0; c < widths.size(); ++c)
            check(worksheet_set_column(sheet_, to_col(static_cast<int>(c)), to_col(static_cast<int>(c)), widths[c], nullptr));
    }

private:
    static lxw_row_t to_row(int row) { return static_cast<lxw_row_t>(row); }
    static lxw_col_t to_col(int col) { return static_cast<lxw_col_t>(col); }

    std::string name_;
    lxw_worksheet* sheet_ = nullptr;
};

// The workbook, freed also when writing fails half-way.
class Book {
public:
    explicit Book(const std::string& path) : book_(workbook_new(path.c_str())) {
        if (!book_) throw std::runtime_error("cannot write the workbook " + path + ": " + lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
    }
    ~Book() {
        if (book_) lxw_workbook_free(book_);
    }
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    lxw_workbook* get() const { return book_; }
    void close(const std::string& path) {
        const lxw_error error = workbook_close(std::exchange(book_, nullptr));  // frees it, also on error
        if (error != LXW_NO_ERROR) throw std::runtime_error("cannot write the workbook " + path + ": " + lxw_strerror(error));
    }

private:
    lxw_workbook* book_;
};

struct Formats {
    explicit Formats(lxw_workbook* book) : book_(book) {
        bold = add();
        format_set_bold(bold);
        money = add();
        format_set_num_format(money, "#,##0.00");
        bold_money = add();
        format_set_bold(bold_money);
        format_set_num_format(bold_money, "#,##0.00");
        tariff = add();
        format_set_num_format(tariff, "#,##0.00####");
        note = add();
        format_set_italic(note);
    }
    // A fraction shown as a percentage with at least two decimals: 0.0385 is 3.85%.
    lxw_format* percent(int decimals = 2) {
        decimals = std::clamp(decimals, 2, 10);
        auto& format = percents_[decimals];
        if (!format) {
            format = add();
            format_set_num_format(format, ("0." + std::string(static_cast<std::size_t>(decimals), '0') + "%").c_str());
        }
        return format;
    }
    // As many decimals as the percentage has (up to six).
    lxw_format* percent_of(const Number& fraction) {
        const engine::DisplayedValue shown = engine::display_value(fraction * Number(100), 6);
        const auto point = shown.text.find('.');
        return percent(point == std::string::npos ? 2 : static_cast<int>(shown.text.size() - point - 1));
    }

    lxw_format* bold = nullptr;
    lxw_format* money = nullptr;
    lxw_format* bold_money = nullptr;
    lxw_format* tariff = nullptr;
    lxw_format* note = nullptr;

private:
    lxw_format* add() {
        lxw_format* format = workbook_add_format(book_);
        if (!format) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
        return format;
    }
    lxw_workbook* book_;
    std::map<int, lxw_format*> percents_;
};

// ---- Formulas ------------------------------------------------------------------

// A piece of a spreadsheet formula with the precedence of its outermost operator.
enum Precedence { compare = 0, additive = 1, multiplicative = 2, unary = 3, atom = 4 };
struct Piece {
    std::string text;
    int precedence = atom;
};

std::string wrap(const Piece& piece, int at_least) {
    return piece.precedence >= at_least ? piece.text : "(" + piece.text + ")";
}

// The rounding functions of a spreadsheet for the engine's modes; nothing for
// half_even and half_down, which have no spreadsheet equivalent.
std::optional<std::string> round_call(const std::string& x, const std::string& digits, RoundingMode mode) {
    const std::string args = x + "," + digits;
    switch (mode) {
        case RoundingMode::half_up: return "ROUND(" + args + ")";
        case RoundingMode::up: return "ROUNDUP(" + args + ")";
        case RoundingMode::down: return "ROUNDDOWN(" + args + ")";
        case RoundingMode::ceiling: return "IF(" + x + ">=0,ROUNDUP(" + args + "),ROUNDDOWN(" + args + "))";
        case RoundingMode::floor: return "IF(" + x + ">=0,ROUNDDOWN(" + args + "),ROUNDUP(" + args + "))";
        case RoundingMode::half_even:
        case RoundingMode::half_down: break;
    }
    return std::nullopt;
}

// round(x, places, mode), or round_to(x, step, mode) as round(x / step, 0) × step.
std::optional<Piece> rounded(const Piece& x, const std::optional<Piece>& places, const std::optional<Piece>& step,
                             RoundingMode mode) {
    if (step) {
        const std::string quotient = wrap(x, multiplicative) + "/" + wrap(*step, unary);
        auto call = round_call(quotient, "0", mode);
        if (!call) return std::nullopt;
        return Piece{*call + "*" + wrap(*step, unary), multiplicative};
    }
    auto call = round_call(x.text, places ? places->text : "0", mode);
    if (!call) return std::nullopt;
    return Piece{*call, atom};
}

std::string no_equivalent(RoundingMode mode) {
    return "rounded " + std::string(engine::to_string(mode)) + ": value from the engine";
}

// Translates a rule's syntax tree into a spreadsheet formula. `name` gives the
// cell of a name as the rule sees it in a scope (the rule's own, or an item of
// a collection inside sum()); the first thing that has no spreadsheet
// equivalent is kept in `problem`.
class FormulaWriter {
public:
    using NameCell = std::function<std::optional<std::string>(const Scope& context, const std::string& name)>;

    explicit FormulaWriter(NameCell name) : name_(std::move(name)) {}

    // The formula of `derivation` (its expression and its rule's own rounding).
    Piece rule(const Derivation& derivation) {
        const engine::Definition& definition = *derivation.definition;
        Piece body = expr(*definition.expr, *derivation.scope);
        if (!definition.rounding) return body;
        const engine::Rounding& rounding = *definition.rounding;
        std::optional<Piece> places, step;
        if (rounding.step) step = literal(*rounding.step);
        else places = Piece{std::to_string(rounding.places.value_or(0)), atom};
        auto result = rounded(body, places, step, rounding.mode);
        if (!result) {
            fail(no_equivalent(rounding.mode));
            return body;
        }
        return *result;
    }

    const std::string& problem() const { return problem_; }

private:
    void fail(std::string why) {
        if (problem_.empty()) problem_ = std::move(why);
    }

    static Piece literal(const Number& value) {
        const std::string text = number_text(value);
        const bool simple = value.sign() >= 0 && text.find('/') == std::string::npos;
        return simple ? Piece{text, atom} : Piece{"(" + text + ")", atom};
    }

    Piece expr(const Expr& e, const Scope& context, bool as_condition = false) {
        switch (e.kind) {
            case ExprKind::literal: return literal(e.value);
            case ExprKind::name: {
                auto cell = name_(context, e.name);
                if (!cell) {
                    fail("`" + e.name + "` (in a branch the engine did not take) has no cell: value from the engine");
                    return Piece{"0", atom};
                }
                return Piece{*cell, atom};
            }
            case ExprKind::negate: {
                const Piece operand = expr(*e.operands[0], context);
                return Piece{"-" + wrap(operand, unary), unary};
            }
            case ExprKind::binary: return binary(e, context, as_condition);
            case ExprKind::call: return call(e, context);
        }
        return Piece{"0", atom};
    }

    Piece binary(const Expr& e, const Scope& context, bool as_condition) {
        const Piece left = expr(*e.operands[0], context);
        const Piece right = expr(*e.operands[1], context);
        std::string op;
        int precedence = compare;
        switch (e.op) {
            case BinaryOp::add: op = "+", precedence = additive; break;
            case BinaryOp::subtract: op = "-", precedence = additive; break;
            case BinaryOp::multiply: op = "*", precedence = multiplicative; break;
            case BinaryOp::divide: op = "/", precedence = multiplicative; break;
            case BinaryOp::less: op = "<"; break;
            case BinaryOp::less_equal: op = "<="; break;
            case BinaryOp::greater: op = ">"; break;
            case BinaryOp::greater_equal: op = ">="; break;
            case BinaryOp::equal: op = "="; break;
            case BinaryOp::not_equal: op = "<>"; break;
        }
        // Left-associative: the right operand needs parentheses at the same level.
        const int right_needs = precedence == compare ? additive : precedence + 1;
        std::string right_text = wrap(right, right_needs);
        if (!right_text.empty() && right_text[0] == '-') right_text = "(" + right_text + ")";
        Piece result{wrap(left, precedence == compare ? additive : precedence) + op + right_text, precedence};
        // The engine's comparisons give 1 or 0; a spreadsheet's give TRUE or FALSE.
        if (precedence == compare && !as_condition) return Piece{"IF(" + result.text + ",1,0)", atom};
        return result;
    }

    Piece call(const Expr& e, const Scope& context) {
        auto arg = [&](std::size_t i) { return expr(*e.operands[i], context); };
        const RoundingMode mode = e.mode.value_or(RoundingMode::half_up);
        switch (e.function) {
            case Function::if_: {
                const Piece condition = expr(*e.operands[0], context, true);
                return Piece{"IF(" + condition.text + "," + arg(1).text + "," + arg(2).text + ")", atom};
            }
            case Function::min:
            case Function::max: {
                std::string text = e.function == Function::min ? "MIN(" : "MAX(";
                for (std::size_t i = 0; i < e.operands.size(); ++i) text += (i ? "," : "") + arg(i).text;
                return Piece{text + ")", atom};
            }
            case Function::abs: return Piece{"ABS(" + arg(0).text + ")", atom};
            case Function::round:
            case Function::round_to: {
                const Piece value = arg(0);
                const Piece second = arg(1);
                auto result = e.function == Function::round ? rounded(value, second, std::nullopt, mode)
                                                            : rounded(value, std::nullopt, second, mode);
                if (!result) {
                    fail(no_equivalent(mode));
                    return value;
                }
                return *result;
            }
            case Function::sum: {
                // sum(collection, body) is the body once per item, in the item's scope.
                const Scope::FoundCollection found = context.find_collection(e.name);
                if (!found.collection || found.collection->items.empty()) {
                    if (!found.collection) fail("unknown collection `" + e.name + "`: value from the engine");
                    return Piece{"0", atom};
                }
                std::string text;
                for (const Scope* item : found.collection->items) {
                    std::string part = wrap(expr(*e.operands[0], *item), additive);
                    text += text.empty() ? part : (part[0] == '-' ? "+(" + part + ")" : "+" + part);
                }
                return Piece{text, additive};
            }
        }
        return Piece{"0", atom};
    }

    NameCell name_;
    std::string problem_;
};

// ---- Which derivation a name stands for ------------------------------------------

// Whether `outer` is `inner` or one of its ancestors.
bool within(const Scope* inner, const Scope* outer) {
    for (const Scope* scope = inner; scope; scope = scope->parent())
        if (scope == outer) return true;
    return false;
}

bool is_formula(const Derivation& derivation) {
    return derivation.definition->kind == engine::Definition::Kind::formula && derivation.definition->expr;
}

// ---- The plan: which derivation goes where ---------------------------------------

class Plan {
public:
    explicit Plan(const ReportData& data) : data_(data), cost_(*data.cost) {
        for (const auto& price : data.prices) {
            const Product& product = *price.product;
            for (const Derivation* root : {price.staff_cost, price.client_cost, price.overhead, price.risk,
                                           price.tariff_exact, price.tariff, price.personnel_share, price.price})
                if (root) visit(*root, product);
        }
    }

    // The derivation that `name` in `rule`'s formula stands for, seen from
    // `context`: one of its inputs (the engine's evaluation recorded each),
    // the deepest scope that the context sees. A name in a branch of if() that
    // the engine did not take is not among the inputs: the engine is asked.
    const Derivation* resolve(const Derivation& rule, const Scope& context, const std::string& name) {
        const Derivation* best = nullptr;
        for (const Derivation* input : rule.inputs)
            if (input->name() == name && within(&context, input->scope) &&
                (!best || input->scope->depth() > best->scope->depth()))
                best = input;
        if (best) return best;
        try {
            const Derivation* found = nullptr;
            auto hint = hints_.find(&rule);
            if (hint != hints_.end() && within(&cost_.scope_of(*hint->second), &context)) {
                found = &cost_.value(*hint->second, name);
            } else {
                for (const auto& role : data_.model->roles)
                    if (context.label() == "staff level " + role.name) found = &cost_.value(role, name);
            }
            if (found && within(&context, found->scope)) return found;
        } catch (const std::exception&) {
            // e.g. a division by zero in the branch not taken: the row shows the engine's value
        }
        return nullptr;
    }

    // The derivations a formula's names stand for, in the formula's order.
    const std::vector<const Derivation*>& uses(const Derivation& rule) const { return uses_.at(&rule); }

    std::vector<const Derivation*> values;  // every input value, in the order first met
    std::vector<const Derivation*> shared;  // formulas not of one product, dependencies first
    std::map<const Product*, std::vector<const Derivation*>> own;  // each product's own formulas

    // The product whose scope (or staff mix item) the derivation is in; none when shared.
    const Product* owner(const Derivation& derivation) const {
        for (const auto& price : data_.prices) {
            const Scope& scope = cost_.scope_of(*price.product);
            if (derivation.scope == &scope) return price.product;
            if (const engine::Collection* mix = scope.find_local_collection("staff_mix"))
                for (const Scope* item : mix->items)
                    if (derivation.scope == item) return price.product;
        }
        return nullptr;
    }

    // Whether `derivation` depends, directly or not, on `target`.
    bool depends_on(const Derivation& derivation, const Derivation* target) const {
        std::set<const Derivation*> done;
        std::vector<const Derivation*> todo{&derivation};
        while (!todo.empty()) {
            const Derivation* next = todo.back();
            todo.pop_back();
            auto it = uses_.find(next);
            if (it == uses_.end()) continue;
            for (const Derivation* used : it->second) {
                if (used == target) return true;
                if (done.insert(used).second) todo.push_back(used);
            }
        }
        return false;
    }

private:
    void visit(const Derivation& derivation, const Product& product) {
        if (!seen_.insert(&derivation).second) return;
        if (!is_formula(derivation)) {
            values.push_back(&derivation);
            return;
        }
        hints_[&derivation] = &product;
        std::vector<const Derivation*> used;
        FormulaWriter walk([&](const Scope& context, const std::string& name) -> std::optional<std::string> {
            const Derivation* found = resolve(derivation, context, name);
            if (!found) return std::nullopt;
            used.push_back(found);
            return std::string("X");
        });
        walk.rule(derivation);
        uses_[&derivation] = used;
        for (const Derivation* input : used) visit(*input, product);
        if (const Product* of = owner(derivation)) own[of].push_back(&derivation);
        else shared.push_back(&derivation);
    }

    const ReportData& data_;
    CostModel& cost_;
    std::set<const Derivation*> seen_;
    std::map<const Derivation*, const Product*> hints_;
    std::map<const Derivation*, std::vector<const Derivation*>> uses_;
};

// ---- The workbook ---------------------------------------------------------------

// Input values that look like money (two decimals as written) show as money;
// percentages as written show as percentages.
lxw_format* input_format(const Derivation& value, Formats& formats) {
    const std::string& text = value.definition->text;
    if (!text.empty() && text.back() == '%') return formats.percent_of(value.value);
    const auto point = text.find('.');
    if (point != std::string::npos && text.size() - point - 1 == 2) return formats.money;
    return nullptr;
}

bool ends_with(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

class Writer {
public:
    Writer(const ReportData& data, lxw_workbook* book) : data_(data), book_(book), formats_(book), plan_(data) {}

    void write() {
        Sheet inputs(book_, "Inputs");
        Sheet build_up(book_, "Build-up");
        Sheet prices(book_, "Price sheet");
        plan_inputs(inputs);
        plan_build_up(build_up);
        plan_prices(prices);
        write_inputs(inputs);
        write_build_up(build_up);
        write_prices(prices);
        if (data_.indexed) {
            Sheet indexed(book_, "Indexed tariffs");
            write_indexed(indexed);
        }
        if (data_.budgets) {
            Sheet budgets(book_, "Budgets");
            write_budgets(budgets);
        }
        if (data_.allocation) {
            Sheet allocation(book_, "Allocation");
            write_allocation(allocation);
        }
    }

private:
    // -- Inputs: every value the price derivations use, grouped by scope --------

    struct InputRow {
        int row = 0;
        const Derivation* value = nullptr;
    };

    void plan_inputs(const Sheet& sheet) {
        // Groups: the method, the model, kinds and staff levels (as met), then
        // each product followed by its staff mix.
        std::map<const Scope*, std::tuple<int, int, int>> rank;
        int met = 0;
        auto rank_of = [&](const Derivation& value) {
            auto it = rank.find(value.scope);
            if (it != rank.end()) return it->second;
            std::tuple<int, int, int> key{2, met++, 0};
            if (value.scope->depth() == 0) key = {0, 0, 0};
            else if (value.scope->depth() == 1) key = {1, 0, 0};
            else if (const Product* product = plan_.owner(value))
                key = {3, product_index(*product),
                       value.scope == &data_.cost->scope_of(*product) ? 0 : 1 + met++};  // its staff mix after it
            return rank[value.scope] = key;
        };
        std::vector<const Derivation*> values = plan_.values;
        for (const Derivation* value : values) rank_of(*value);
        std::stable_sort(values.begin(), values.end(), [&](const Derivation* a, const Derivation* b) {
            const auto& pa = a->definition->pos;
            const auto& pb = b->definition->pos;
            return std::tuple(rank[a->scope], pa.file ? *pa.file : std::string(), pa.line, pa.column, a->name()) <
                   std::tuple(rank[b->scope], pb.file ? *pb.file : std::string(), pb.line, pb.column, b->name());
        });
        int row = 1;
        const Scope* group = nullptr;
        for (const Derivation* value : values) {
            if (group && value->scope != group) ++row;  // a blank row between groups
            group = value->scope;
            input_rows_.push_back({row, value});
            cells_[value] = sheet.ref(row, 2);
            ++row;
        }
    }

    int product_index(const Product& product) const {
        for (std::size_t i = 0; i < data_.prices.size(); ++i)
            if (data_.prices[i].product == &product) return static_cast<int>(i);
        return 0;
    }

    void write_inputs(Sheet& sheet) {
        const std::vector<std::string> header = {"Where", "Name", "Value", "As written", "Source", "About"};
        for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats_.bold);
        for (const auto& [row, value] : input_rows_) {
            const engine::Definition& definition = *value->definition;
            sheet.text(row, 0, value->scope->label());
            sheet.text(row, 1, definition.name);
            sheet.exact(row, 2, value->value, input_format(*value, formats_));
            sheet.text(row, 3, definition.text);
            sheet.text(row, 4, definition.pos.file_line());
            sheet.text(row, 5, definition.description);
        }
        sheet.widths({34, 28, 14, 14, 34, 60});
    }

    // -- Build-up: every formula, as a spreadsheet formula ------------------------

    struct BuildUpRow {
        int row = 0;
        const Derivation* rule = nullptr;  // none: a title row
        std::string title;
    };

    void plan_build_up(const Sheet& sheet) {
        int row = 1;
        auto block = [&](const std::string& title, const std::vector<const Derivation*>& rules) {
            if (rules.empty()) return;
            build_up_rows_.push_back({row++, nullptr, title});
            for (const Derivation* rule : rules) {
                build_up_rows_.push_back({row, rule, ""});
                cells_[rule] = sheet.ref(row, 3);
                ++row;
            }
            ++row;
        };
        block("Shared by several products (method, model, kinds, staff levels)", plan_.shared);
        for (const auto& price : data_.prices) {
            auto it = plan_.own.find(price.product);
            block(price.product->code + " " + price.product->name,
                  it == plan_.own.end() ? std::vector<const Derivation*>{} : it->second);
        }
    }

    // The formula of a derivation with each name at its cell (without the sheet
    // name when the cell is on `on_sheet`), or why it has none.
    std::pair<std::string, std::string> formula_of(const Derivation& rule, const std::string& on_sheet,
                                                   const std::map<const Derivation*, std::string>& replaced = {}) {
        const std::string own_prefix = sheet_prefix(on_sheet);
        FormulaWriter writer([&](const Scope& context, const std::string& name) -> std::optional<std::string> {
            const Derivation* found = plan_.resolve(rule, context, name);
            if (!found) return std::nullopt;
            if (auto it = replaced.find(found); it != replaced.end()) return it->second;
            auto cell = cells_.find(found);
            if (cell == cells_.end()) return std::nullopt;
            if (cell->second.compare(0, own_prefix.size(), own_prefix) == 0) return cell->second.substr(own_prefix.size());
            return cell->second;
        });
        const Piece piece = writer.rule(rule);
        return {piece.text, writer.problem()};
    }

    lxw_format* rule_format(const Derivation& rule) {
        const auto& rounding = rule.definition->rounding;
        if (rounding && rounding->places && *rounding->places == 2) return formats_.money;
        const std::string name(rule.name());
        if (ends_with(name, "_share") || ends_with(name, "_rate")) return formats_.percent();
        return nullptr;
    }

    void write_build_up(Sheet& sheet) {
        const std::vector<std::string> header = {"Where", "Rule", "Formula", "Value", "Note", "Source"};
        for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats_.bold);
        for (const auto& line : build_up_rows_) {
            if (!line.rule) {
                sheet.text(line.row, 0, line.title, formats_.bold);
                continue;
            }
            const Derivation& rule = *line.rule;
            const engine::Definition& definition = *rule.definition;
            sheet.text(line.row, 0, rule.scope->label());
            sheet.text(line.row, 1, definition.name);
            std::string shown = definition.text;
            if (definition.rounding) shown += ", then " + definition.rounding->describe();
            sheet.text(line.row, 2, shown);
            const auto [formula, problem] = formula_of(rule, sheet.name());
            if (problem.empty()) {
                sheet.formula(line.row, 3, formula, rule.value, rule_format(rule));
            } else {
                sheet.exact(line.row, 3, rule.value, rule_format(rule));
                sheet.text(line.row, 4, problem, formats_.note);
            }
            sheet.text(line.row, 5, definition.pos.file_line());
        }
        sheet.widths({34, 24, 60, 16, 40, 30});
    }

    // -- Price sheet -------------------------------------------------------------

    static constexpr int price_tariff_col = 6;
    static constexpr int price_base_tariff_col = 12;

    void plan_prices(const Sheet& sheet) {
        for (std::size_t i = 0; i < data_.prices.size(); ++i) {
            const int row = static_cast<int>(i) + 1;
            price_cell_[data_.prices[i].product] = sheet.ref(row, price_tariff_col);
            base_tariff_cell_[data_.prices[i].product] = sheet.ref(row, price_base_tariff_col);
        }
    }

    const PriceLine* line_of(const Product& product) const {
        for (const auto& line : data_.sheet.lines)
            if (line.code == product.code) return &line;
        return nullptr;
    }

    // A reference to a derivation's cell, or its value when it has none.
    void derived(Sheet& sheet, int row, int col, const Derivation* derivation, lxw_format* format) {
        if (!derivation) return;
        auto cell = cells_.find(derivation);
        if (cell != cells_.end()) sheet.formula(row, col, cell->second, derivation->value, format);
        else sheet.exact(row, col, derivation->value, format);
    }

    void write_prices(Sheet& sheet) {
        const std::vector<std::string> header = {"Code", "Name", "Kind", "Unit", "iJw unit", "Category", "Tariff",
                                                 "Build-up per", "Staff cost", "Client cost", "Overhead", "Risk",
                                                 "Tariff per build-up unit", "Personnel share"};
        for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats_.bold);
        for (std::size_t i = 0; i < data_.prices.size(); ++i) {
            const ProductPrice& price = data_.prices[i];
            const Product& product = *price.product;
            const PriceLine* line = line_of(product);
            const int row = static_cast<int>(i) + 1;
            sheet.text(row, 0, product.code);
            sheet.text(row, 1, product.name);
            sheet.text(row, 2, product.kind);
            sheet.text(row, 3, product.unit);
            if (line) {
                sheet.text(row, 4, line->ijw_unit);
                sheet.text(row, 5, line->category);
                sheet.text(row, 7, line->base_unit);
            }
            derived(sheet, row, price_tariff_col, price.price, formats_.tariff);
            derived(sheet, row, 8, price.staff_cost, formats_.money);
            derived(sheet, row, 9, price.client_cost, formats_.money);
            derived(sheet, row, 10, price.overhead, formats_.money);
            derived(sheet, row, 11, price.risk, formats_.money);
            derived(sheet, row, price_base_tariff_col, price.tariff, formats_.tariff);
            derived(sheet, row, 13, price.personnel_share, formats_.percent());
        }
        const int note = static_cast<int>(data_.prices.size()) + 2;
        sheet.text(note, 0,
                   "The tariff is per unit, rounded as its rule says; the build-up is exact, per the unit under "
                   "`build-up per`. Every figure is a formula on the Build-up sheet.",
                   formats_.note);
        sheet.widths({12, 40, 12, 10, 9, 9, 12, 12, 12, 12, 12, 12, 14, 14});
    }

    // -- Indexed tariffs -----------------------------------------------------------

    std::string year_col_cell(const Sheet& sheet, int row, int year) const {
        return sheet.ref(row, 2 + (year - data_.indexed->base_year));
    }

    // round(x) as the indexation policy rounds tariffs, or nothing.
    std::optional<std::string> policy_round(const Piece& x) const {
        const engine::Rounding& rounding = data_.model->indexation.round_tariff;
        std::optional<Piece> places, step;
        if (rounding.step) step = Piece{number_text(*rounding.step), atom};
        else places = Piece{std::to_string(rounding.places.value_or(2)), atom};
        auto result = rounded(x, places, step, rounding.mode);
        if (!result) return std::nullopt;
        return result->text;
    }

    void write_indexed(Sheet& sheet) {
        const IndexedTariffs& indexed = *data_.indexed;
        const IndexPolicy& policy = data_.model->indexation;
        const int first = indexed.base_year, last = indexed.last_year;
        auto col = [&](int year) { return 2 + (year - first); };
        sheet.text(0, 0, "Product", formats_.bold);
        sheet.text(0, 1, "Row", formats_.bold);
        for (int year = first; year <= last; ++year) sheet.text(0, col(year), std::to_string(year), formats_.bold);
        const int note_col = col(last) + 1;
        sheet.text(0, note_col, "Note", formats_.bold);

        // The year's headline index (default weights): availability follows it.
        sheet.text(1, 0, "all products");
        sheet.text(1, 1, "index (default weights)");
        for (const auto& step : indexed.default_index) {
            sheet.number(1, col(step.year), step.index, formats_.percent_of(step.index));
            default_index_cell_[step.year] = sheet.ref(1, col(step.year));
        }
        int row = 3;
        for (const auto& product : indexed.products) {
            const Product& p = *product.product;
            const ProductPrice& base = product.base;
            const int index_row = row, tariff_row = row + 1;
            sheet.text(index_row, 0, p.code, formats_.bold);
            sheet.text(index_row, 1, "index");
            sheet.text(tariff_row, 0, p.code);
            sheet.text(tariff_row, 1, "tariff per " + (line_of(p) ? line_of(p)->base_unit : p.unit));
            std::string problem;
            for (const auto& year : product.years) {
                const int c = col(year.year);
                if (!year.index) {
                    sheet.formula(tariff_row, c, base_tariff_cell_.at(&p), year.tariff, formats_.tariff);
                    tariff_cell_[{&p, year.year}] = sheet.ref(tariff_row, c);
                    continue;
                }
                sheet.number(index_row, c, year.index->index, formats_.percent_of(year.index->index));
                std::optional<std::string> formula;
                if (policy.method == IndexMethod::direct) {
                    auto exact = cells_.find(base.tariff_exact);
                    if (exact != cells_.end()) {
                        std::string product_of_factors = exact->second;
                        for (int y = first + 1; y <= year.year; ++y)
                            product_of_factors += "*(1+" + cell_name(index_row, col(y)) + ")";
                        formula = policy_round(Piece{product_of_factors, multiplicative});
                    }
                } else {
                    formula = policy_round(Piece{cell_name(tariff_row, c - 1) + "*(1+" + cell_name(index_row, c) + ")",
                                                 multiplicative});
                }
                if (formula) {
                    sheet.formula(tariff_row, c, *formula, year.tariff, formats_.tariff);
                } else {
                    sheet.exact(tariff_row, c, year.tariff, formats_.tariff);
                    if (problem.empty())
                        problem = round_call("x", "2", policy.round_tariff.mode)
                                      ? "the exact base-year tariff has no cell: value from the engine"
                                      : no_equivalent(policy.round_tariff.mode);
                }
                tariff_cell_[{&p, year.year}] = sheet.ref(tariff_row, c);
            }
            row = tariff_row + 1;
            if (base.price != base.tariff) {
                // The price per the product's own unit (a minute) from the indexed tariff.
                const int price_row = row++;
                sheet.text(price_row, 0, p.code);
                sheet.text(price_row, 1, "price per " + p.unit);
                const bool direct = is_formula(*base.price) && plan_.depends_on(*base.price, base.tariff) &&
                                    std::none_of(plan_.uses(*base.price).begin(), plan_.uses(*base.price).end(),
                                                 [&](const Derivation* used) {
                                                     return used != base.tariff && plan_.depends_on(*used, base.tariff);
                                                 });
                for (const auto& year : product.years) {
                    const int c = col(year.year);
                    if (!year.index) {
                        sheet.formula(price_row, c, price_cell_.at(&p), year.price, formats_.tariff);
                    } else {
                        std::pair<std::string, std::string> formula{"", "the price rule uses the tariff indirectly"};
                        if (direct) formula = formula_of(*base.price, sheet.name(), {{base.tariff, cell_name(tariff_row, c)}});
                        if (formula.second.empty()) {
                            sheet.formula(price_row, c, formula.first, year.price, formats_.tariff);
                        } else {
                            sheet.exact(price_row, c, year.price, formats_.tariff);
                            if (problem.empty()) problem = formula.second;
                        }
                    }
                    unit_price_cell_[{&p, year.year}] = sheet.ref(price_row, c);
                }
            } else {
                for (const auto& year : product.years) unit_price_cell_[{&p, year.year}] = tariff_cell_[{&p, year.year}];
            }
            sheet.text(index_row, note_col, problem, formats_.note);
            ++row;
        }
        std::string how = policy.method == IndexMethod::direct
                              ? "Each year's tariff is the exact base-year tariff times every year's (1 + index), rounded once."
                              : "Each year's tariff is the previous year's tariff times (1 + index), rounded: " +
                                    policy.round_tariff.describe() + ".";
        sheet.text(row, 0, how, formats_.note);
        std::vector<int> widths = {14, 26};
        for (int year = first; year <= last; ++year) widths.push_back(12);
        widths.push_back(40);
        sheet.widths(widths);
    }

    // -- Budgets -----------------------------------------------------------------

    void write_budgets(Sheet& sheet) {
        const Budgets& budgets = *data_.budgets;
        const std::vector<std::string> header = {"Provider", "Lot", "Year", "Line", "Tariff", "Volume", "Amount", "Note"};
        for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats_.bold);
        const int amount_col = 6;
        std::map<int, std::vector<std::string>> provider_totals;  // year → the providers' total cells
        int row = 1;
        for (const auto& budget : budgets.providers) {
            const Provider& provider = *budget.provider;
            std::string previous_availability;
            for (const auto& year : budget.years) {
                const int first_row = row;
                for (const auto& line : year.lines) {
                    sheet.text(row, 0, provider.name);
                    sheet.text(row, 1, provider.lot);
                    sheet.number(row, 2, year.year);
                    sheet.text(row, 3, line.code);
                    const Product* product = data_.model->find_product(line.code);
                    auto cell = unit_price_cell_.find({product, year.year});
                    const IndexedProduct* indexed = data_.indexed ? data_.indexed->find(line.code) : nullptr;
                    const YearTariff* tariff = indexed ? indexed->find(year.year) : nullptr;
                    if (cell != unit_price_cell_.end() && tariff && tariff->price == line.tariff) {
                        sheet.formula(row, 4, cell->second, line.tariff, formats_.tariff);
                    } else {
                        sheet.exact(row, 4, line.tariff, formats_.tariff);
                        sheet.text(row, 7, "tariff from the engine", formats_.note);
                    }
                    sheet.exact(row, 5, line.volume);
                    sheet.formula(row, amount_col, "ROUND(" + cell_name(row, 4) + "*" + cell_name(row, 5) + ",2)",
                                  line.amount, formats_.money);
                    ++row;
                }
                if (provider.availability) {
                    sheet.text(row, 0, provider.name);
                    sheet.text(row, 1, provider.lot);
                    sheet.number(row, 2, year.year);
                    sheet.text(row, 3, "availability");
                    auto index = default_index_cell_.find(year.year);
                    std::optional<std::string> formula;
                    if (!previous_availability.empty() && index != default_index_cell_.end())
                        formula = policy_round(Piece{previous_availability + "*(1+" + index->second + ")", multiplicative});
                    if (formula) {
                        sheet.formula(row, amount_col, *formula, year.availability, formats_.money);
                    } else {
                        sheet.exact(row, amount_col, year.availability, formats_.money);
                        if (!previous_availability.empty())
                            sheet.text(row, 7, no_equivalent(data_.model->indexation.round_tariff.mode), formats_.note);
                    }
                    previous_availability = cell_name(row, amount_col);
                    ++row;
                }
                sheet.text(row, 0, provider.name, formats_.bold);
                sheet.text(row, 1, provider.lot, formats_.bold);
                sheet.number(row, 2, year.year, formats_.bold);
                sheet.text(row, 3, "total", formats_.bold);
                const std::string sum = row > first_row ? "SUM(" + cell_name(first_row, amount_col) + ":" +
                                                              cell_name(row - 1, amount_col) + ")"
                                                        : "0";
                sheet.formula(row, amount_col, sum, year.total, formats_.bold_money);
                provider_totals[year.year].push_back(cell_name(row, amount_col));
                row += 2;
            }
        }
        // All providers against the region's frame.
        const std::vector<std::string> frame_header = {"Year", "All providers", "Frame", "Headroom", "Over the frame"};
        for (std::size_t c = 0; c < frame_header.size(); ++c) sheet.text(row, static_cast<int>(c), frame_header[c], formats_.bold);
        ++row;
        for (const auto& frame : budgets.frames) {
            sheet.number(row, 0, frame.year);
            std::string sum;
            for (const auto& cell : provider_totals[frame.year]) sum += (sum.empty() ? "" : "+") + cell;
            sheet.formula(row, 1, sum.empty() ? "0" : sum, frame.total, formats_.money);
            if (frame.frame) {
                sheet.exact(row, 2, *frame.frame, formats_.money);
                sheet.formula(row, 3, cell_name(row, 2) + "-" + cell_name(row, 1), *frame.headroom, formats_.money);
            }
            if (frame.over()) sheet.text(row, 4, "over the frame", formats_.bold);
            ++row;
        }
        sheet.text(row + 1, 0,
                   "amount = round(tariff × volume, 2); the tariffs come from the Indexed tariffs sheet, and "
                   "availability is indexed like a tariff by the year's index.",
                   formats_.note);
        sheet.widths({30, 14, 8, 14, 12, 14, 16, 40});
    }

    // -- Allocation --------------------------------------------------------------

    void write_allocation(Sheet& sheet) {
        const Allocation& allocation = *data_.allocation;
        const bool insurance = allocation.key == AllocationKey::insurance;
        std::vector<std::string> header = {"Municipality", "Weight", "Exact share"};
        if (insurance) header.insert(header.end(), {"Premium", "Extra cent", "Use", "Under-use", "Refund", "Deficit", "Amount"});
        else header.insert(header.end(), {"Amount", "Extra cent"});
        for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats_.bold);
        const int n = static_cast<int>(allocation.shares.size());
        const int total_row = n + 1, to_allocate_row = n + 3;
        const std::string weights = "SUM(" + absolute_cell(1, 1) + ":" + absolute_cell(n, 1) + ")";
        const int amount_col = insurance ? 9 : 3;
        for (int i = 0; i < n; ++i) {
            const AllocationShare& share = allocation.shares[static_cast<std::size_t>(i)];
            const int row = i + 1;
            sheet.text(row, 0, share.name);
            sheet.exact(row, 1, share.weight);
            sheet.formula(row, 2, absolute_cell(to_allocate_row, 3) + "*" + cell_name(row, 1) + "/" + weights,
                          share.exact);
            if (insurance) {
                sheet.exact(row, 3, share.premium, formats_.money);
                sheet.text(row, 4, share.extra_cent ? "yes" : "");
                sheet.exact(row, 5, share.use, formats_.money);
                sheet.formula(row, 6, "MAX(0," + cell_name(row, 3) + "-" + cell_name(row, 5) + ")", share.under_use,
                              formats_.money);
                sheet.exact(row, 7, share.refund, formats_.money);
                sheet.exact(row, 8, share.deficit, formats_.money);
                sheet.formula(row, 9, cell_name(row, 3) + "-" + cell_name(row, 7) + "+" + cell_name(row, 8),
                              share.amount, formats_.money);
            } else {
                sheet.exact(row, 3, share.amount, formats_.money);
                sheet.text(row, 4, share.extra_cent ? "yes" : "");
            }
        }
        // Totals.
        Number weight_sum, exact_sum, amount_sum, premium_sum, use_sum, under_sum, refund_sum, deficit_sum;
        for (const auto& share : allocation.shares) {
            weight_sum += share.weight, exact_sum += share.exact, amount_sum += share.amount;
            premium_sum += share.premium, use_sum += share.use, under_sum += share.under_use;
            refund_sum += share.refund, deficit_sum += share.deficit;
        }
        auto sum = [&](int col) { return "SUM(" + cell_name(1, col) + ":" + cell_name(n, col) + ")"; };
        sheet.text(total_row, 0, "total", formats_.bold);
        sheet.formula(total_row, 1, sum(1), weight_sum, formats_.bold);
        sheet.formula(total_row, 2, sum(2), exact_sum, formats_.bold);
        if (insurance) {
            const std::vector<std::pair<int, Number>> totals = {{3, premium_sum}, {5, use_sum},    {6, under_sum},
                                                                {7, refund_sum},  {8, deficit_sum}, {9, amount_sum}};
            for (const auto& [col, value] : totals) sheet.formula(total_row, col, sum(col), value, formats_.bold_money);
        } else {
            sheet.formula(total_row, amount_col, sum(amount_col), amount_sum, formats_.bold_money);
        }
        int row = to_allocate_row;
        sheet.text(row, 0, "amount to allocate");
        sheet.exact(row, 3, allocation.total, formats_.money);
        ++row;
        sheet.text(row, 0, "key");
        sheet.text(row, 3, std::string(to_string(allocation.key)));
        ++row;
        sheet.text(row, 0, "year");
        sheet.number(row, 3, allocation.year);
        ++row;
        sheet.text(row, 0, "weights");
        sheet.text(row, 3, allocation.basis);
        ++row;
        if (insurance) {
            const int total_cell_row = to_allocate_row;
            if (allocation.surplus.sign() > 0) {
                sheet.text(row, 0, "surplus (premiums − use)");
                sheet.formula(row, 3, cell_name(total_cell_row, 3) + "-" + cell_name(total_row, 5), allocation.surplus,
                              formats_.money);
                ++row;
                sheet.text(row, 0, "no-claim share");
                sheet.exact(row, 3, data_.model->allocation.no_claim_share, formats_.percent_of(data_.model->allocation.no_claim_share));
                ++row;
                sheet.text(row, 0, "no-claim pool");
                sheet.formula(row, 3, "ROUND(" + cell_name(row - 1, 3) + "*" + cell_name(row - 2, 3) + ",2)",
                              allocation.pool, formats_.money);
                ++row;
            }
            if (allocation.deficit.sign() > 0) {
                sheet.text(row, 0, "deficit (use − premiums)");
                sheet.formula(row, 3, cell_name(total_row, 5) + "-" + cell_name(total_cell_row, 3), allocation.deficit,
                              formats_.money);
                ++row;
            }
        }
        ++row;
        sheet.text(row, 0,
                   insurance ? "Premiums, refunds and deficit parts are whole cents by the largest-remainder method "
                               "(each its exact share rounded down to a cent, the cents left over one each to the "
                               "largest remainders, ties to the one listed first): that step has no simple "
                               "spreadsheet formula, so they are the engine's numbers."
                             : "The amounts are whole cents by the largest-remainder method (each its exact share "
                               "rounded down to a cent, the cents left over one each to the largest remainders, ties "
                               "to the one listed first): that step has no simple spreadsheet formula, so they are "
                               "the engine's numbers.",
                   formats_.note);
        if (insurance) sheet.widths({26, 12, 16, 16, 10, 16, 16, 14, 14, 16});
        else sheet.widths({26, 12, 16, 16, 10});
    }

    const ReportData& data_;
    lxw_workbook* book_;
    Formats formats_;
    Plan plan_;
    std::map<const Derivation*, std::string> cells_;  // where each derivation's value is
    std::vector<InputRow> input_rows_;
    std::vector<BuildUpRow> build_up_rows_;
    std::map<const Product*, std::string> price_cell_, base_tariff_cell_;
    std::map<int, std::string> default_index_cell_;
    std::map<std::pair<const Product*, int>, std::string> tariff_cell_, unit_price_cell_;
};

}  // namespace

void write_xlsx(const ReportData& data, const std::string& path) {
    if (!data.model || !data.cost) throw std::runtime_error("cannot write the workbook " + path + ": no model");
    const NumericLocaleC c_locale;
    Book book(path);
    Writer(data, book.get()).write();
    book.close(path);
}

}  // namespace tariffs
