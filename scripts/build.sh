#!/usr/bin/env bash
# Installs what is missing and builds in build/: everything (the tariff command,
# tests, benchmark), or the targets given (`scripts/build.sh --target tariff`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 "$@"
