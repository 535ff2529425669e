#!/usr/bin/env bash
# Install what is missing (LibreOffice Calc and Chromium too, for the tests that
# open our workbooks and reports in them), build, and run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
scripts/install-test-tools.sh
cd build
ctest --output-on-failure -j2
