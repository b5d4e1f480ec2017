#!/usr/bin/env bash
# Runs every benchmark scenario (bench/scenarios/*.sh, in name order) against a Release build of the API on a
# throwaway PostgreSQL, and prints one block of figures per scenario. Everything it starts is stopped at the end.
#
#   ./bench/run.sh                          full run: 10 s warm-up, 20 s measurement per figure
#   BENCH_DURATION=3 BENCH_WARMUP=1 ./bench/run.sh   quick smoke run
#   ./bench/run.sh 10-auth-me               only the scenarios whose file name contains one of the arguments
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh

work=$(mktemp -d)
data="$work/postgres"
api_log="$work/api.log"
API_PID=

stop_everything() {
    if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
        kill "$API_PID"
        wait "$API_PID" 2>/dev/null || true
    fi
    if [ -f "$data/postmaster.pid" ]; then
        pg_stop_cluster "$data" immediate
    fi
    rm -rf "$work"
}
trap stop_everything EXIT
trap 'exit 130' INT TERM

fail() {
    echo "bench: $*" >&2
    exit 1
}

require_wrk() {
    command -v wrk >/dev/null && return 0
    [ "$(id -u)" -eq 0 ] || fail "wrk is not installed (sudo apt-get install wrk)."
    echo "Installing wrk with apt-get..."
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }; then
        fail "could not install wrk."
    fi
}

build_api() {
    echo "Building the API in Release..."
    dotnet publish src/Api -c Release -o "$work/api" --nologo -v quiet >/dev/null || fail "the build failed."
}

start_postgres() {
    pg_require_binaries ""
    mkdir -p "$work/socket"
    pg_own "$work" "$work/socket"
    pg_init_cluster "$data" --no-sync --auth=trust
    local port
    for _ in 1 2 3; do
        port=$(pg_free_port) || break
        if pg_start_cluster "$data" "$work/postgres.log" \
            -p "$port" -k "$work/socket" -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200; then
            DB_PORT=$port
            return 0
        fi
    done
    tail -n 20 "$work/postgres.log" >&2
    fail "could not start PostgreSQL."
}

start_api() {
    local port
    port=$(pg_free_port) || fail "no free port for the API."
    BASE_URL="http://127.0.0.1:$port"
    local execution_port gateway_port
    execution_port=$(pg_free_port) || fail "no free port for the execution role."
    gateway_port=$(pg_free_port) || fail "no free port for the gateway role."
    [ "$execution_port" != "$port" ] && [ "$gateway_port" != "$port" ] && [ "$gateway_port" != "$execution_port" ] ||
        fail "the free ports collided; run again."
    EXECUTION_URL="http://127.0.0.1:$execution_port"
    GATEWAY_URL="http://127.0.0.1:$gateway_port"
    # A production host: Production environment, the published appsettings.json (read from the content root, the
    # working directory), a fresh random signing key, and access tokens that outlast the run, since one login serves
    # every scenario. Scenarios find the build, the folder and the settings of this process in /proc/$API_PID
    # (cmdline, cwd, environ) to start more instances like it.
    (cd "$work/api" && ASPNETCORE_ENVIRONMENT=Production \
        ASPNETCORE_URLS="$BASE_URL" EXECUTION_PORT="$execution_port" GATEWAY_PORT="$gateway_port" \
        Invoke__Sessions__AccessTokenLifetime=06:00:00 \
        Invoke__Egress__LiftedBuiltInDenies__0=loopback \
        DB_HOST=127.0.0.1 DB_PORT="$DB_PORT" DB_NAME=invoke_bench DB_USER=postgres DB_PASSWORD=postgres \
        JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n') \
        exec dotnet "$work/api/Invoke.Api.dll") >"$api_log" 2>&1 </dev/null &
    API_PID=$!
    for _ in $(seq 1 120); do
        if curl -fs "$BASE_URL/api/health" >/dev/null; then
            return 0
        fi
        kill -0 "$API_PID" 2>/dev/null || break
        sleep 0.5
    done
    tail -n 40 "$api_log" >&2
    fail "the API did not become healthy."
}

# Reads a string member of a JSON body (the bodies here are flat enough for that).
json_string() {
    grep -o "\"$1\": *\"[^\"]*\"" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/'
}

log_in_as_admin() {
    local password body
    password=$(sed -n 's/^ *Password: //p' "$api_log" | head -n 1)
    [ -n "$password" ] || fail "the API printed no initial admin password."
    body=$(curl -fs -H 'Content-Type: application/json' \
        -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$BASE_URL/api/auth/login") ||
        fail "the admin could not log in."
    ADMIN_JWT=$(json_string token <<<"$body")
    body=$(curl -fs -H 'Content-Type: application/json' -H "Authorization: Bearer $ADMIN_JWT" \
        -d '{"name":"bench"}' "$BASE_URL/api/auth/api-keys") || fail "could not create an API key."
    ADMIN_API_KEY=$(json_string api_key <<<"$body")
    if [ -z "$ADMIN_JWT" ] || [ -z "$ADMIN_API_KEY" ]; then
        fail "no token or API key in the answers."
    fi
}

selected() {
    [ $# -eq 1 ] && return 0
    local name=$1 pattern
    shift
    for pattern in "$@"; do
        [[ $name == *"$pattern"* ]] && return 0
    done
    return 1
}

require_wrk
build_api
start_postgres
start_api
log_in_as_admin
export BASE_URL EXECUTION_URL GATEWAY_URL ADMIN_JWT ADMIN_API_KEY API_PID BENCH_ROOT=$root
echo "API $BASE_URL (pid $API_PID), $(nproc) cores, wrk -t2 -c16, ${BENCH_DURATION:-20} s per figure after ${BENCH_WARMUP:-10} s warm-up"
# Figures are only comparable on an otherwise idle machine; say how busy it was.
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

for scenario in bench/scenarios/*.sh; do
    selected "$(basename "$scenario")" "$@" || continue
    echo
    echo "== $(basename "$scenario" .sh)"
    bash "$scenario" || fail "scenario $scenario failed."
done
