#!/usr/bin/env bash
# make compose-smoke: the real compose file, end to end, on a Docker-compatible engine:
#   build -> up -> the simulator's data visible through the Engine API -> down -v
# and prints the seconds from `up` to the first value. Needs an engine (Docker with Compose v2,
# or podman's Docker API with docker-compose: docs/operations/compose.md), curl and jq.
#
# Runs as its own compose project (SMOKE_PROJECT, default mobius-smoke) with compose/.env.example
# and host ports that stay clear of a development machine's servers (SMOKE_*_PORT below), and
# removes its containers and volumes at the end, also when it fails.
# SMOKE_SERVICES: the services to start (their dependencies come with them); default the core and
# Prometheus. Empty: the whole file, Grafana, Jaeger and the collector included.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
project="${SMOKE_PROJECT:-mobius-smoke}"
services="${SMOKE_SERVICES-object-store enocean-decoder workocc-decoder connector-gateway simulator prometheus}"
timeout_seconds="${SMOKE_TIMEOUT_SECONDS:-300}"
api_port="${SMOKE_ENGINE_API_PORT:-28443}"

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "compose-smoke: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null; then
  compose=(docker-compose)
else
  echo "compose-smoke: needs docker compose (or docker-compose) and a running engine" >&2
  exit 2
fi

settings="$(mktemp)"
sed -e "s/^COMPOSE_PROJECT_NAME=.*/COMPOSE_PROJECT_NAME=$project/" \
    -e "s/^ENGINE_API_PORT=.*/ENGINE_API_PORT=$api_port/" \
    -e "s/^MQTT_PORT=.*/MQTT_PORT=${SMOKE_MQTT_PORT:-21883}/" \
    -e "s/^MQTTS_PORT=.*/MQTTS_PORT=${SMOKE_MQTTS_PORT:-28883}/" \
    -e "s/^PROMETHEUS_PORT=.*/PROMETHEUS_PORT=${SMOKE_PROMETHEUS_PORT:-29090}/" \
    -e "s/^GRAFANA_PORT=.*/GRAFANA_PORT=${SMOKE_GRAFANA_PORT:-23000}/" \
    -e "s/^JAEGER_UI_PORT=.*/JAEGER_UI_PORT=${SMOKE_JAEGER_UI_PORT:-26686}/" \
    -e "s/^RABBITMQ_MANAGEMENT_PORT=.*/RABBITMQ_MANAGEMENT_PORT=${SMOKE_RABBITMQ_MANAGEMENT_PORT:-25673}/" \
    "$root/compose/.env.example" > "$settings"
admin_password="$(sed -n 's/^ENGINE_API_ADMIN_PASSWORD=//p' "$settings")"
stack() { "${compose[@]}" --env-file "$settings" -p "$project" -f "$root/compose/docker-compose.yml" "$@"; }

finish() {
  status=$?
  if [ "$status" -ne 0 ]; then
    echo "compose-smoke: FAILED; the services' last words:" >&2
    stack logs --no-color --tail 30 >&2 || true
  fi
  if [ -z "${SMOKE_KEEP:-}" ]; then
    stack down -v --remove-orphans >/dev/null 2>&1 || true
  fi
  rm -f "$settings"
  exit "$status"
}
trap finish EXIT

echo "compose-smoke: building the images"
# shellcheck disable=SC2086 # a list of service names
stack build $services

echo "compose-smoke: up ${services:-(every service)}"
started=$(date +%s)
# shellcheck disable=SC2086
stack up -d $services

# The first simulated A5-04-01 sensor (objects created by `mobius simulate --provision`): data has
# arrived once its objectLastUpdated is no longer the epoch.
api="http://127.0.0.1:$api_port/api/v1"
sensor="$api/mobius/object/000001/022/0102/0001"
while true; do
  elapsed=$(( $(date +%s) - started ))
  [ "$elapsed" -lt "$timeout_seconds" ] || { echo "compose-smoke: no data after $timeout_seconds s" >&2; exit 1; }
  token="$(curl -sf "$api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" 2>/dev/null | jq -r .token 2>/dev/null || true)"
  if [ -n "$token" ] && [ "$token" != null ]; then
    updated="$(curl -sf "$sensor" -H "Authorization: Bearer $token" 2>/dev/null \
      | jq -r '.data.resources[]? | select(.name == "objectLastUpdated") | .pv' 2>/dev/null || true)"
    if [ -n "$updated" ] && [[ "$updated" != 1970-* ]]; then
      echo "compose-smoke: first data after $elapsed s (sensor 022/0102/0001 updated at $updated)"
      break
    fi
  fi
  sleep 2
done

if [ -n "${SMOKE_KEEP:-}" ]; then
  echo "compose-smoke: SMOKE_KEEP set, leaving project $project running (stop: ${compose[*]} -p $project down -v)"
fi
echo "compose-smoke: PASSED"
