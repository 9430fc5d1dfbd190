#!/usr/bin/env bash
# Starts a local fleetdesk-server for trying it out (docs/SERVER.md): a private CA and a server certificate
# made on the spot, a first administrator with a random password, and the demo fleet pushed through the
# sync API. Everything goes into one folder (the first argument, or a new one under /tmp).
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

# The demo fleet: made by fleetdesk-cli into a desktop file, then pushed record by record through the API.
"$cli" --db demo.sqlite demo > /dev/null
python3 - "https://127.0.0.1:$port" "$dir" <<'EOF'
import json, sqlite3, ssl, sys, urllib.request
base, folder = sys.argv[1], sys.argv[2]
tls = ssl.create_default_context(cafile=folder + "/ca.pem")
def call(path, body, token=None):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, context=tls) as r:
        return json.load(r)
token = call("/api/v1/login", {"user": "admin", "password": open(folder + "/admin.pw").read().strip()})["token"]
db = sqlite3.connect(folder + "/demo.sqlite")
meta = {"id", "updated_at", "updated_by", "version", "deleted"}
# Referenced kinds before the kinds that refer to them; requests name their dispatch order.
kinds = ["units", "stations", "vehicles", "drivers", "cards", "fences", "tasks", "refuels", "violations",
         "maintenance", "requests"]
total = 0
for kind in kinds:
    cur = db.execute(f"SELECT * FROM {kind} WHERE deleted = 0")
    columns = [c[0] for c in cur.description]
    rows = [dict(zip(columns, r)) for r in cur]
    for start in range(0, len(rows), 500):
        changes = [{"change_id": f"demo-{kind}-{r['id']}", "kind": kind, "id": r["id"], "base_version": 0,
                    "action": "upsert", "values": {k: v for k, v in r.items() if k not in meta}}
                   for r in rows[start:start + 500]]
        results = call("/api/v1/sync/push", {"changes": changes}, token)["results"]
        refused = [r for r in results if r["status"] not in ("applied", "duplicate")]
        for r in refused[:3]:
            print(f"try-server: {kind}: {r['status']} {r.get('code')}: {r.get('message')}", file=sys.stderr)
        total += len(results) - len(refused)
print(f"demo fleet on the server: {total} records")
EOF

cat <<EOF
fleetdesk-server is running (pid $pid) at https://127.0.0.1:$port
  CA certificate for clients: $dir/ca.pem
  sign in as admin, password in $dir/admin.pw
  log: $dir/server.log      stop it with: kill $pid
  try: curl --cacert $dir/ca.pem https://127.0.0.1:$port/api/v1/health
EOF
