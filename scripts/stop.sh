#!/usr/bin/env bash
# Stops the private PostgreSQL cluster that scripts/start.sh runs from .local/postgres. Its data stays.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh

data="$root/$PRIVATE_CLUSTER_DIR"
if [ ! -f "$data/PG_VERSION" ]; then
    echo "There is no private PostgreSQL cluster in $PRIVATE_CLUSTER_DIR."
    exit 0
fi

pg_require_binaries "$(cat "$data/PG_VERSION")"
if pg_cluster_running "$data"; then
    pg_stop_cluster "$data"
    echo "Stopped the private PostgreSQL (its data stays in $PRIVATE_CLUSTER_DIR)."
else
    echo "The private PostgreSQL is not running."
fi
