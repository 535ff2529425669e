// Runs the real `tariff` binary, as a user would, and captures what it prints.
#pragma once

#include <string>
#include <vector>

namespace test {

struct CommandResult {
    int exit_code = -1;
    std::string out;  // standard output
    std::string err;  // standard error
};

// Runs `tariff` with `arguments` from the source directory, so paths such as
// models/examples/worked-example.yaml work as in the README.
CommandResult run_tariff(const std::vector<std::string>& arguments);

// The source tree, and a file's text (throws when it cannot be read).
std::string source_dir();
std::string read_text(const std::string& path);

// A fresh empty directory under the system's temporary directory.
std::string make_temp_dir();

// A fresh empty directory that is removed when the test is done with it.
struct TempDir {
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string path;
};

}  // namespace test
