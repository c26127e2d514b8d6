#!/usr/bin/env bash
# Stops the server start.sh started and removes its directory. Safe to run when nothing was started.
set -uo pipefail

state="${HATCHERY_PG_STATE:-/tmp/hatchery-pg.state}"
[ -f "$state" ] || exit 0
dir="$(cat "$state")"
rm -f "$state"
[ -n "$dir" ] && [ -d "$dir" ] || exit 0

if [ -f "$dir/bin" ] && [ -d "$dir/data" ]; then
  user="$(stat -c %U "$dir/data")"
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$user" -- "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  else
    "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  fi
fi
rm -rf "$dir"
