#include "cli_runner.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <sys/wait.h>
#include <unistd.h>

namespace test {

namespace {

std::string quote(const std::string& argument) {
    std::string quoted = "'";
    for (char c : argument) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace

std::string source_dir() { return TARIFF_SOURCE_DIR; }

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string make_temp_dir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tariff-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary directory");
    return pattern;
}

TempDir::TempDir() : path(make_temp_dir()) {}
TempDir::~TempDir() { std::filesystem::remove_all(path); }

CommandResult run_tariff(const std::vector<std::string>& arguments) {
    const std::string dir = make_temp_dir();
    const std::string out_path = dir + "/stdout", err_path = dir + "/stderr";
    std::string command = "cd " + quote(source_dir()) + " && " + quote(TARIFF_BINARY);
    for (const auto& argument : arguments) command += " " + quote(argument);
    command += " >" + quote(out_path) + " 2>" + quote(err_path) + " </dev/null";
    const int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text(out_path);
    result.err = read_text(err_path);
    std::filesystem::remove_all(dir);
    return result;
}

}  // namespace test
