#!/usr/bin/env bash
# Decision-store appends per second, group commit on, with 1, 16 and 64 concurrent writers, on
# SQLite (a file under a temporary directory) and on PostgreSQL (a throwaway cluster started here
# with Debian's initdb/pg_ctl on a free loopback port, stopped afterwards). Not part of the tests.
#   ./scripts/bench-store.sh [--seconds N] [--writers 1,16,64]
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-test-prerequisites.sh >/dev/null
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/aln-bench-store.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$work"
    as_postgres=(runuser -u postgres --)
fi

cleanup() {
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

"${as_postgres[@]}" "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
"${as_postgres[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c fsync=on" start >/dev/null
"${as_postgres[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc 'CREATE DATABASE bench' >/dev/null

dotnet build -c Release tests/AlnDecisions.Benchmarks -v q -nologo >/dev/null
run() { dotnet tests/AlnDecisions.Benchmarks/bin/Release/net10.0/AlnDecisions.Benchmarks.dll store "$@"; }
run sqlite "$work/sqlite" "$@"
run postgres "Host=127.0.0.1;Port=$port;Username=postgres;Database=bench" "$@"
