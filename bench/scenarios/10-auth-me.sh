#!/usr/bin/env bash
# GET /api/auth/me, the request every admin UI page and CLI command starts with: once with a session token, once
# with a user API key. Goal: at least 10 000 req/s each on a 2-core machine (the original: about 950).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

bench_wrk "auth/me (JWT)" "$BASE_URL/api/auth/me" -H "Authorization: Bearer $ADMIN_JWT"
bench_wrk "auth/me (API key)" "$BASE_URL/api/auth/me" -H "x-api-key: $ADMIN_API_KEY"
bench_rss
