#!/usr/bin/env bash
# Times the what-if commands as whole processes on the example region (21
# products, 8 contract years, 6 municipalities): median wall time of REPS runs.
#
#   bench/analyses.sh
#
# Environment: TARIFF=PATH (default build/tariff), REPS=N (default 7).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
TARIFF=${TARIFF:-$repo/build/tariff}
REPS=${REPS:-7}
region=$repo/models/examples/region.yaml

source "$here/timing.sh"

printf '%-58s %8s\n' "command (example region)" "ms"
run() { printf '%-58s %8s\n' "$1" "$(median_ms "$TARIFF" "${@:2}")"; }
run "price (for scale)" price "$region"
run "sensitivity, all 21 products and the budget" sensitivity "$region"
run "scenarios, both named" scenarios "$region"
run "compare with the CAO round (11 inputs)" compare "$region" "$repo/models/examples/region-cao.yaml"
run "allocate --key all --from 2025 --to 2032" allocate "$region" --key all --from 2025 --to 2032
run "solve VBL-Z for 420.00 by its occupancy" solve "$region" VBL-Z --target 420 --vary VBL-Z.occupancy
