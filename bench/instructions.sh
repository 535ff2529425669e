#!/usr/bin/env bash
# Counts the instructions each command executes (valgrind's callgrind) on
# generated models, beside yaml-cpp's event parser reading the same file (the
# floor), and prints each command's ratio to the floor. Instruction counts are
# the same from run to run, where wall and CPU times on a shared machine swing
# by a factor of two: use this to compare two versions of the engine, and
# run.sh for times, memory and growth.
#
#   bench/instructions.sh [SIZES...]     # default: 300 2100 products
#
# Environment: TARIFF (default build/tariff), YAML_FLOOR (default
# bench_yaml_floor beside TARIFF), SEED (default 1), PYTHON.
# Needs valgrind (scripts/apt-install-missing.sh valgrind); a run at 2,100
# products takes about two minutes.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
TARIFF=${TARIFF:-$repo/build/tariff}
YAML_FLOOR=${YAML_FLOOR:-$(dirname "$TARIFF")/bench_yaml_floor}
SEED=${SEED:-1}
PYTHON=${PYTHON:-python3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(300 2100)

for needed in "$TARIFF" "$YAML_FLOOR"; do
  [ -x "$needed" ] || { echo "bench/instructions.sh: no binary at $needed (build first)" >&2; exit 2; }
done
command -v valgrind >/dev/null || { echo "bench/instructions.sh: valgrind is missing: scripts/apt-install-missing.sh valgrind" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The instructions one run of a command executes.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$@" >/dev/null 2>"$work/valgrind.log" ||
    { echo "failed: $*" >&2; cat "$work/valgrind.log" >&2; return 1; }
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/valgrind.log"
}

commands=("price" "index" "budget" "allocate --key objective" "validate")
echo "tariff: $TARIFF"
echo
printf '| %-24s |' "instructions (millions)"
for size in "${sizes[@]}"; do printf ' %10s | %7s |' "$size" "× floor"; done
echo
printf '|%s|' "--------------------------"
for _ in "${sizes[@]}"; do printf '%s|%s|' "-----------:" "--------:"; done
echo
declare -A count floor
for size in "${sizes[@]}"; do
  model="$work/model-$size.yaml"
  municipalities=$(( size / 15 < 6 ? 6 : (size / 15 > 342 ? 342 : size / 15) ))
  "$PYTHON" "$here/generate_model.py" --products "$size" --municipalities "$municipalities" --seed "$SEED" \
    -o "$model" >/dev/null 2>"$work/generate.log" || { cat "$work/generate.log" >&2; exit 1; }
  floor[$size]=$(instructions "$YAML_FLOOR" "$model") || exit 1
  for command in "${commands[@]}"; do
    # shellcheck disable=SC2086  # the command's words are separate arguments
    count[$size,$command]=$(instructions "$TARIFF" $command "$model") || exit 1
  done
done
row() {  # LABEL KEY: one line of the table
  printf '| %-24s |' "$1"
  for size in "${sizes[@]}"; do
    local n=${count[$size,$2]:-${floor[$size]}}
    printf ' %10s | %7s |' "$(( n / 1000000 ))" "$(awk -v n="$n" -v f="${floor[$size]}" 'BEGIN { printf "%.2f", n / f }')"
  done
  echo
}
row "yaml-cpp floor" "floor"
for command in "${commands[@]}"; do row "$command" "$command"; done
