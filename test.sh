#!/usr/bin/env bash
# Runs every test suite from a fresh clone: restores packages, builds, runs the xunit projects and the
# benchmark smoke job, then prints one summary line: "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

passed=0
failed=0
# What failed, repeated just above the summary line: CI keeps only the tail of a run's output.
failures=()

# The npm compatibility suite (tests/Hatchery.Cli.Tests/NpmPackageTests) runs real packages installed from the
# registry at the versions pinned in tests/npm/package-lock.json; without them it fails rather than skips.
if ! command -v npm >/dev/null; then
  echo "npm is not installed: it is needed to install the packages of tests/npm (Node.js 20 or later)"
  echo "tests: 0 passed, 1 failed"
  exit 1
fi
if ! npm ci --prefix tests/npm --no-audit --no-fund --loglevel=error; then
  echo "npm ci --prefix tests/npm failed"
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

if ! dotnet build Hatchery.slnx -c Release -nologo -v quiet; then
  echo "build failed"
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

# The database tests run against a real PostgreSQL server: tests/postgres/start.sh installs Debian's postgresql
# package when it is missing (as root) and starts a throwaway server on 127.0.0.1; the trap stops and removes it
# however the run ends. Without a server the PostgreSQL tests fail, saying why.
export HATCHERY_PG_STATE="$(pwd)/artifacts/postgres.state"
trap 'tests/postgres/stop.sh' EXIT
if postgres="$(tests/postgres/start.sh)"; then
  export HATCHERY_TEST_POSTGRES="$postgres"
else
  echo "PostgreSQL could not be started: the PostgreSQL tests will fail"
fi

# The dashboard's browser tests (tests/Hatchery.Perf.Tests) drive Debian's chromium through Playwright; install it
# when missing (needs root, as CI runs), the way tests/postgres/start.sh installs PostgreSQL.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing chromium for the dashboard's browser tests (apt-get install -y chromium)"
    { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq chromium; } >/dev/null 2>&1 || echo "apt-get install chromium failed: the browser tests will fail"
  else
    echo "chromium is missing and installing it needs root (apt-get install -y chromium): the browser tests will fail"
  fi
fi

# Test projects are the folders under tests/ with a .csproj (tests/npm holds the npm suite's packages and scripts).
projects=()
for project in tests/*/; do
  compgen -G "$project*.csproj" >/dev/null && projects+=("$project")
done

for project in "${projects[@]}"; do
  name="$(basename "$project")"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" -- xUnit.ParallelizeTestCollections=true
done

for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')"
  f="$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  while IFS= read -r test; do
    [ -n "$test" ] && failures+=("$(basename "$trx" .trx): $test")
  done < <(grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | grep -o 'testName="[^"]*"' | sed 's/^testName="//; s/"$//')
done

# Every test project must have reported; a crashed test host leaves no TRX behind.
expected="${#projects[@]}"
reported="$(ls "$results"/*.trx 2>/dev/null | wc -l)"
if [ "$reported" -lt "$expected" ]; then
  echo "only $reported of $expected test projects reported results"
  failed=$((failed + expected - reported))
  failures+=("only $reported of $expected test projects reported results (a test host crashed)")
fi

# Code style: .editorconfig, checked the way `dotnet format` would apply it (fix with `dotnet format Hatchery.slnx`).
if dotnet format Hatchery.slnx --verify-no-changes --no-restore; then
  passed=$((passed + 1))
else
  echo "dotnet format --verify-no-changes found code that does not follow .editorconfig (run: dotnet format Hatchery.slnx)"
  failed=$((failed + 1))
  failures+=("dotnet format --verify-no-changes")
fi

# The benchmark suite's smoke job checks that every benchmark runs (never its speed).
if [ -x perf/smoke.sh ] && [ "${SKIP_BENCHMARK_SMOKE:-0}" != "1" ]; then
  if perf/smoke.sh; then passed=$((passed + 1)); else echo "benchmark smoke run failed"; failed=$((failed + 1)); failures+=("benchmark smoke run"); fi
fi

for failure in "${failures[@]}"; do echo "FAILED: $failure"; done
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
