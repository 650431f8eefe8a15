#!/usr/bin/env bash
# Start the four Mobius.Micro services as local background processes (`make run`).
# Expects the infrastructure up (scripts/infra/ensure.sh) and the solution built with
# $CONFIGURATION (default Debug). Logs: .run/logs/<service>.log, pids: .run/pids/<service>.pid.
# A service whose pid file points at a live process is left alone ("already running").
# Stop them with scripts/stack/stop.sh (`make stop`).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CONFIGURATION="${CONFIGURATION:-Debug}"
RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
READY_TIMEOUT="${MOBIUS_RUN_TIMEOUT:-90}"

# name | folder under services/ | assembly | URL
SERVICES=(
    "object-store|object-store|Mobius.Micro.ObjectStore|http://127.0.0.1:8443"
    "connector-gateway|connector-gateway|Mobius.Micro.ConnectorGateway|http://127.0.0.1:8081"
    "enocean-decoder|enocean-decoder|Mobius.Micro.EnOceanDecoder|http://127.0.0.1:8082"
    "workocc-decoder|workocc-decoder|Mobius.Micro.WorkOccDecoder|http://127.0.0.1:8083"
)

die() { printf 'run: ERROR: %s\n' "$*" >&2; exit 1; }

mkdir -p "$LOG_DIR" "$PID_DIR"

# Dev-only JWT signing key for the object store: generated once, kept in .run/ (git-ignored).
KEY_FILE="$RUN_DIR/dev-signing-key"
if [[ ! -s "$KEY_FILE" ]]; then
    (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$KEY_FILE")
fi
SIGNING_KEY="$(cat "$KEY_FILE")"
[[ ${#SIGNING_KEY} -eq 64 ]] || die "$KEY_FILE does not hold a 64-character key; delete it and retry"

field() { local IFS='|'; read -r -a f <<<"$1"; echo "${f[$2]}"; }

# Is the process in this pid file alive and one of ours (guards against pid reuse)?
running_pid() { # pid-file assembly
    local pid
    [[ -s "$1" ]] || return 1
    pid=$(cat "$1")
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$2.dll" || return 1
    echo "$pid"
}

# A background service must not inherit our descriptors (make's jobserver, a caller's
# pipe: `make run | tee` would never end).
close_fds() {
    local fd
    for fd in /proc/$BASHPID/fd/*; do
        fd=${fd##*/}
        ((fd > 2)) && eval "exec $fd>&-"
    done 2>/dev/null
    return 0
}

port_of() { local u="${1##*:}"; echo "${u%%/*}"; }
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

service_env() { # name -> lines KEY=VALUE
    local name="$1" url="$2"
    cat <<EOF
ASPNETCORE_ENVIRONMENT=Development
ASPNETCORE_URLS=$url
Mobius__HubId=000001
RabbitMq__Host=127.0.0.1
RabbitMq__Username=guest
RabbitMq__Password=guest
RabbitMq__VirtualHost=/
EOF
    case "$name" in
        object-store) cat <<EOF
ConnectionStrings__Postgres=Host=127.0.0.1;Port=5432;Database=mobius;Username=mobius;Password=mobius
Auth__SigningKey=$SIGNING_KEY
Auth__BootstrapAdmin__Username=admin
Auth__BootstrapAdmin__Password=mobius-dev-admin
EOF
            ;;
        enocean-decoder|workocc-decoder) cat <<EOF
ConnectionStrings__Redis=127.0.0.1:6379
EOF
            ;;
        connector-gateway) cat <<EOF
ConnectionStrings__Redis=127.0.0.1:6379
Mqtt__Host=127.0.0.1
Mqtt__Port=1883
Mqtt__ClientId=mobius-gateway-local
EOF
            ;;
    esac
}

start() { # service-spec
    local name folder assembly url dir dll pidfile log pid
    name=$(field "$1" 0); folder=$(field "$1" 1); assembly=$(field "$1" 2); url=$(field "$1" 3)
    dir="$ROOT/services/$folder/bin/$CONFIGURATION/net10.0"
    dll="$dir/$assembly.dll"
    pidfile="$PID_DIR/$name.pid"
    log="$LOG_DIR/$name.log"
    if pid=$(running_pid "$pidfile" "$assembly"); then
        echo "$name: already running (pid $pid, $url)"
        return 0
    fi
    rm -f "$pidfile"
    [[ -f "$dll" ]] || die "$name: $dll not found; build first (make build CONFIGURATION=$CONFIGURATION)"
    port_open "$(port_of "$url")" && die "$name: port $(port_of "$url") is already in use by a process make run did not start (ss -ltnp | grep :$(port_of "$url"))"
    {
        echo
        echo "===== $(date -Is) make run: starting $name ($CONFIGURATION) on $url"
    } >>"$log"
    (
        cd "$dir" # content root: appsettings*.json are copied next to the dll
        while IFS= read -r kv; do export "$kv"; done < <(service_env "$name" "$url")
        close_fds
        # Own session: a Ctrl-C in the terminal does not reach it. The inner shell writes
        # its pid and then execs dotnet, so the pid file holds the dotnet process itself.
        setsid bash -c 'echo $$ >"$0"; exec dotnet "$1"' "$pidfile" "$dll" >>"$log" 2>&1 </dev/null &
    )
    for _ in $(seq 1 50); do [[ -s "$pidfile" ]] && break; sleep 0.1; done
    [[ -s "$pidfile" ]] || die "$name: did not start; log: $log"
    echo "$name: started (pid $(cat "$pidfile"), $url, log .run/logs/$name.log)"
}

wait_ready() { # service-spec
    local name assembly url pidfile log code deadline
    name=$(field "$1" 0); assembly=$(field "$1" 2); url=$(field "$1" 3)
    pidfile="$PID_DIR/$name.pid"; log="$LOG_DIR/$name.log"
    deadline=$((SECONDS + READY_TIMEOUT))
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$url/health/ready" || true)
        [[ "$code" == 200 ]] && { echo "$name: ready ($url/health/ready)"; return 0; }
        local why=""
        running_pid "$pidfile" "$assembly" >/dev/null || why="exited"
        ((SECONDS >= deadline)) && why="not ready after ${READY_TIMEOUT}s (last /health/ready status: ${code:-none})"
        if [[ -n "$why" ]]; then
            printf 'run: ERROR: %s %s. Log: %s\n' "$name" "$why" "$log" >&2
            # This run's part of the log: the headline of a crash first (stack traces bury
            # it), then the end.
            local this_run
            this_run=$(tac "$log" | sed '/^===== .* make run: starting /q' | tac)
            grep -m 3 -E 'Unhandled exception|crit: |fail: ' <<<"$this_run" | cut -c1-400 | sed 's/^/    /' >&2 || true
            echo "    ..." >&2
            tail -n 25 <<<"$this_run" | cut -c1-400 | sed 's/^/    /' >&2
            return 1
        fi
        sleep 0.5
    done
}

# The object store first: the others ask it for connector and device registrations.
start "${SERVICES[0]}"
wait_ready "${SERVICES[0]}" || { echo "The other services were not started. make stop stops the object store." >&2; exit 1; }
for spec in "${SERVICES[@]:1}"; do start "$spec"; done
failed=0
for spec in "${SERVICES[@]:1}"; do wait_ready "$spec" || failed=$((failed + 1)); done
if ((failed > 0)); then
    echo "run: $failed service(s) did not become ready; the others keep running (make stop stops them)." >&2
    exit 1
fi

cat <<EOF

Mobius.Micro is running (hub 000001, $CONFIGURATION build).
  Engine API:      http://127.0.0.1:8443/api/v1
  Dev admin:       admin / mobius-dev-admin   (Development only)
  Logs:            $LOG_DIR/
  Pids:            $PID_DIR/
  Stop:            make stop    (infrastructure keeps running; make infra-stop for that)
EOF
