#include "tariffs/reports/html/markup.hpp"

namespace tariffs::html {

std::string esc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string id_of(std::string_view text) {
    std::string id;
    for (char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        id += plain ? c : '-';
    }
    return id;
}

std::string field(const std::string& code, const char* name) {
    return " data-code=\"" + esc(code) + "\" data-field=\"" + name + "\"";
}

}  // namespace tariffs::html
