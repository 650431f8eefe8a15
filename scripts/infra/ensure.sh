#!/usr/bin/env bash
# Ensure the local infrastructure Mobius.Micro's tests and `make run` need is up:
#   PostgreSQL 15   127.0.0.1:5432        role/database mobius (password mobius, CREATEDB)
#   RabbitMQ        127.0.0.1:5672/15672  guest/guest, management plugin enabled
#   Redis           127.0.0.1:6379
#   Mosquitto       127.0.0.1:1883        scripts/infra/mosquitto.conf
#
# For each service: if something already answers on its loopback port it is REUSED;
# otherwise the Debian package is installed when missing and the daemon is started as
# a plain background process (no systemd), bound to loopback. Then readiness is
# awaited and the accounts above are ensured. Idempotent; takes about a second when
# everything is already up.
#
# Runtime state and logs of what this script starts: /var/tmp/mobius-infra/
# What this script started (for scripts/infra/stop.sh): /var/tmp/mobius-infra/started
#
# Environment:
#   MOBIUS_INFRA_SKIP="postgres rabbitmq redis mosquitto"  services to leave alone
#                      (e.g. when MOBIUS_TEST_* point at servers elsewhere)
#   MOBIUS_INFRA_TIMEOUT   seconds to wait for each service (default 120)
#
# Needs root (or passwordless sudo) only when something must be installed or started.
set -euo pipefail

readonly STATE_DIR=/var/tmp/mobius-infra
readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SCRIPT_PATH="$SCRIPT_DIR/$(basename "${BASH_SOURCE[0]}")"
readonly TIMEOUT="${MOBIUS_INFRA_TIMEOUT:-120}"
readonly SKIP=" ${MOBIUS_INFRA_SKIP:-} "
readonly PG_VERSION=15 PG_CLUSTER=main

# RabbitMQ started by this script always runs as rabbit@localhost: "localhost" resolves
# on every machine (unlike some CI hostnames), and server and CLI must use the same name.
# Everything it opens (AMQP, management, Erlang distribution, epmd) is loopback only.
readonly RABBIT_NODENAME=rabbit@localhost
rabbit_env() {
    export RABBITMQ_NODENAME="$RABBIT_NODENAME"
    export RABBITMQ_CONFIG_FILE="$STATE_DIR/rabbitmq/rabbitmq.conf"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$STATE_DIR/rabbitmq/enabled_plugins"
    export RABBITMQ_MNESIA_BASE="$STATE_DIR/rabbitmq/mnesia"
    export RABBITMQ_LOG_BASE="$STATE_DIR/rabbitmq/log"
    export ERL_EPMD_ADDRESS=127.0.0.1
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

export DEBIAN_FRONTEND=noninteractive
# A cluster created during package installation takes its encoding from the locale:
# make it UTF-8 even in minimal images where LANG is unset (C.UTF-8 is built into glibc).
export LANG=C.UTF-8 LC_ALL=C.UTF-8

die() { printf 'ensure.sh: ERROR: %s\n' "$*" >&2; exit 1; }
note() { printf 'ensure.sh: %s\n' "$*" >&2; }
report() { printf '%-10s %-18s %s\n' "$1" "$2" "$3"; }
skipped() { [[ "$SKIP" == *" $1 "* ]]; }

# ---------------------------------------------------------------------------- probes
# Dependency-free probes (bash /dev/tcp), so reuse works even without client tools.

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

redis_pong() {
    local reply
    reply=$(timeout 2 bash -c 'exec 3<>/dev/tcp/127.0.0.1/6379; printf "PING\r\n" >&3; head -c 5 <&3' 2>/dev/null) || return 1
    [[ "$reply" == "+PONG" ]]
}

# MQTT 3.1.1 CONNECT (clean session, empty client id) -> expect CONNACK "accepted".
mqtt_connack() {
    local reply
    reply=$(timeout 3 bash -c 'exec 3<>/dev/tcp/127.0.0.1/1883
        printf "\x10\x0c\x00\x04MQTT\x04\x02\x00\x3c\x00\x00" >&3
        head -c 4 <&3 | od -An -tx1
        printf "\xe0\x00" >&3' 2>/dev/null) || return 1
    [[ "$(echo $reply)" == "20 02 00 00" ]]
}

rabbit_api_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 3 -u guest:guest \
        http://127.0.0.1:15672/api/overview 2>/dev/null || true
}

pg_mobius_ok() {
    command -v psql >/dev/null || return 1
    [[ "$(PGPASSWORD=mobius PGCONNECT_TIMEOUT=3 psql -X -h 127.0.0.1 -p 5432 -U mobius -d mobius -tAc \
        "select rolcreatedb from pg_roles where rolname = current_user" 2>/dev/null)" == "t" ]]
}

# Everything up and usable? (Only cheap probes: this is the common path.)
all_ready() {
    skipped postgres || { port_open 5432 && pg_mobius_ok; } || return 1
    skipped rabbitmq || { port_open 5672 && [[ "$(rabbit_api_status)" == 200 ]]; } || return 1
    skipped redis || redis_pong || return 1
    skipped mosquitto || mqtt_connack || return 1
}

wait_for() { # name log-file command...
    local name="$1" logfile="$2"; shift 2
    local deadline=$((SECONDS + TIMEOUT))
    until "$@"; do
        local why=""
        ((SECONDS >= deadline)) && why="not ready after ${TIMEOUT}s"
        [[ -n "${WAIT_PID:-}" ]] && ! kill -0 "$WAIT_PID" 2>/dev/null && why="exited during start-up"
        if [[ -n "$why" ]]; then
            printf 'ensure.sh: ERROR: %s %s. Log: %s\n' "$name" "$why" "$logfile" >&2
            local f
            for f in $logfile; do
                [[ -s "$f" ]] && { echo "  --- tail of $f" >&2; tail -n 30 "$f" | sed 's/^/    /' >&2; }
            done
            exit 1
        fi
        sleep 0.5
    done
}

# ---------------------------------------------------------------- fast path / privileges
if all_ready; then
    for s in postgres rabbitmq redis mosquitto; do skipped "$s" || report "$s" reused "$(
        case $s in postgres) echo 127.0.0.1:5432;; rabbitmq) echo 127.0.0.1:5672 +15672;;
                   redis) echo 127.0.0.1:6379;; mosquitto) echo 127.0.0.1:1883;; esac)"; done
    exit 0
fi

if [[ $EUID -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        exec sudo -n --preserve-env=MOBIUS_INFRA_SKIP,MOBIUS_INFRA_TIMEOUT,CI bash "$SCRIPT_PATH" "$@"
    fi
    die "some services are not running and starting/installing them needs root: run 'sudo $SCRIPT_PATH'"
fi

mkdir -p "$STATE_DIR"
chmod 755 "$STATE_DIR"
touch "$STATE_DIR/started"
# Two `make test` at once must not install or start things twice.
exec 9>"$STATE_DIR/lock"
flock -w 900 9 || die "another ensure.sh holds $STATE_DIR/lock for 15 minutes"

# Daemons must not inherit our descriptors: the lock (fd 9: the lock would stay held
# as long as the daemon runs) nor a caller's pipes (`make test | tee` would never end).
close_fds() {
    local fd
    for fd in /proc/$BASHPID/fd/*; do
        fd=${fd##*/}
        ((fd > 2)) && eval "exec $fd>&-"
    done 2>/dev/null
    return 0
}
# spawn command...: run it with stdin from /dev/null and no descriptors but 0, 1 and 2.
spawn() { (cd / && close_fds && exec "$@") </dev/null; }

mark_started() { grep -qx "$1" "$STATE_DIR/started" || echo "$1" >>"$STATE_DIR/started"; }

# ----------------------------------------------------------------------- installation
APT_UPDATED=0
POLICY=/usr/sbin/policy-rc.d
POLICY_BACKUP="$STATE_DIR/policy-rc.d.orig"
POLICY_MARK="written by Mobius.Micro scripts/infra/ensure.sh"

restore_policy() {
    if [[ -f "$POLICY" ]] && grep -q "$POLICY_MARK" "$POLICY"; then
        if [[ -f "$POLICY_BACKUP" ]]; then mv -f "$POLICY_BACKUP" "$POLICY"; else rm -f "$POLICY"; fi
    fi
}

# Package maintainer scripts try to start their service (invoke-rc.d / deb-systemd-invoke).
# Without systemd that may hang or start it with the distribution's config, so forbid
# starts during installation (policy-rc.d exit 101); daemons are started below instead.
forbid_service_starts() {
    restore_policy # a leftover from an interrupted run
    local rc=0
    if [[ -x "$POLICY" ]]; then "$POLICY" mobius-probe start >/dev/null 2>&1 || rc=$?; fi
    [[ $rc -eq 101 ]] && return 0 # an existing policy already forbids starts
    [[ -e "$POLICY" ]] && cp -p "$POLICY" "$POLICY_BACKUP"
    printf '#!/bin/sh\n# %s for the duration of apt-get install: no service starts.\nexit 101\n' \
        "$POLICY_MARK" >"$POLICY"
    chmod 755 "$POLICY"
    trap restore_policy EXIT
}

apt_install() {
    ((APT_UPDATED)) || {
        note "apt-get update"
        # A broken third-party source must not stop us; a missing package will.
        apt-get update -q -o DPkg::Lock::Timeout=300 >"$STATE_DIR/apt.log" 2>&1 ||
            note "apt-get update reported errors (see $STATE_DIR/apt.log); trying to install anyway"
        APT_UPDATED=1
    }
    note "apt-get install $*"
    forbid_service_starts
    if ! apt-get install -y -q --no-install-recommends \
        -o DPkg::Lock::Timeout=300 \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "$@" </dev/null >>"$STATE_DIR/apt.log" 2>&1; then
        restore_policy
        tail -n 30 "$STATE_DIR/apt.log" | sed 's/^/    /' >&2
        die "apt-get install $* failed; full log: $STATE_DIR/apt.log"
    fi
    restore_policy
    trap - EXIT
}

pkg_installed() { [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == installed ]]; }

# Decide what runs already and what to install, then install everything in one go.
declare -A STATUS=()
want=()
for s in postgres rabbitmq redis mosquitto; do
    skipped "$s" && continue
    case $s in
        postgres) port_open 5432 && STATUS[$s]=reused ;;
        rabbitmq) port_open 5672 && STATUS[$s]=reused ;;
        redis) port_open 6379 && STATUS[$s]=reused ;;
        mosquitto) port_open 1883 && STATUS[$s]=reused ;;
    esac
    [[ -n "${STATUS[$s]:-}" ]] && continue
    STATUS[$s]=started
    case $s in
        postgres) pkgs=(postgresql postgresql-$PG_VERSION) ;;
        rabbitmq) pkgs=(rabbitmq-server) ;;
        redis) pkgs=(redis-server redis-tools) ;;
        mosquitto) pkgs=(mosquitto mosquitto-clients) ;;
    esac
    for p in "${pkgs[@]}"; do
        pkg_installed "$p" || { want+=("$p"); STATUS[$s]=installed+started; }
    done
done
# Clients the checks below and `make run` use, even when the servers are reused.
skipped postgres || command -v psql >/dev/null || pkg_installed postgresql-client-$PG_VERSION || want+=(postgresql-client-$PG_VERSION)
command -v curl >/dev/null || want+=(curl ca-certificates)
((${#want[@]} == 0)) || apt_install "${want[@]}"

# -------------------------------------------------------------------------- PostgreSQL
readonly PG_LOG=/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log
start_postgres() {
    if ! pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}' | grep -qx "$PG_VERSION/$PG_CLUSTER"; then
        note "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER"
        pg_createcluster --locale C.UTF-8 -p 5432 "$PG_VERSION" "$PG_CLUSTER" >"$STATE_DIR/pg_createcluster.log" 2>&1 ||
            die "pg_createcluster failed: $STATE_DIR/pg_createcluster.log"
    fi
    local port
    port=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $3}')
    [[ "$port" == 5432 ]] || die "PostgreSQL cluster $PG_VERSION/$PG_CLUSTER is configured for port $port, not 5432 (pg_conftool $PG_VERSION $PG_CLUSTER set port 5432)"
    # Debian's default listen_addresses is 'localhost' (loopback only).
    spawn pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >"$STATE_DIR/pg_ctlcluster.log" 2>&1 || {
        cat "$STATE_DIR/pg_ctlcluster.log" >&2
        die "pg_ctlcluster $PG_VERSION $PG_CLUSTER start failed. Log: $PG_LOG"
    }
    mark_started postgres
}

ready_postgres() {
    wait_for postgres "$PG_LOG" pg_isready -q -h 127.0.0.1 -p 5432 -t 2
    pg_mobius_ok && return 0
    # Create/repair the role and database as the postgres superuser (peer auth over the socket).
    cd / # psql as postgres must not start in a directory it cannot read (the repo under /root)
    if ! runuser -u postgres -- psql -X -p 5432 -tAc 'select 1' >/dev/null 2>&1; then
        die "PostgreSQL on 127.0.0.1:5432 rejects mobius/mobius and is not administrable as the local postgres user; create it yourself: CREATE ROLE mobius LOGIN PASSWORD 'mobius' CREATEDB; CREATE DATABASE mobius OWNER mobius;"
    fi
    PG_ACCOUNTS_CREATED=1
    runuser -u postgres -- psql -X -q -p 5432 -v ON_ERROR_STOP=1 -d postgres <<'SQL' >/dev/null
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mobius') THEN
        CREATE ROLE mobius LOGIN PASSWORD 'mobius' CREATEDB;
    ELSE
        ALTER ROLE mobius LOGIN PASSWORD 'mobius' CREATEDB;
    END IF;
END
$$;
SELECT 'CREATE DATABASE mobius OWNER mobius ENCODING ''UTF8'' LC_COLLATE ''C.UTF-8'' LC_CTYPE ''C.UTF-8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'mobius')
\gexec
ALTER DATABASE mobius OWNER TO mobius;
SQL
    pg_mobius_ok || die "PostgreSQL: role mobius still cannot log in to database mobius over 127.0.0.1 (check pg_hba.conf: host ... 127.0.0.1/32 scram-sha-256)"
}

# ---------------------------------------------------------------------------- RabbitMQ
readonly RABBIT_LOG="$STATE_DIR/rabbitmq/log/$RABBIT_NODENAME.log"
start_rabbitmq() {
    local dir="$STATE_DIR/rabbitmq"
    rabbit_env
    mkdir -p "$dir/mnesia" "$dir/log"
    # The repo may live where the rabbitmq user cannot read (/root/...): copy the config.
    cp "$SCRIPT_DIR/rabbitmq.conf" "$dir/rabbitmq.conf"
    echo '[rabbitmq_management].' >"$dir/enabled_plugins"
    # Let a plain `rabbitmqctl` (run as root or rabbitmq) find this node too.
    local envconf=/etc/rabbitmq/rabbitmq-env.conf
    if ! grep -qE '^[[:space:]]*(RABBITMQ_)?NODENAME=' "$envconf" 2>/dev/null; then
        mkdir -p /etc/rabbitmq
        printf '\n# Added by Mobius.Micro scripts/infra/ensure.sh: the dev node is rabbit@localhost.\nNODENAME=%s\n' \
            "$RABBIT_NODENAME" >>"$envconf"
    elif ! grep -qE "^[[:space:]]*(RABBITMQ_)?NODENAME=$RABBIT_NODENAME[[:space:]]*\$" "$envconf"; then
        note "warning: $envconf sets another NODENAME; use RABBITMQ_NODENAME=$RABBIT_NODENAME with rabbitmqctl"
    fi
    chown -R rabbitmq:rabbitmq "$dir"
    # The wrapper in /usr/sbin switches to the rabbitmq user (HOME=/var/lib/rabbitmq,
    # whose .erlang.cookie the package created) and keeps the RABBITMQ_* variables.
    # Not -detached: this way early boot errors land in startup.log.
    # Own session (a Ctrl-C in make does not reach it). The launcher pid stays alive
    # exactly as long as the server (setsid -w if setsid has to fork), so a failed boot
    # is noticed at once.
    (cd / && close_fds && exec setsid -w nohup /usr/sbin/rabbitmq-server) >"$dir/startup.log" 2>&1 </dev/null &
    echo $! >"$dir/launcher.pid"
    mark_started rabbitmq
}

ready_rabbitmq() {
    local launcher=""
    [[ ${STATUS[rabbitmq]} == reused ]] || launcher=$(cat "$STATE_DIR/rabbitmq/launcher.pid")
    WAIT_PID=$launcher wait_for rabbitmq "$RABBIT_LOG $STATE_DIR/rabbitmq/startup.log" port_open 5672
    # Management API: required by the tests (one virtual host per test run).
    if [[ "$(rabbit_api_status)" != 200 ]] && ! port_open 15672 && [[ ${STATUS[rabbitmq]} == reused ]]; then
        note "RabbitMQ is running without the management API; enabling rabbitmq_management"
        if grep -qx rabbitmq "$STATE_DIR/started"; then rabbit_env; fi
        rabbitmq-plugins enable rabbitmq_management >"$STATE_DIR/rabbitmq-plugins.log" 2>&1 ||
            die "could not enable rabbitmq_management on the running RabbitMQ: $STATE_DIR/rabbitmq-plugins.log"
    fi
    wait_for "rabbitmq management API (http://127.0.0.1:15672, guest/guest)" "$RABBIT_LOG" \
        bash -c '[[ "$(curl -s -o /dev/null -w "%{http_code}" --max-time 3 -u guest:guest http://127.0.0.1:15672/api/overview)" =~ ^(200|401)$ ]]'
    [[ "$(rabbit_api_status)" == 200 ]] ||
        die "RabbitMQ management API rejects guest/guest on 127.0.0.1:15672 (HTTP $(rabbit_api_status)); the tests need that account"
}

# ------------------------------------------------------------------------------- Redis
start_redis() {
    local dir="$STATE_DIR/redis"
    mkdir -p "$dir"
    local as=()
    touch "$dir/redis.log" # early errors (before --logfile applies) go there too
    if id redis >/dev/null 2>&1; then chown redis:redis "$dir" "$dir/redis.log"; as=(runuser -u redis --); fi
    # Throw-away cache: no RDB/AOF persistence.
    spawn "${as[@]}" /usr/bin/redis-server --daemonize yes --bind 127.0.0.1 --port 6379 \
        --dir "$dir" --logfile "$dir/redis.log" --pidfile "$dir/redis.pid" \
        --save '' --appendonly no >>"$dir/redis.log" 2>&1 ||
        die "redis-server failed to start. Log: $dir/redis.log"
    mark_started redis
}

ready_redis() {
    wait_for redis "$STATE_DIR/redis/redis.log" redis_pong
}

# --------------------------------------------------------------------------- Mosquitto
start_mosquitto() {
    local dir="$STATE_DIR/mosquitto"
    mkdir -p "$dir"
    touch "$dir/mosquitto.log" # early errors (before log_dest applies) go there too
    if id mosquitto >/dev/null 2>&1; then chown mosquitto:mosquitto "$dir" "$dir/mosquitto.log"; fi
    spawn mosquitto -d -c "$SCRIPT_DIR/mosquitto.conf" >>"$dir/mosquitto.log" 2>&1 ||
        die "mosquitto failed to start. Log: $dir/mosquitto.log"
    mark_started mosquitto
}

ready_mosquitto() {
    wait_for mosquitto "$STATE_DIR/mosquitto/mosquitto.log" mqtt_connack
}

# Start everything that is not running first (RabbitMQ, the slowest, boots while the
# others start), then wait for each and ensure its accounts.
for s in rabbitmq postgres redis mosquitto; do
    skipped "$s" || [[ ${STATUS[$s]} == reused ]] || "start_$s"
done
for s in postgres rabbitmq redis mosquitto; do
    skipped "$s" && continue
    "ready_$s"
    case $s in
        postgres) where="127.0.0.1:5432  log /var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" ;;
        rabbitmq) where="127.0.0.1:5672 +15672  log $STATE_DIR/rabbitmq/log/" ;;
        redis) where="127.0.0.1:6379  log $STATE_DIR/redis/redis.log" ;;
        mosquitto) where="127.0.0.1:1883  log $STATE_DIR/mosquitto/mosquitto.log" ;;
    esac
    [[ ${STATUS[$s]} == reused ]] && where="${where%%  log*}"
    [[ $s == postgres && -n "${PG_ACCOUNTS_CREATED:-}" ]] && where+="  (role/database mobius created)"
    report "$s" "${STATUS[$s]}" "$where"
done
