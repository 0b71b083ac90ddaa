# Shared by the benchmark scripts (sourced): a work directory removed on exit with the processes and the PostgreSQL
# cluster started in it, a free loopback port, waiting for a server, and a throwaway PostgreSQL cluster.
work=$(mktemp -d /tmp/perhesilta-bench-XXXXXX)
chmod 755 "$work"  # the postgres user runs the throwaway cluster inside it
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -d "$work/pg" ]; then runuser -u postgres -- /usr/lib/postgresql/*/bin/pg_ctl -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_for() {
  for _ in $(seq 1 120); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "The server at $1 did not start." >&2
  return 1
}

# start_postgres DATABASE [SETTINGS…]: starts the cluster and prints a connection string to DATABASE in it.
# Durable settings as in production (fsync on): the figures must not flatter the database.
start_postgres() {
  local database=$1 bin port settings=""
  shift
  for setting in "$@"; do settings="$settings -c $setting"; done
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  port=$(free_port)
  mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
  runuser -u postgres -- "$bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg/data" -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200$settings" \
    -l "$work/pg/server.log" -w start >/dev/null
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$database;Maximum Pool Size=100"
}
