#!/bin/sh
# Opens workbooks in LibreOffice Calc (headless), recalculates every formula,
# and exports every sheet as CSV: OUTDIR/BOOK-SHEET.csv (LibreOffice >= 7.2).
#
#   tests/recalc_xlsx.sh [--cached] [--shown] OUTDIR BOOK.xlsx...
#   tests/recalc_xlsx.sh --pdf OUTDIR BOOK.xlsx...
#
# --cached exports the values stored in the file (no recalculation) instead,
# so the two can be compared; --shown exports each cell as the sheet shows it
# (`€ 1.234,56`, `3.85%`) rather than its raw value; --pdf prints every book
# as OUTDIR/BOOK.pdf, as LibreOffice prints it by default. A private LibreOffice
# profile under OUTDIR keeps this from touching (or waiting on) the user's own LibreOffice.
set -eu

mode=0  # OOXMLRecalcMode: 0 always recalculate, 1 never, 2 ask
shown=false
pdf=false
while [ $# -gt 0 ]; do
    case $1 in
        --cached) mode=1 ;;
        --shown) shown=true ;;
        --pdf) pdf=true ;;
        *) break ;;
    esac
    shift
done
if [ $# -lt 2 ]; then
    echo "usage: $0 [--cached] OUTDIR BOOK.xlsx..." >&2
    exit 2
fi
outdir=$1
shift

office=$(command -v soffice || command -v libreoffice || true)
if [ -z "$office" ]; then
    echo "$0: LibreOffice (soffice) is not installed" >&2
    exit 3
fi

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
profile="$outdir/.profile-$mode"
mkdir -p "$profile/user"
cat >"$profile/user/registrymodifications.xcu" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>$mode</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>$mode</value></prop></item>
</oor:items>
EOF

# CSV filter options: comma, double quote, UTF-8, from line 1, no cell
# formats, language 0, quoted fields not as text, detect special numbers,
# raw values (or as shown), no formulas, keep spaces, every sheet (-1).
filter="csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,$shown,false,false,-1"
if $pdf; then
    filter=pdf
fi

timeout 120 "$office" "-env:UserInstallation=file://$profile" --headless --norestore \
    --convert-to "$filter" --outdir "$outdir" "$@" >"$outdir/soffice-$mode.log" 2>&1 || {
    status=$?
    cat "$outdir/soffice-$mode.log" >&2
    exit $status
}
