#!/usr/bin/env bash
# acctd throughput, latency and memory on this machine (not a test; see docs/benchmarks.md).
# Needs wrk (Debian package `wrk`). Runs a release acctd on a temporary SQLite database,
# loopback only, with wrk as a second process; every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk" >&2; exit 1; }
cargo build --release -q -p acctd
dir=$(mktemp -d)
port=${BENCH_PORT:-18720}
url=http://127.0.0.1:$port
DB=${BENCH_DATABASE:-sqlite://$dir/bench.db}
ACCTD_SECRET_KEY=$(printf '%064d' 7) \
ACCTD_LIMITS_CODES_PER_IP_PER_DAY=100000 \
RUST_LOG=warn ./target/release/acctd --listen 127.0.0.1:$port --database "$DB" \
  --courier "file:$dir/courier.jsonl" >"$dir/out.log" 2>"$dir/err.log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -sf $url/healthz >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/{print $2/1024 " MiB"}' /proc/$pid/status; }
hwm() { awk '/VmHWM/{print $2/1024 " MiB"}' /proc/$pid/status; }
echo "idle RSS: $(rss)"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
phone=+8613812345678 pw=violet-Quartz-91
flow=$(curl -sf -XPOST $url/v1/flows -H 'content-type: application/json' \
  -d "{\"kind\":\"signup\",\"phone\":\"$phone\",\"password\":\"$pw\"}" | json 'd["flow_id"]')
code=$(tail -1 "$dir/courier.jsonl" | json 'd["code"]')
token=$(curl -sf -XPOST $url/v1/flows/$flow -H 'content-type: application/json' -d "{\"code\":\"$code\"}" \
  | json 'd["result"]["session"]["access_token"]')

echo "== GET /v1/me, 32 connections"
wrk -t2 -c32 -d10s --latency -H "Authorization: Bearer $token" $url/v1/me | grep -E "Requests/sec|50%|99%|Socket|Non-2xx"
echo "== GET /v1/me, 128 connections"
wrk -t2 -c128 -d10s --latency -H "Authorization: Bearer $token" $url/v1/me | grep -E "Requests/sec|50%|99%|Socket|Non-2xx"
echo "peak RSS under load: $(hwm)"

echo "== argon2id cost (one hash, this machine)"
cargo run --release -q -p acctd --example argon2_cost
cat >"$dir/login.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"kind":"login","login":"$phone","method":"password","password":"$pw"}'
LUA
echo "== password sign-in, 128 connections"
wrk -t2 -c128 -d15s --timeout 10s --latency -s "$dir/login.lua" $url/v1/flows | grep -E "Requests/sec|50%|99%|Socket|Non-2xx"
echo "peak RSS: $(hwm)"
