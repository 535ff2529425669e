#include "workbook_tools.hpp"

#include <sys/wait.h>

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace test {

using engine::Number;

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

bool has_command(const std::string& name) {
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

bool has_libreoffice() { return has_command("soffice") || has_command("libreoffice"); }

std::optional<std::string> sheet_xml(const std::string& book, int sheet, const std::string& dir) {
    if (!has_command("unzip")) return std::nullopt;
    const std::string out = dir + "/sheet" + std::to_string(sheet) + ".xml";
    const std::string command = "unzip -p " + shell_quote(book) + " xl/worksheets/sheet" + std::to_string(sheet) +
                                ".xml >" + shell_quote(out) + " 2>/dev/null";
    if (std::system(command.c_str()) != 0) return std::nullopt;
    return read_text(out);
}

std::optional<std::string> workbook_text(const std::string& book, const std::string& dir) {
    if (!has_command("unzip")) return std::nullopt;
    const std::string out = dir + "/text.xml";
    const std::string command = "unzip -p " + shell_quote(book) +
                                " xl/workbook.xml xl/sharedStrings.xml 'xl/comments*.xml' >" + shell_quote(out) +
                                " 2>/dev/null";
    const int status = std::system(command.c_str());
    // 11: a name matched no file (a workbook without comments).
    if (!WIFEXITED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 11))
        throw std::runtime_error("cannot read the workbook " + book + ": " + command);
    return read_text(out);
}

void export_csv(const std::string& out, const std::vector<std::string>& books, bool cached, bool shown) {
    std::string command = "sh " + shell_quote(source_dir() + "/tests/recalc_xlsx.sh") + (cached ? " --cached" : "") +
                          (shown ? " --shown " : " ") + shell_quote(out);
    for (const auto& book : books) command += " " + shell_quote(book);
    command += " >" + shell_quote(out + ".log") + " 2>&1";
    const int status = std::system(command.c_str());
    INFO(command);
    const std::string log = std::filesystem::exists(out + ".log") ? read_text(out + ".log") : std::string();
    INFO(log);
    REQUIRE(status == 0);
}

void export_pdf(const std::string& out, const std::vector<std::string>& books) {
    std::string command = "sh " + shell_quote(source_dir() + "/tests/recalc_xlsx.sh") + " --pdf " + shell_quote(out);
    for (const auto& book : books) command += " " + shell_quote(book);
    command += " >" + shell_quote(out + ".log") + " 2>&1";
    const int status = std::system(command.c_str());
    INFO(command);
    const std::string log = std::filesystem::exists(out + ".log") ? read_text(out + ".log") : std::string();
    INFO(log);
    REQUIRE(status == 0);
}

int pdf_pages(const std::string& pdf) {
    // Each page is an object `/Type /Page` (the page tree is `/Type /Pages`).
    const std::string bytes = read_text(pdf);
    int pages = 0;
    for (std::size_t at = bytes.find("/Type"); at != std::string::npos; at = bytes.find("/Type", at + 5)) {
        std::size_t i = at + 5;
        while (i < bytes.size() && bytes[i] == ' ') ++i;
        if (bytes.compare(i, 5, "/Page") == 0 && (i + 5 >= bytes.size() || !std::isalpha(static_cast<unsigned char>(bytes[i + 5]))))
            ++pages;
    }
    return pages;
}

void edit_cell(const std::string& book, int number, const std::string& cell, const std::string& value,
               const std::string& dir) {
    const std::string entry = "xl/worksheets/sheet" + std::to_string(number) + ".xml";
    const std::string work = dir + "/edit";
    std::filesystem::create_directories(work + "/xl/worksheets");
    REQUIRE(std::system(("unzip -p " + shell_quote(book) + " " + entry + " >" + shell_quote(work + "/" + entry)).c_str()) ==
            0);
    std::string xml = read_text(work + "/" + entry);
    const std::string open = "<c r=\"" + cell + "\"";
    const auto start = xml.find(open);
    REQUIRE(start != std::string::npos);
    const auto tag_end = xml.find('>', start);
    // A blank cell is `<c r="C5" s="3"/>`; a value `<c r="C5" s="3"><v>…</v></c>`.
    const bool empty = xml[tag_end - 1] == '/';
    const auto end = empty ? tag_end + 1 : xml.find("</c>", start) + 4;
    REQUIRE(end != std::string::npos + 4);
    std::string tag = xml.substr(start, (empty ? tag_end - 1 : tag_end) - start);  // `<c r="C5" s="3"`
    const auto type = tag.find(" t=\"");
    if (type != std::string::npos) tag.erase(type, tag.find('"', type + 4) + 1 - type);
    xml.replace(start, end - start, tag + "><v>" + value + "</v></c>");
    std::ofstream(work + "/" + entry, std::ios::binary | std::ios::trunc) << xml;
    REQUIRE(std::system(("cd " + shell_quote(work) + " && zip -q " + shell_quote(book) + " " + entry).c_str()) == 0);
}

Rows parse_csv(const std::string& text) {
    Rows rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.empty() || !row.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<Number> cell_number(std::string text) {
    int exponent = 0;
    const auto e = text.find_first_of("eE");
    if (e != std::string::npos && text.back() != '%') {
        const std::string power = text.substr(e + 1);
        if (power.empty() || power.find_first_not_of("+-0123456789") != std::string::npos) return std::nullopt;
        exponent = std::stoi(power);
        text.erase(e);
    }
    auto value = Number::parse(text);
    if (!value) return std::nullopt;
    for (int i = 0; i < std::abs(exponent); ++i) value = exponent > 0 ? *value * Number(10) : *value / Number(10);
    return value;
}

}  // namespace test
