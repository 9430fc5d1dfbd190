#!/usr/bin/env bash
# Starts a local fleetdesk-server for trying it out (docs/SERVER.md): a private CA and a server certificate
# made on the spot, a first administrator with a random password, and the demo fleet pushed by a desktop
# file's first sync (fleetdesk-cli sync). Everything goes into one folder (the first argument, or a new one
# under /tmp).
#   scripts/try-server.sh [FOLDER]        FLEETDESK_PORT (default 8443), FLEETDESK_BUILD_DIR (default ./build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FLEETDESK_BUILD_DIR:-$root/build}
port=${FLEETDESK_PORT:-8443}
dir=${1:-$(mktemp -d /tmp/fleetdesk-server.XXXXXX)}
mkdir -p "$dir"
server=$build/server/fleetdesk-server
cli=$build/app/fleetdesk-cli
for program in "$server" "$cli"; do
    [[ -x $program ]] || { echo "try-server: $program is not built (cmake --build $build)" >&2; exit 1; }
done

# A private CA, and the server's certificate signed by it for localhost and 127.0.0.1.
cd "$dir"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -keyout ca-key.pem \
    -out ca.pem -subj "/CN=FleetDesk trial CA" -addext basicConstraints=critical,CA:TRUE \
    -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server-key.pem -out server.csr \
    -subj /CN=localhost 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
    > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 30 -extfile server.ext \
    -out server-cert.pem 2>/dev/null
chmod 600 ca-key.pem server-key.pem

# The first administrator, with a random password kept in a file only its owner reads.
umask 077
openssl rand -hex 12 > admin.pw
"$server" --db server.sqlite add-user admin --role administrator --password-file admin.pw

"$server" --db server.sqlite --listen "127.0.0.1:$port" --cert server-cert.pem --key server-key.pem \
    > server.log 2>&1 &
pid=$!
for _ in $(seq 50); do
    grep -q listening server.log 2>/dev/null && break
    kill -0 $pid 2>/dev/null || { cat server.log >&2; exit 1; }
    sleep 0.2
done

# The demo fleet: made by fleetdesk-cli into a desktop file, then pushed by that desktop's first sync (the
# same client the app uses: its outbox holds every record, referenced kinds first).
"$cli" --db demo.sqlite demo > /dev/null
"$cli" --db demo.sqlite sync --server "https://127.0.0.1:$port" --user admin --password-file admin.pw \
    --ca ca.pem

cat <<EOF
fleetdesk-server is running (pid $pid) at https://127.0.0.1:$port
  CA certificate for clients: $dir/ca.pem
  sign in as admin, password in $dir/admin.pw
  log: $dir/server.log      stop it with: kill $pid
  try: curl --cacert $dir/ca.pem https://127.0.0.1:$port/api/v1/health
EOF
