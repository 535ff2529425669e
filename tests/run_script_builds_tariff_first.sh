#!/usr/bin/env bash
# scripts/run.sh, the main job, builds only the tariff command before it prints
# the price sheet: the test suite is not built first. A stand-in cmake on PATH
# records how it is called; the tariff command built by this build prints.
#   run_script_builds_tariff_first.sh SOURCE_DIR
set -euo pipefail
source_dir="$1"
shims=$(mktemp -d)
trap 'rm -rf "$shims"' EXIT
cat >"$shims/cmake" <<'SHIM'
#!/usr/bin/env bash
echo "cmake $*" >>"$CMAKE_CALLS"
SHIM
chmod +x "$shims/cmake"
export CMAKE_CALLS="$shims/calls"
PATH="$shims:$PATH" "$source_dir/scripts/run.sh" >"$shims/out" 2>"$shims/err"
builds=$(grep -c -- '--build' "$CMAKE_CALLS" || true)
if [ "$builds" != 1 ] || ! grep -q -- '--build build -j2 --target tariff$' "$CMAKE_CALLS"; then
  echo "scripts/run.sh should build the tariff target alone; cmake was called as:" >&2
  cat "$CMAKE_CALLS" >&2
  exit 1
fi
grep -q 'AMB-BEG-U' "$shims/out" || { echo "no price sheet on standard output" >&2; cat "$shims/err" >&2; exit 1; }
echo "scripts/run.sh builds the tariff target alone, then prints the price sheet"
