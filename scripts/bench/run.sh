#!/usr/bin/env bash
# `make bench`: builds the benchmarks and the services in Release, then runs
#   1. the pipeline benchmark (bench/Pipeline): Mosquitto alone, the gateway alone and end to end,
#      the services started as processes on a temporary database, virtual host and topic prefix;
#      prints a table and writes bench/results/pipeline-<time>.json;
#   2. the micro-benchmarks in BenchmarkDotNet's short job: EEP decode (bench/EnOcean), connector
#      message verification (bench/ConnectorProtocol);
#   3. object writes from the bus into PostgreSQL and API reads (bench/ObjectStore), shortened.
# Arguments go to the pipeline benchmark (e.g. --full, or BENCH_FULL=1, for the 5-minute 1,000/s run).
# The load average is printed before and after: other work on the machine skews every figure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/bench/results"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"

echo "== load before: $(uptime)"
for project in Pipeline EnOcean ConnectorProtocol ObjectStore; do
    dotnet build "bench/$project" -c Release -v quiet -nologo -clp:NoSummary
done

echo "== pipeline"
dotnet "bench/Pipeline/bin/Release/net10.0/Mobius.Micro.Bench.Pipeline.dll" --results="$RESULTS" "$@"

echo "== micro-benchmarks (BenchmarkDotNet short job)"
for project in EnOcean ConnectorProtocol; do
    (cd "$RESULTS" && dotnet "$ROOT/bench/$project/bin/Release/net10.0/Mobius.Micro.Bench.$project.dll" --filter '*' --job short \
        --artifacts "$RESULTS/micro-$STAMP" | grep -E '^\|' || true)
done

echo "== object writes and API reads"
dotnet "bench/ObjectStore/bin/Release/net10.0/Mobius.Micro.Bench.ObjectStore.dll" --messages=10000 --warm-up-messages=2000 --read-seconds=5 || true

echo "== load after: $(uptime)"
