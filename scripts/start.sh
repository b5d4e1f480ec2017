#!/usr/bin/env bash
# Command 1: starts Invoke. When no database is configured (DB_HOST or ConnectionStrings__Invoke) and nothing answers
# on localhost:5432, it first creates (once) and starts a private PostgreSQL cluster in .local/postgres with the
# original platform's defaults, so the API needs no configuration: user postgres, password postgres, database
# invoke_db on localhost:5432. The cluster outlives the API; scripts/stop.sh stops it. Arguments go to the API.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh

data="$root/$PRIVATE_CLUSTER_DIR"
log="$root/.local/postgres.log"
port=5432
superuser_password=postgres

create_private_cluster() {
    pg_require_binaries
    echo "Creating a private PostgreSQL cluster in $PRIVATE_CLUSTER_DIR..."
    mkdir -p "$data"
    chmod 700 "$data"
    pg_own "$data"
    pg_grant_traverse "$data"
    local password_file
    password_file=$(mktemp)
    echo "$superuser_password" >"$password_file"
    pg_own "$password_file"
    pg_init_cluster "$data" --auth-host=scram-sha-256 --auth-local=peer --pwfile="$password_file"
    rm -f "$password_file"
}

start_private_cluster() {
    touch "$log"
    pg_own "$log"
    echo "Starting the private PostgreSQL on localhost:$port..."
    # TCP only: a unix socket path inside the repository could exceed the 107-byte limit.
    pg_start_cluster "$data" "$log" -p "$port" -c listen_addresses=localhost -c "unix_socket_directories=''"
}

ensure_database() {
    local exists
    exists=$(PGPASSWORD=$superuser_password "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atq \
        -c "SELECT 1 FROM pg_database WHERE datname = 'invoke_db'")
    if [ "$exists" != 1 ]; then
        PGPASSWORD=$superuser_password "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres invoke_db
    fi
}

use_private_cluster_or_local_server() {
    if [ -f "$data/PG_VERSION" ]; then
        pg_require_binaries "$(cat "$data/PG_VERSION")"
        if pg_cluster_running "$data"; then
            echo "Reusing the running private PostgreSQL in $PRIVATE_CLUSTER_DIR."
            ensure_database
            return
        fi
    fi
    if pg_port_answers 127.0.0.1 "$port"; then
        echo "A PostgreSQL server already answers on localhost:$port; Invoke uses it with the DB_* defaults."
        return
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        create_private_cluster
    fi
    start_private_cluster
    ensure_database
    echo "Stop the private PostgreSQL with ./scripts/stop.sh (its data stays in $PRIVATE_CLUSTER_DIR)."
}

use_jwt_secret() {
    if [ -n "${JWT_SECRET:-}" ]; then
        return
    fi
    local secret_file="$root/.local/jwt-secret"
    if [ ! -s "$secret_file" ]; then
        (umask 077 && head -c 48 /dev/urandom | base64 -w 0 >"$secret_file")
    fi
    chmod 600 "$secret_file"
    JWT_SECRET=$(cat "$secret_file")
    export JWT_SECRET
}

mkdir -p "$root/.local"
if [ -n "${DB_HOST:-}" ] || [ -n "${ConnectionStrings__Invoke:-}" ]; then
    echo "Using the database configured by DB_HOST or ConnectionStrings__Invoke."
else
    use_private_cluster_or_local_server
fi
use_jwt_secret

# No launch profile: launchSettings.json would set its own URL and the Development environment.
exec dotnet run --project src/Api -c Release --no-launch-profile -- "$@"
