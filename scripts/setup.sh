#!/usr/bin/env bash
# Installs what FleetDesk needs from Debian 12's packages (only what is missing) and builds it into
# ./build. Safe to run again: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FLEETDESK_BUILD_DIR:-$root/build}

packages=(
    cmake ninja-build g++ pkg-config python3
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qt6-positioning-dev libqt6positioning6-plugins qt6-charts-dev qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev
    libsodium-dev postgresql postgresql-contrib openssl python3-yaml
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libxlsxwriter-dev libsqlite3-dev liblemon-dev libdeflate-dev
    xvfb xauth fonts-noto-cjk
    poppler-utils clang-format
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        sudo=sudo
        command -v sudo >/dev/null || { echo "setup: run as root (or install sudo) to install: ${missing[*]}" >&2; exit 1; }
    else
        sudo=
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# Two cores on the reference machine; Ninja picks the job count from the core count.
cmake --build "$build"
echo "setup: built into $build"
