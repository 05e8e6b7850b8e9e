#!/usr/bin/env bash
# acctl start-up speed and memory (not a test). Needs hyperfine (Debian package
# `hyperfine`) and GNU time (/usr/bin/time). Builds release binaries, starts a
# release acctd on a temporary SQLite database (loopback), signs up with acctl,
# then measures `acctl --version` and `acctl whoami --json` (keyring read included).
# Targets: --version <= 3 ms median, whoami --json <= 10 ms median, peak RSS <= 15 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install -y hyperfine" >&2; exit 1; }
cargo build --release -q -p acctd --bin acctd
cargo build --release -q --bin acctl
dir=$(mktemp -d)
port=${BENCH_PORT:-18721}
url=http://127.0.0.1:$port
ACCTD_SECRET_KEY=$(printf 'ab%.0s' $(seq 32)) RUST_LOG=warn ./target/release/acctd --listen 127.0.0.1:$port \
  --database "sqlite://$dir/bench.db" --courier "file:$dir/courier.jsonl" >"$dir/out.log" 2>"$dir/err.log" &
pid=$!
export ACCTL_CONFIG_DIR=$dir/config ACCTL_SERVER=$url ACCTL_KEYRING_SERVICE=acctl-bench-$$ NO_COLOR=1
acctl=./target/release/acctl
trap '$acctl logout -q >/dev/null 2>&1 || true; kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf $url/healthz >/dev/null && break; sleep 0.1; done

phone=+8613812345678
flow=$(printf 'violet-Quartz-91\n' | $acctl signup --phone $phone --password-stdin --json 2>/dev/null \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["flow_id"])' || true)
code=$(tail -1 "$dir/courier.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
$acctl continue "$flow" --code "$code" -q >/dev/null
$acctl whoami --json >/dev/null

hyperfine -N --warmup 20 --runs 300 "$acctl --version" "$acctl whoami --json" \
  --export-json "$dir/hyperfine.json" >/dev/null
python3 - "$dir/hyperfine.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"].split("/")[-1]:32} median {r["median"]*1000:6.2f} ms  mean {r["mean"]*1000:6.2f} ms  (min {r["min"]*1000:.2f}, max {r["max"]*1000:.2f})')
PY
for cmd in "--version" "whoami --json"; do
  kb=$( { /usr/bin/time -v $acctl $cmd >/dev/null; } 2>&1 | awk -F: '/Maximum resident set size/{gsub(/ /,"",$2); print $2}')
  printf '%-32s peak RSS %6.1f MB\n' "acctl $cmd" "$(echo "$kb/1024" | bc -l)"
done
