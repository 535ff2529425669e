#!/usr/bin/env bash
# Times `tariff compare` with a CAO-style change (every salary +3%, employer
# charges +0.5 point) on the example region and on generated models, as a
# whole process: the attribution evaluates every combination of the changes
# that reach a product.
#
#   bench/compare.sh [SIZES...]    # default: 300 2100 products (generated)
#
# Environment: TARIFF=PATH (default build/tariff), REPS=N (default 5),
# PYTHON=PATH (default python3), KEEP=1 keeps the temporary directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
TARIFF=${TARIFF:-$repo/build/tariff}
REPS=${REPS:-5}
PYTHON=${PYTHON:-python3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(300 2100)
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "keeping $work" >&2 || trap 'rm -rf "$work"' EXIT

# The model that extends $1 with every salary × 1.03 (to the cent) and the employer charges + 0.5 point.
cao_of() {
  "$PYTHON" - "$1" <<'PY'
import re, sys
from decimal import Decimal, ROUND_HALF_UP
text = open(sys.argv[1]).read()
print("extends: " + sys.argv[1].split("/")[-1])
charges = Decimal(re.search(r"^  employer_charges: ([0-9.]+)%", text, re.M).group(1))
print("parameters:\n  employer_charges: %s%%" % (charges + Decimal("0.5")))
print("staff_levels:")
for role, salary in re.findall(r"^  ([a-z_]+):\n    monthly_salary: ([0-9.]+)", text, re.M):
    raised = (Decimal(salary) * Decimal("1.03")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    print("  %s: {monthly_salary: %s}" % (role, raised))
PY
}

source "$here/timing.sh"

printf '%-28s %8s %10s %12s\n' "model" "products" "changes" "compare ms"
changes=$("$TARIFF" compare "$repo/models/examples/region.yaml" "$repo/models/examples/region-cao.yaml" \
  --format json | grep -c '"section"')
printf '%-28s %8s %10s %12s\n' "example region (CAO)" 21 "$changes" \
  "$(median_ms "$TARIFF" compare "$repo/models/examples/region.yaml" "$repo/models/examples/region-cao.yaml")"
for size in "${sizes[@]}"; do
  model="$work/model-$size.yaml"
  "$PYTHON" "$here/generate_model.py" --products "$size" -o "$model" >/dev/null
  cao_of "$model" > "$work/cao-$size.yaml"
  changes=$("$TARIFF" compare "$model" "$work/cao-$size.yaml" --format json | grep -c '"section"')
  printf '%-28s %8s %10s %12s\n' "generated (CAO)" "$size" "$changes" \
    "$(median_ms "$TARIFF" compare "$model" "$work/cao-$size.yaml")"
done
