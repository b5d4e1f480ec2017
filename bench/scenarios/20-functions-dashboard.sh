#!/usr/bin/env bash
# The function list and the dashboard on a realistic database: 200 functions and 100 000 execution logs over the last
# 7 days, then 1 000 000 logs (900 000 more, dated 7 to 70 days back: history accumulates while the daily traffic
# stays the same). Goals on a 2-core machine: GET /api/functions >= 3 000 req/s, GET /api/dashboard/stats >= 2 000
# req/s, and stats latency flat from 100 000 to 1 000 000 logs (the original: about 285 and 200 req/s).
#
# Stats are measured twice: on the API as configured (each scope's figures shared for Invoke:Dashboard:StatsCacheSeconds,
# 5 s by default) and on a second API process with that cache off, which runs the aggregate queries on every request.
# Rows are seeded with psql into the API's database (found in the API process's environment); bench/seed/*.sql.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/lib.sh
. "$here/../lib.sh"
# shellcheck source=scripts/lib/postgres.sh
. "$here/../../scripts/lib/postgres.sh"

# The API's own settings: database, JWT secret and published build, so psql and the second API use the same ones.
api_environment=$(tr '\0' '\n' <"/proc/$API_PID/environ")
api_setting() { sed -n "s/^$1=//p" <<<"$api_environment" | head -n 1; }
api_dll=$(tr '\0' '\n' <"/proc/$API_PID/cmdline" | grep -m 1 '\.dll$')

pg_require_binaries ""
export PGHOST=$(api_setting DB_HOST) PGPORT=$(api_setting DB_PORT) PGDATABASE=$(api_setting DB_NAME) \
    PGUSER=$(api_setting DB_USER) PGPASSWORD=$(api_setting DB_PASSWORD)
psql_run() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

seed_logs() { # COUNT DAYS OFFSET_DAYS
    local started=$SECONDS
    psql_run -v logs="$1" -v days="$2" -v offset_days="$3" -f "$here/../seed/execution-logs.sql"
    echo "seeded $1 logs over $2 days ending $3 days ago in $((SECONDS - started)) s;" \
        "table: $(psql_run -Atc 'SELECT count(*) FROM execution_logs') logs," \
        "last 24 h: $(psql_run -Atc "SELECT count(*) FROM execution_logs WHERE executed_at > now() - interval '24 hours'")"
}

uncached_pid=
stop_uncached_api() {
    if [ -n "$uncached_pid" ] && kill -0 "$uncached_pid" 2>/dev/null; then
        kill "$uncached_pid"
        wait "$uncached_pid" 2>/dev/null || true
    fi
}
trap stop_uncached_api EXIT

start_uncached_api() {
    local port
    port=$(pg_free_port)
    UNCACHED_URL="http://127.0.0.1:$port"
    # From the build's folder, like the first API, so that its appsettings.json applies.
    (cd "$(dirname "$api_dll")" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$UNCACHED_URL" \
        DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_NAME="$PGDATABASE" DB_USER="$PGUSER" DB_PASSWORD="$PGPASSWORD" \
        JWT_SECRET="$(api_setting JWT_SECRET)" Invoke__Dashboard__StatsCacheSeconds=0 \
        Invoke__Sessions__AccessTokenLifetime="$(api_setting Invoke__Sessions__AccessTokenLifetime)" \
        dotnet "$api_dll") >/dev/null 2>&1 </dev/null &
    uncached_pid=$!
    for _ in $(seq 1 120); do
        curl -fs "$UNCACHED_URL/api/health" >/dev/null && return 0
        sleep 0.5
    done
    echo "the second (uncached) API did not start" >&2
    return 1
}

measure_stats() { # LABEL
    local auth=(-H "Authorization: Bearer $ADMIN_JWT")
    bench_wrk "dashboard/stats, $1, 5 s cache" "$BASE_URL/api/dashboard/stats?projectId=system" "${auth[@]}"
    bench_wrk "dashboard/stats, $1, no cache" "$UNCACHED_URL/api/dashboard/stats?projectId=system" "${auth[@]}"
}

psql_run -v functions=200 -f "$here/../seed/functions.sql"
seed_logs 100000 7 0
start_uncached_api

if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN_JWT" "$BASE_URL/api/functions")" = 200 ]; then
    bench_wrk "functions (200)" "$BASE_URL/api/functions" -H "Authorization: Bearer $ADMIN_JWT"
else
    echo "functions (200): skipped, GET /api/functions is not in this build"
fi
measure_stats "100k logs"

seed_logs 900000 63 7
measure_stats "1M logs"
bench_rss
