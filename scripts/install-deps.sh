#!/usr/bin/env bash
# Installs the Debian packages tariff needs to build, only those that are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/apt-install-missing.sh g++ cmake make libboost-dev libgmp-dev libyaml-cpp-dev libcli11-dev \
  catch2 nlohmann-json3-dev libxlsxwriter-dev libssl-dev
