#!/usr/bin/env bash
# Times every what-if command beside `price` of the same model, in the same run,
# as whole processes on generated models (with size/25 trajectories and two
# named scenarios): CPU time (user + system, the mean of
# REPS runs), its ratio to `price`, and peak memory (the largest RSS of those
# runs), with the targets of issue 25 and whether each holds.
#
#   bench/analyses.sh [SIZES...]     # default: 300 2100 12600 products
#
# Environment: TARIFF=PATH (default build/tariff), REPS=N (default 3),
# SEED=N (default 1), KEEP=1 keeps the generated models.
#
# Machines differ several-fold in speed, so only the ratios carry over: a
# command's CPU time over `price`'s on the same model, measured in this run.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
TARIFF=${TARIFF:-$repo/build/tariff}
REPS=${REPS:-3}
SEED=${SEED:-1}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(300 2100 12600)
[ -x /usr/bin/time ] || { echo "bench/analyses.sh: /usr/bin/time is missing: scripts/apt-install-missing.sh time" >&2; exit 2; }
[ -x "$TARIFF" ] || { echo "bench/analyses.sh: no binary at $TARIFF" >&2; exit 2; }

work=$(mktemp -d)
if [ "${KEEP:-0}" = 1 ]; then echo "keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

# The ten model parameters a CAO round and a new overhead policy change at once.
ten_changes=(--set overhead_surcharge=22% --set employer_charges=27% --set absence_rate=7% --set risk_surcharge=3%
             --set training_hours=41 --set leave_hours=200 --set annual_hours=1880 --set direct_share=72%
             --set year_end_bonus=8.5% --set irregular_hours_allowance=1%)

# measure LABEL ARGS...: sets cpu (seconds, mean) and peak (MiB, max) over REPS runs.
measure() {
  local total=0 max=0 line
  for _ in $(seq "$REPS"); do
    line=$(/usr/bin/time -f '%U %S %M' "$TARIFF" "$@" 2>&1 >/dev/null | tail -1)
    read -r user sys kb <<<"$line"
    total=$(echo "$total + $user + $sys" | bc -l)
    [ "$kb" -gt "$max" ] && max=$kb
  done
  cpu=$(printf '%.3f' "$(echo "scale=4; $total / $REPS" | bc -l)")
  peak=$(( max / 1024 ))
}

# row SIZE LABEL TARGET-RATIO MEMORY-BOUND ARGS...: a line of the table. TARGET-RATIO
# and MEMORY-BOUND (MiB) may be `-`: no target.
row() {
  local size=$1 label=$2 target=$3 bound=$4
  shift 4
  measure "$@"
  local ratio verdict=""
  ratio=$(printf '%.1f' "$(echo "scale=3; $cpu / $price_cpu" | bc -l)")
  if [ "$target" != - ]; then
    if [ "$(echo "$ratio <= $target" | bc -l)" = 1 ]; then verdict="≤ ${target}× ok"; else verdict="≤ ${target}× OVER"; fi
  fi
  if [ "$bound" != - ]; then
    if [ "$peak" -le "$bound" ]; then verdict+=", ≤ ${bound} MiB ok"; else verdict+=", ≤ ${bound} MiB OVER"; fi
  fi
  printf '%7s  %-52s %8s %8s %8s  %s\n' "$size" "$label" "$cpu" "${ratio}×" "$peak" "$verdict"
}

printf '%7s  %-52s %8s %8s %8s  %s\n' products command "CPU s" "÷ price" "peak MiB" target
for size in "${sizes[@]}"; do
  model=$work/m$size.yaml
  "$repo/bench/generate_model.py" --products "$size" --seed "$SEED" --trajectories $(( size / 25 )) --scenarios \
    -o "$model" 2>/dev/null
  measure price "$model"
  price_cpu=$cpu
  price_peak=$peak
  printf '%7s  %-52s %8s %8s %8s\n' "$size" "price (the unit)" "$price_cpu" "1×" "$price_peak"
  close=$(( 2 * price_peak + 64 ))
  big=-; [ "$size" -ge 12600 ] && big=1024
  if [ "$size" -lt 12600 ]; then
    row "$size" "sensitivity, every product and input, the budget" 10 $close sensitivity "$model"
  fi
  row "$size" "sensitivity of one product (AMB-BEG-U)" 2 $close sensitivity "$model" AMB-BEG-U
  row "$size" "compare with ten model parameters changed" 30 $big compare "$model" "${ten_changes[@]}"
  row "$size" "solve AMB-BEG-U for 90.00 by overhead_surcharge" 2 - solve "$model" AMB-BEG-U --target 90 --vary overhead_surcharge
  row "$size" "sensitivity of one trajectory (TRJ-1)" - - sensitivity "$model" TRJ-1
  row "$size" "scenarios: a CAO round and leaner overhead, budgets" - - scenarios "$model"
  row "$size" "index to the last contract year" - - index "$model"
  row "$size" "budget" - - budget "$model"
done

# Trajectories nested 26 deep, each level taking the one below in two phases.
nested=$work/nested.yaml
python3 - "$repo/models/examples/worked-example.yaml" "$nested" <<'PY'
import sys
text = open(sys.argv[1]).read()
head = text[:text.index("trajectories:")]
out = [head, "trajectories:\n  - code: T0\n    name: level 0\n    phases: {a: {AMB-U: 12 hour}, b: {AMB-U: 8 hour}}\n",
       "    paths: {all: {share: 100%, phases: [a, b]}}\n"]
for level in range(1, 27):
    out.append(f"  - code: T{level}\n    name: level {level}\n    coordination_surcharge: 1%\n"
               f"    phases: {{a: {{T{level - 1}: 1}}, b: {{T{level - 1}: 1}}}}\n"
               "    paths: {all: {share: 100%, phases: [a, b]}}\n")
open(sys.argv[2], "w").write("".join(out))
PY
measure price "$nested"
printf '%7s  %-52s %8s %8s %8s  %s\n' 4 "price, trajectories nested 26 deep" "$cpu" "" "$peak" \
  "$( [ "$(echo "$cpu < 1" | bc -l)" = 1 ] && echo "< 1 s ok" || echo "< 1 s OVER")"
