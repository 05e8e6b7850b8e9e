#!/usr/bin/env bash
# acctd's OpenID provider side by side with oidc-provider (npm, a certified Node
# provider) in one run: userinfo requests/s and authorization-code exchanges/s on this
# machine (not a test; see docs/benchmarks.md). Loopback only, every load bounded.
# Needs wrk (Debian package `wrk`), Node 20+ with npm (oidc-provider is installed from
# the registry into a temp dir), curl and python3.
#
#   scripts/bench-oidc.sh                 # 10 s of wrk per userinfo run, 3 rounds of 1,000 codes
#   BENCH_DURATION=5 BENCH_ROUNDS=2 BENCH_BATCH=500 scripts/bench-oidc.sh
#   BENCH_ACCTD=/tmp/acctd-before scripts/bench-oidc.sh   # a binary kept from another commit
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk node npm curl python3; do
  command -v "$tool" >/dev/null || {
    echo "bench-oidc: $tool is missing (wrk: apt-get install wrk; node and npm: Node 20 or later)" >&2
    exit 1
  }
done
duration=${BENCH_DURATION:-10}  # seconds of wrk per userinfo run
rounds=${BENCH_ROUNDS:-3}       # rounds of minting then redeeming codes
batch=${BENCH_BATCH:-1000}      # codes per round (a round must fit in the codes' 60 s)
inflight=${BENCH_INFLIGHT:-32}  # concurrent code exchanges
connections=32                  # wrk connections for userinfo

# The one release build of this script; -j 1 spares whoever else shares the machine.
acctd=${BENCH_ACCTD:-./target/release/acctd}
[ -n "${BENCH_ACCTD:-}" ] || cargo build --release -q -p acctd -j 1

dir=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$dir"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
wait_up() { # url pid log
  for _ in $(seq 100); do
    curl -sf "$1" >/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "bench-oidc: the server exited:" >&2; cat "$3" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench-oidc: $1 did not answer within 10 s" >&2
  cat "$3" >&2
  exit 1
}
# CPU seconds (user + system) a process has used, and its peak RSS.
cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
hwm() { awk '/VmHWM/{printf "%.0f MiB", $2 / 1024}' "/proc/$1/status"; }

client_id=bench-web
secret=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
redirect=https://rp.example/callback
phone=+8613812345678 email=bench@example.com pw=violet-Quartz-91 name="Bench User"

echo "load before: $(uptime | sed 's/.*load average: //') (1/5/15 min, $(nproc) cores)"

# --- acctd: a release build, SQLite (WAL) in the temp dir, the client from its TOML.
aport=$(free_port)
aurl=http://127.0.0.1:$aport
cat >"$dir/acctd.toml" <<TOML
[[oidc.clients]]
id = "$client_id"
name = "Bench Web"
secret = "$secret"
redirect_uris = ["$redirect"]
TOML
ACCTD_SECRET_KEY=$(printf '%064d' 7) ACCTD_LIMITS_CODES_PER_IP_PER_DAY=100000 RUST_LOG=warn \
  "$acctd" --config "$dir/acctd.toml" --listen "127.0.0.1:$aport" \
  --database "sqlite://$dir/bench.db" --courier "file:$dir/courier.jsonl" \
  >"$dir/acctd.log" 2>&1 &
apid=$!
pids+=("$apid")
wait_up "$aurl/healthz" "$apid" "$dir/acctd.log"

# One account with a name, a phone and (verified by its link) an email, as oidc-provider's.
flow=$(curl -sf -XPOST "$aurl/v1/flows" -H 'content-type: application/json' \
  -d "{\"kind\":\"signup\",\"phone\":\"$phone\",\"password\":\"$pw\",\"name\":\"$name\"}" | json 'd["flow_id"]')
code=$(tail -1 "$dir/courier.jsonl" | json 'd["code"]')
done_json=$(curl -sf -XPOST "$aurl/v1/flows/$flow" -H 'content-type: application/json' -d "{\"code\":\"$code\"}")
account=$(json 'd["result"]["account_id"]' <<<"$done_json")
token=$(json 'd["result"]["session"]["access_token"]' <<<"$done_json")
curl -sf -XPOST "$aurl/v1/flows" -H 'content-type: application/json' -H "authorization: Bearer $token" \
  -d "{\"kind\":\"email_change\",\"email\":\"$email\"}" >/dev/null
link=$(tail -1 "$dir/courier.jsonl" | json 'd.get("link") or d["code"]')
curl -sf -XPOST "$aurl/v1/email/verify" -H 'content-type: application/json' \
  -d "{\"token\":\"$link\"}" >/dev/null

# --- oidc-provider: a pinned major from npm, the provider script beside it.
np=$dir/oidc-provider
mkdir -p "$np"
(cd "$np" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund oidc-provider@9 >/dev/null)
cp scripts/bench-oidc-provider.mjs "$np/"
nport=$(free_port)
nurl=http://127.0.0.1:$nport
PORT=$nport CLIENT_ID=$client_id CLIENT_SECRET=$secret REDIRECT_URI=$redirect \
  ACCOUNT_SUB=$account ACCOUNT_NAME=$name ACCOUNT_EMAIL=$email ACCOUNT_PHONE=$phone \
  ACCOUNT_LOGIN=$phone ACCOUNT_PASSWORD=$pw NODE_ENV=production \
  node "$np/bench-oidc-provider.mjs" >"$dir/oidc-provider.log" 2>&1 &
npid=$!
pids+=("$npid")
wait_up "$nurl/.well-known/openid-configuration" "$npid" "$dir/oidc-provider.log"
echo "acctd $("$acctd" --version | awk '{print $2}'), oidc-provider $(json 'd["version"]' <"$np/node_modules/oidc-provider/package.json") on node $(node --version)"

# --- Sign in once through each provider's pages (same client code for both).
rp() { node scripts/bench-oidc-client.mjs "$@"; }
echo "== sign-in through the pages, consent, code exchange, userinfo"
out=$(rp signin "$aurl" "$client_id" "$secret" "$redirect" "$phone" "$pw" "$dir/acctd.state")
echo "acctd:         $out"
out=$(rp signin "$nurl" "$client_id" "$secret" "$redirect" "$phone" "$pw" "$dir/np.state")
echo "oidc-provider: $out"

declare -A row
userinfo() { # label pid state
  local url bearer out before after total
  url=$(json 'd["meta"]["userinfo_endpoint"]' <"$3")
  bearer=$(json 'd["access_token"]' <"$3")
  before=$(cpu "$2")
  out=$(wrk -t2 -c$connections -d"${duration}s" --latency -H "Authorization: Bearer $bearer" "$url")
  after=$(cpu "$2")
  echo "$out" | grep -E "requests in|Requests/sec|50%|99%|Socket|Non-2xx" | sed "s/^/  /"
  total=$(awk '/requests in/{print $1}' <<<"$out")
  row[$1.ui_rps]=$(awk '/Requests\/sec/{printf "%.0f", $2}' <<<"$out")
  row[$1.ui_p50]=$(awk '$1=="50%"{print $2}' <<<"$out")
  row[$1.ui_p99]=$(awk '$1=="99%"{print $2}' <<<"$out")
  row[$1.ui_err]=$(awk '/Non-2xx/{n+=$NF} /Socket errors/{gsub(",", ""); n+=$4+$6+$8+$10} END{print n+0}' <<<"$out")
  row[$1.ui_cpu]=$(python3 -c "print(f'{($after - $before) * 1000 / max($total, 1):.3f}')")
}
exchanges() { # label pid state
  local out before after
  before=$(cpu "$2")
  out=$(rp exchange "$3" "$rounds" "$batch" "$inflight")
  after=$(cpu "$2")
  echo "  $out"
  row[$1.ex_rps]=$(json 'd["exchanges_per_s"]' <<<"$out")
  row[$1.ex_err]=$(json 'd["errors"]' <<<"$out")
  row[$1.az_rps]=$(json 'd["authorize_per_s"]' <<<"$out")
  row[$1.ex_cpu]=$(json "f'{($after - $before) * 1000 / max(d[\"minted\"], 1):.2f}'" <<<"$out")
}

echo "== GET userinfo with a Bearer access token, $connections connections, ${duration} s (wrk -t2)"
echo " acctd";         userinfo acctd "$apid" "$dir/acctd.state"
echo " oidc-provider"; userinfo np "$npid" "$dir/np.state"
echo "== code exchanges: $rounds rounds of $batch codes minted with the browser session, redeemed $inflight at a time"
echo " acctd";         exchanges acctd "$apid" "$dir/acctd.state"
echo " oidc-provider"; exchanges np "$npid" "$dir/np.state"

echo "load after: $(uptime | sed 's/.*load average: //')"
echo "peak RSS: acctd $(hwm "$apid"), oidc-provider $(hwm "$npid")"
echo
echo "| provider | userinfo req/s | p50 | p99 | userinfo errors | code exchanges/s | exchange errors | authorize (with session)/s | server CPU ms per userinfo | server CPU ms per code (authorize + exchange) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for p in acctd np; do
  label=$p
  [ "$p" = np ] && label=oidc-provider
  echo "| $label | ${row[$p.ui_rps]} | ${row[$p.ui_p50]} | ${row[$p.ui_p99]} | ${row[$p.ui_err]} | ${row[$p.ex_rps]} | ${row[$p.ex_err]} | ${row[$p.az_rps]} | ${row[$p.ui_cpu]} | ${row[$p.ex_cpu]} |"
done
