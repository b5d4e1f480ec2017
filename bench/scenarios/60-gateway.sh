#!/usr/bin/env bash
# Hello world through the gateway role beside /invoke in the same run: one route, 500 routes with the one called
# matched last, and each auth kind (basic, API key, fixed-secret JWT, middleware). Goals: at least 8 000 req/s for one
# route and at most 15% below /invoke.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

: "${GATEWAY_URL:?run the scenarios through bench/run.sh}"

sources=$(mktemp -d)
trap 'rm -rf "$sources"' EXIT

admin() { # admin METHOD PATH [JSON]
    curl -fs -X "$1" -H "Authorization: Bearer $ADMIN_JWT" -H 'Content-Type: application/json' ${3:+-d "$3"} "$BASE_URL$2"
}
first_id() { grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'; }

new_project() {
    admin POST /api/admin/projects "{\"name\":\"$1\"}" | first_id
}

deploy() { # deploy PROJECT NAME SOURCE
    mkdir -p "$sources/$2"
    printf '%s\n' "$3" >"$sources/$2/index.js"
    tar -czf "$sources/$2.tgz" -C "$sources/$2" index.js
    curl -fs -H "Authorization: Bearer $ADMIN_JWT" -F "function=@$sources/$2.tgz" -F "name=$2" -F "projectId=$1" \
        -F "requiresApiKey=false" "$BASE_URL/api/functions/upload" | first_id
}

route() { # route PROJECT PATH FUNCTION [AUTH_METHOD_ID]
    admin POST "/api/gateway/routes?projectId=$1" \
        "{\"routePath\":\"$2\",\"functionId\":\"$3\",\"allowedMethods\":[\"GET\"]${4:+,\"authMethodIds\":[\"$4\"]}}" >/dev/null
}

auth_method() { # auth_method PROJECT NAME TYPE CONFIG
    admin POST "/api/gateway/auth-methods?projectId=$1" "{\"name\":\"$2\",\"type\":\"$3\",\"config\":$4}" | first_id
}

base64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

one=$(new_project bench-gateway-one)
hello=$(deploy "$one" bench-gw-hello "module.exports = async (req, res) => res.json({ ok: true });")
gate=$(deploy "$one" bench-gw-gate "module.exports = async (req, res) => res.json({ allow: true });")
admin PUT "/api/gateway/config?projectId=$one" '{"enabled":true,"customDomain":"one.gateway.bench"}' >/dev/null
route "$one" /hello "$hello"
route "$one" /basic "$hello" "$(auth_method "$one" basic basic_auth '{"credentials":[{"username":"bench","password":"secret"}]}')"
route "$one" /key "$hello" "$(auth_method "$one" key api_key '{"apiKeys":["bench-key"]}')"
route "$one" /jwt "$hello" "$(auth_method "$one" jwt bearer_jwt '{"jwtMode":"fixed_secret","jwtSecret":"bench-secret"}')"
route "$one" /mw "$hello" "$(auth_method "$one" mw middleware "{\"functionId\":\"$gate\"}")"

many=$(new_project bench-gateway-many)
admin PUT "/api/gateway/config?projectId=$many" '{"enabled":true,"customDomain":"many.gateway.bench"}' >/dev/null
many_hello=$(deploy "$many" bench-gw-many-hello "module.exports = async (req, res) => res.json({ ok: true });")
for i in $(seq 1 499); do route "$many" "/route-$i/:id" "$many_hello"; done
route "$many" /hello "$many_hello"

header=$(printf '{"alg":"HS256","typ":"JWT"}' | base64url)
payload=$(printf '{"sub":"bench","exp":%d}' $(( $(date +%s) + 86400 )) | base64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac bench-secret -binary | base64url)
token="$header.$payload.$signature"

curl -fs -H "Host: many.gateway.bench" "$GATEWAY_URL/hello" >/dev/null || { echo "the 500-route gateway does not answer" >&2; exit 1; }
bench_wrk "hello via /invoke" "$EXECUTION_URL/invoke/$hello"
bench_wrk "hello via gateway, 1 route" "$GATEWAY_URL/hello" -H "Host: one.gateway.bench"
bench_wrk "hello via gateway, 500 routes (matched last)" "$GATEWAY_URL/hello" -H "Host: many.gateway.bench"
bench_wrk "hello via gateway, basic_auth" "$GATEWAY_URL/basic" -H "Host: one.gateway.bench" -H "Authorization: Basic $(printf bench:secret | base64 -w0)"
bench_wrk "hello via gateway, api_key" "$GATEWAY_URL/key" -H "Host: one.gateway.bench" -H "x-api-key: bench-key"
bench_wrk "hello via gateway, bearer_jwt (fixed secret)" "$GATEWAY_URL/jwt" -H "Host: one.gateway.bench" -H "Authorization: Bearer $token"
bench_wrk "hello via gateway, middleware" "$GATEWAY_URL/mw" -H "Host: one.gateway.bench"
curl -fs -H "Host: one.gateway.bench" "$GATEWAY_URL/health"; echo
bench_rss
