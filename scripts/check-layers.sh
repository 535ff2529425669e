#!/usr/bin/env bash
# Checks that includes point one way:
#   cli → reports → checks, analyses → pricing → model → engine
# Each folder, its sub-folders (rooms such as reports/html) included, may include
# only from itself and the layers below it; prints every include that points up
# and exits 1 when there is one.
#   scripts/check-layers.sh [TREE]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"  # the tree to check: this one, or the one named

# folder: the folders its files may include from
declare -A allowed=(
  [engine]="engine"
  [tariffs/model]="engine tariffs/model"
  [tariffs/pricing]="engine tariffs/model tariffs/pricing"
  [tariffs/checks]="engine tariffs/model tariffs/pricing tariffs/checks"
  [tariffs/analyses]="engine tariffs/model tariffs/pricing tariffs/analyses"
  [tariffs/reports]="engine tariffs/model tariffs/pricing tariffs/checks tariffs/analyses tariffs/reports"
  [cli]="engine tariffs/model tariffs/pricing tariffs/checks tariffs/analyses tariffs/reports cli"
)

status=0
for folder in "${!allowed[@]}"; do
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
    echo "$folder: not a known layer; add it to scripts/check-layers.sh" >&2
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "includes point one way: cli → reports → checks, analyses → pricing → model → engine"
exit $status
