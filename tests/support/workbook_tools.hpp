// What the workbook tests share: the tools they call (unzip, LibreOffice
// through tests/recalc_xlsx.sh) and the CSV LibreOffice exports.
#pragma once

#include "engine/number.hpp"

#include <optional>
#include <string>
#include <vector>

namespace test {

// `text` as one word for sh.
std::string shell_quote(const std::string& text);
bool has_command(const std::string& name);
bool has_libreoffice();

// Sheet number `sheet` (from 1, in the workbook's order) as XML, or nothing without `unzip`.
std::optional<std::string> sheet_xml(const std::string& book, int sheet, const std::string& dir);

// The text a reader of the workbook sees, as XML: the sheets' names, every
// cell's text and every comment; nothing without `unzip`.
std::optional<std::string> workbook_text(const std::string& book, const std::string& dir);

// Every sheet of every book as `out/BOOK-SHEET.csv`: recalculated by
// LibreOffice, or as the file caches them (`cached`); each cell's raw value,
// or (`shown`) as the sheet shows it. Fails the test when LibreOffice fails.
void export_csv(const std::string& out, const std::vector<std::string>& books, bool cached = false,
                bool shown = false);

// Every book printed by LibreOffice as it prints it by default: `out/BOOK.pdf`.
void export_pdf(const std::string& out, const std::vector<std::string>& books);
// The pages of a PDF that LibreOffice wrote.
int pdf_pages(const std::string& pdf);

// Rewrites the value of `cell` (`C5`) in sheet number `sheet` (from 1) of `book`, in
// place, as a number; `dir` is for the work. Needs zip and unzip.
void edit_cell(const std::string& book, int sheet, const std::string& cell, const std::string& value,
               const std::string& dir);

using Rows = std::vector<std::vector<std::string>>;
Rows parse_csv(const std::string& text);

// A cell's text as an exact number: `82.92`, `-46019.9399999999`, `3.85%`, `1E-05`.
std::optional<engine::Number> cell_number(std::string text);

}  // namespace test
