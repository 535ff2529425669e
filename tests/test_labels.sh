#!/bin/sh
# Every Catch test case that opens LibreOffice (export_csv, export_pdf,
# has_libreoffice) or Chromium carries the tag [libreoffice], [chromium] or
# [live]: ctest gives those the label `external`, and `ctest -L unit` must not
# start a spreadsheet or a browser. Prints each test case that lacks its tag.
#
#   tests/test_labels.sh TESTS_DIR
set -eu
dir=${1:?usage: $0 TESTS_DIR}
status=0
for file in "$dir"/*/test_*.cpp; do
    awk -v file="$file" '
        function finish() {
            if (name != "" && uses && !tagged) { printf "%s:%d: %s: uses %s but has no [libreoffice], [chromium] or [live] tag\n", file, line, name, uses; bad = 1 }
        }
        /^TEST_CASE\(/ { finish(); name = $0; line = NR; header = 1; uses = ""; tagged = 0 }
        header { if ($0 ~ /\[libreoffice\]|\[chromium\]|\[live\]/) tagged = 1; if ($0 ~ /\{[ \t]*$/) header = 0 }
        name != "" && !header && /has_libreoffice|export_csv|export_pdf/ { uses = "LibreOffice" }
        name != "" && !header && /[Cc]hromium/ { uses = "Chromium" }
        END { finish(); exit bad }
    ' "$file" || status=1
done
exit $status
