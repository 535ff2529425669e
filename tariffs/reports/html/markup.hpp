// Text made safe for a page: escaped, as an id fragment, and the attributes
// by which a test finds a figure on it.
#pragma once

#include <string>
#include <string_view>

namespace tariffs::html {

// `text` with `&`, `<`, `>`, `"` and `'` escaped.
std::string esc(std::string_view text);

// `p-AMB-U`: an id fragment from a code or a name.
std::string id_of(std::string_view text);

// ` data-code="…" data-field="…"`: where a test finds a product's figure.
std::string field(const std::string& code, const char* name);

}  // namespace tariffs::html
