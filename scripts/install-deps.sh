#!/usr/bin/env bash
# Installs the Debian packages tariff needs, only those that are missing.
set -euo pipefail

packages=(g++ cmake make libboost-dev libgmp-dev libyaml-cpp-dev libcli11-dev catch2 nlohmann-json3-dev libxlsxwriter-dev)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
