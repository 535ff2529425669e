// A test that cannot run on this machine (a tool it needs is missing) is
// skipped, and says so. Under ctest, which sets TARIFF_TEST_SKIP_CODE, its
// process ends with that code, so ctest reports it as skipped rather than
// passed; run directly, it warns and the test returns.
#pragma once

#include <string>

namespace test {

// Ends the process with the skip code under ctest; otherwise warns.
void skip(const std::string& reason);

}  // namespace test

#define TARIFF_SKIP(reason) \
    do {                    \
        test::skip(reason); \
        return;             \
    } while (false)
