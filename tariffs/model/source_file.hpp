// A file a result was computed from, with the SHA-256 of its bytes: what the
// fingerprint of a report is made of.
#pragma once

#include <string>
#include <string_view>

namespace tariffs {

struct SourceFile {
    std::string role;    // model, extends, method, series, bids, tariffs, build-up
    std::string path;    // as the user or the model named it
    std::string sha256;  // of its bytes, lowercase hex
};

// The SHA-256 of `bytes` in lowercase hex (OpenSSL's implementation).
std::string sha256_hex(std::string_view bytes);

SourceFile source_file(std::string role, std::string path, std::string_view bytes);

}  // namespace tariffs
