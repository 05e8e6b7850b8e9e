#!/usr/bin/env bash
# `acctl activity --all -o ndjson` over a large history (not a test): seeds N activity
# events (default 1,000,000) for one account straight into a release acctd's SQLite
# database, then measures the wall time and peak RSS of acctl (GNU time) and of acctd
# (/proc/PID/status VmHWM). Targets: under 5 s and under 50 MiB for acctl on 2 cores.
# Needs sqlite3 and GNU time (apt-get install -y sqlite3 time). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${BENCH_EVENTS:-1000000}
for tool in sqlite3 /usr/bin/time curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y sqlite3 time curl)" >&2; exit 1; }
done
cargo build --release -q -p acctd -p acctl
dir=$(mktemp -d)
port=${BENCH_PORT:-18721}
url=http://127.0.0.1:$port
db=$dir/bench.db
ACCTD_SECRET_KEY=$(printf '%064d' 7) RUST_LOG=warn ./target/release/acctd --listen 127.0.0.1:$port \
  --database "sqlite://$db" --courier "file:$dir/courier.jsonl" >"$dir/out.log" 2>"$dir/err.log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf $url/healthz >/dev/null && break; sleep 0.1; done

# A signed-in acctl in its own config dir (plain-file token store: no keyring needed).
export ACCTL_CONFIG_DIR=$dir/acctl ACCTL_SERVER=$url NO_COLOR=1
mkdir -p "$ACCTL_CONFIG_DIR" && echo 'token_store = "file"' >"$ACCTL_CONFIG_DIR/config.toml"
acctl=./target/release/acctl
phone=+8613812345678
flow=$($acctl signup --phone $phone --json --no-input 2>/dev/null |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["flow_id"])') || true
code=$(python3 -c 'import json,sys; print([json.loads(l) for l in open(sys.argv[1])][-1]["code"])' "$dir/courier.jsonl")
account=$($acctl continue "$flow" --code "$code" --json 2>/dev/null |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["account_id"])')
echo "account $account"

echo "== seeding $count events"
start=$(date +%s)
sqlite3 "$db" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA busy_timeout = 10000;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count)
INSERT INTO activity (account_id, at, kind, outcome, method, ip, device_name, user_agent, reason)
SELECT '$account', strftime('%s', 'now') - 86400 * 30 + i * 2,
       CASE i % 5 WHEN 0 THEN 'password_changed' ELSE 'sign_in' END,
       CASE WHEN i % 7 = 0 THEN 'failure' ELSE 'success' END,
       CASE i % 3 WHEN 0 THEN 'sms' ELSE 'password' END,
       '10.' || (i % 250) || '.' || (i % 199) || '.' || (i % 97),
       'laptop-' || (i % 13),
       'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
       CASE WHEN i % 7 = 0 THEN 'wrong_password' END
FROM n;
SQL
echo "seeded in $(( $(date +%s) - start )) s"
echo "acctd RSS before: $(awk '/VmRSS/{print $2/1024 " MiB"}' /proc/$pid/status)"
echo "load average: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
acctd_cpu() { awk "{print (\$14 + \$15) / $(getconf CLK_TCK) \" s\"}" /proc/$pid/stat; }
echo "acctd CPU so far: $(acctd_cpu)"

echo "== acctl activity --all -o ndjson > /dev/null"
/usr/bin/time -v $acctl activity --all -o ndjson >"$dir/out.ndjson" 2>"$dir/time.log"
lines=$(wc -l <"$dir/out.ndjson")
grep -E "Elapsed \(wall|Maximum resident|User time|System time|Percent of CPU" "$dir/time.log"
echo "events printed: $lines"
echo "acctd peak RSS (VmHWM): $(awk '/VmHWM/{print $2/1024 " MiB"}' /proc/$pid/status); acctd CPU so far: $(acctd_cpu)"
echo "== again, to /dev/null (warm cache)"
/usr/bin/time -v $acctl activity --all -o ndjson >/dev/null 2>"$dir/time.log"
grep -E "Elapsed \(wall|Maximum resident|User time|System time|Percent of CPU" "$dir/time.log"
echo "acctd peak RSS (VmHWM): $(awk '/VmHWM/{print $2/1024 " MiB"}' /proc/$pid/status); acctd CPU so far: $(acctd_cpu)"
