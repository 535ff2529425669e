// Adding notes to a report already written: members at the top of a JSON
// document, lines right under a Markdown title. The fingerprint and the
// warnings both go in this way.
#pragma once

#include <string>

namespace tariffs {

// `members` (`  "key": value` lines, without the trailing comma) as the first
// members of `json`, which our JSON writer opens with `{` on a line of its own.
std::string insert_json_members(std::string json, const std::string& members);

// `lines` after the report's title (its first paragraph), or at its end.
std::string insert_after_title(std::string markdown, const std::string& lines);

}  // namespace tariffs
