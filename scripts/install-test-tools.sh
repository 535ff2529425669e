#!/usr/bin/env bash
# Installs the real programs some tests use, when missing: LibreOffice Calc (it
# recalculates our XLSX workbooks), Chromium (it renders our HTML report), unzip
# and zip (to read a workbook's formulas back, and to change an input in one) and clang (libFuzzer, for the fuzz smoke
# tests). Where they cannot be installed, those tests say so and skip; the rest
# still run.
set -uo pipefail
cd "$(dirname "$0")/.."

packages=(fonts-dejavu-core)
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v unzip >/dev/null 2>&1 || packages+=(unzip)
command -v zip >/dev/null 2>&1 || packages+=(zip)
command -v clang++ >/dev/null 2>&1 || packages+=(clang)
scripts/apt-install-missing.sh "${packages[@]}" ||
  echo "warning: could not install ${packages[*]}; the tests that need them will be skipped" >&2
exit 0
