# shellcheck shell=bash
# Shared by the scenarios in bench/scenarios (source it). bench/run.sh exports:
#   BASE_URL       the API, e.g. http://127.0.0.1:43123
#   ADMIN_JWT      a session token of the seeded admin
#   ADMIN_API_KEY  a user API key of that admin
#   API_PID        the API's process id
#   EXECUTION_URL  the execution role of the same process, e.g. http://127.0.0.1:43124
#   GATEWAY_URL    the gateway role of the same process
#   BENCH_ROOT     the repository
# Durations in seconds: BENCH_WARMUP (default 10) and BENCH_DURATION (default 20).

: "${BASE_URL:?run the scenarios through bench/run.sh}"

BENCH_THREADS=2
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-16}

# Converts one of wrk's durations (830.00us, 1.23ms, 2.00s) to milliseconds.
bench_to_ms() {
    awk -v value="$1" 'BEGIN {
        number = value + 0
        unit = value; sub(/^[0-9.]+/, "", unit)
        if (unit == "us") number /= 1000
        else if (unit == "s") number *= 1000
        else if (unit == "m") number *= 60000
        printf "%.2f", number
    }'
}

# bench_wrk NAME URL [wrk arguments, e.g. -H "x-api-key: $ADMIN_API_KEY"]
# Warms up, measures, and prints "NAME: <req/s> req/s, p50 <ms> ms, p99 <ms> ms". Fails when any answer was not
# 2xx/3xx or a socket error occurred: the figures of failing requests would mean nothing.
bench_wrk() {
    local name=$1 url=$2 output rps p50 p99 non_2xx errors
    shift 2
    wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_WARMUP:-10}s" "$@" "$url" >/dev/null
    output=$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_DURATION:-20}s" --latency "$@" "$url")
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$output")
    p50=$(bench_to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$output")")
    p99=$(bench_to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$output")")
    non_2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$output")
    errors=$(grep 'Socket errors:' <<<"$output" || true)
    echo "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms"
    if [ -n "$non_2xx" ] || [ -n "$errors" ]; then
        echo "$name: ${non_2xx:-0} non-2xx answers ${errors:+, $errors}" >&2
        return 1
    fi
}

# Prints the API's resident memory.
bench_rss() {
    awk '/^VmRSS:/ { printf "API resident memory: %.0f MiB\n", $2 / 1024 }' "/proc/$API_PID/status"
}

# Reads the first "id" member of a JSON body.
bench_id_of() { grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'; }

# bench_create_project NAME: creates a project as the admin and prints its id.
bench_create_project() {
    curl -fs -H "Authorization: Bearer $ADMIN_JWT" -H 'Content-Type: application/json' \
        -d "{\"name\":\"$1\"}" "$BASE_URL/api/admin/projects" | bench_id_of
}

# bench_deploy PROJECT NAME INDEX_JS: uploads a function whose package is that one file and prints its id.
bench_deploy() {
    local dir
    dir=$(mktemp -d)
    printf '%s\n' "$3" >"$dir/index.js"
    tar -czf "$dir/package.tgz" -C "$dir" index.js
    curl -fs -H "Authorization: Bearer $ADMIN_JWT" -F "function=@$dir/package.tgz" -F "name=$2" \
        -F "projectId=$1" -F "requiresApiKey=false" "$BASE_URL/api/functions/upload" | bench_id_of
    rm -rf "$dir"
}
