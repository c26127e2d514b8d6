#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests: installs Debian's postgresql package when it is missing
# (needs root, as CI runs), creates a cluster in a temporary directory owned by an unprivileged user, and starts it on
# a free port of 127.0.0.1 with its socket in that directory. Prints the Npgsql connection string on stdout and
# writes the directory to $HATCHERY_PG_STATE (default /tmp/hatchery-pg.state) for stop.sh. Exits non-zero with a
# message on stderr when the server cannot be had.
set -euo pipefail

state="${HATCHERY_PG_STATE:-/tmp/hatchery-pg.state}"

find_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

bin="$(find_bin || true)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and installing it needs root: apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "installing PostgreSQL (apt-get install -y postgresql)" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq postgresql; } >&2 || { echo "apt-get install postgresql failed" >&2; exit 1; }
  bin="$(find_bin || true)"
  [ -n "$bin" ] || { echo "postgresql was installed but no initdb was found under /usr/lib/postgresql" >&2; exit 1; }
fi

# The server refuses to run as root; the package's postgres user (or nobody) owns the cluster.
user=postgres
id "$user" >/dev/null 2>&1 || user=nobody
as_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

dir="$(mktemp -d /tmp/hatchery-pg.XXXXXX)"
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown "$user" "$dir"
echo "$dir" > "$state"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)"

as_user "$bin/initdb" -D "$dir/data" -U hatchery --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
  || { echo "initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }
as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c timezone=UTC" start >/dev/null \
  || { echo "pg_ctl start failed:" >&2; cat "$dir/server.log" >&2; exit 1; }
as_user "$bin/createdb" -h 127.0.0.1 -p "$port" -U hatchery hatchery_tests >&2

echo "$bin" > "$dir/bin"
echo "Host=127.0.0.1;Port=$port;Username=hatchery;Database=hatchery_tests;Pooling=false"
