#!/usr/bin/env bash
# The main job: install what is missing, build the tariff command (only it: the
# tests and the benchmark are built by scripts/test.sh), and print the example
# region's price sheet.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh --target tariff >&2
build/tariff price models/examples/region.yaml "$@"
