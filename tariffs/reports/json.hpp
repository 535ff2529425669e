// A small JSON writer: keys in the order written, strings escaped, two-space
// indentation. Amounts go in as strings, so no number passes through a float.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& string(std::string_view value);
    JsonWriter& integer(long long value);
    JsonWriter& boolean(bool value);
    JsonWriter& null();
    // `"name": "value"` in one call.
    JsonWriter& field(std::string_view name, std::string_view value) { return key(name).string(value); }
    // Ends the document with a newline.
    void finish();

private:
    void before_value();
    JsonWriter& close(char bracket);
    void newline();

    std::ostream& out_;
    struct Level {
        bool is_object;
        bool empty = true;
    };
    std::vector<Level> levels_;
    bool after_key_ = false;
};

std::string json_escape(std::string_view text);

}  // namespace tariffs
