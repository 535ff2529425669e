#!/usr/bin/env bash
# The files `--output` writes: a new file's permissions are what the umask
# leaves (as any other program's), and a write the system refuses (a full disk;
# here a file-size limit, which fails the same way) gives one line naming the
# file and the system's reason, no library's internal lines, no temporary
# file's name, and leaves nothing behind.
#   output_files.sh TARIFF_BINARY SOURCE_DIR
set -u
tariff=$(realpath "$1")
model=$(realpath "$2")/models/examples/region.yaml
work=$(mktemp -d "${TMPDIR:-/tmp}/output-files.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=1; }

for mask in 022 077 002; do
    for format in csv html xlsx; do
        rm -f "out.$format"
        (umask "$mask"; "$tariff" price "$model" --output "out.$format") || fail "umask $mask: $format not written"
        mode=$(stat -c %a "out.$format")
        want=$(printf '%o' $((0666 & ~0$mask)))
        [ "$mode" = "$want" ] || fail "umask $mask: out.$format is $mode, not $want"
    done
done
rm -f out.*
[ $failed -eq 0 ] && echo "ok: a new file's permissions follow the umask"

for format in csv html xlsx; do
    err=$( (ulimit -f 1; trap '' XFSZ; "$tariff" price "$model" --output "full.$format") 2>&1 >/dev/null)
    code=$?
    lines=$(printf '%s\n' "$err" | wc -l)
    [ "$code" -eq 1 ] || fail "$format on a full disk: exit $code, not 1"
    [ "$lines" -eq 1 ] || fail "$format on a full disk: $lines lines, not one: $err"
    case "$err" in
        "tariff: cannot write full.$format: "*"File too large") ;;
        *) fail "$format on a full disk: no file or reason in: $err" ;;
    esac
    case "$err" in *tariff-tmp*|*ERROR*) fail "$format on a full disk: says too much: $err" ;; esac
    left=$(ls -A)
    [ -z "$left" ] || fail "$format on a full disk left: $left"
done
[ $failed -eq 0 ] && echo "ok: a full disk is one line with the file and the reason, nothing left"
exit $failed
