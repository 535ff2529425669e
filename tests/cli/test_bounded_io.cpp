// Inputs are bounded and outputs are checked: only regular files are read, and
// only up to a size; years stay within the contract; output that does not
// arrive (a full disk, a closed pipe) is a failure, never a silent exit 0.
#include "engine/diagnostic.hpp"
#include "engine/input_file.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/stat.h>
#include <sys/wait.h>

using Catch::Matchers::Contains;

namespace {

using test::TempDir;

const std::string worked_example = "models/examples/worked-example.yaml";

// The message read_input_file refuses `path` with.
std::string refusal(const std::string& path, std::size_t max_bytes = engine::max_input_bytes) {
    try {
        engine::read_input_file(path, max_bytes);
    } catch (const engine::InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics().items().front().pos.to_string() == path);
        return e.diagnostics().items().front().message.english();
    }
    FAIL("read_input_file read " << path);
    return {};
}

// Runs a shell command line with the real binary as $T; its exit code.
int shell(const std::string& line) {
    const std::string command = "cd '" + test::source_dir() + "' && T='" + TARIFF_BINARY + "' && " + line;
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("an input file must be a regular file: a pipe is refused at once, not waited on", "[bounds]") {
    TempDir dir;
    const std::string fifo = dir.path + "/model.yaml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(refusal(fifo) == "cannot read the file: it is a pipe (FIFO), not a regular file");
    CHECK(refusal("/dev/zero") == "cannot read the file: it is a device, not a regular file");
    CHECK(refusal("/tmp") == "cannot read the file: it is a directory, not a regular file");
    CHECK(refusal(dir.path + "/missing.yaml") == "cannot read the file: No such file or directory");

    const auto result = test::run_tariff({"price", fifo});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("it is a pipe (FIFO), not a regular file"));
    CHECK(result.out.empty());
}

TEST_CASE("a bids file that never ends is refused, not read until memory runs out", "[bounds]") {
    const auto result = test::run_tariff({"check-bids", worked_example, "/dev/zero"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("/dev/zero") && Contains("it is a device, not a regular file"));
    CHECK(result.out.empty());
}

TEST_CASE("an input file over the size limit is refused with the limit", "[bounds]") {
    TempDir dir;
    const std::string path = dir.path + "/big.csv";
    std::ofstream(path) << std::string(2000, 'x');
    CHECK(refusal(path, 1000) == "the file is larger than 1000 bytes, the limit for one input file");
    CHECK(engine::read_input_file(path, 2000).size() == 2000);
}

TEST_CASE("index years stay within the model's contract years", "[bounds]") {
    const auto result = test::run_tariff({"index", "models/examples/region.yaml", "--to", "2147483647"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains("--to 2147483647 is outside the model's contract years 2025–2032"));
    CHECK(result.out.empty());
}

TEST_CASE("output that cannot be written is a failure: a full disk exits 1 with a message", "[bounds]") {
    CHECK(shell("$T price " + worked_example + " >/dev/full 2>/dev/null") == 1);
    CHECK(shell("$T price " + worked_example + " --format json >/dev/full 2>/dev/null") == 1);
    CHECK(shell("$T index " + worked_example + " --format html >/dev/full 2>/dev/null") == 1);
    CHECK(shell("$T price " + worked_example + " 2>&1 >/dev/full | grep -q 'cannot write to standard output'") == 0);
}

TEST_CASE("a closed pipe is reported, not a silent death by SIGPIPE", "[bounds]") {
    TempDir dir;
    // The reader (`true`) has long exited when tariff starts writing; killed by
    // SIGPIPE it would end with 141, unseen.
    const std::string code = dir.path + "/code", err = dir.path + "/err";
    REQUIRE(shell("( sleep 0.3; $T price " + worked_example + " 2>'" + err + "'; echo $? >'" + code + "' ) | true") == 0);
    CHECK(test::read_text(code) == "1\n");
    CHECK_THAT(test::read_text(err), Contains("cannot write to standard output"));
}

TEST_CASE("the output file may not be a pipe or a directory: refused, not replaced", "[bounds][output]") {
    TempDir dir;
    const std::string fifo = dir.path + "/out.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto result = test::run_tariff({"price", worked_example, "--output", fifo});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("it is not a regular file"));
    CHECK(std::filesystem::is_fifo(fifo));  // still the pipe it was
    const auto into_directory = test::run_tariff({"price", worked_example, "--output", dir.path});
    CHECK(into_directory.exit_code == 1);
    CHECK(std::filesystem::is_directory(dir.path));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("an existing output file keeps its permissions", "[bounds][output]") {
    TempDir dir;
    const std::string path = dir.path + "/prices.txt";
    std::ofstream(path) << "old\n";
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    const auto result = test::run_tariff({"price", worked_example, "--output", path});
    REQUIRE(result.exit_code == 0);
    CHECK(std::filesystem::status(path).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    CHECK_THAT(test::read_text(path), Contains("82.92"));
}

TEST_CASE("an output through a symbolic link writes the file it points at and keeps the link", "[bounds][output]") {
    TempDir dir;
    const std::string real = dir.path + "/real.txt", link = dir.path + "/link.txt";
    std::ofstream(real) << "old\n";
    std::filesystem::create_symlink(real, link);
    const auto result = test::run_tariff({"price", worked_example, "--output", link});
    REQUIRE(result.exit_code == 0);
    CHECK(std::filesystem::is_symlink(link));
    CHECK_THAT(test::read_text(real), Contains("82.92"));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path), std::filesystem::directory_iterator()) == 2);
}
