#!/usr/bin/env bash
# Installs (when missing) and starts PostgreSQL and Redis on 127.0.0.1 for the scale-out tests.
# Idempotent, needs root and no standard input (CI runs it on a fresh machine).
#
#   source .ci/services.sh     # exports HALLDESK_TEST_POSTGRES and HALLDESK_TEST_REDIS
#   bash .ci/services.sh       # only starts them and prints the exports
#
# PostgreSQL runs as the postgres user from a data folder under /tmp (Debian's cluster tooling is
# not used: it needs systemd). User postgres gets the password below; only 127.0.0.1 listens.
set -uo pipefail

pg_port=${HALLDESK_PG_PORT:-5432}
pg_password=${HALLDESK_PG_PASSWORD:-halldesk}
pg_data=${HALLDESK_PG_DATA:-/tmp/halldesk-pgdata}
redis_port=${HALLDESK_REDIS_PORT:-6379}

services_fail() {
  echo "services.sh: $*" >&2
  return 1
}

services_main() {
  local pg_bin need=()
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pg_bin" ] && [ -x "$pg_bin/pg_ctl" ] || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  if ((${#need[@]})); then
    echo "Installing: ${need[*]}"
    # Debian's packages start nothing here (no systemd); this script starts both itself.
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" \
      || services_fail "apt-get install ${need[*]} failed" || return 1
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    # Debian may have created and started its own "main" cluster on the same port: stop it.
    if command -v pg_lsclusters >/dev/null 2>&1; then
      pg_lsclusters -h 2>/dev/null | awk '$4 == "online" {print $1, $2}' | while read -r version cluster; do
        pg_ctlcluster "$version" "$cluster" stop || true
      done
    fi
  fi
  [ -x "$pg_bin/pg_ctl" ] || services_fail "PostgreSQL binaries not found under /usr/lib/postgresql" || return 1

  # PostgreSQL refuses to run as root: everything goes through the postgres user.
  if [ ! -s "$pg_data/PG_VERSION" ]; then
    rm -rf "$pg_data"
    install -d -o postgres -g postgres -m 700 "$pg_data"
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$pg_password" >"$pwfile"
    chown postgres "$pwfile"
    su postgres -s /bin/sh -c "'$pg_bin/initdb' -D '$pg_data' -U postgres --auth=scram-sha-256 --pwfile='$pwfile' -E UTF8 --locale=C.UTF-8" >/tmp/halldesk-initdb.log 2>&1
    local status=$?
    rm -f "$pwfile"
    ((status == 0)) || { cat /tmp/halldesk-initdb.log >&2; services_fail "initdb failed"; return 1; }
  fi

  if ! su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$pg_data' status" >/dev/null 2>&1; then
    install -d -o postgres -g postgres /tmp/halldesk-pgsocket
    # fsync stays on: the tests check that a confirmed ticket survives, as production would.
    su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$pg_data' -l '$pg_data/server.log' -w -t 60 start \
      -o \"-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=/tmp/halldesk-pgsocket -c max_connections=300\"" \
      >/dev/null || { tail -n 20 "$pg_data/server.log" >&2; services_fail "PostgreSQL did not start"; return 1; }
  fi
  "$pg_bin/pg_isready" -h 127.0.0.1 -p "$pg_port" -t 30 >/dev/null || services_fail "PostgreSQL is not ready on 127.0.0.1:$pg_port" || return 1

  if ! redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG; then
    redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --save '' --appendonly no \
      --logfile /tmp/halldesk-redis.log || services_fail "redis-server did not start" || return 1
    local i
    for i in $(seq 1 50); do
      redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG && break
      sleep 0.2
    done
  fi
  redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG || services_fail "Redis is not answering on 127.0.0.1:$redis_port" || return 1

  export HALLDESK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
  export HALLDESK_TEST_REDIS="127.0.0.1:$redis_port"
  echo "export HALLDESK_TEST_POSTGRES='$HALLDESK_TEST_POSTGRES'"
  echo "export HALLDESK_TEST_REDIS='$HALLDESK_TEST_REDIS'"
}

# Sourced: a failure returns (the caller decides); run: it exits non-zero.
if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  services_main
else
  services_main || exit 1
fi
