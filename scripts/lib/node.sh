# shellcheck shell=bash
# Node.js for the differential tests and the benchmarks (Invoke itself never needs it): installs Debian's nodejs and
# npm when node is missing and this shell may use apt-get, then the harness's locked packages.

node_require() {
    if ! command -v node >/dev/null 2>&1; then
        if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "Installing Node.js from the Debian archive..."
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null || return 1
        else
            echo "Node.js is missing: install nodejs and npm (apt-get install nodejs npm)." >&2
            return 1
        fi
    fi
}

# Installs the Express 5 harness of tests/differential from its lock file, once per lock file change.
node_install_harness() {
    local dir="$1/tests/differential"
    node_require || return 1
    if [ ! -f "$dir/node_modules/.package-lock.json" ] || ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.lock-installed"; then
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && cp package-lock.json node_modules/.lock-installed) || return 1
    fi
}
