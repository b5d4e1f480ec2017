#!/usr/bin/env bash
# Command 2: builds the solution once, runs every test project against a throwaway PostgreSQL cluster and ends with
# one line "N passed, N failed" summed over the TRX files of all test projects. Exits non-zero when the build or any
# test failed.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh
# shellcheck source=scripts/lib/node.sh
. scripts/lib/node.sh

results="$root/artifacts/test-results"
work=$(mktemp -d)
data="$work/data"

# Called before the summary so that nothing it prints comes after that line; the trap covers interruptions.
remove_throwaway_postgres() {
    if [ -f "$data/postmaster.pid" ]; then
        pg_stop_cluster "$data" immediate
    fi
    rm -rf "$work"
}
trap remove_throwaway_postgres EXIT
trap 'exit 130' INT TERM

# Sums one attribute of the <Counters> element over every TRX file.
sum_counter() {
    local total=0 file value
    for file in "$results"/*.trx; do
        [ -f "$file" ] || continue
        value=$(grep -o '<Counters [^>]*' "$file" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+')
        total=$((total + ${value:-0}))
    done
    echo "$total"
}

# Prints "N passed, N failed" (", N skipped" only when some were) and fails when a test failed.
print_summary() {
    local passed failed skipped line
    passed=$(sum_counter passed)
    failed=$(($(sum_counter failed) + $(sum_counter error) + $(sum_counter timeout) + $(sum_counter aborted)))
    # The TRX logger counts xunit's skipped tests in "total" only (not in "executed" nor in "notExecuted").
    skipped=$(($(sum_counter total) - $(sum_counter executed)))
    line="$passed passed, $failed failed"
    [ "$skipped" -eq 0 ] || line="$line, $skipped skipped"
    echo "$line"
    [ "$failed" -eq 0 ]
}

start_throwaway_postgres() {
    pg_require_binaries || return 1
    mkdir -p "$work/socket"
    pg_own "$work" "$work/socket"
    pg_init_cluster "$data" --no-sync --auth=trust || return 1
    local port attempt
    for attempt in 1 2 3; do
        port=$(pg_free_port) || break
        if pg_start_cluster "$data" "$work/postgres.log" \
            -p "$port" -k "$work/socket" -c listen_addresses=127.0.0.1 -c fsync=off; then
            export INVOKE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
            echo "Throwaway PostgreSQL on 127.0.0.1:$port"
            return 0
        fi
        echo "PostgreSQL did not start on port $port (attempt $attempt)." >&2
    done
    tail -n 20 "$work/postgres.log" >&2
    return 1
}

rm -rf "$results"
mkdir -p "$results"

if ! dotnet build Invoke.sln --nologo -v quiet; then
    echo "The build failed." >&2
    print_summary
    exit 1
fi

if ! node_install_harness "$root"; then
    echo "Could not install Node.js and the Express harness of the differential tests." >&2
    print_summary
    exit 1
fi

if ! start_throwaway_postgres; then
    echo "Could not start a throwaway PostgreSQL." >&2
    remove_throwaway_postgres
    print_summary
    exit 1
fi

dotnet test Invoke.sln --no-build --nologo --logger trx --results-directory "$results"
test_status=$?
remove_throwaway_postgres

if [ "$test_status" -ne 0 ]; then
    echo "dotnet test exited with status $test_status." >&2
fi
print_summary && [ "$test_status" -eq 0 ]
