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

# The SQLite run must not pick up a PostgreSQL URL from the environment.
env -u ACCTD_TEST_POSTGRES_URL cargo test --workspace --locked

if pg_isready -q -d "$pg_url" 2>/dev/null; then
  echo "== acctd API, delivery and crash suites on PostgreSQL ($pg_url)"
  ACCTD_TEST_POSTGRES_URL="$pg_url" cargo test --locked -p acctd --test api --test delivery --test crash
  # Each test made its own database; drop them.
  psql -q -d "$pg_url" -At -c "SELECT datname FROM pg_database WHERE datname LIKE 'acctd_test_%'" |
    while read -r db; do psql -q -d "$pg_url" -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null || true; done
elif [ "${ACCTD_TEST_REQUIRE_POSTGRES:-0}" = 1 ]; then
  echo "PostgreSQL at $pg_url does not answer, and ACCTD_TEST_REQUIRE_POSTGRES=1" >&2
  exit 1
else
  echo "== skipped the PostgreSQL run: nothing answers at $pg_url (see README, 'Tests')"
fi
