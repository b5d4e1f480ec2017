# shellcheck shell=bash
# Shell functions shared by the scripts in scripts/ (source this file from the repository root).
# The PostgreSQL server refuses to run as root, so when we are root every server program runs as the postgres OS user.

# The git-ignored folder of the private cluster that scripts/start.sh creates and scripts/stop.sh stops.
PRIVATE_CLUSTER_DIR=.local/postgres

# Sets PG_BIN to the bin folder of the machine's PostgreSQL server, installing the server with apt-get when it is
# missing. With a version argument (a cluster's PG_VERSION) it takes that major version's binaries: a cluster only
# starts with the binaries that created it.
pg_require_binaries() {
    local version=${1:-*}
    PG_BIN=$(pg_find_bin_dir "$version")
    if [ -z "$PG_BIN" ]; then
        pg_install_server || return 1
        PG_BIN=$(pg_find_bin_dir "$version")
    fi
    if [ -z "$PG_BIN" ]; then
        echo "PostgreSQL $version server binaries not found under /usr/lib/postgresql." >&2
        return 1
    fi
}

pg_find_bin_dir() {
    local initdb
    # The client package also creates /usr/lib/postgresql/N/bin, so look for a server program. $1 may be a glob.
    # shellcheck disable=SC2086
    initdb=$(printf '%s\n' /usr/lib/postgresql/$1/bin/initdb | sort -V | tail -n 1)
    [ -x "$initdb" ] && dirname "$initdb"
}

pg_install_server() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "PostgreSQL is not installed. Install it (sudo apt-get install postgresql) or run this script as root." >&2
        return 1
    fi
    echo "Installing PostgreSQL with apt-get..."
    # Invoke creates its own clusters. Without this, the package creates Debian's "main" cluster and, under systemd,
    # starts it on port 5432 with credentials Invoke does not know.
    local no_main_cluster=/etc/postgresql-common/createcluster.d/invoke-no-main-cluster.conf
    mkdir -p "${no_main_cluster%/*}"
    echo "create_main_cluster = false" >"$no_main_cluster"
    local status=0
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || status=$?
    rm -f "$no_main_cluster"
    return $status
}

# Runs a command as the postgres OS user when we are root, otherwise as ourselves. As postgres it runs from /:
# PostgreSQL's programs complain on stderr when they cannot enter the current folder (a clone under /root), so
# every path handed to this function must be absolute.
pg_run() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Gives folders (and files) to the user the server runs as.
pg_own() {
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$@"
    fi
}

# pg_init_cluster DATA_DIR [initdb options...]: creates a cluster whose superuser is postgres.
# The server runs as the postgres OS user, which must be able to pass through every parent folder of its data folder.
# A clone under a private folder (such as /root) would lock it out; grant it traverse-only (x) access there through an
# ACL, which neither lets it list those folders nor changes what anyone else may do.
pg_grant_traverse() {
    local dir
    dir=$(dirname "$1")
    [ "$(id -u)" -eq 0 ] || return 0
    while [ "$dir" != / ]; do
        if ! runuser -u postgres -- test -x "$dir"; then
            command -v setfacl >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq acl >/dev/null; }
            echo "Letting the postgres OS user pass through $dir (setfacl -m u:postgres:x)."
            setfacl -m u:postgres:x "$dir"
        fi
        dir=$(dirname "$dir")
    done
}

pg_init_cluster() {
    local data=$1
    shift
    pg_run "$PG_BIN/initdb" -D "$data" -U postgres --encoding=UTF8 --locale=C.UTF-8 "$@" >/dev/null
}

# pg_start_cluster DATA_DIR LOG_FILE [server options...]: starts the server and waits until it accepts connections.
pg_start_cluster() {
    local data=$1 log=$2
    shift 2
    pg_run "$PG_BIN/pg_ctl" -D "$data" -l "$log" -o "$*" -w -t 60 start >/dev/null
}

# pg_stop_cluster DATA_DIR [fast|immediate]
pg_stop_cluster() {
    pg_run "$PG_BIN/pg_ctl" -D "$1" -m "${2:-fast}" -w stop >/dev/null
}

pg_cluster_running() {
    pg_run "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1
}

# pg_port_answers HOST PORT: true when something accepts TCP connections there.
pg_port_answers() {
    timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# Prints a TCP port on 127.0.0.1 that nothing listens on (it may be taken before use; callers retry).
pg_free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 30000))
        if ! pg_port_answers 127.0.0.1 "$port"; then
            echo "$port"
            return 0
        fi
    done
    return 1
}
