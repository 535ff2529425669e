// The pages' CSS, for screen and print: every page carries it, so a page is
// one self-contained file.
#pragma once

namespace tariffs::html {

extern const char* const stylesheet;

}  // namespace tariffs::html
