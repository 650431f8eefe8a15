#!/usr/bin/env bash
# Checks compose/docker-compose.yml offline with the compose CLI itself (`config`: interpolation,
# schema, references) against the committed compose/.env.example (COMPOSE_ENV_FILE: another one).
# No engine needed. Arguments go to `config` (e.g. --services, -q).
# Uses `docker compose` (v2), else `docker-compose`; with neither, installs Debian's docker-compose.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

compose() {
  if command -v docker >/dev/null && docker compose version >/dev/null 2>&1; then
    docker compose "$@"
  elif command -v docker-compose >/dev/null; then
    docker-compose "$@"
  else
    return 127
  fi
}

if ! compose version >/dev/null 2>&1; then
  echo "compose-check: no docker compose; installing Debian's docker-compose" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends docker-compose >&2 \
    || { $sudo apt-get update >&2 && $sudo apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends docker-compose >&2; }
fi

cd "$root/compose"
compose --env-file "${COMPOSE_ENV_FILE:-.env.example}" -f docker-compose.yml config "$@"
