#!/usr/bin/env bash
# Stop exactly the service processes `make run` started: the pids in .run/pids/*.pid.
# SIGTERM, wait up to 10 s, then SIGKILL; the pid files are removed. The infrastructure
# (PostgreSQL, RabbitMQ, Redis, Mosquitto) is left running: `make infra-stop` for that.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PID_DIR="$ROOT/.run/pids"
GRACE_SECONDS=10

shopt -s nullglob
pidfiles=("$PID_DIR"/*.pid)
if ((${#pidfiles[@]} == 0)); then
    echo "stop: nothing to stop (no pid files in .run/pids)"
    exit 0
fi

# Only signal a pid that is still a Mobius.Micro dotnet process (pids get reused).
ours() { kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q 'Mobius\.Micro\..*\.dll'; }

declare -A pending=()
for f in "${pidfiles[@]}"; do
    name=$(basename "$f" .pid)
    pid=$(cat "$f" 2>/dev/null || true)
    if [[ "$pid" =~ ^[0-9]+$ ]] && ours "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        pending[$name]=$pid
    else
        echo "$name: not running (stale pid file removed)"
        rm -f "$f"
    fi
done

deadline=$((SECONDS + GRACE_SECONDS))
while ((${#pending[@]} > 0)); do
    for name in "${!pending[@]}"; do
        pid=${pending[$name]}
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "$name: stopped (pid $pid)"
            rm -f "$PID_DIR/$name.pid"
            unset "pending[$name]"
        elif ((SECONDS >= deadline)); then
            kill -KILL "$pid" 2>/dev/null || true
            echo "$name: killed after ${GRACE_SECONDS}s (pid $pid)"
            rm -f "$PID_DIR/$name.pid"
            unset "pending[$name]"
        fi
    done
    ((${#pending[@]} == 0)) || sleep 0.2
done
