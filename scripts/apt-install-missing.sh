#!/usr/bin/env bash
# Installs those of the named Debian packages that are not installed yet.
#   scripts/apt-install-missing.sh PACKAGE...
set -euo pipefail

todo=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || todo+=("$package")
done
[ ${#todo[@]} -eq 0 ] && exit 0

echo "installing: ${todo[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${todo[@]}" >/dev/null
