#!/usr/bin/env bash
# Installs what is missing and builds everything (the tariff command, tests, benchmark) in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
