#!/usr/bin/env bash
# Starts a local PostgreSQL for the metrics-store tests and prints the URL to export.
# Idempotent; works as root on a fresh Debian 12 (installs postgresql if missing).
#
#   scripts/server/start-test-postgres.sh
#   export KASHDASH_POSTGRES_URL=postgres://kashdash:kashdash@127.0.0.1:5432/kashdash_test
set -euo pipefail

ROLE=kashdash
PASSWORD=kashdash
DATABASE=kashdash_test
# Another port when something else already listens on 5432 (e.g. a test root sharing the host's
# network); only used when the cluster is first made.
PORT="${KASHDASH_TEST_PG_PORT:-5432}"

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q postgresql
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
    pg_createcluster -p "$PORT" "$VERSION" main
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -qx online; then
    # The package makes its cluster on 5432; move a stopped one to the port asked for.
    if [[ $(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}') != "$PORT" ]]; then
        pg_conftool "$VERSION" main set port "$PORT"
    fi
    pg_ctlcluster "$VERSION" main start
fi

for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q -h 127.0.0.1 -p $PORT" && break
    sleep 1
done

su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -q" <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
        CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
    END IF;
END
\$\$;
SQL
# The second database is the migration test's alone: it drops every table to start from an empty
# database, which must not race the other suites that open the shared one.
for NAME in "$DATABASE" "${DATABASE}_migration"; do
    if ! su postgres -c "psql -p $PORT -tAc \"SELECT 1 FROM pg_database WHERE datname = '$NAME'\"" | grep -q 1; then
        su postgres -c "createdb -p $PORT -O $ROLE $NAME"
    fi
done

echo "export KASHDASH_POSTGRES_URL=postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
