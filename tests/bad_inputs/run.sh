#!/usr/bin/env bash
# The bad-input suite: run `tariff` on each broken input and compare what it says.
#
#   run.sh TARIFF_BINARY [CASE_DIR...]       (no CASE_DIR: every case beside this script)
#   TARIFF_UPDATE_GOLDEN=1 run.sh ...        (re)write each case's `expected` instead
#
# A case is a directory with `args` (one line: the arguments to tariff, paths
# relative to the case directory) and `expected`: the exact standard error,
# then a last line `exit N`. Standard output is ignored unless the case has
# `expected.stdout`. A case fails when its standard error or exit code differs,
# when it runs longer than 5 seconds, or when it leaves a new or changed file
# behind in its directory (partial output, an input overwritten); the runner
# then puts the directory back as it was.
#
# Each case whose command takes `--locale` runs a second time with
# `--locale nl`: it must exit the same, and name the same places in the same
# order (`model.yaml:5:4: fout: …` where English says `model.yaml:5:4: error:
# …`), in Dutch: a message that reads as its English fails, and so does a
# usage error (exit 2, `tariff: …`) that reads as its English. A case with
# `expected.nl` compares that run byte for byte.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 TARIFF_BINARY [CASE_DIR...]" >&2
    exit 2
fi

binary=$1
shift
case $binary in
    /*) ;;
    *) binary=$(pwd)/$binary ;;
esac
if [ ! -x "$binary" ]; then
    echo "$0: $binary is not an executable" >&2
    exit 2
fi

if [ $# -eq 0 ]; then
    here=$(cd "$(dirname "$0")" && pwd)
    set -- "$here"/[0-9]*
fi

update=${TARIFF_UPDATE_GOLDEN:-}

# Every path in the current directory with a checksum of each regular file.
snapshot() {
    {
        find . ! -type f -printf '- - %p\n'
        find . -type f -exec cksum {} +
    } | LC_ALL=C sort -k 3
}
# The places a standard error names, each line's `file:line:column` up to the severity.
places() { sed -n -E 's/^(.*:[0-9]+:[0-9]+): (error|warning|fout|waarschuwing): .*/\1/p' "$1"; }

# The case again under --locale nl (see above); $1 the case's name, then its arguments.
dutch_run() {
    local name=$1
    shift
    LC_ALL=C.UTF-8 timeout 5 "$binary" "$@" --locale nl </dev/null >/dev/null 2>"$work/stderr.nl"
    local code=$?
    grep -q -- "--locale" "$work/stderr.nl" && [ "$code" -eq 2 ] && return 0  # the command has no --locale
    if [ -f expected.nl ]; then
        printf 'exit %d\n' "$code" | cat "$work/stderr.nl" - | cmp -s expected.nl - && return 0
        echo "FAIL $name: under --locale nl, standard error or exit code differs"
        printf 'exit %d\n' "$code" | cat "$work/stderr.nl" - | diff -u --label "$name/expected.nl" --label "$name/actual" expected.nl -
        return 1
    fi
    if [ "exit $code" != "$(tail -n 1 expected)" ]; then
        echo "FAIL $name: under --locale nl it exits $code, not as in English"
        return 1
    fi
    if [ "$(places expected)" != "$(places "$work/stderr.nl")" ]; then
        echo "FAIL $name: under --locale nl the places differ from English"
        diff <(places expected) <(places "$work/stderr.nl")
        return 1
    fi
    local english
    english=$(grep -E ': error: |: warning: ' expected | sed -E 's/^.*:[0-9]+:[0-9]+: (error|warning): //')
    if [ -n "$english" ] && grep -F -x -q -f <(printf '%s\n' "$english") <(sed -E 's/^.*:[0-9]+:[0-9]+: (fout|waarschuwing): //' "$work/stderr.nl"); then
        echo "FAIL $name: under --locale nl a message is still English:"
        grep -F -x -f <(printf '%s\n' "$english") <(sed -E 's/^.*:[0-9]+:[0-9]+: (fout|waarschuwing): //' "$work/stderr.nl") | head -3
        return 1
    fi
    # Wrong usage (exit 2) is said in Dutch too: `tariff: …` as in English fails.
    if [ "$code" -eq 2 ] && grep -q '^tariff: ' expected &&
        grep -F -x -q -f <(grep '^tariff: ' expected) "$work/stderr.nl"; then
        echo "FAIL $name: under --locale nl the usage error is still English:"
        grep -F -x -f <(grep '^tariff: ' expected) "$work/stderr.nl" | head -3
        return 1
    fi
    return 0
}

work=$(mktemp -d "${TMPDIR:-/tmp}/bad-inputs.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

failed=0
for dir in "$@"; do
    dir=${dir%/}
    name=$(basename "$dir")
    if [ ! -f "$dir/args" ]; then
        echo "FAIL $name: no args file" >&2
        failed=1
        continue
    fi
    (
        cd "$dir" || exit 1
        snapshot >"$work/before"
        rm -rf "$work/backup" && cp -a . "$work/backup"
        eval "set -- $(head -n 1 args)"
        LC_ALL=C.UTF-8 timeout 5 "$binary" "$@" </dev/null >"$work/stdout" 2>"$work/stderr"
        code=$?
        snapshot >"$work/after"

        # Standard error byte for byte, then the exit code on a line of its own.
        {
            cat "$work/stderr"
            if [ -s "$work/stderr" ] && [ "$(tail -c 1 "$work/stderr" | od -An -c | tr -d ' ')" != '\n' ]; then
                printf '\n\\ no newline at end of standard error\n'
            fi
            printf 'exit %d\n' "$code"
        } >"$work/actual"

        status=0
        if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
            echo "FAIL $name: did not finish within 5 seconds"
            status=1
        fi
        if ! cmp -s "$work/before" "$work/after"; then
            echo "FAIL $name: the run left new or changed files behind in the case directory:"
            diff "$work/before" "$work/after" | sed -n 's/^[<>] [^ ]* [^ ]* /    /p' | LC_ALL=C sort -u
            # Put the case back as it is kept, so that the next run starts from it.
            cut -d ' ' -f 3- "$work/after" | LC_ALL=C sort -r | while IFS= read -r path; do
                [ "$path" = . ] || [ -e "$work/backup/$path" ] || rm -rf -- "$path"
            done
            cp -a "$work/backup/." .
            status=1
        fi

        if [ -n "$update" ]; then
            cp "$work/actual" expected
            [ -f expected.stdout ] && cp "$work/stdout" expected.stdout
            [ $status -eq 0 ] && echo "updated $name"
            exit $status
        fi

        if [ ! -f expected ]; then
            echo "FAIL $name: no expected file (run with TARIFF_UPDATE_GOLDEN=1 to write it)"
            exit 1
        fi
        if ! cmp -s expected "$work/actual"; then
            echo "FAIL $name: standard error or exit code differs"
            diff -u --label "$name/expected" --label "$name/actual" expected "$work/actual"
            status=1
        fi
        if [ -f expected.stdout ] && ! cmp -s expected.stdout "$work/stdout"; then
            echo "FAIL $name: standard output differs"
            diff -u --label "$name/expected.stdout" --label "$name/actual.stdout" expected.stdout "$work/stdout"
            status=1
        fi
        if [ $status -eq 0 ] && ! dutch_run "$name" "$@"; then status=1; fi
        [ $status -eq 0 ] && echo "ok $name"
        exit $status
    ) || failed=1
done
exit $failed
