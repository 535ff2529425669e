#!/usr/bin/env bash
# An interrupted run leaves nothing behind: `tariff ... --output FILE` killed
# with SIGTERM or SIGINT while it writes removes its temporary file and never
# creates FILE. Killed outright (SIGKILL), it cannot: the next run that writes
# into the same directory removes the temporary file, and no one else's.
#   interrupted_output.sh TARIFF_BINARY SOURCE_DIR
set -u
set -m  # background jobs of their own: SIGINT is not ignored in them
tariff=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/interrupted.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# A model large enough that writing its workbook takes a while (seconds).
python3 "$source_dir/bench/generate_model.py" --products 4200 -o model.yaml >/dev/null || exit 1

failed=0
for signal in TERM INT; do
    "$tariff" index model.yaml --format xlsx --output "out-$signal.xlsx" 2>/dev/null &
    pid=$!
    # Wait until the temporary file exists: the run is writing. A tight loop:
    # the workbook is written in well under a second.
    deadline=$((SECONDS + 60))
    while [ $SECONDS -lt $deadline ]; do
        compgen -G ".out-$signal.xlsx.*" >/dev/null && break
        kill -0 "$pid" 2>/dev/null || break
    done
    if ! compgen -G ".out-$signal.xlsx.*" >/dev/null; then
        echo "FAIL: the run finished before it could be interrupted (SIG$signal)"
        failed=1
        wait "$pid"
        continue
    fi
    kill -s "$signal" "$pid"
    wait "$pid"
    code=$?
    left=$(ls -A | grep -v '^model.yaml$')
    if [ -n "$left" ]; then
        echo "FAIL: SIG$signal left behind: $left"
        failed=1
    elif [ "$code" -eq 0 ]; then
        echo "FAIL: SIG$signal did not stop the run"
        failed=1
    else
        echo "ok: SIG$signal while writing left nothing behind (exit $code)"
    fi
done
# SIGKILL: the temporary file stays until the next run in the directory removes it.
"$tariff" index model.yaml --format xlsx --output out-KILL.xlsx 2>/dev/null &
pid=$!
deadline=$((SECONDS + 60))
while [ $SECONDS -lt $deadline ]; do
    compgen -G ".out-KILL.xlsx.*" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
done
kill -s KILL "$pid"
wait "$pid" 2>/dev/null
stale=$(compgen -G ".out-KILL.xlsx.tariff-tmp-$pid.*")
if [ -z "$stale" ]; then
    echo "FAIL: no temporary file named after the killed run ($pid) to clean up"
    failed=1
else
    live=".other.csv.tariff-tmp-$$.abcdef"  # this script's own: a run still writing
    touch "$live" .not-ours.tariff-tmp-1.txt
    "$tariff" price "$source_dir/models/examples/worked-example.yaml" --output next.csv || failed=1
    if [ -e "$stale" ]; then
        echo "FAIL: the next run left the killed run's temporary file $stale"
        failed=1
    elif [ ! -e "$live" ] || [ ! -e .not-ours.tariff-tmp-1.txt ]; then
        echo "FAIL: the next run removed a file that is not a dead run's temporary file"
        failed=1
    else
        echo "ok: SIGKILL's temporary file is removed by the next run, nothing else"
    fi
fi
exit $failed
