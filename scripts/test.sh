#!/usr/bin/env bash
# Sets FleetDesk up (packages, build) and runs every test suite. GUI suites run offscreen (no display).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FLEETDESK_BUILD_DIR:-$root/build}
bash "$root/scripts/setup.sh"
cd "$build"
ctest --output-on-failure --timeout 600
