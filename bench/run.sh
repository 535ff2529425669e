#!/usr/bin/env bash
# Times every `tariff` command as a whole process on generated models of growing
# size, and the Python reference against the engine's `price`.
#
#   bench/run.sh [SIZES...]          # default: 21 300 2100 12600 products
#
# Environment:
#   TARIFF=PATH      the binary to time (default: build/tariff in this repo)
#   TIMEOUT=S        a command that runs longer than S seconds is cut off and shown
#                    as `timeout` (default 60)
#   REPS=N           runs per command (default by size: 10 up to 300 products, 5 up
#                    to 3000, 3 above); fewer when a run is slow (about 60 s a command)
#   REF_SIZES="..."  sizes at which the Python reference is timed and compared
#                    (default "300 3000"; empty to skip)
#   SEED=N           the generator's seed (default 1)
#   PYTHON=PATH      the Python for the generator and the reference (default: Debian's
#                    /usr/bin/python3, which has python3-yaml, else python3)
#   KEEP=1           keep the temporary directory with the models and outputs
#   YAML_FLOOR=PATH  yaml-cpp's floor, a program that only parses the model (default:
#                    bench_yaml_floor beside TARIFF); timed at every size when it exists
#
# Municipalities scale with the products (generate_model.py: products/15 within
# 6..342): 21 -> 6, 300 -> 20, 2100 -> 140, 12600 -> 342 (national scale).
# The median wall time comes from hyperfine (-N, no shell) when it is installed,
# otherwise from a loop of timed runs; the peak RSS from one run under
# /usr/bin/time -f %M. Exit status: 0, or 1 when the reference and the engine
# disagree on a tariff (or a command failed).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
TARIFF=${TARIFF:-$repo/build/tariff}
YAML_FLOOR=${YAML_FLOOR:-$(dirname "$TARIFF")/bench_yaml_floor}
TIMEOUT=${TIMEOUT:-60}
SEED=${SEED:-1}
REF_SIZES=${REF_SIZES-300 3000}
if [ -z "${PYTHON:-}" ]; then
  if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import yaml' 2>/dev/null; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(21 300 2100 12600)

if [ ! -x "$TARIFF" ]; then
  echo "bench/run.sh: no binary at $TARIFF (build it, or set TARIFF=...)" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh: /usr/bin/time is missing: scripts/apt-install-missing.sh time hyperfine" >&2
  exit 2
fi
have_hyperfine=0
command -v hyperfine >/dev/null 2>&1 && have_hyperfine=1

work=$(mktemp -d)
mkdir -p "$work/out"
if [ "${KEEP:-0}" = 1 ]; then echo "keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
results="$work/results.tsv"   # size, command, status, median s, peak RSS KB, runs, mean CPU s
: >"$results"
failed=0

reps_for() {  # the number of timed runs at a size
  if [ -n "${REPS:-}" ]; then echo "$REPS"; elif [ "$1" -le 300 ]; then echo 10; elif [ "$1" -le 3000 ]; then echo 5; else echo 3; fi
}

# measure LABEL SIZE RUNS CMD...: one probe run (exit status, time, peak RSS) under
# the timeout, then RUNS timed runs; appends a line to $results and sets $median.
measure() {
  local label=$1 size=$2 runs=$3
  shift 3
  local tf="$work/time.txt" err="$work/stderr.txt" rc probe rss status
  timeout "$TIMEOUT" /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >/dev/null 2>"$err"
  rc=$?
  median=""
  last_cpu=""
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    printf '%s\t%s\t%s\t\t\t0\t\n' "$size" "$label" "timeout" >>"$results"
    return
  fi
  # (GNU time puts "Command exited with non-zero status N" before its line)
  local usr sys cpu
  read -r probe rss usr sys < <(tail -n 1 "$tf" 2>/dev/null) || { probe=""; rss=""; usr=0; sys=0; }
  cpu=$(awk -v u="${usr:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.6f", u + s }')
  if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then
    status="exit $rc: $(grep -v '^\s*$' "$err" | head -1 | sed -e "s|$work/||g" | cut -c1-200)"
    printf '%s\t%s\t%s\t\t%s\t0\t\n' "$size" "$label" "$status" "$rss" >>"$results"
    failed=1
    return
  fi
  # keep a command to about 60 s in all
  local budget=60
  if awk -v p="$probe" -v r="$runs" -v b="$budget" 'BEGIN { exit !(p * r > b) }'; then
    runs=$(awk -v p="$probe" -v b="$budget" 'BEGIN { n = int(b / (p > 0 ? p : 1)); print (n < 1 ? 1 : n) }')
  fi
  if [ "$runs" -le 1 ]; then
    median=$probe   # one run was all there was time for
    runs=1
  elif [ $have_hyperfine = 1 ]; then
    local cmd="" a
    for a in "$@"; do cmd+=" $(printf '%q' "$a")"; done
    if hyperfine -N -i --style none --warmup 1 --runs "$runs" --export-json "$work/hf.json" -- "${cmd# }" >/dev/null 2>&1; then
      read -r median cpu < <("$PYTHON" -c 'import json,sys; r = json.load(open(sys.argv[1]))["results"][0]; print("%.6f %.6f" % (r["median"], r["user"] + r["system"]))' "$work/hf.json")
    fi
  fi
  if [ -z "$median" ]; then  # no hyperfine: a loop of timed runs
    local i t0 t1 times=()
    for ((i = 0; i < runs; i++)); do
      t0=$(date +%s%N)
      "$@" >/dev/null 2>&1
      t1=$(date +%s%N)
      times+=("$(( (t1 - t0) / 1000 ))")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.6f\n", m / 1e6 }')
  fi
  last_cpu=$cpu
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$label" "$([ $rc -eq 3 ] && echo 'ok (3)' || echo ok)" "$median" "$rss" "$runs" "$cpu" >>"$results"
}

echo "tariff: $TARIFF"
echo "timing: $([ $have_hyperfine = 1 ] && hyperfine --version || echo 'a loop of runs (no hyperfine)'), peak RSS: /usr/bin/time -f %M, timeout ${TIMEOUT} s"
echo "machine: $(nproc) cores, $(uname -sr)"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo

measure "startup (--version)" 0 "$(reps_for 21)" "$TARIFF" --version

for n in "${sizes[@]}"; do
  model="$work/model-$n.yaml"
  bids="$work/bids-$n.csv"
  "$PYTHON" "$here/generate_model.py" --products "$n" --seed "$SEED" -o "$model" --bids "$bids" 2>"$work/gen.txt" ||
    { cat "$work/gen.txt" >&2; exit 1; }
  echo "$n products: $(sed -e "s|$work/||g" "$work/gen.txt")"
  runs=$(reps_for "$n")
  out="$work/out/$n"
  mkdir -p "$out"
  if [ -x "$YAML_FLOOR" ]; then
    measure "yaml-cpp floor (read only)" "$n" "$runs" "$YAML_FLOOR" "$model"
  fi
  measure "price" "$n" "$runs" "$TARIFF" price "$model"
  measure "index" "$n" "$runs" "$TARIFF" index "$model"
  measure "budget" "$n" "$runs" "$TARIFF" budget "$model"
  for key in moving_average objective usage insurance; do
    measure "allocate --key $key" "$n" "$runs" "$TARIFF" allocate "$model" --key "$key"
  done
  measure "check-bids" "$n" "$runs" "$TARIFF" check-bids "$model" "$bids"
  measure "validate" "$n" "$runs" "$TARIFF" validate "$model"
  measure "price --format xlsx" "$n" "$runs" "$TARIFF" price "$model" --format xlsx --output "$out/price.xlsx"
  measure "index --format html" "$n" "$runs" "$TARIFF" index "$model" --format html --output "$out/index.html"
done

# The reference: the same model priced by bench/reference.py and by the engine.
refres="$work/reference.tsv"  # size, engine s, reference s, verdict, reference's own split, engine CPU s, reference CPU s
: >"$refres"
for n in $REF_SIZES; do
  model="$work/ref-model-$n.yaml"
  "$PYTHON" "$here/generate_model.py" --products "$n" --seed "$SEED" -o "$model" 2>/dev/null || exit 1
  runs=$(reps_for "$n")
  measure "ref: engine price --format json" "$n" "$runs" "$TARIFF" price "$model" --format json
  engine_s=$median engine_cpu=$last_cpu
  measure "ref: reference.py" "$n" 3 "$PYTHON" "$here/reference.py" "$model" --quiet
  ref_s=$median ref_cpu=$last_cpu
  verdict="not compared"
  if timeout "$TIMEOUT" "$TARIFF" price "$model" --format json >"$work/price-$n.json" 2>/dev/null &&
     timeout "$TIMEOUT" "$TARIFF" index "$model" --format json >"$work/index-$n.json" 2>/dev/null; then
    if "$PYTHON" "$here/reference.py" "$model" --check "$work/price-$n.json" --check-index "$work/index-$n.json" \
         --timing 2>"$work/check-$n.txt"; then
      verdict="identical"
    else
      verdict="DIFFERENT"
      failed=1
    fi
    sed -e 's/^/    /' "$work/check-$n.txt" >"$work/check-$n.indented"
  fi
  split=$(grep -o 'read [0-9.]* s, price [0-9.]* s, index [0-9.]* s' "$work/check-$n.txt" 2>/dev/null | head -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$engine_s" "$ref_s" "$verdict" "$split" "$engine_cpu" "$ref_cpu" >>"$refres"
done

echo
"$PYTHON" - "$results" "$refres" "$load_start" <<'EOF'
import math, sys

rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
refs = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if l.strip()]
data, order, sizes, notes = {}, [], [], []
for size, label, status, median, rss, runs, cpu in rows:
    if label.startswith("ref: "):
        continue
    size = int(size)
    if label not in order:
        order.append(label)
    if size and size not in sizes:
        sizes.append(size)
    data[(label, size)] = (status, float(median) if median else None, int(rss) if rss else None, runs,
                           float(cpu) if cpu else None)
    if status.startswith("exit") or status == "timeout":
        notes.append((size, status, label))

def cell_time(label, size):
    st = data.get((label, size))
    if st is None:
        return ""
    status, med = st[0], st[1]
    if status == "timeout":
        return "timeout"
    if status.startswith("exit"):
        return status.split(":")[0]
    return ("%.1f" % (med * 1000)) if med < 10 else ("%.0f" % (med * 1000))

def cell_cpu(label, size):
    st = data.get((label, size))
    if st is None:
        return ""
    if not st[0].startswith("ok") or st[4] is None:
        return st[0].split(":")[0]
    return ("%.1f" % (st[4] * 1000)) if st[4] < 10 else ("%.0f" % (st[4] * 1000))

def cell_rss(label, size):
    st = data.get((label, size))
    if st is None:
        return ""
    if not st[0].startswith("ok") or st[2] is None:
        return st[0].split(":")[0]
    return "%.1f" % (st[2] / 1024.0)

def exponent(label, i, idx):
    a, b = data.get((label, sizes[i])), data.get((label, sizes[i + 1]))
    if not a or not b or not a[0].startswith("ok") or not b[0].startswith("ok"):
        return ""
    if a[idx] is None or b[idx] is None or a[idx] <= 0 or b[idx] <= 0:
        return ""
    return "%.2f" % (math.log(b[idx] / a[idx]) / math.log(sizes[i + 1] / sizes[i]))

def table(title, cell, idx):
    head = ["command"] + ["%d" % s for s in sizes] + \
           ["k %d→%d" % (sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]
    body = []
    for label in order:
        if label.startswith("startup"):
            st = data[(label, 0)]
            v = cell(label, 0)
            body.append([label] + [v] * 1 + [""] * (len(head) - 2))
            continue
        body.append([label] + [cell(label, s) for s in sizes] +
                    [exponent(label, i, idx) for i in range(len(sizes) - 1)])
    widths = [max(len(r[c]) for r in [head] + body) for c in range(len(head))]
    print(title)
    print("| " + " | ".join(h.ljust(w) if c == 0 else h.rjust(w) for c, (h, w) in enumerate(zip(head, widths))) + " |")
    print("|" + "|".join(("-" * (w + 1) + ":") if c else ("-" * (w + 2)) for c, w in enumerate(widths)) + "|")
    for r in body:
        print("| " + " | ".join(v.ljust(w) if c == 0 else v.rjust(w) for c, (v, w) in enumerate(zip(r, widths))) + " |")
    print()

print("Products per column; k = log(t2/t1) / log(n2/n1), the growth exponent (1 = linear).")
print("Load average (1, 5, 15 min) at the start: %s; at the end: %s. Other processes on the machine\n"
      "disturb wall times; CPU times less so.\n" % (sys.argv[3], " ".join(open("/proc/loadavg").read().split()[:3])))
table("Median wall time (ms), whole process", cell_time, 1)
table("CPU time (ms), user + system, mean of the same runs (less disturbed by other load)", cell_cpu, 4)
table("Peak RSS (MB), one run", cell_rss, 2)
runs = {}
for (l, s), st in data.items():
    if s and st[0].startswith("ok"):
        runs.setdefault(s, set()).add(int(st[3]))
print("runs per command: " + ", ".join(
    "%d products: %s" % (s, ("%d" % min(r)) if len(r) == 1 else "%d-%d" % (min(r), max(r)))
    for s, r in sorted(runs.items())) + " (fewer where a run is slow)")
grouped = {}
for size, status, label in notes:
    grouped.setdefault((size, status), []).append(label)
for (size, status), labels in grouped.items():
    which = "every command" if len(labels) == len(order) - 1 else ", ".join(labels)
    print("note: %d products, %s: %s" % (size, which, status))
if refs:
    print("\nThe Python reference (bench/reference.py) against `tariff price --format json`, same model:\n")
    print("| products | engine wall (ms) | reference wall (ms) | ratio | engine CPU (ms) | reference CPU (ms) | ratio | tariffs (price and index) | reference: read, price, index |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|---|")
    ms = lambda x: "%.1f" % (float(x) * 1000) if x else "fail"
    ratio = lambda a, b: "%.2f" % (float(b) / float(a)) if a and b and float(a) > 0 else ""
    for n, e, r, verdict, split, ec, rc in refs:
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (n, ms(e), ms(r), ratio(e, r), ms(ec), ms(rc),
              ratio(ec, rc), verdict, split))
    print("\nratio = reference / engine: above 1 the engine is faster.")
EOF

for n in $REF_SIZES; do
  if [ -f "$work/check-$n.indented" ]; then echo; echo "reference check at $n products:"; cat "$work/check-$n.indented"; fi
done
exit $failed
