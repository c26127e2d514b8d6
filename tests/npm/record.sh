#!/usr/bin/env bash
# Records what Node prints for each script under scripts/ into expected/: <name>.out always, <name>.err when
# stderr is not empty, <name>.code when the exit code is not zero. Run after changing a script or a version.
# Usage: tests/npm/record.sh [name ...]   (default: every script)
set -euo pipefail
cd "$(dirname "$0")"
command -v node >/dev/null || { echo "record.sh: node is not installed" >&2; exit 1; }
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p expected
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for script in scripts/*.js; do names+=("$(basename "$script" .js)"); done
fi
for name in "${names[@]}"; do
  rm -f "expected/$name.out" "expected/$name.err" "expected/$name.code"
  code=0
  node "scripts/$name.js" >"expected/$name.out" 2>"expected/$name.err" || code=$?
  [ -s "expected/$name.err" ] || rm -f "expected/$name.err"
  [ "$code" -eq 0 ] || echo "$code" >"expected/$name.code"
  echo "$name: exit $code"
done
