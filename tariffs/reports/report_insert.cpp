#include "tariffs/reports/report_insert.hpp"

namespace tariffs {

std::string insert_json_members(std::string json, const std::string& members) {
    if (json.find("{\n") != 0) return json;
    return json.insert(2, members + ",\n");
}

std::string insert_after_title(std::string markdown, const std::string& lines) {
    const auto after_title = markdown.find("\n\n");
    if (after_title == std::string::npos) return markdown + "\n" + lines;
    return markdown.insert(after_title + 2, lines + "\n");
}

}  // namespace tariffs
