#!/usr/bin/env bash
# The layering check must fail on an include that points up: a model header
# that includes a report, in a scratch tree shaped like ours.
set -euo pipefail
script="$(cd "$(dirname "$0")/.." && pwd)/scripts/check-layers.sh"
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree"/{engine,cli,cmake} "$tree"/tariffs/{model,pricing,checks,reports}
cp "$(dirname "$script")/../cmake/layers.txt" "$tree/cmake/"  # the layers, as the build reads them
echo '#include "engine/number.hpp"' > "$tree/tariffs/model/model.hpp"
"$script" "$tree" >/dev/null || { echo "a clean tree was refused" >&2; exit 1; }
echo '#include "tariffs/reports/table.hpp"' >> "$tree/tariffs/model/model.hpp"
if "$script" "$tree" 2>"$tree/err"; then
  echo "an include from model to reports was accepted" >&2
  exit 1
fi
grep -q 'tariffs/model/model.hpp: includes tariffs/reports/table.hpp' "$tree/err"
# A room of a layer is held to the layer's rule too.
sed -i '$d' "$tree/tariffs/model/model.hpp"
mkdir -p "$tree/tariffs/model/room"
echo '#include "tariffs/reports/html/page.hpp"' > "$tree/tariffs/model/room/part.cpp"
if "$script" "$tree" 2>"$tree/err"; then
  echo "an include from a room of model to reports was accepted" >&2
  exit 1
fi
grep -q 'tariffs/model/room/part.cpp: includes tariffs/reports/html/page.hpp' "$tree/err"
rm -r "$tree/tariffs/model/room"
# Two layers side by side (checks, analyses) do not see each other.
echo '#include "tariffs/analyses/variant.hpp"' > "$tree/tariffs/checks/check.cpp"
if "$script" "$tree" 2>"$tree/err"; then
  echo "an include from checks to analyses was accepted" >&2
  exit 1
fi
grep -q 'tariffs/checks/check.cpp: includes tariffs/analyses/variant.hpp' "$tree/err"
echo "the check refuses an include that points up"
