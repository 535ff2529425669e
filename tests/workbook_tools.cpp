#include "workbook_tools.hpp"

#include <sys/wait.h>

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

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

void export_csv(const std::string& out, const std::vector<std::string>& books, bool cached) {
    std::string command =
        "sh " + shell_quote(source_dir() + "/tests/recalc_xlsx.sh") + (cached ? " --cached " : " ") + shell_quote(out);
    for (const auto& book : books) command += " " + shell_quote(book);
    command += " >" + shell_quote(out + ".log") + " 2>&1";
    const int status = std::system(command.c_str());
    INFO(command);
    const std::string log = std::filesystem::exists(out + ".log") ? read_text(out + ".log") : std::string();
    INFO(log);
    REQUIRE(status == 0);
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
