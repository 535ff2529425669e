#!/usr/bin/env bash
# Installs the real programs some tests use, when missing: LibreOffice Calc (it
# recalculates our XLSX workbooks), Chromium (it renders our HTML report) and unzip
# (to read a workbook's formulas back).
# Where they cannot be installed, those tests say so and skip; the rest still run.
set -uo pipefail

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
missing+=(fonts-dejavu-core)
todo=()
for package in "${missing[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || todo+=("$package")
done
[ ${#todo[@]} -eq 0 ] && exit 0

echo "installing test tools: ${todo[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${todo[@]}" >/dev/null; }; then
  echo "warning: could not install ${todo[*]}; the tests that need them will be skipped" >&2
fi
exit 0
