#!/usr/bin/env bash
# Checks that includes point one way, as cmake/layers.txt orders the layers:
#   cli → app → reports → checks, analyses → pricing → model → engine
# Each folder, its sub-folders (rooms such as reports/html) included, may include
# only from itself and the layers below it; prints every include that points up
# and exits 1 when there is one.
#   scripts/check-layers.sh [TREE]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"  # the tree to check: this one, or the one named

# folder: the folders its files may include from (itself and every layer below, at any distance)
declare -A uses=() allowed=()
order=()
while IFS=: read -r folder below; do
  [[ -z $folder || $folder == \#* ]] && continue
  order+=("$folder")
  uses[$folder]=$below
done < cmake/layers.txt
for folder in "${order[@]}"; do
  reach="$folder"
  for used in ${uses[$folder]}; do
    [[ -z ${allowed[$used]+x} ]] && { echo "cmake/layers.txt: $folder builds on $used, which is not listed before it" >&2; exit 1; }
    reach="$reach ${allowed[$used]}"
  done
  allowed[$folder]=$(tr ' ' '\n' <<<"$reach" | sort -u | tr '\n' ' ')
done

status=0
for folder in "${order[@]}"; do
  while IFS= read -r line; do
    file=${line%%:*}
    target=${line#*#include \"}
    target=${target%%\"*}
    ok=0
    for permitted in ${allowed[$folder]}; do
      [[ $target == "$permitted"/* ]] && ok=1
    done
    if [[ $ok -eq 0 ]]; then
      echo "$file: includes $target, which is not below $folder" >&2
      status=1
    fi
  done < <(grep -rHn --include='*.[ch]pp' '^#include "' "$folder" 2>/dev/null || true)
done
# Every folder under tariffs/ must be a known layer.
for folder in tariffs/*/; do
  folder=${folder%/}
  if [[ -z ${allowed[$folder]+x} ]]; then
    echo "$folder: not a known layer; add it to cmake/layers.txt" >&2
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "includes point one way: cli → app → reports → checks, analyses → pricing → model → engine"
exit $status
