#!/usr/bin/env bash
# Starts a local PostgreSQL server for the store tests (Debian's postgresql package), idempotently:
# installs the package when missing, starts the newest cluster (creating one when there is none), ensures the
# superuser role `posture` (password `posture`) and the database `posture_test`, then prints the connection URL
# on stdout, the only thing it prints there (progress goes to stderr). Usage in .ci/run:
#   POSTURE_TEST_DATABASE_URL="$(.ci/start-postgres.sh)"; export POSTURE_TEST_DATABASE_URL
set -euo pipefail

log() { echo "start-postgres: $*" >&2; }
# Root in CI containers; elsewhere sudo for apt and for acting as the postgres user.
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
# From / so that psql does not warn about a working directory the postgres user cannot read.
as_postgres() { (cd / && if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi); }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "installing postgresql (apt-get)"
  "${SUDO[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq postgresql >&2
fi

# Newest cluster: `pg_lsclusters -h` prints "version cluster port status owner datadir logfile" per line.
newest() { pg_lsclusters -h | sort -V -k1,1 | tail -n 1; }
if [ -z "$(newest)" ]; then
  version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
  [ -n "$version" ] || { log "no PostgreSQL server binaries under /usr/lib/postgresql"; exit 1; }
  log "creating cluster $version/main"
  "${SUDO[@]}" pg_createcluster "$version" main >&2
fi
read -r version cluster port status _ < <(newest)
if [ "$status" != "online" ]; then
  log "starting cluster $version/$cluster (port $port)"
  "${SUDO[@]}" pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >&2 || { log "PostgreSQL $version/$cluster did not accept connections on port $port"; exit 1; }

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@"; }
# CREATE ROLE has no IF NOT EXISTS; ALTER keeps an existing role's attributes and password as the tests expect.
psql_admin >&2 <<'SQL'
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'posture') THEN
    ALTER ROLE posture LOGIN SUPERUSER PASSWORD 'posture';
  ELSE
    CREATE ROLE posture LOGIN SUPERUSER PASSWORD 'posture';
  END IF;
END $$;
SQL
if [ -z "$(psql_admin -At -c "SELECT 1 FROM pg_database WHERE datname = 'posture_test'")" ]; then
  log "creating database posture_test"
  psql_admin -c 'CREATE DATABASE posture_test OWNER posture' >&2
fi

log "PostgreSQL $version/$cluster ready on 127.0.0.1:$port"
echo "postgres://posture:posture@127.0.0.1:${port}/posture_test"
