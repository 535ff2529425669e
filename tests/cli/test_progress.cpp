// The progress indicator: silent for a second, then a sweeping bar with the
// elapsed time; never anything when standard error is not a terminal.
#include "cli/progress.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace std::chrono_literals;

TEST_CASE("nothing is shown in the first second", "[progress]") {
    CHECK(cli::progress_line("pricing", 0ms).empty());
    CHECK(cli::progress_line("pricing", 999ms).empty());
}

TEST_CASE("after a second a bar sweeps and the elapsed time shows", "[progress]") {
    CHECK(cli::progress_line("pricing", 1000ms) == "pricing [          =====     ] 1.0 s");
    CHECK(cli::progress_line("pricing", 2500ms) == "pricing [     =====          ] 2.5 s");
}

TEST_CASE("a progress indicator off a terminal writes nothing", "[progress]") {
    std::ostringstream out;
    {
        cli::Progress progress("pricing", out, false);
    }
    CHECK(out.str().empty());
}

TEST_CASE("a short command on a terminal leaves nothing behind", "[progress]") {
    std::ostringstream out;
    {
        cli::Progress progress("pricing", out, true);  // gone well within its first second
    }
    CHECK(out.str().empty());
}
