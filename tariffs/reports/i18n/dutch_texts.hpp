// The Dutch of every fixed English text of the reports, by its English
// (`{year}` and the like are filled in afterwards). Locale::text() reads it.
#pragma once

#include <map>
#include <string_view>

namespace tariffs {

const std::map<std::string_view, std::string_view>& dutch_texts();

}  // namespace tariffs
