#!/usr/bin/env bash
# Installs those of the named Debian packages that are not installed yet. Says
# in one line what it installs; apt's own output goes to a log file, shown only
# when apt fails.
#   scripts/apt-install-missing.sh PACKAGE...
set -euo pipefail

todo=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || todo+=("$package")
done
[ ${#todo[@]} -eq 0 ] && exit 0

log="${TMPDIR:-/tmp}/tariff-apt.log"
echo "installing ${todo[*]} (apt's output: $log)" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${todo[@]}"; } >"$log" 2>&1; then
  echo "apt-get failed; the end of $log:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
