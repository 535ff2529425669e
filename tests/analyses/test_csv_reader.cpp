// Reading providers' CSV files (tariffs/csv_reader.hpp): both dialects detected
// per file, quoting, line numbers, problems per line, and amounts read exactly.
#include "engine/diagnostic.hpp"
#include "tariffs/checks/csv_reader.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using engine::InputError;
using tariffs::CsvDialect;
using tariffs::CsvTable;
using tariffs::parse_csv;
using tariffs::parse_csv_number;

using test::exact;

namespace {

using Fields = std::vector<std::string>;

// Every problem as `file:line:column: message`, in order.
std::vector<std::string> problems(const CsvTable& table) {
    std::vector<std::string> out;
    for (const auto& problem : table.problems.items())
        out.push_back(problem.pos.to_string() + ": " + problem.message.english());
    return out;
}

// What parse_csv refuses `text` with: the one problem, located.
std::string refusal(const std::string& text) {
    try {
        parse_csv(text, "bids.csv");
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        const auto& problem = e.diagnostics().items().front();
        return problem.pos.to_string() + ": " + problem.message.english();
    }
    FAIL("parse_csv accepted the text");
    return {};
}

// The number `text` reads as, as exact decimal text, or `none`.
std::string number(const std::string& text, char separator, char decimal_mark) {
    CsvDialect dialect;
    dialect.separator = separator;
    dialect.decimal_mark = decimal_mark;
    const auto value = parse_csv_number(text, dialect);
    return value ? exact(*value) : "none";
}

std::string comma_number(const std::string& text) { return number(text, ';', ','); }
std::string point_number(const std::string& text) { return number(text, ',', '.'); }

}  // namespace

TEST_CASE("csv a Dutch export is semicolon separated with a decimal comma", "[csv]") {
    const auto table = parse_csv("Aanbieder;Productcode;Tarief;Eenheid\n"
                                 "Jansen Zorg;45A48;82,92;uur\n"
                                 "De Linde;45A49;1.234,56;etmaal\n",
                                 "bids.csv");
    CHECK(table.file == "bids.csv");
    CHECK(table.dialect.separator == ';');
    CHECK(table.dialect.decimal_mark == ',');
    CHECK_FALSE(table.dialect.byte_order_mark);
    CHECK(table.dialect.describe().english() == "semicolon-separated, decimal comma");
    CHECK(table.header == Fields{"Aanbieder", "Productcode", "Tarief", "Eenheid"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[0].fields == Fields{"Jansen Zorg", "45A48", "82,92", "uur"});
    CHECK(table.rows[1].line == 3);
    CHECK(table.problems.empty());
    CHECK(exact(*parse_csv_number(table.rows[0].fields[2], table.dialect)) == "82.92");
    CHECK(exact(*parse_csv_number(table.rows[1].fields[2], table.dialect)) == "1234.56");
}

TEST_CASE("csv an English export is comma separated with a decimal point", "[csv]") {
    const auto table = parse_csv("provider,product,year,tariff\n"
                                 "Jansen Zorg,45A48,2025,82.92\n",
                                 "bids.csv");
    CHECK(table.dialect.separator == ',');
    CHECK(table.dialect.decimal_mark == '.');
    CHECK(table.dialect.describe().english() == "comma-separated, decimal point");
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].fields == Fields{"Jansen Zorg", "45A48", "2025", "82.92"});
    CHECK(exact(*parse_csv_number(table.rows[0].fields[3], table.dialect)) == "82.92");
}

TEST_CASE("csv a semicolon file may write decimal points", "[csv]") {
    const auto table = parse_csv("provider;product;tariff\n"
                                 "A;P1;82.92\n"
                                 "B;P2;1878\n"
                                 "C;P3;1,234.50\n",
                                 "bids.csv");
    CHECK(table.dialect.separator == ';');
    CHECK(table.dialect.decimal_mark == '.');
    CHECK(table.dialect.describe().english() == "semicolon-separated, decimal point");
    REQUIRE(table.rows.size() == 3);
    CHECK(exact(*parse_csv_number(table.rows[0].fields[2], table.dialect)) == "82.92");
    CHECK(exact(*parse_csv_number(table.rows[2].fields[2], table.dialect)) == "1234.5");
}

TEST_CASE("csv a semicolon file with only whole amounts keeps the decimal comma", "[csv]") {
    const auto table = parse_csv("provider;tariff\nA;1878\nB;1.234\n", "bids.csv");
    CHECK(table.dialect.decimal_mark == ',');
    CHECK(exact(*parse_csv_number(table.rows[1].fields[1], table.dialect)) == "1234");
}

TEST_CASE("csv a byte-order mark is noted and stripped", "[csv]") {
    const auto table = parse_csv("\xEF\xBB\xBFprovider;tariff\nA;82,92\n", "bids.csv");
    CHECK(table.dialect.byte_order_mark);
    CHECK(table.dialect.describe().english() == "semicolon-separated, decimal comma, with a byte-order mark");
    CHECK(table.header == Fields{"provider", "tariff"});
    CHECK(table.column({"provider"}) == 0u);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].line == 2);
}

TEST_CASE("csv quoted fields hold separators, quotes written twice and newlines", "[csv]") {
    const auto table = parse_csv("provider;note;tariff\n"
                                 "\"Jansen; Zorg\";\"the \"\"basic\"\" rate\";\"82,92\"\n"
                                 "\"De Linde\";\"first line\nsecond line\";90,00\n"
                                 "Zorgkracht;plain;75,10\n",
                                 "bids.csv");
    CHECK(table.dialect.separator == ';');
    CHECK(table.dialect.decimal_mark == ',');
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].fields == Fields{"Jansen; Zorg", "the \"basic\" rate", "82,92"});
    CHECK(table.rows[1].line == 3);
    CHECK(table.rows[1].fields == Fields{"De Linde", "first line\nsecond line", "90,00"});
    CHECK(table.rows[2].line == 5);  // the quoted newline counts as a line
    CHECK(table.rows[2].fields == Fields{"Zorgkracht", "plain", "75,10"});
    CHECK(table.problems.empty());
}

TEST_CASE("csv a comma file quotes fields with commas and semicolons", "[csv]") {
    const auto table = parse_csv("provider,note,tariff\n"
                                 "\"Jansen, Zorg\",\"a; b\",82.92\n",
                                 "bids.csv");
    CHECK(table.dialect.separator == ',');
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].fields == Fields{"Jansen, Zorg", "a; b", "82.92"});
}

TEST_CASE("csv spaces around unquoted fields are trimmed, inside quotes kept", "[csv]") {
    const auto table = parse_csv(" provider ; tariff \n  A  ;  82,92 \n B ; \" 5 \" \n", "bids.csv");
    CHECK(table.header == Fields{"provider", "tariff"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].fields == Fields{"A", "82,92"});
    CHECK(table.rows[1].fields == Fields{"B", " 5 "});
}

TEST_CASE("csv CRLF line ends and empty lines", "[csv]") {
    const auto table = parse_csv("\r\nprovider;tariff\r\n\r\nA;82,92\r\n;;\r\n  \r\n;\r\nB;\"x\r\ny\"\r\nC;1,5",
                                 "bids.csv");
    CHECK(table.header == Fields{"provider", "tariff"});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].line == 4);
    CHECK(table.rows[0].fields == Fields{"A", "82,92"});
    CHECK(table.rows[1].line == 8);
    CHECK(table.rows[1].fields == Fields{"B", "x\ny"});
    CHECK(table.rows[2].line == 10);
    CHECK(table.rows[2].fields == Fields{"C", "1,5"});
    // `;;` is a line of only separators: skipped, not a line with 3 fields
    CHECK(table.problems.empty());
}

TEST_CASE("csv a line with the wrong number of fields is reported, the others read", "[csv]") {
    const auto table = parse_csv("provider;product;year;tariff\n"
                                 "A;P1;2025;82,92\n"
                                 "B;P2\n"
                                 "C;P3;2025;90,00;extra\n"
                                 "D;P4;2025;75,10\n",
                                 "bids.csv");
    CHECK(problems(table) == std::vector<std::string>{
                                 "bids.csv:3:1: line 3 has 2 fields, the header has 4",
                                 "bids.csv:4:1: line 4 has 5 fields, the header has 4",
                             });
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[1].line == 5);
    CHECK(table.rows[1].fields == Fields{"D", "P4", "2025", "75,10"});
}

TEST_CASE("csv a row with a quoted newline is reported at the line it starts", "[csv]") {
    const auto table = parse_csv("provider;note;tariff\n"
                                 "A;\"two\nlines\"\n"
                                 "B;ok;1,00\n",
                                 "bids.csv");
    CHECK(problems(table) == std::vector<std::string>{"bids.csv:2:1: line 2 has 2 fields, the header has 3"});
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].line == 4);
}

TEST_CASE("csv an unterminated quote is reported and the next lines still read", "[csv]") {
    const auto table = parse_csv("provider;tariff\n"
                                 "A;82,92\n"
                                 "\"B;90,00\n"
                                 "C;75,10\n",
                                 "bids.csv");
    CHECK(problems(table) ==
          std::vector<std::string>{"bids.csv:3:1: line 3 has a quoted field that is never closed"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].fields == Fields{"A", "82,92"});
    CHECK(table.rows[1].line == 4);
    CHECK(table.rows[1].fields == Fields{"C", "75,10"});
}

TEST_CASE("csv an unterminated quote after a quoted newline names both lines", "[csv]") {
    const auto table = parse_csv("provider;note;tariff\n"
                                 "A;\"one\ntwo\";\"open\n"
                                 "C;ok;75,10\n",
                                 "bids.csv");
    CHECK(problems(table) == std::vector<std::string>{
                                 "bids.csv:3:6: line 2 has a quoted field that is never closed "
                                 "(the quote opens on line 3)"});
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].line == 4);
}

TEST_CASE("csv an unterminated quote early in a long file leaves the rest readable", "[csv]") {
    std::string text = "provider;tariff\n\"A;1,00\n";
    for (int i = 0; i < 20000; ++i) text += "B;2,00\n";
    const auto table = parse_csv(text, "bids.csv");
    CHECK(problems(table) ==
          std::vector<std::string>{"bids.csv:2:1: line 2 has a quoted field that is never closed"});
    REQUIRE(table.rows.size() == 20000);
    CHECK(table.rows.back().line == 20002);
}

TEST_CASE("csv a quoted field may run over lines when it closes at the end of a field", "[csv]") {
    const auto table = parse_csv("provider;note;tariff\nA;\"first\nsecond\";1,00\n", "bids.csv");
    CHECK(table.problems.empty());
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].fields == Fields{"A", "first\nsecond", "1,00"});
}

TEST_CASE("csv a quote left open mid-file is reported where it opens, not as a field count", "[csv]") {
    // The quote of line 3 would close at the quote that opens `"P4"` on line 5, with text after it:
    // no field ends there, so the quote of line 3 is never closed; lines 4 and 5 are read.
    const auto table = parse_csv("provider;product;year;tariff\n"
                                 "A;P1;2025;82,92\n"
                                 "B;P2;2025;\"90,00\n"
                                 "C;P3;2025;75,10\n"
                                 "D;\"P4\";2025;70,00\n",
                                 "bids.csv");
    CHECK(problems(table) == std::vector<std::string>{"bids.csv:3:11: line 3 has a quoted field that is never closed"});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[1].line == 4);
    CHECK(table.rows[2].fields == Fields{"D", "P4", "2025", "70,00"});
    // The same at the start of a line: `"A;1,00` then `"B";2,00` (this read as one field `A;1,00\nB"` before)
    const auto start = parse_csv("provider;tariff\n\"A;1,00\n\"B\";2,00\n", "bids.csv");
    CHECK(problems(start) == std::vector<std::string>{"bids.csv:2:1: line 2 has a quoted field that is never closed"});
    REQUIRE(start.rows.size() == 1);
    CHECK(start.rows[0].fields == Fields{"B", "2,00"});
}

TEST_CASE("csv an open quote's column counts characters, not bytes", "[csv]") {
    const auto table = parse_csv("provider;tariff\nZorg \xC3\xA9\xC3\xA9n;\"1,00\nB;2,00\n", "bids.csv");
    CHECK(problems(table) == std::vector<std::string>{"bids.csv:2:10: line 2 has a quoted field that is never closed"});
}

TEST_CASE("csv an empty field in quotes is empty", "[csv]") {
    const auto table = parse_csv("provider,note,tariff\nA,\"\",82.92\n\"\",\"\",\"\"\n", "bids.csv");
    CHECK(table.problems.empty());
    REQUIRE(table.rows.size() == 1);  // the all-empty row is skipped
    CHECK(table.rows[0].fields == Fields{"A", "", "82.92"});
}

TEST_CASE("csv a quote inside an unquoted field is text", "[csv]") {
    const auto table = parse_csv("product;size\nscreen;5\" wide\n", "bids.csv");
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].fields == Fields{"screen", "5\" wide"});
    CHECK(table.problems.empty());
}

TEST_CASE("csv an empty file is refused", "[csv]") {
    CHECK(refusal("") == "bids.csv:1:1: the file is empty");
    CHECK(refusal("\xEF\xBB\xBF") == "bids.csv:1:1: the file is empty");
    CHECK(refusal("\n\r\n  \n;;\n") == "bids.csv:1:1: the file is empty");
}

TEST_CASE("csv a header with an unterminated quote is refused", "[csv]") {
    CHECK(refusal("\n\"provider;tariff\nA;1\n") ==
          "bids.csv:2:1: the header (line 2) has a quoted field that is never closed");
}

TEST_CASE("csv a header with no lines below it is refused: there is nothing to check", "[csv]") {
    CHECK(refusal("aanbieder;product;tarief\n") == "bids.csv:1:1: the file has a header but no lines: there is nothing to check");
    CHECK(refusal("aanbieder;product;tarief\n\n\n") ==
          "bids.csv:1:1: the file has a header but no lines: there is nothing to check");
}

TEST_CASE("csv a workbook or UTF-16 text is refused with advice", "[csv]") {
    CHECK(refusal(std::string("PK\x03\x04rest", 8)) ==
          "bids.csv:1:1: this is a spreadsheet workbook (.xlsx), not a CSV file; save it as CSV");
    CHECK(refusal(std::string("\xFF\xFEp\0", 4)) == "bids.csv:1:1: the file is UTF-16 text; save it as CSV UTF-8");
}

TEST_CASE("csv column matching ignores case, spaces, underscores and dashes", "[csv]") {
    const auto table = parse_csv("Aanbieder;Product code;Tarief_2025;unit-name\nA;B;1;uur\n", "bids.csv");
    CHECK(table.column({"productcode"}) == 1u);
    CHECK(table.column({"PRODUCTCODE"}) == 1u);
    CHECK(table.column({"product_code"}) == 1u);
    CHECK(table.column({"Product-Code"}) == 1u);
    CHECK(table.column({"provider", "aanbieder"}) == 0u);
    CHECK(table.column({"tarief 2025"}) == 2u);
    CHECK(table.column({"unit name"}) == 3u);
    CHECK(table.column({"price"}) == std::nullopt);
    CHECK(table.column({}) == std::nullopt);
    // the header that matches the earliest name wins, wherever it stands
    CHECK(table.column({"product code", "aanbieder"}) == 1u);
}

TEST_CASE("csv numbers with a decimal comma", "[csv]") {
    CHECK(comma_number("82,92") == "82.92");
    CHECK(comma_number(" 82,92 ") == "82.92");
    CHECK(comma_number("1.234,56") == "1234.56");
    CHECK(comma_number("1.234.567,5") == "1234567.5");
    CHECK(comma_number("1.234") == "1234");
    CHECK(comma_number("\xE2\x82\xAC 82,92") == "82.92");
    CHECK(comma_number("\xE2\x82\xAC" "82,92") == "82.92");
    CHECK(comma_number("\xE2\x82\xAC\xC2\xA0" "1.234,56") == "1234.56");
    CHECK(comma_number("-3,5") == "-3.5");
    CHECK(comma_number("\xE2\x82\xAC -3,5") == "-3.5");
    CHECK(comma_number("-\xE2\x82\xAC 3,5") == "-3.5");
    CHECK(comma_number("1878") == "1878");
    CHECK(comma_number("0,1") == "0.1");
}

TEST_CASE("csv numbers with a decimal point", "[csv]") {
    CHECK(point_number("82.92") == "82.92");
    CHECK(point_number("1,234.56") == "1234.56");
    CHECK(point_number("1,234") == "1234");
    CHECK(point_number("\xE2\x82\xAC 82.92") == "82.92");
    CHECK(point_number("-3.5") == "-3.5");
    CHECK(point_number("1878") == "1878");
}

TEST_CASE("csv numbers that are not amounts are refused", "[csv]") {
    for (const char* text : {"", "  ", "abc", "12,3,4", "1.2.3", "82,92x", ",5", "5,", "-", "--3",
                             "- 3", "+3", "1e3", "3%", "\xE2\x82\xAC", "12.34,5.6", "1.23,4"}) {
        INFO(text);
        CHECK(comma_number(text) == "none");
        CHECK(point_number(text) == "none");
    }
    // the other dialect's decimal mark
    CHECK(comma_number("82.92") == "none");
    CHECK(point_number("82,92") == "none");
    CHECK(comma_number("1,234.56") == "none");
    CHECK(point_number("1.234,56") == "none");
    // thousands groups are three digits
    CHECK(comma_number("12.34") == "none");
    CHECK(comma_number("1234.567") == "none");
    CHECK(point_number("1,23") == "none");
}

TEST_CASE("csv load_csv reads a file and refuses a missing one", "[csv]") {
    const std::string path = "/tmp/tariff_test_csv_reader.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << "provider;tariff\r\nA;82,92\r\n";
    }
    const auto table = tariffs::load_csv(path);
    std::remove(path.c_str());
    CHECK(table.file == path);
    REQUIRE(table.rows.size() == 1);
    CHECK(exact(*parse_csv_number(table.rows[0].fields[1], table.dialect)) == "82.92");

    try {
        tariffs::load_csv("/nonexistent/bids.csv");
        FAIL("load_csv read a missing file");
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics().items().front().pos.to_string() == "/nonexistent/bids.csv");
        CHECK(e.diagnostics().items().front().message.english() == "cannot read the file: No such file or directory");
    }
    CHECK_THROWS_AS(tariffs::load_csv("/tmp"), InputError);
}

TEST_CASE("csv a field that cannot be shown makes its line unreadable, in any column", "[csv]") {
    // `Één` in UTF-8 makes the file UTF-8: the lone 0xE9 of line 4 is a broken character, not Windows-1252
    const auto table = parse_csv("provider;product;year;tariff\n"
                                 "\xC3\x89\xC3\xA9n;P1;2025;82,92\n"
                                 "B;P2;20\x1b[2J;90,00\n"
                                 "C;caf\xe9;2025;75,10\n",
                                 "list.csv");
    CHECK(problems(table) == std::vector<std::string>{
                                 "list.csv:3:1: line 3: the year holds the control character U+001B at character 3",
                                 "list.csv:4:1: line 4: the product is not valid UTF-8 at character 4 (save the file as UTF-8)",
                             });
    REQUIRE(table.rows.size() == 1);
    CHECK(refusal("provider;\x1b]0;x\x07\nA;1\n") == "bids.csv:1:1: the header (line 1) holds the control character U+001B at character 1");
}

TEST_CASE("comment lines before the header, as tariff's own CSV writes them, are skipped", "[csv]") {
    const auto table = tariffs::parse_csv("# fingerprint 12ab (tariff 0.3.0)\n# Scenario `x`\nprovider,product,tariff\n"
                                          "Horizon,AMB-U,82.92\n",
                                          "list.csv");
    REQUIRE(table.header.size() == 3);
    CHECK(table.header[0] == "provider");
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].line == 4);  // lines are counted from the top of the file
}

// --- Excel's default CSV and headers as people write them (issue 26) ------------

TEST_CASE("csv Dutch Excel's default CSV, Windows-1252, is read and said", "[csv]") {
    // "CSV (gescheiden door lijstscheidingsteken)": € is 0x80, é 0xE9, Ë 0xCB, “ ” 0x93 0x94
    const auto table = parse_csv("Naam aanbieder;Productcode;Tarief (\x80);Eenheid\r\n"
                                 "Zorggroep \xC9\xE9n;45A48;\x80 82,92;uur\r\n"
                                 "\"De Linde; \x93Thuis\x94\";45A49;\x80 1.234,56;etmaal\r\n"
                                 "Cur\xE7\x61o Zorg;45A50;\"\x80 75,10\";uur\r\n"
                                 "NO\xCBL;45A51;70,00;uur\r\n",
                                 "bids.csv");
    CHECK(table.dialect.encoding == tariffs::CsvEncoding::windows_1252);
    CHECK(table.dialect.describe().english() == "semicolon-separated, decimal comma, Windows-1252");
    CHECK(table.problems.empty());
    CHECK(table.header == Fields{"Naam aanbieder", "Productcode", "Tarief (\xE2\x82\xAC)", "Eenheid"});
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0].fields[0] == "Zorggroep \xC3\x89\xC3\xA9n");
    CHECK(table.rows[1].fields[0] == "De Linde; \xE2\x80\x9CThuis\xE2\x80\x9D");
    CHECK(table.rows[2].fields[0] == "Cur\xC3\xA7" "ao Zorg");
    CHECK(table.rows[3].fields[0] == "NO\xC3\x8BL");
    CHECK(exact(*parse_csv_number(table.rows[0].fields[2], table.dialect)) == "82.92");
    CHECK(exact(*parse_csv_number(table.rows[1].fields[2], table.dialect)) == "1234.56");
    CHECK(exact(*parse_csv_number(table.rows[2].fields[2], table.dialect)) == "75.1");
    CHECK(table.column(tariffs::tariff_column.names) == 2u);
    CHECK(table.column(tariffs::provider_column.names) == 0u);
    // the fingerprint is of the file's own bytes
    CHECK(table.sha256 == tariffs::parse_csv("Naam aanbieder;Productcode;Tarief (\x80);Eenheid\r\n"
                                             "Zorggroep \xC9\xE9n;45A48;\x80 82,92;uur\r\n"
                                             "\"De Linde; \x93Thuis\x94\";45A49;\x80 1.234,56;etmaal\r\n"
                                             "Cur\xE7\x61o Zorg;45A50;\"\x80 75,10\";uur\r\n"
                                             "NO\xCBL;45A51;70,00;uur\r\n",
                                             "other.csv")
                              .sha256);
}

TEST_CASE("csv UTF-8 stays UTF-8", "[csv]") {
    const auto table = parse_csv("provider;tariff\nZorggroep \xC3\x89\xC3\xA9n;\xE2\x82\xAC 82,92\n", "bids.csv");
    CHECK(table.dialect.encoding == tariffs::CsvEncoding::utf8);
    CHECK(table.rows.at(0).fields[0] == "Zorggroep \xC3\x89\xC3\xA9n");
}

TEST_CASE("csv a file that is neither UTF-8 nor Windows-1252 is refused once, where the byte is", "[csv]") {
    // 0x81 is no Windows-1252 character
    CHECK(refusal("provider;tariff\nA;82,92\nZorg \x81;1,00\nB;\x81\n") ==
          "bids.csv:3:6: the file is neither UTF-8 nor Windows-1252 text (the byte 0x81 is neither); save it as CSV "
          "UTF-8");
}

TEST_CASE("csv a UTF-8 file with a broken byte is not taken for Windows-1252: the line is reported", "[csv]") {
    // `é` as UTF-8 on one line, a lone 0xE9 on another: UTF-8 with one broken line
    const auto table = parse_csv("provider;tariff\nCaf\xC3\xA9;1,00\nCaf\xE9;2,00\n", "bids.csv");
    CHECK(table.dialect.encoding == tariffs::CsvEncoding::utf8);
    CHECK(problems(table) == std::vector<std::string>{
                                 "bids.csv:3:1: line 3: the provider is not valid UTF-8 at character 4 (save the file as "
                                 "UTF-8)"});
    // and one with a byte-order mark says it is UTF-8
    const auto marked = parse_csv("\xEF\xBB\xBFprovider;tariff\nCaf\xE9;2,00\nB;1,00\n", "bids.csv");
    CHECK(marked.dialect.encoding == tariffs::CsvEncoding::utf8);
    CHECK(marked.problems.size() == 1);
}

TEST_CASE("csv a header is compared without case, accents, a unit in brackets, a currency or a year", "[csv]") {
    using tariffs::header_key;
    CHECK(header_key("Tarief (\xE2\x82\xAC)") == "tarief");
    CHECK(header_key("Tarief 2026") == "tarief");
    CHECK(header_key("TARIEF_2026 [EUR]") == "tarief");
    CHECK(header_key("Prijs in euro's") == "prijs");
    CHECK(header_key("Tarief \xE2\x82\xAC") == "tarief");
    CHECK(header_key("Naam aanbieder") == "naamaanbieder");
    CHECK(header_key("\xC3\x89\xC3\xA9nheid") == "eenheid");
    CHECK(header_key("Product-code") == "productcode");
    CHECK(header_key("2026") == "2026");  // a header that is only a year stays one
}

TEST_CASE("csv headers people write are found by their Dutch and English names", "[csv]") {
    const auto table = parse_csv("Naam aanbieder;Product code;Jaar;Tarief (\xE2\x82\xAC);Tariefeenheid\nA;P;2026;1,00;uur\n",
                                 "list.csv");
    CHECK(tariffs::require_columns(table,
                                   {tariffs::provider_column, tariffs::product_column, tariffs::year_column,
                                    tariffs::tariff_column},
                                   engine::msg("the tariff list")) == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(table.column(tariffs::unit_column.names) == 4u);
    const auto other = parse_csv("Zorgaanbieder;Code;Tariefjaar;Prijs 2026\nA;P;2026;1,00\n", "list.csv");
    CHECK(tariffs::require_columns(other,
                                   {tariffs::provider_column, tariffs::product_column, tariffs::year_column,
                                    tariffs::tariff_column},
                                   engine::msg("the tariff list")) == std::vector<std::size_t>{0, 1, 2, 3});
}

namespace {

// Every problem require_columns refuses `text` with.
std::vector<std::string> column_problems(const std::string& text) {
    const auto table = parse_csv(text, "list.csv");
    try {
        tariffs::require_columns(table, {tariffs::provider_column, tariffs::product_column, tariffs::tariff_column},
                                 engine::msg("the bids file"));
    } catch (const InputError& e) {
        std::vector<std::string> out;
        for (const auto& problem : e.diagnostics().items()) out.push_back(problem.pos.to_string() + ": " + problem.message.english());
        return out;
    }
    return {};
}

}  // namespace

TEST_CASE("csv a missing column is refused with the headers it may have", "[csv]") {
    CHECK(column_problems("\nAanbieder;Productcode;Kosten\nA;P;1,00\n") ==
          std::vector<std::string>{
              "list.csv:2:1: the bids file needs a `tariff` column, headed tariff, tarief, price, prijs, tarief per "
              "eenheid, prijs per eenheid, price per unit, tariff per unit, eenheidsprijs, bedrag, amount (case, "
              "accents, spaces, a unit in brackets, a currency and a year aside)"});
}

TEST_CASE("csv two headers that name the same column are refused: which one counts is not for us to guess", "[csv]") {
    CHECK(column_problems("Aanbieder;Productcode;Tarief 2025;Tarief 2026\nA;P;1,00;1,05\n") ==
          std::vector<std::string>{"list.csv:1:1: the bids file has more than one `tariff` column: `Tarief 2025` "
                                   "(column 3) and `Tarief 2026` (column 4); keep one, or rename the others"});
    // a more specific name is no second column: `Productcode` is the product, `Code` beside it is not
    CHECK(column_problems("Code;Aanbieder;Productcode;Tarief\nX;A;P;1,00\n").empty());
}
