#include "workbook_xml.hpp"

#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include <cctype>
#include <cstdlib>
#include <regex>
#include <stdexcept>

namespace test {

namespace {

// One part of the zip as text; empty when it is not there.
std::string part(const std::string& book, const std::string& name, const std::string& dir) {
    const std::string out = dir + "/part.xml";
    const std::string command = "unzip -p " + shell_quote(book) + " " + shell_quote(name) + " >" + shell_quote(out) +
                                " 2>/dev/null";
    if (std::system(command.c_str()) != 0) return "";
    return read_text(out);
}

std::string unescape(std::string text) {
    const std::vector<std::pair<std::string, std::string>> entities{
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, plain] : entities)
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + plain.size()))
            text.replace(at, entity.size(), plain);
    return text;
}

std::string attribute(const std::string& element, const std::string& name) {
    const std::regex pattern("\\b" + name + "=\"([^\"]*)\"");
    std::smatch match;
    return std::regex_search(element, match, pattern) ? unescape(match[1].str()) : "";
}

std::vector<std::string> shared_strings(const std::string& xml) {
    std::vector<std::string> strings;
    static const std::regex si("<si>([\\s\\S]*?)</si>");
    static const std::regex t("<t[^>]*>([\\s\\S]*?)</t>");
    for (std::sregex_iterator it(xml.begin(), xml.end(), si), end; it != end; ++it) {
        const std::string item = (*it)[1].str();
        std::string text;
        for (std::sregex_iterator part(item.begin(), item.end(), t); part != end; ++part) text += (*part)[1].str();
        strings.push_back(unescape(text));
    }
    return strings;
}

std::vector<XlsxStyle> styles_of(const std::string& xml) {
    std::map<int, std::string> formats;
    static const std::regex numfmt("<numFmt numFmtId=\"(\\d+)\" formatCode=\"([^\"]*)\"");
    for (std::sregex_iterator it(xml.begin(), xml.end(), numfmt), end; it != end; ++it)
        formats[std::stoi((*it)[1].str())] = unescape((*it)[2].str());
    const auto section = [&](const std::string& name) {
        const auto from = xml.find("<" + name);
        const auto to = xml.find("</" + name + ">");
        return from == std::string::npos || to == std::string::npos ? std::string() : xml.substr(from, to - from);
    };
    std::vector<std::string> fills, fonts;
    const std::string fill_xml = section("fills"), font_xml = section("fonts");
    static const std::regex fill("<fill>([\\s\\S]*?)</fill>");
    for (std::sregex_iterator it(fill_xml.begin(), fill_xml.end(), fill), end; it != end; ++it) {
        const std::string body = (*it)[1].str();
        const auto fg = body.find("<fgColor");
        fills.push_back(fg == std::string::npos ? "" : attribute(body.substr(fg), "rgb"));
    }
    static const std::regex font("<font>([\\s\\S]*?)</font>");
    for (std::sregex_iterator it(font_xml.begin(), font_xml.end(), font), end; it != end; ++it)
        fonts.push_back((*it)[1].str());
    std::vector<XlsxStyle> styles;
    const std::string xfs = section("cellXfs");
    static const std::regex xf("<xf ([^>]*?)(/>|>([\\s\\S]*?)</xf>)");
    for (std::sregex_iterator it(xfs.begin(), xfs.end(), xf), end; it != end; ++it) {
        const std::string attributes = (*it)[1].str(), body = (*it)[3].str();
        XlsxStyle style;
        const int number = std::stoi(attribute(attributes, "numFmtId"));
        if (formats.count(number)) style.number_format = formats[number];
        else if (number == 10) style.number_format = "0.00%";
        else if (number == 4) style.number_format = "#,##0.00";
        const std::size_t fill_id = static_cast<std::size_t>(std::stoi(attribute(attributes, "fillId")));
        if (fill_id < fills.size()) style.fill = fills[fill_id];
        const std::size_t font_id = static_cast<std::size_t>(std::stoi(attribute(attributes, "fontId")));
        if (font_id < fonts.size()) style.bold = fonts[font_id].find("<b/>") != std::string::npos;
        style.wrap = body.find("wrapText=\"1\"") != std::string::npos;
        styles.push_back(style);
    }
    return styles;
}

XlsxSheet sheet_of(const std::string& name, const std::string& xml, const std::vector<std::string>& strings) {
    XlsxSheet sheet;
    sheet.name = name;
    static const std::regex col("<col ([^>]*)/>");
    for (std::sregex_iterator it(xml.begin(), xml.end(), col), end; it != end; ++it) {
        const std::string element = (*it)[1].str();
        const int min = std::stoi(attribute(element, "min")), max = std::stoi(attribute(element, "max"));
        for (int c = min; c <= max; ++c) sheet.widths[c - 1] = std::stod(attribute(element, "width"));
    }
    static const std::regex row("<row ([^>]*)>");
    for (std::sregex_iterator it(xml.begin(), xml.end(), row), end; it != end; ++it) {
        const std::string element = (*it)[1].str();
        if (attribute(element, "customHeight") == "1") sheet.rows_with_height.insert(std::stoi(attribute(element, "r")) - 1);
    }
    static const std::regex cell("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(/>|>([\\s\\S]*?)</c>)");
    static const std::regex value("<v>([\\s\\S]*?)</v>");
    static const std::regex formula("<f>([\\s\\S]*?)</f>");
    for (std::sregex_iterator it(xml.begin(), xml.end(), cell), end; it != end; ++it) {
        XlsxCell c;
        const std::string attributes = (*it)[2].str(), body = (*it)[4].str();
        c.type = attribute(attributes, "t");
        const std::string style = attribute(attributes, "s");
        c.style = style.empty() ? 0 : std::stoi(style);
        std::smatch match;
        if (std::regex_search(body, match, value)) c.value = unescape(match[1].str());
        if (std::regex_search(body, match, formula)) c.formula = unescape(match[1].str());
        if (c.type == "s" && !c.value.empty()) c.value = strings.at(static_cast<std::size_t>(std::stoi(c.value)));
        sheet.cells[parse_cell((*it)[1].str())] = c;
    }
    static const std::regex merge("<mergeCell ref=\"([A-Z]+[0-9]+):([A-Z]+[0-9]+)\"");
    for (std::sregex_iterator it(xml.begin(), xml.end(), merge), end; it != end; ++it) {
        const auto [r1, c1] = parse_cell((*it)[1].str());
        const auto [r2, c2] = parse_cell((*it)[2].str());
        sheet.merged.push_back({r1, c1, r2, c2});
    }
    static const std::regex setup("<pageSetup ([^>]*)/>");
    std::smatch match;
    if (std::regex_search(xml, match, setup)) {
        static const std::regex pair("(\\w+)=\"([^\"]*)\"");
        const std::string attributes = match[1].str();
        for (std::sregex_iterator it(attributes.begin(), attributes.end(), pair), end; it != end; ++it)
            sheet.page_setup[(*it)[1].str()] = (*it)[2].str();
    }
    sheet.fit_to_page = xml.find("<pageSetUpPr fitToPage=\"1\"") != std::string::npos;
    return sheet;
}

}  // namespace

const XlsxCell* XlsxSheet::cell(int row, int col) const {
    const auto it = cells.find({row, col});
    return it == cells.end() ? nullptr : &it->second;
}

double XlsxSheet::width(int col) const {
    const auto it = widths.find(col);
    return it == widths.end() ? 8.43 : it->second;
}

bool XlsxSheet::in_merged(int row, int col) const {
    for (const auto& [r1, c1, r2, c2] : merged)
        if (row >= r1 && row <= r2 && col >= c1 && col <= c2) return true;
    return false;
}

const XlsxSheet& Xlsx::sheet(const std::string& name) const {
    for (const auto& sheet : sheets)
        if (sheet.name == name) return sheet;
    throw std::runtime_error("no sheet `" + name + "`");
}

std::optional<Xlsx> read_xlsx(const std::string& book, const std::string& dir) {
    if (!has_command("unzip")) return std::nullopt;
    Xlsx xlsx;
    const std::string workbook = part(book, "xl/workbook.xml", dir);
    if (workbook.empty()) throw std::runtime_error("cannot read " + book);
    const std::vector<std::string> strings = shared_strings(part(book, "xl/sharedStrings.xml", dir));
    xlsx.styles = styles_of(part(book, "xl/styles.xml", dir));
    static const std::regex sheet("<sheet name=\"([^\"]*)\"");
    int number = 0;
    for (std::sregex_iterator it(workbook.begin(), workbook.end(), sheet), end; it != end; ++it) {
        const std::string name = unescape((*it)[1].str());
        xlsx.sheets.push_back(
            sheet_of(name, part(book, "xl/worksheets/sheet" + std::to_string(++number) + ".xml", dir), strings));
    }
    static const std::regex defined("<definedName name=\"([^\"]*)\"( localSheetId=\"(\\d+)\")?[^>]*>([^<]*)</definedName>");
    for (std::sregex_iterator it(workbook.begin(), workbook.end(), defined), end; it != end; ++it) {
        const std::string name = (*it)[1].str(), target = unescape((*it)[4].str());
        if (name == "_xlnm.Print_Area" && (*it)[3].matched)
            xlsx.sheets.at(static_cast<std::size_t>(std::stoi((*it)[3].str()))).print_area = target;
        else
            xlsx.defined_names[name] = target;
    }
    return xlsx;
}

std::pair<int, int> parse_cell(const std::string& name) {
    int col = 0, row = 0;
    for (char c : name) {
        if (c == '$') continue;
        if (c >= 'A' && c <= 'Z') col = col * 26 + (c - 'A' + 1);
        else row = row * 10 + (c - '0');
    }
    return {row - 1, col - 1};
}

std::vector<std::pair<std::string, std::pair<int, int>>> formula_references(const std::string& formula,
                                                                          const std::string& on) {
    std::vector<std::pair<std::string, std::pair<int, int>>> references;
    // An optional sheet ('quoted' or plain), a cell, and optionally `:` and a second cell.
    static const std::regex reference(
        "(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?(\\$?[A-Z]{1,3}\\$?[0-9]+)(?::(\\$?[A-Z]{1,3}\\$?[0-9]+))?");
    // Text in double quotes holds no references.
    std::string bare = formula;
    for (std::size_t i = 0; i < bare.size(); ++i)
        if (bare[i] == '"') {
            const auto close = bare.find('"', i + 1);
            for (std::size_t j = i; j <= close && j < bare.size(); ++j) bare[j] = ' ';
            i = close;
        }
    for (std::sregex_iterator it(bare.begin(), bare.end(), reference), end; it != end; ++it) {
        const std::smatch& match = *it;
        // A name such as ROUND2 or a function is no cell: it is followed by `(`, or preceded by a letter.
        const auto at = static_cast<std::size_t>(match.position(0));
        if (at > 0 && (std::isalnum(static_cast<unsigned char>(bare[at - 1])) || bare[at - 1] == '_')) continue;
        const auto after = at + static_cast<std::size_t>(match.length(0));
        if (after < bare.size() && bare[after] == '(') continue;
        std::string sheet = on;
        if (match[1].matched) {
            sheet = match[1].str();
            for (auto q = sheet.find("''"); q != std::string::npos; q = sheet.find("''", q + 1)) sheet.erase(q, 1);
        } else if (match[2].matched) {
            sheet = match[2].str();
        }
        const auto first = parse_cell(match[3].str());
        const auto last = match[4].matched ? parse_cell(match[4].str()) : first;
        for (int r = first.first; r <= last.first; ++r)
            for (int c = first.second; c <= last.second; ++c) references.push_back({sheet, {r, c}});
    }
    return references;
}

std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

}  // namespace test
