#!/usr/bin/env bash
# Functions through /invoke on the execution role, beside the same sources served by Node + Express 5 on this machine
# in the same run (tests/differential/harness.js). Goals: hello world at least 10 000 req/s with p99 under 5 ms; the
# CPU-bound JSON, regex and sort functions, and SHA-256 and gzip of 1 MB through the built-in modules, within 2x of
# Node; the integer loop is printed as the engine's known gap.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# shellcheck source=scripts/lib/node.sh
. "$BENCH_ROOT/scripts/lib/node.sh"

: "${EXECUTION_URL:?run the scenarios through bench/run.sh}"
node_install_harness "$BENCH_ROOT" || exit 1

sources=$(mktemp -d)
NODE_PID=
cleanup() {
    if [ -n "$NODE_PID" ]; then kill "$NODE_PID" 2>/dev/null || true; fi
    rm -rf "$sources"
}
trap cleanup EXIT

write_function() {
    mkdir -p "$sources/$1"
    cat >"$sources/$1/index.js"
}

write_function hello <<'JS'
module.exports = async (req, res) => res.json({ ok: true });
JS
write_function json <<'JS'
const doc = JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ id: i, name: 'item ' + i, tags: ['a', 'b', 'c'], price: i * 1.5, ok: i % 2 === 0 })));
module.exports = (req, res) => { const parsed = JSON.parse(doc); res.json({ bytes: JSON.stringify(parsed).length }); };
JS
write_function regex <<'JS'
const text = 'lorem ipsum dolor sit amet user@example.com consectetur '.repeat(18000);
module.exports = (req, res) => res.json({ matches: (text.match(/[a-z]+@[a-z]+\.[a-z]{2,}/g) || []).length });
JS
write_function sort <<'JS'
const numbers = Array.from({ length: 100000 }, (_, i) => (i * 7919) % 100003);
module.exports = (req, res) => { const copy = numbers.slice(); copy.sort((a, b) => a - b); res.json({ first: copy[0], last: copy[copy.length - 1] }); };
JS
write_function sha256 <<'JS'
const crypto = require('crypto');
const data = Buffer.alloc(1 << 20, 'invoke functions ');
module.exports = (req, res) => res.json({ digest: crypto.createHash('sha256').update(data).digest('hex') });
JS
write_function gzip <<'JS'
const zlib = require('zlib');
const data = Buffer.alloc(1 << 20, 'lorem ipsum dolor sit amet, consectetur adipiscing elit ');
module.exports = (req, res) => res.json({ bytes: zlib.gzipSync(data).length });
JS
write_function loop <<'JS'
module.exports = (req, res) => { let sum = 0; for (let i = 0; i < 1000000; i++) sum = (sum + i * i) % 1000003; res.json({ sum }); };
JS

project_id=$(curl -fs -H "Authorization: Bearer $ADMIN_JWT" -H 'Content-Type: application/json' \
    -d '{"name":"bench-execution"}' "$BASE_URL/api/admin/projects" | grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
[ -n "$project_id" ] || { echo "could not create the bench project" >&2; exit 1; }

declare -A function_ids
for name in hello json regex sort sha256 gzip loop; do
    tar -czf "$sources/$name.tgz" -C "$sources/$name" index.js
    body=$(curl -fs -H "Authorization: Bearer $ADMIN_JWT" -F "function=@$sources/$name.tgz" -F "name=bench-exec-$name" \
        -F "projectId=$project_id" -F "requiresApiKey=false" "$BASE_URL/api/functions/upload")
    function_ids[$name]=$(grep -o '"id": *"[^"]*"' <<<"$body" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
    [ -n "${function_ids[$name]}" ] || { echo "could not deploy $name: $body" >&2; exit 1; }
done
rm -f "$sources"/*.tgz

node_port=$(( (RANDOM % 20000) + 40000 ))
# The harness stops when its standard input ends: keep it open for as long as this scenario runs.
scenario_pid=$$
(cd "$BENCH_ROOT/tests/differential" && exec node harness.js "$sources" "$node_port") \
    < <(while kill -0 "$scenario_pid" 2>/dev/null; do sleep 1; done) >/dev/null 2>&1 &
NODE_PID=$!
for _ in $(seq 1 150); do curl -fs -H "x-fixture: hello" "http://127.0.0.1:$node_port/" >/dev/null && break; sleep 0.2; done

echo "Node $(node --version) + Express $(node -p "require('$BENCH_ROOT/tests/differential/node_modules/express/package.json').version")"
bench_wrk "hello (Invoke)" "$EXECUTION_URL/invoke/${function_ids[hello]}"
bench_wrk "hello (Node + Express)" "http://127.0.0.1:$node_port/" -H 'x-fixture: hello'
for name in json regex sort sha256 gzip loop; do
    BENCH_CONNECTIONS=2 bench_wrk "$name (Invoke)" "$EXECUTION_URL/invoke/${function_ids[$name]}" --timeout 10s
    BENCH_CONNECTIONS=2 bench_wrk "$name (Node + Express)" "http://127.0.0.1:$node_port/" -H "x-fixture: $name" --timeout 10s
done
bench_rss
