#!/usr/bin/env bash
# Scheduling overhead: 1 000 functions due at the same instant with two scheduler instances on one database (the run's
# API, every role, and a second process with the execution and scheduler roles). Prints the time from the due instant
# to the last run started and to the last run completed, and how many runs each instance claimed. Every run must happen
# exactly once.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

: "${EXECUTION_URL:?run the scenarios through bench/run.sh}"
count=${BENCH_SCHEDULED_FUNCTIONS:-1000}
work=$(mktemp -d)
SECOND_PID=
cleanup() {
    if [ -n "$SECOND_PID" ]; then
        kill "$SECOND_PID" 2>/dev/null || true
        wait "$SECOND_PID" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The database and the process settings of the run's API (bench/run.sh), for SQL and for the second instance.
mapfile -d '' api_environment <"/proc/$API_PID/environ"
api_dir=$(readlink "/proc/$API_PID/cwd")
db_port=$(printf '%s\n' "${api_environment[@]}" | sed -n 's/^DB_PORT=//p')
sql() { psql -X -q -t -A -h 127.0.0.1 -p "$db_port" -U postgres -d invoke_bench -v ON_ERROR_STOP=1 -c "$1"; }

id_of() { grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'; }

project=$(curl -fs -H "Authorization: Bearer $ADMIN_JWT" -H 'Content-Type: application/json' \
    -d '{"name":"bench-scheduler"}' "$BASE_URL/api/admin/projects" | id_of)
[ -n "$project" ] || { echo "could not create the bench project" >&2; exit 1; }
mkdir -p "$work/src"
echo "module.exports = async (req, res) => res.json({ scheduled: req.headers['x-scheduled-execution'] });" >"$work/src/index.js"
tar -czf "$work/package.tgz" -C "$work/src" index.js
export ADMIN_JWT BASE_URL project work
seq 1 "$count" | xargs -P 4 -I{} sh -c 'curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN_JWT" \
    -F "function=@$work/package.tgz" -F "name=bench-scheduled-{}" -F "projectId=$project" -F "requiresApiKey=false" \
    "$BASE_URL/api/functions/upload"' || { echo "could not deploy the scheduled functions" >&2; exit 1; }

# The second instance: the same build, folder and settings, its own execution port, no admin or gateway role.
second_port=$(( (RANDOM % 20000) + 40000 ))
(cd "$api_dir" && exec env "${api_environment[@]}" Invoke__Roles=execution,scheduler EXECUTION_PORT="$second_port" \
    dotnet "$api_dir/Invoke.Api.dll") >"$work/second.log" 2>&1 </dev/null &
SECOND_PID=$!
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$second_port/health" >/dev/null && break
    kill -0 "$SECOND_PID" 2>/dev/null || { tail -n 20 "$work/second.log" >&2; exit 1; }
    sleep 0.5
done

claimed() { curl -fs "$1/health" | grep -o '"due": *[0-9]*' | grep -o '[0-9]*$'; }
first_before=$(claimed "$EXECUTION_URL")
second_before=$(claimed "http://127.0.0.1:$second_port")

# Due in three seconds, set with plain SQL: both schedulers hear of it through NOTIFY and sleep until then.
due=$(sql "SELECT to_char((now() + interval '3 seconds') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
sql "UPDATE functions SET schedule_enabled = true, schedule_cron = '0 0 1 1 *', next_execution = '$due'
     WHERE project_id = '$project'" >/dev/null

logged() { sql "SELECT count(*) FROM execution_logs l JOIN functions f ON f.id = l.function_id
                WHERE f.project_id = '$project' AND l.request_method = 'SCHEDULED'"; }
for _ in $(seq 1 600); do
    [ "$(logged)" -ge "$count" ] && break
    sleep 0.2
done
sql "UPDATE functions SET schedule_enabled = false, next_execution = NULL WHERE project_id = '$project'" >/dev/null

read -r runs distinct started completed < <(sql "
    SELECT count(*), count(DISTINCT l.function_id),
        round(extract(epoch FROM max(l.executed_at) - '$due'::timestamptz) * 1000),
        round(extract(epoch FROM max(l.executed_at + l.execution_time_ms * interval '1 millisecond') - '$due'::timestamptz) * 1000)
    FROM execution_logs l JOIN functions f ON f.id = l.function_id
    WHERE f.project_id = '$project' AND l.request_method = 'SCHEDULED'" | tr '|' ' ')
first=$(( $(claimed "$EXECUTION_URL") - first_before ))
second=$(( $(claimed "http://127.0.0.1:$second_port") - second_before ))

echo "$count functions due at once, two scheduler instances: $runs runs of $distinct functions"
echo "due to last run started: $started ms, due to last run completed: $completed ms"
echo "instance split: $first runs on the first, $second on the second"
if [ "$runs" -ne "$count" ] || [ "$distinct" -ne "$count" ] || [ $(( first + second )) -ne "$count" ]; then
    echo "scheduler: expected each of the $count functions to run exactly once" >&2
    exit 1
fi
