#!/usr/bin/env bash
# CI smoke check: builds the benchmarks in Release and runs every benchmark once, in-process.
# Fails (non-zero exit) if the build fails or any benchmark fails; says nothing about speed.
# Extra arguments go to BenchmarkSwitcher, e.g. `perf/smoke.sh --filter '*Spawn*'`.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
dotnet run -c Release --project perf/Hatchery.Benchmarks -- --smoke "$@"
echo "smoke: all benchmarks ran in $(( $(date +%s) - start ))s"
