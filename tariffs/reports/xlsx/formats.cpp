#include "tariffs/reports/xlsx/formats.hpp"

#include "engine/decimal.hpp"

#include <algorithm>
#include <stdexcept>

namespace tariffs::xlsx {

namespace {

using engine::Number;

// `#,##0.00##`: `min` decimals always, up to `max`.
std::string grouped(int min, int max) {
    std::string code = "#,##0";
    if (max > 0) code += "." + std::string(static_cast<std::size_t>(min), '0') + std::string(static_cast<std::size_t>(max - min), '#');
    return code;
}

std::string number_format(const Look& look, bool euro_sign) {
    switch (look.kind) {
        case Look::Kind::general: return "";
        case Look::Kind::number: return grouped(look.min_decimals, look.max_decimals);
        // [$€-413]: the euro sign of the Dutch locale, which also writes `1.234,56`.
        case Look::Kind::money: return (euro_sign ? "[$€-413] " : "") + grouped(look.min_decimals, look.max_decimals);
        case Look::Kind::percent:
            return "0" + (look.max_decimals > 0 ? "." + std::string(static_cast<std::size_t>(look.min_decimals), '0') +
                                                      std::string(static_cast<std::size_t>(look.max_decimals - look.min_decimals), '#')
                                                : std::string()) +
                   "%";
    }
    return "";
}

// The decimals of a value's exact decimal form; more than `cap` where it has none that short.
int decimals_of(const Number& value, int cap) {
    const auto exact = value.to_exact_decimal();
    if (!exact) return cap + 1;
    const auto point = exact->find('.');
    return point == std::string::npos ? 0 : static_cast<int>(exact->size() - point - 1);
}

std::size_t code_points(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

double shown_width(const Look& look, const Number& value, bool euro_sign) {
    const double bold = look.bold ? 1.1 : 1.0;
    if (look.kind == Look::Kind::general) {
        // A spreadsheet shows at most about ten significant digits in General, fewer where the column is narrow.
        const std::string text = engine::display_value(value, 9).text;
        return bold * static_cast<double>(std::min<std::size_t>(text.size(), 11));
    }
    const Number shown = look.kind == Look::Kind::percent ? value * Number(100) : value;
    std::string text = engine::format_decimal(shown, look.max_decimals);
    if (const auto point = text.find('.'); point != std::string::npos) {
        std::size_t keep = text.size();
        while (keep > point + 1 + static_cast<std::size_t>(look.min_decimals) && text[keep - 1] == '0') --keep;
        text.erase(keep);
        if (text.back() == '.') text.pop_back();
    }
    const std::size_t point = std::min(text.find('.'), text.size());
    const std::size_t digits = point - (text[0] == '-' ? 1 : 0);
    double width = static_cast<double>(text.size());
    if (look.kind != Look::Kind::percent) width += static_cast<double>((digits - 1) / 3);  // thousands separators
    if (look.kind == Look::Kind::percent) width += 1;
    if (look.kind == Look::Kind::money && euro_sign) width += 2;  // `€ `
    return bold * width;
}

double shown_width(const Look& look, const std::string& text) {
    return (look.bold ? 1.1 : 1.0) * static_cast<double>(code_points(text));
}

Formats::Formats(lxw_workbook* book, bool euro_sign) : book_(book), euro_sign_(euro_sign) {
    const auto money_look = [](bool bold) {
        Look look{Look::Kind::money, 2, 2};
        look.bold = bold;
        return look;
    };
    bold = get(Look{Look::Kind::general, 0, 0, true});
    money = get(money_look(false));
    bold_money = get(money_look(true));
    tariff = money_places(2, 6);
    Look italic;
    italic.italic = true;
    note = get(italic);
    Look cent{Look::Kind::number, 2, 2};
    cent.fill = 0xE7E6E6;
    engine_cent = get(cent);
    Look given;
    given.fill = input_fill;
    input = get(given);
    input_money = money_places(2, 2, true);
    Look index{Look::Kind::percent, 2, 4, true};
    bold_percent = get(index);
    Look red;
    red.bold = true;
    red.font = 0x9C0006;
    red.fill = 0xFFC7CE;
    alarm = get(red);
}

lxw_format* Formats::get(const Look& look) {
    auto& format = made_[look];
    if (format) return format;
    format = workbook_add_format(book_);
    if (!format) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
    const std::string code = number_format(look, euro_sign_);
    if (!code.empty()) format_set_num_format(format, code.c_str());
    if (look.bold) format_set_bold(format);
    if (look.italic) format_set_italic(format);
    if (look.wrap) {
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    }
    if (look.fill) format_set_bg_color(format, look.fill);
    if (look.font) format_set_font_color(format, look.font);
    looks_[format] = look;
    return format;
}

Look Formats::look_of(const lxw_format* format) const {
    const auto it = looks_.find(format);
    return it == looks_.end() ? Look{} : it->second;
}

lxw_format* Formats::wrapped(const lxw_format* format) {
    Look look = look_of(format);
    look.wrap = true;
    return get(look);
}

lxw_format* Formats::carried_look(const lxw_format* format) {
    Look look = look_of(format);
    look.italic = true;
    look.fill = carried_fill;
    return get(look);
}

bool Formats::is_input(const lxw_format* format) const { return format && look_of(format).fill == input_fill; }

lxw_format* Formats::not_input(const lxw_format* format) {
    Look look = look_of(format);
    look.fill = 0;
    return get(look);
}

lxw_format* Formats::percent(int decimals, bool input) {
    decimals = std::clamp(decimals, 2, 10);
    Look look{Look::Kind::percent, decimals, decimals};
    if (input) look.fill = input_fill;
    return get(look);
}

lxw_format* Formats::percent_of(const Number& fraction, bool input) {
    const engine::DisplayedValue shown = engine::display_value(fraction * Number(100), 6);
    const auto point = shown.text.find('.');
    return percent(point == std::string::npos ? 2 : static_cast<int>(shown.text.size() - point - 1), input);
}

lxw_format* Formats::number(int min, int max, bool input) {
    Look look{Look::Kind::number, min, std::max(min, max)};
    if (input) look.fill = input_fill;
    return get(look);
}

lxw_format* Formats::number_of(const Number& value, bool input) {
    const int decimals = std::min(decimals_of(value, 6), 6);
    return number(decimals, decimals, input);
}

lxw_format* Formats::money_places(int min, int max, bool input) {
    Look look{Look::Kind::money, min, std::max(min, max)};
    if (input) look.fill = input_fill;
    return get(look);
}

lxw_format* Formats::money_of(const Number& value, bool input) {
    const int decimals = std::clamp(decimals_of(value, 6), 2, 6);
    return money_places(decimals, decimals, input);
}

}  // namespace tariffs::xlsx
