#!/usr/bin/env bash
# The key-value store from inside functions: kv.get and kv.set with one call per invocation and with 100 sequential
# calls in one invocation. Each figure is the invocation's rate and latency; the operations per second are that rate
# times the calls per invocation.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

: "${EXECUTION_URL:?run the scenarios through bench/run.sh}"

project=$(bench_create_project bench-kv)
[ -n "$project" ] || { echo "could not create the bench project" >&2; exit 1; }
curl -fs -H "Authorization: Bearer $ADMIN_JWT" -H 'Content-Type: application/json' \
    -d '{"key":"bench","value":{"greeting":"hello","n":42,"tags":["a","b"]}}' "$BASE_URL/api/projects/$project/kv" >/dev/null

# Writes cycle through 100 keys, so the store stays the same size however long the run.
declare -A sources=(
    [get-1]="module.exports = async (req, res) => res.json({ value: await kv.get('bench') });"
    [set-1]="let n = 0; module.exports = async (req, res) => { await kv.set('w' + (n++ % 100), { n }); res.json({ ok: true }); };"
    [get-100]="module.exports = async (req, res) => { let v; for (let i = 0; i < 100; i++) v = await kv.get('bench'); res.json({ value: v }); };"
    [set-100]="module.exports = async (req, res) => { for (let i = 0; i < 100; i++) await kv.set('w' + i, { i }); res.json({ ok: true }); };"
)
declare -A ids
for name in get-1 set-1 get-100 set-100; do
    ids[$name]=$(bench_deploy "$project" "bench-kv-$name" "${sources[$name]}")
    [ -n "${ids[$name]}" ] || { echo "could not deploy $name" >&2; exit 1; }
    curl -fs "$EXECUTION_URL/invoke/${ids[$name]}" >/dev/null || { echo "$name does not run" >&2; exit 1; }
done

# measure NAME CALLS [connections]: the invocation figures, then the operations per second they make.
measure() {
    local line rate
    line=$(BENCH_CONNECTIONS=${3:-16} bench_wrk "kv.$1 ($2 per invocation)" "$EXECUTION_URL/invoke/${ids[$1-$2]}" --timeout 10s)
    echo "$line"
    rate=$(sed 's/^[^:]*: \([0-9]*\) req\/s.*/\1/' <<<"$line")
    echo "  = $((rate * $2)) kv.$1 operations/s"
}
measure get 1
measure set 1
measure get 100 4
measure set 100 4
