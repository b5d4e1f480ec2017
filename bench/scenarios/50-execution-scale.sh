#!/usr/bin/env bash
# The execution role at scale. Cold start: the first call that runs a newly switched-to version (its package read,
# extracted and parsed), p50 and p99 over 200 versions; goal p50 under 5 ms. Memory: resident size with 200 warm
# functions of 20 projects; goal under 600 MB.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

: "${EXECUTION_URL:?run the scenarios through bench/run.sh}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# package NAME VERSION: a small function whose source differs per version (so nothing parsed is reused).
package() {
    mkdir -p "$work/src"
    printf '// %s version %s\nconst items = Array.from({ length: 20 }, (_, i) => ({ i }));\nmodule.exports = (req, res) => res.json({ version: %s, n: items.length });\n' \
        "$1" "$2" "$2" >"$work/src/index.js"
    tar -czf "$work/package.tgz" -C "$work/src" index.js
}

id_of() { grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'; }

create_project() {
    curl -fs -H "Authorization: Bearer $ADMIN_JWT" -H 'Content-Type: application/json' \
        -d "{\"name\":\"$1\"}" "$BASE_URL/api/admin/projects" | id_of
}

deploy() { # deploy PROJECT NAME -> function id
    package "$2" 1
    curl -fs -H "Authorization: Bearer $ADMIN_JWT" -F "function=@$work/package.tgz" -F "name=$2" \
        -F "projectId=$1" -F "requiresApiKey=false" "$BASE_URL/api/functions/upload" | id_of
}

# Cold start.
project=$(create_project bench-cold-start)
function_id=$(deploy "$project" bench-cold)
curl -fs "$EXECUTION_URL/invoke/$function_id" >/dev/null
: >"$work/cold.txt"
for version in $(seq 2 201); do
    package bench-cold "$version"
    curl -fs -H "Authorization: Bearer $ADMIN_JWT" -F "file=@$work/package.tgz" \
        "$BASE_URL/api/functions/$function_id/update" >/dev/null
    # The first answer of the new version; earlier answers (the old version, until this instance hears of the switch)
    # are not counted.
    for _ in $(seq 1 200); do
        result=$(curl -fs -o "$work/body" -w '%{time_total}' "$EXECUTION_URL/invoke/$function_id")
        if grep -q "\"version\":$version," "$work/body"; then
            echo "$result" >>"$work/cold.txt"
            break
        fi
    done
done
sort -n "$work/cold.txt" | awk '{ t[NR] = $1 * 1000 } END {
    printf "cold start over %d versions: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.99 + 0.5)], t[NR] }'

# Memory with 200 warm functions of 20 projects.
for p in $(seq 1 20); do
    project=$(create_project "bench-warm-$p")
    for f in $(seq 1 10); do
        id=$(deploy "$project" "bench-warm-$p-$f")
        for _ in 1 2 3; do curl -fs "$EXECUTION_URL/invoke/$id" >/dev/null; done
    done
done
echo "200 warm functions of 20 projects:"
bench_rss
