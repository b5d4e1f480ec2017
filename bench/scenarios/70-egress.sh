#!/usr/bin/env bash
# A function that fetches a local HTTP fixture and returns its body, through /invoke, beside the same code served by
# Node + Express 5 (Node's own fetch) in the same run. Every connection of the function goes through the egress guard
# (docs/adr/0029): run.sh lifts the built-in loopback deny for this host, and the scenario replaces the seeded global
# rules with the same list minus the loopback deny, restoring them at the end. Goal: at least Node's throughput.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# shellcheck source=scripts/lib/node.sh
. "$BENCH_ROOT/scripts/lib/node.sh"

: "${EXECUTION_URL:?run the scenarios through bench/run.sh}"
node_install_harness "$BENCH_ROOT" || exit 1

sources=$(mktemp -d)
NODE_PID=
UPSTREAM_PID=
seeded_rules=
cleanup() {
    if [ -n "$NODE_PID" ]; then kill "$NODE_PID" 2>/dev/null || true; fi
    if [ -n "$UPSTREAM_PID" ]; then kill "$UPSTREAM_PID" 2>/dev/null || true; fi
    if [ -n "$seeded_rules" ]; then
        curl -fs -X PUT -H "Authorization: Bearer $ADMIN_JWT" -H 'Content-Type: application/json' \
            -d "$seeded_rules" "$BASE_URL/api/admin/global/security" >/dev/null || echo "could not restore the global rules" >&2
    fi
    rm -rf "$sources"
}
trap cleanup EXIT

admin() { curl -fs -H "Authorization: Bearer $ADMIN_JWT" -H 'Content-Type: application/json' "$@"; }

# The upstream: plain Node http, a small JSON body, keep-alive.
upstream_port=$(( (RANDOM % 20000) + 40000 ))
node -e "require('http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end(JSON.stringify({ upstream: true, items: [1, 2, 3] })); }).listen($upstream_port, '127.0.0.1')" &
UPSTREAM_PID=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$upstream_port/" >/dev/null && break; sleep 0.1; done

seeded_rules=$(admin "$BASE_URL/api/admin/global/security" | node -e "
  let t = ''; process.stdin.on('data', (d) => { t += d; }).on('end', () => {
    const rules = JSON.parse(t).rules.map(({ action, target_type, target_value, description, ports }) => ({ action, target_type, target_value, description, ports }));
    process.stdout.write(JSON.stringify({ rules }));
  });")
without_loopback=$(node -e "
  const { rules } = JSON.parse(process.argv[1]);
  process.stdout.write(JSON.stringify({ rules: rules.filter((r) => r.target_value !== '127.0.0.0/8') }));" "$seeded_rules")
admin -X PUT -d "$without_loopback" "$BASE_URL/api/admin/global/security" >/dev/null

mkdir -p "$sources/egress"
cat >"$sources/egress/index.js" <<JS
module.exports = async (req, res) => {
  const upstream = await fetch('http://127.0.0.1:$upstream_port/');
  res.type('application/json').send(await upstream.text());
};
JS

project_id=$(admin -d '{"name":"bench-egress"}' "$BASE_URL/api/admin/projects" | grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
[ -n "$project_id" ] || { echo "could not create the bench project" >&2; exit 1; }
tar -czf "$sources/egress.tgz" -C "$sources/egress" index.js
body=$(curl -fs -H "Authorization: Bearer $ADMIN_JWT" -F "function=@$sources/egress.tgz" -F "name=bench-egress" \
    -F "projectId=$project_id" -F "requiresApiKey=false" "$BASE_URL/api/functions/upload")
function_id=$(grep -o '"id": *"[^"]*"' <<<"$body" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
[ -n "$function_id" ] || { echo "could not deploy the function: $body" >&2; exit 1; }
rm -f "$sources/egress.tgz"

answer=$(curl -fs "$EXECUTION_URL/invoke/$function_id") || { echo "the function did not answer" >&2; exit 1; }
[ "$answer" = '{"upstream":true,"items":[1,2,3]}' ] || { echo "the function answered: $answer" >&2; exit 1; }

node_port=$(( (RANDOM % 20000) + 40000 ))
scenario_pid=$$
(cd "$BENCH_ROOT/tests/differential" && exec node harness.js "$sources" "$node_port") \
    < <(while kill -0 "$scenario_pid" 2>/dev/null; do sleep 1; done) >/dev/null 2>&1 &
NODE_PID=$!
for _ in $(seq 1 150); do curl -fs -H "x-fixture: egress" "http://127.0.0.1:$node_port/" >/dev/null && break; sleep 0.2; done

echo "Node $(node --version) + Express $(node -p "require('$BENCH_ROOT/tests/differential/node_modules/express/package.json').version"), upstream on 127.0.0.1:$upstream_port"
bench_wrk "fetch upstream (Invoke)" "$EXECUTION_URL/invoke/$function_id"
bench_wrk "fetch upstream (Node + Express)" "http://127.0.0.1:$node_port/" -H 'x-fixture: egress'
bench_rss
