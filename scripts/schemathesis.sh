#!/usr/bin/env bash
# The API contract run (issue 12): schemathesis against a release acctd on loopback,
# anonymous and then with a bearer token, coverage + fuzzing + stateful phases and
# every check. Exits non-zero on any failure. Needs schemathesis 4 (`pip install
# 'schemathesis==4.*'`). Usage: scripts/schemathesis.sh [ACCTD] (a built acctd; default:
# build the release one). Settings (not ACCTD_*: acctd reads those):
# ST_MAX_EXAMPLES (fuzzing examples per operation, default 20), ST_MAX_TIME (seconds
# per run, default 120; the sign-out run gets half), ST_SEED (default 1, so CI runs repeat).
# Per-operation exceptions live in scripts/schemathesis.toml, each with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c 'import schemathesis' 2>/dev/null ||
  { echo "install schemathesis: python3 -m pip install 'schemathesis==4.*'" >&2; exit 1; }

bin=${1:-}
if [ -z "$bin" ]; then
  cargo build --release --locked -q -p acctd
  bin=./target/release/acctd
fi
dir=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url=http://127.0.0.1:$port
# Fuzzing sends thousands of codes, wrong codes and passwords from one address: the
# limits are raised (not the 429s hidden) so the run reaches the code behind them.
# The 429s and 423s that remain are documented and accepted as such.
big=1000000
env ACCTD_SECRET_KEY="$(printf '%064d' 12)" \
  ACCTD_LIMITS_CODES_PER_IP_PER_DAY=$big \
  ACCTD_LIMITS_CODES_PER_DESTINATION_PER_DAY=$big \
  ACCTD_LIMITS_CODES_PER_DESTINATION_PER_IP_PER_DAY=$big \
  ACCTD_LIMITS_RECOVERY_CODES_PER_DESTINATION_PER_DAY=$big \
  ACCTD_LIMITS_CODE_FAILURES_PER_DESTINATION_PER_DAY=$big \
  ACCTD_LIMITS_CODE_FAILURES_PER_DESTINATION_PER_IP_PER_DAY=$big \
  ACCTD_LIMITS_SECOND_FACTOR_FAILURES_PER_ACCOUNT=$big \
  ACCTD_LIMITS_LOCKOUT_FREE_FAILURES=$big \
  ACCTD_LIMITS_LOCKOUT_HARD_FAILURES=$((big + 1)) \
  ACCTD_LIMITS_CODE_RESEND_COOLDOWN=0 \
  ACCTD_PASSWORD_ARGON2_MEMORY_KIB=8192 \
  ACCTD_PASSWORD_ARGON2_ITERATIONS=1 \
  RUST_LOG=warn "$bin" --listen "127.0.0.1:$port" --database "sqlite://$dir/acctd.db" \
  --courier "file:$dir/courier.jsonl" >"$dir/out.log" 2>"$dir/err.log" &
pid=$!
for _ in $(seq 100); do curl -sf "$url/readyz" >/dev/null && break; sleep 0.1; done
curl -sf "$url/readyz" >/dev/null || { echo "acctd did not start:" >&2; cat "$dir/err.log" >&2; exit 1; }

examples=${ST_MAX_EXAMPLES:-20}
max_time=${ST_MAX_TIME:-120}
seed=${ST_SEED:-1}
run() {
  local label=$1
  shift
  echo "== schemathesis: $label"
  python3 -m schemathesis.cli --config-file scripts/schemathesis.toml run "$url/v1/openapi.json" \
    --checks all --phases coverage,fuzzing,stateful \
    --max-examples "$examples" --max-time "$max_time" --seed "$seed" \
    --request-timeout 10 --no-color "$@"
}

json() { python3 -c 'import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }
post() { curl -sf -XPOST "$url$1" -H 'content-type: application/json' -d "$2"; }

status=0
run anonymous || status=1

# An account of our own, signed up through the API with the code from the courier
# file, and one password sign-in per run so a run that signs its device out (it
# may: logout and sign-out are in the document) cannot spend the other's token.
phone=+8613812345678 password=violet-Quartz-91
flow=$(post /v1/flows "{\"kind\":\"signup\",\"phone\":\"$phone\",\"password\":\"$password\"}" | json 'd["flow_id"]')
code=$(tail -n1 "$dir/courier.jsonl" | json 'd["code"]')
post "/v1/flows/$flow" "{\"code\":\"$code\"}" >/dev/null
token() {
  post /v1/flows "{\"kind\":\"login\",\"login\":\"$phone\",\"method\":\"password\",\"password\":\"$password\"}" |
    json 'd["result"]["session"]["access_token"]'
}
run authenticated -H "Authorization: Bearer $(token)" \
  --exclude-name 'POST /v1/logout' --exclude-name 'POST /v1/devices/sign-out' \
  --exclude-name 'DELETE /v1/devices/{id}' || status=1
max_time=$((max_time / 2))
run "authenticated, signing out" -H "Authorization: Bearer $(token)" \
  --include-name 'POST /v1/logout' --include-name 'POST /v1/devices/sign-out' \
  --include-name 'DELETE /v1/devices/{id}' || status=1

if grep -q ' ERROR ' "$dir/err.log"; then
  echo "acctd logged errors:" >&2
  grep ' ERROR ' "$dir/err.log" | head -n 20 >&2
  status=1
fi
exit $status
