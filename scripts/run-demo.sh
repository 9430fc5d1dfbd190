#!/usr/bin/env bash
# Sets FleetDesk up (packages, build), fills a demo database the first time, and starts the app on it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FLEETDESK_BUILD_DIR:-$root/build}
bash "$root/scripts/setup.sh"

data=${XDG_DATA_HOME:-$HOME/.local/share}/FleetDesk
mkdir -p "$data"
db="$data/demo.sqlite"
"$build/app/fleetdesk-cli" --db "$db" demo
# The demo's history ends in October; today's requests give the dispatch board a working day.
bash "$root/scripts/demo-today.sh" "$build/app/fleetdesk-cli" "$db"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "run-demo: no display here. On a desktop session run:  $build/app/fleetdesk --db $db" >&2
    echo "run-demo: or look at it headless:  xvfb-run -a $build/app/fleetdesk --db $db --user 演示 --role administrator --screenshot shot.png" >&2
    exit 0
fi
exec "$build/app/fleetdesk" --db "$db" "$@"
