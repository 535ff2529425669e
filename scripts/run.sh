#!/usr/bin/env bash
# The main job: install what is missing, build, and print the example region's price sheet.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >&2
build/tariff price models/examples/region.yaml "$@"
