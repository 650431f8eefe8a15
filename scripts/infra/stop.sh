#!/usr/bin/env bash
# Stop the infrastructure daemons that scripts/infra/ensure.sh itself started (listed in
# /var/tmp/mobius-infra/started). Services it found already running and reused are never
# touched, nor are packages removed. Data: PostgreSQL keeps its Debian cluster
# (/var/lib/postgresql/15/main); RabbitMQ, Redis and Mosquitto keep nothing that matters.
set -euo pipefail

readonly STATE_DIR=/var/tmp/mobius-infra
readonly STARTED="$STATE_DIR/started"

die() { printf 'infra-stop: ERROR: %s\n' "$*" >&2; exit 1; }

if [[ ! -s "$STARTED" ]]; then
    echo "infra-stop: nothing to stop (ensure.sh started nothing that is still recorded in $STARTED)"
    exit 0
fi
if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null && exec sudo -n bash "$0" "$@"
    die "stopping the daemons needs root: run 'sudo $0'"
fi

# SIGTERM the pid in a pid file, wait up to 15 s, then SIGKILL.
stop_pidfile() { # name pidfile
    local name="$1" pidfile="$2" pid
    [[ -s "$pidfile" ]] || { echo "$name: no pid file ($pidfile), not running"; return 0; }
    pid=$(cat "$pidfile")
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name: not running"; rm -f "$pidfile"; return 0; fi
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; echo "$name: killed (pid $pid)"; else echo "$name: stopped (pid $pid)"; fi
    rm -f "$pidfile"
}

while read -r service <&3; do
    case "$service" in
        postgres)
            if pg_ctlcluster 15 main stop -m fast 2>/dev/null; then echo "postgres: stopped"; else echo "postgres: not running"; fi
            ;;
        rabbitmq)
            # rabbit@localhost: see ensure.sh. `shutdown` waits until the node has stopped.
            if RABBITMQ_NODENAME=rabbit@localhost timeout 60 rabbitmqctl shutdown >/dev/null 2>&1; then
                echo "rabbitmq: stopped"
            else
                # Fallback: the server runs in its own session, led by the launcher's child.
                launcher=$(cat "$STATE_DIR/rabbitmq/launcher.pid" 2>/dev/null || true)
                leader=$([[ -n "$launcher" ]] && pgrep -P "$launcher" | head -n 1 || true)
                if [[ -n "$leader" ]]; then
                    kill -TERM -- "-$leader" 2>/dev/null || true
                    for _ in $(seq 1 30); do kill -0 "$launcher" 2>/dev/null || break; sleep 0.5; done
                    kill -KILL -- "-$leader" 2>/dev/null || true
                    echo "rabbitmq: stopped (signalled session $leader)"
                else
                    echo "rabbitmq: not running"
                fi
            fi
            rm -f "$STATE_DIR/rabbitmq/launcher.pid"
            # epmd refuses to exit while any other Erlang node is registered.
            runuser -u rabbitmq -- epmd -kill >/dev/null 2>&1 || true
            ;;
        redis) stop_pidfile redis "$STATE_DIR/redis/redis.pid" ;;
        mosquitto) stop_pidfile mosquitto "$STATE_DIR/mosquitto/mosquitto.pid" ;;
        "") ;;
        *) echo "infra-stop: unknown entry '$service' in $STARTED (ignored)" >&2 ;;
    esac
done 3<"$STARTED"
: >"$STARTED"
