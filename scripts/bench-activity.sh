#!/usr/bin/env bash
# `acctl activity --all -o ndjson` (the streamed export) over a large history (not a
# test): seeds N activity events (default 1,000,000; one more comes from the sign-up)
# for one account straight into a release acctd's SQLite database, then, in the same
# run and side by side, times the export and the sqlite3 shell printing the same rows
# as JSON (`sqlite3 -json`, the same query), with the peak RSS of acctl (GNU time) and
# of acctd (/proc/PID/status VmHWM) and the load average at each run. Targets (issue 12,
# 2 cores): export <= 2.0 s and no slower than sqlite3 -json; acctl <= 20 MiB,
# acctd <= 50 MiB. BENCH_RUNS (default 3) runs of each. With BENCH_POSTGRES_URL (an
# admin URL, e.g. postgres://postgres@127.0.0.1:5432/postgres) the same export is timed
# on a fresh PostgreSQL database beside `psql` printing the same rows as JSON.
# Needs sqlite3 and GNU time (apt-get install -y sqlite3 time). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${BENCH_EVENTS:-1000000}
for tool in sqlite3 /usr/bin/time curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y sqlite3 time curl)" >&2; exit 1; }
done
cargo build --release -q --workspace
bin=${CARGO_TARGET_DIR:-target}/release
runs=${BENCH_RUNS:-3}
dir=$(mktemp -d)
port=${BENCH_PORT:-18721}
url=http://127.0.0.1:$port
db=$dir/bench.db
ACCTD_SECRET_KEY=$(printf '%064d' 7) RUST_LOG=warn $bin/acctd --listen 127.0.0.1:$port \
  --database "sqlite://$db" --courier "file:$dir/courier.jsonl" >"$dir/out.log" 2>"$dir/err.log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf $url/healthz >/dev/null && break; sleep 0.1; done

# A signed-in acctl in its own config dir (plain-file token store: no keyring needed).
export ACCTL_CONFIG_DIR=$dir/acctl ACCTL_SERVER=$url NO_COLOR=1
mkdir -p "$ACCTL_CONFIG_DIR" && echo 'token_store = "file"' >"$ACCTL_CONFIG_DIR/config.toml"
acctl=$bin/acctl
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

echo "== acctl activity --all -o ndjson (a file, then /dev/null)"
/usr/bin/time -v $acctl activity --all -o ndjson >"$dir/out.ndjson" 2>"$dir/time.log"
grep -E "Elapsed \(wall|Maximum resident" "$dir/time.log"
echo "events printed: $(wc -l <"$dir/out.ndjson") ($(du -m "$dir/out.ndjson" | cut -f1) MiB)"
rm -f "$dir/out.ndjson"

# The same rows, the same order, times as RFC 3339 like the export.
query="SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', at, 'unixepoch') AS at, kind, outcome, method, ip, device_name, user_agent, reason FROM activity WHERE account_id = '$account' ORDER BY id DESC"
wall() { awk -F': ' '/Elapsed \(wall/{print $2}' "$1"; }
rss() { awk '/Maximum resident/{printf "%.1f MiB", $NF/1024}' "$1"; }
printf '%-4s  %-10s  %-12s  %-12s  %-14s  %s\n' run export "sqlite3 -json" "acctl RSS" "acctd VmHWM" "load (1/5/15 min)"
for i in $(seq "$runs"); do
  load=$(cut -d" " -f1-3 /proc/loadavg)
  /usr/bin/time -v $acctl activity --all -o ndjson >/dev/null 2>"$dir/export.log"
  /usr/bin/time -v sqlite3 -json "$db" "$query" >/dev/null 2>"$dir/shell.log"
  printf '%-4s  %-10s  %-12s  %-12s  %-14s  %s\n' "$i" "$(wall "$dir/export.log")" "$(wall "$dir/shell.log")" \
    "$(rss "$dir/export.log")" "$(awk '/VmHWM/{printf "%.1f MiB", $2/1024}' /proc/$pid/status)" "$load"
done
echo "acctd CPU so far: $(acctd_cpu); sqlite3 shell RSS: $(rss "$dir/shell.log")"

[ -n "${BENCH_POSTGRES_URL:-}" ] || exit 0
command -v psql >/dev/null || { echo "missing psql for the PostgreSQL run" >&2; exit 1; }
echo "== PostgreSQL"
pgdb=acctd_bench_$$
psql -q "$BENCH_POSTGRES_URL" -c "CREATE DATABASE $pgdb"
pgurl=${BENCH_POSTGRES_URL%/*}/$pgdb
pgport=$((port + 1))
ACCTD_SECRET_KEY=$(printf '%064d' 7) RUST_LOG=warn $bin/acctd --listen 127.0.0.1:$pgport \
  --database "$pgurl" --courier "file:$dir/pg-courier.jsonl" >"$dir/pg-out.log" 2>"$dir/pg-err.log" &
pgpid=$!
trap 'kill $pid $pgpid 2>/dev/null; sleep 0.5; psql -q "$BENCH_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf http://127.0.0.1:$pgport/healthz >/dev/null && break; sleep 0.1; done
export ACCTL_SERVER=http://127.0.0.1:$pgport ACCTL_CONFIG_DIR=$dir/acctl-pg
mkdir -p "$ACCTL_CONFIG_DIR" && echo 'token_store = "file"' >"$ACCTL_CONFIG_DIR/config.toml"
flow=$($acctl signup --phone $phone --json --no-input 2>/dev/null |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["flow_id"])') || true
code=$(python3 -c 'import json,sys; print([json.loads(l) for l in open(sys.argv[1])][-1]["code"])' "$dir/pg-courier.jsonl")
pgaccount=$($acctl continue "$flow" --code "$code" --json 2>/dev/null |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["account_id"])')
psql -q "$pgurl" <<SQL
INSERT INTO activity (account_id, at, kind, outcome, method, ip, device_name, user_agent, reason)
SELECT '$pgaccount', extract(epoch from now())::bigint - 86400 * 30 + i * 2,
       CASE i % 5 WHEN 0 THEN 'password_changed' ELSE 'sign_in' END,
       CASE WHEN i % 7 = 0 THEN 'failure' ELSE 'success' END,
       CASE i % 3 WHEN 0 THEN 'sms' ELSE 'password' END,
       '10.' || (i % 250) || '.' || (i % 199) || '.' || (i % 97),
       'laptop-' || (i % 13),
       'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
       CASE WHEN i % 7 = 0 THEN 'wrong_password' END
FROM generate_series(1, $count) AS i;
ANALYZE activity;
SQL
pgquery="SELECT row_to_json(t) FROM (SELECT id, to_char(to_timestamp(at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at, kind, outcome, method, ip, device_name, user_agent, reason FROM activity WHERE account_id = '$pgaccount' ORDER BY id DESC) t"
printf '%-4s  %-10s  %-12s  %-12s  %-14s  %s\n' run export "psql (JSON)" "acctl RSS" "acctd VmHWM" "load (1/5/15 min)"
for i in $(seq "$runs"); do
  load=$(cut -d" " -f1-3 /proc/loadavg)
  /usr/bin/time -v $acctl activity --all -o ndjson >/dev/null 2>"$dir/export.log"
  /usr/bin/time -v psql -qAt "$pgurl" -c "$pgquery" >/dev/null 2>"$dir/shell.log"
  printf '%-4s  %-10s  %-12s  %-12s  %-14s  %s\n' "$i" "$(wall "$dir/export.log")" "$(wall "$dir/shell.log")" \
    "$(rss "$dir/export.log")" "$(awk '/VmHWM/{printf "%.1f MiB", $2/1024}' /proc/$pgpid/status)" "$load"
done
