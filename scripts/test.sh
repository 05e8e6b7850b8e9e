#!/usr/bin/env bash
# The project's test command (README "Tests"): the whole workspace on SQLite,
# then the acctd API suite again on PostgreSQL (the store conformance run).
#
# PostgreSQL: set ACCTD_TEST_POSTGRES_URL to an admin URL (each test creates its own
# database there); by default postgres://postgres@127.0.0.1:5432/postgres is used when
# it answers. Without PostgreSQL the second run is skipped with a notice, unless
# ACCTD_TEST_REQUIRE_POSTGRES=1 (CI sets it), which makes a missing server an error.
set -euo pipefail
cd "$(dirname "$0")/.."

pg_url="${ACCTD_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

# Every acctd a test starts (crates/testkit) is recorded here as <pid> holding its start
# time; after the runs (also a failed one) none may still be running.
ACCTD_TEST_PID_DIR="$(mktemp -d)"
export ACCTD_TEST_PID_DIR
no_acctd_left() {
  local status=$? f pid stat fields left=""
  for f in "$ACCTD_TEST_PID_DIR"/*; do
    [ -e "$f" ] || continue
    pid="${f##*/}"
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
    # After "(comm) ": state, then the start time 20th (a reused pid has another).
    read -r -a fields <<<"${stat##*) }"
    if [ "${fields[0]}" != Z ] && [ "${fields[19]}" = "$(cat "$f")" ]; then
      left="$left $pid"
    fi
  done
  rm -rf "$ACCTD_TEST_PID_DIR"
  if [ -n "$left" ]; then
    echo "acctd processes outlived the test run:$left (their test process ended without dropping its AcctdProcess: look for a killed or hung test); stopping them" >&2
    # shellcheck disable=SC2086
    kill -9 $left 2>/dev/null || true
    [ "$status" -ne 0 ] || status=1
  else
    echo "== no acctd outlived the test run"
  fi
  exit "$status"
}
trap no_acctd_left EXIT

# The SQLite run must not pick up a PostgreSQL URL from the environment.
env -u ACCTD_TEST_POSTGRES_URL cargo test --workspace --locked

if pg_isready -q -d "$pg_url" 2>/dev/null; then
  echo "== acctd API, delivery, crash and OpenID suites on PostgreSQL ($pg_url)"
  ACCTD_TEST_POSTGRES_URL="$pg_url" cargo test --locked -p acctd --test api --test delivery --test crash --test oidc
  # Each test made its own database; drop them.
  psql -q -d "$pg_url" -At -c "SELECT datname FROM pg_database WHERE datname LIKE 'acctd_test_%'" |
    while read -r db; do psql -q -d "$pg_url" -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null || true; done
elif [ "${ACCTD_TEST_REQUIRE_POSTGRES:-0}" = 1 ]; then
  echo "PostgreSQL at $pg_url does not answer, and ACCTD_TEST_REQUIRE_POSTGRES=1" >&2
  exit 1
else
  echo "== skipped the PostgreSQL run: nothing answers at $pg_url (see README, 'Tests')"
fi
