#!/usr/bin/env bash
# `make soak`: the whole pipeline at 1,000 telegrams/s for an hour (SOAK_SECONDS, SOAK_RATE), each
# service's resident memory and open handles (/proc/<pid>/fd) sampled every 10 s; prints the slope
# per hour of each and writes bench/results/soak-<time>.json. Exits non-zero when a telegram was lost.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
echo "== load before: $(uptime)"
dotnet build bench/Pipeline -c Release -v quiet -nologo -clp:NoSummary
dotnet bench/Pipeline/bin/Release/net10.0/Mobius.Micro.Bench.Pipeline.dll --results="$ROOT/bench/results" \
    --soak="${SOAK_SECONDS:-3600}" --soak-rate="${SOAK_RATE:-1000}" "$@"
echo "== load after: $(uptime)"
