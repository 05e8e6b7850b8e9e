#!/usr/bin/env bash
# Bulk staff sign-out speed (not a test). Builds release binaries, seeds N
# accounts (default 10,000) each with a signed-in device into a fresh SQLite
# database, starts a release acctd on loopback, signs up a staff account with
# acctl and grants it the support role (`acctd staff grant`), then times
#   acctl support account sign-out --from-file ids.txt -o ndjson > /dev/null
# and reports wall time and accounts/second. BENCH_COUNT, BENCH_CONCURRENCY,
# BENCH_PORT override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${BENCH_COUNT:-10000}
concurrency=${BENCH_CONCURRENCY:-8}
port=${BENCH_PORT:-18722}
cargo build --release -q -p acctd --bin acctd --example seed_accounts
cargo build --release -q --bin acctl
dir=$(mktemp -d)
db="sqlite://$dir/bench.db"
url=http://127.0.0.1:$port
./target/release/examples/seed_accounts "$db" "$count" >"$dir/ids.txt"
export ACCTD_SECRET_KEY=$(printf 'ab%.0s' $(seq 32))
RUST_LOG=warn ./target/release/acctd --listen 127.0.0.1:$port --database "$db" \
  --courier "file:$dir/courier.jsonl" >"$dir/out.log" 2>"$dir/err.log" &
pid=$!
export ACCTL_CONFIG_DIR=$dir/config ACCTL_SERVER=$url ACCTL_KEYRING_SERVICE=acctl-bench-$$ NO_COLOR=1
acctl=./target/release/acctl
trap '$acctl logout -q >/dev/null 2>&1 || true; kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf $url/healthz >/dev/null && break; sleep 0.1; done

phone=+8613912340000
flow=$(printf 'violet-Quartz-91\n' | $acctl signup --phone $phone --password-stdin --json 2>/dev/null \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["flow_id"])' || true)
code=$(tail -1 "$dir/courier.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
staff=$($acctl continue "$flow" --code "$code" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["account_id"])')
./target/release/acctd staff grant "$staff" --role support --database "$db" >/dev/null

echo "signing out $count accounts, $concurrency in flight ($(nproc) cores; acctd and acctl on one machine)"
start=$(date +%s.%N)
status=0
$acctl support account sign-out --from-file "$dir/ids.txt" --concurrency "$concurrency" -o ndjson \
  >"$dir/result.ndjson" 2>"$dir/summary.txt" || status=$?
end=$(date +%s.%N)
cat "$dir/summary.txt"
ok=$(grep -c '"ok":true' "$dir/result.ndjson" || true)
signed=$(python3 -c 'import json,sys; print(sum(json.loads(l).get("devices_signed_out",0) for l in open(sys.argv[1])))' "$dir/result.ndjson")
python3 - "$start" "$end" "$count" "$ok" "$signed" "$status" <<'PY'
import sys
start, end, count, ok, signed, status = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
wall = end - start
print(f"wall {wall:.2f} s  ({count/wall:.0f} accounts/s)  ok {ok}/{count}  devices signed out {signed}  exit {status}")
PY
