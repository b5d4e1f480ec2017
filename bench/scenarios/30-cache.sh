#!/usr/bin/env bash
# The query cache (docs/adr/0013, 0014).
# 1. Invalidation latency: commit on host A -> eviction on host B, over BENCH_CHANGES changes (default 1000), measured
#    by bench/InvalidationLatency with two hosts in one process on the benchmark's database. Goal: p99 under 10 ms.
# 2. GET /api/auth/me on the benchmark's API (cached) and on a second instance started with the cache switched off
#    (Invoke__Cache__Enabled=false) on the same database, with a session token and with an API key. Goal: the cached
#    path at least 3 times the uncached one.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
# shellcheck source=scripts/lib/postgres.sh
. "$root/scripts/lib/postgres.sh"

# The benchmark API's settings, read from its process, so that the second instance and the latency program use the
# same database and signing key without bench/run.sh having to export them.
api_setting() {
    tr '\0' '\n' <"/proc/$API_PID/environ" | sed -n "s/^$1=//p"
}

connection_string="Host=$(api_setting DB_HOST);Port=$(api_setting DB_PORT);Database=$(api_setting DB_NAME);Username=$(api_setting DB_USER);Password=$(api_setting DB_PASSWORD)"
work=$(mktemp -d)
uncached_pid=
cleanup() {
    if [ -n "$uncached_pid" ] && kill -0 "$uncached_pid" 2>/dev/null; then
        kill "$uncached_pid"
        wait "$uncached_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "Building bench/InvalidationLatency..."
dotnet build "$root/bench/InvalidationLatency" -c Release -o "$work/latency" --nologo -v quiet >/dev/null
dotnet "$work/latency/InvalidationLatency.dll" "$connection_string" "${BENCH_CHANGES:-1000}"

start_uncached_api() {
    local port
    port=$(pg_free_port)
    UNCACHED_URL="http://127.0.0.1:$port"
    # The same program, working directory, database, signing key and token lifetime as the benchmark API; another
    # port; no cache.
    tr '\0' '\n' <"/proc/$API_PID/environ" | grep -E '^(DB_[A-Z]+|JWT_SECRET|ASPNETCORE_ENVIRONMENT|Invoke__Sessions__[A-Za-z]+)=' >"$work/env"
    api_dll=$(tr '\0' '\n' <"/proc/$API_PID/cmdline" | grep 'Invoke\.Api\.dll$')
    (cd "$(readlink "/proc/$API_PID/cwd")" &&
        exec env $(cat "$work/env") ASPNETCORE_URLS="$UNCACHED_URL" Invoke__Cache__Enabled=false dotnet "$api_dll") \
        >"$work/uncached.log" 2>&1 </dev/null &
    uncached_pid=$!
    for _ in $(seq 1 120); do
        curl -fs "$UNCACHED_URL/api/health" >/dev/null && return 0
        kill -0 "$uncached_pid" 2>/dev/null || break
        sleep 0.5
    done
    tail -n 40 "$work/uncached.log" >&2
    echo "the uncached API did not become healthy" >&2
    return 1
}

start_uncached_api
curl -fs -H "Authorization: Bearer $ADMIN_JWT" "$UNCACHED_URL/api/metrics/cache" | grep -q '"enabled": *false' ||
    { echo "the second instance still caches" >&2; exit 1; }

ratio() {
    awk -v cached="$1" -v uncached="$2" 'BEGIN { printf "%.1f", cached / uncached }'
}

rps_of() {
    sed -n 's/^[^:]*: \([0-9]*\) req\/s.*/\1/p' <<<"$1"
}

for credential in "JWT|Authorization: Bearer $ADMIN_JWT" "API key|x-api-key: $ADMIN_API_KEY"; do
    name=${credential%%|*}
    header=${credential#*|}
    cached=$(bench_wrk "auth/me cached ($name)" "$BASE_URL/api/auth/me" -H "$header")
    echo "$cached"
    uncached=$(bench_wrk "auth/me uncached ($name)" "$UNCACHED_URL/api/auth/me" -H "$header")
    echo "$uncached"
    echo "auth/me ($name): cached is $(ratio "$(rps_of "$cached")" "$(rps_of "$uncached")") x uncached"
done
curl -fs -H "Authorization: Bearer $ADMIN_JWT" "$BASE_URL/api/metrics/cache" >"$work/metrics.json"
echo "Cache of the benchmark API: $(grep -o '"GetAuthenticatedUserQuery":{[^}]*}' "$work/metrics.json")"
