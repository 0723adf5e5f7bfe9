#!/usr/bin/env bash
# What recording costs: Decide over the wire against the real server on loopback, with the decision
# record off, on SQLite (the embedded default, a file in a temporary data directory) and on
# PostgreSQL (a throwaway cluster started here with Debian's initdb/pg_ctl on a free port), in one
# run. Each call is driven by h2load (16 connections x 10 streams by default) after every call of the
# mode has been warmed up (3 s each, twice, so the first call measured is not the one that JITs); a sample of calls is
# checked for grpc-status 0 before and after (h2load checks HTTP status only), and with recording on
# the records in the store are counted afterwards: every call h2load saw succeed must have one.
# Prints requests/s, p50 and p99 per mode and call, and each recording mode's ratio to "off".
#
#   scripts/bench-record.sh [--seconds N] [--connections C] [--streams S] [--modes off,sqlite,postgres]
#
# Not part of the tests. Server, load generator and database share this machine's cores: read the
# ratios, not the absolutes. Sibling of scripts/bench-wire.sh (the same frames, the same h2load use).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=10 connections=16 streams=10 modes=off,sqlite,postgres
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --streams) streams="$2"; shift 2 ;;
    --modes) modes="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if ! command -v h2load >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nghttp2-client >/dev/null
  else
    echo "h2load is missing: install Debian's nghttp2-client" >&2; exit 1
  fi
fi
if [[ ",$modes," == *",postgres,"* ]]; then
  ./scripts/install-test-prerequisites.sh >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for project in src/AlnDecisions.Server tests/AlnDecisions.Benchmarks; do
  dotnet build -c Release -v quiet -nologo "$project" >/dev/null
done

work=$(mktemp -d /tmp/aln-bench-record.XXXXXX)
server_pid= pg_bin= pg_port=
as_postgres=()
stop_server() { if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=; fi; }
cleanup() {
  stop_server
  if [[ -n "$pg_bin" ]]; then "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
dotnet tests/AlnDecisions.Benchmarks/bin/Release/net10.0/AlnDecisions.Benchmarks.dll frames "$work"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

if [[ ",$modes," == *",postgres,"* ]]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_port=$(free_port)
  mkdir -p "$work/pg-run"
  if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$work" "$work/pg-run"; as_postgres=(runuser -u postgres --); fi
  "${as_postgres[@]}" "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  # fsync and synchronous_commit stay on (the defaults): the record's guarantee is what is measured.
  "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg-run/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$work/pg-run -c max_connections=200" start >/dev/null
  "${as_postgres[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc 'CREATE DATABASE bench' >/dev/null
fi

grpc_port= http_port=
grpc_status() { # url frame -> the grpc-status trailer of one call
  curl -s --http2-prior-knowledge -X POST -H 'content-type: application/grpc' -H 'te: trailers' \
    --data-binary @"$2" -o /dev/null -D - "$1" | tr -d '\r' | awk -F': ' '/^grpc-status/ { print $2 }'
}

start_server() { # mode
  local mode=$1 args=()
  case "$mode" in
    off) args=(--DecisionRecord:Enabled=false) ;;
    sqlite) args=(--DecisionStore:DataDirectory="$work/data-sqlite") ;;
    postgres)
      args=(--DecisionStore:Backend=PostgreSql
            "--DecisionStore:PostgreSqlConnectionString=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=bench"
            --DecisionStore:Encryption:ActiveKeyId=bench
            "--DecisionStore:Encryption:Keys:bench=$(head -c 32 /dev/urandom | base64)") ;;
  esac
  grpc_port=$(free_port) http_port=$(free_port)
  # The per-caller rate limit would refuse h2load's one caller; it is measured elsewhere.
  dotnet src/AlnDecisions.Server/bin/Release/net10.0/AlnDecisions.Server.dll \
    --Service:GrpcPort="$grpc_port" --Service:HttpPort="$http_port" --Logging:LogLevel:Default=Warning --RuleSets:Watch=false \
    --RateLimits:TokenLimit=1000000 --RateLimits:TokensPerPeriod=1000000 "${args[@]}" >"$work/server-$mode.log" 2>&1 &
  server_pid=$!
  until [[ "$(grpc_status "http://127.0.0.1:$grpc_port/grpc.health.v1.Health/Check" "$work/health.bin" 2>/dev/null)" == "0" ]]; do
    kill -0 "$server_pid" 2>/dev/null || { echo "the server ($mode) did not start:" >&2; cat "$work/server-$mode.log" >&2; exit 1; }
    sleep 0.05
  done
}

recorded() { # mode -> how many decisions the store holds
  case "$1" in
    sqlite) python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM decision_records").fetchone()[0])' "$work/data-sqlite/decisions.db" ;;
    postgres) "${as_postgres[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d bench -tAc 'SELECT count(*) FROM decision_records' ;;
    *) echo 0 ;;
  esac
}

run() { # mode name frame -> "rps p50 p99 succeeded failed"
  local mode=$1 name=$2 frame=$3 log="$work/$1-$2.log" url="http://127.0.0.1:$grpc_port/aln.decisions.v1.DecisionService/Decide"
  for sample in 1 2 3; do
    local status; status=$(grpc_status "$url" "$frame")
    [[ "$status" == "0" ]] || { echo "$mode $name: sample call $sample answered grpc-status '$status'" >&2; exit 1; }
  done
  local out; out=$(h2load -D "$seconds" -c "$connections" -m "$streams" -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$frame" --log-file="$log" "$url")
  local succeeded; succeeded=$(awk '/^requests:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^succeeded/) print $i }' <<<"$out")
  local failed; failed=$(awk '/^requests:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) print $i }' <<<"$out")
  local rps; rps=$(awk '/^finished in/ { gsub(",", ""); print $4 }' <<<"$out")
  # The log has one line per request: start (us since epoch), HTTP status, time to the end of the response (us).
  local percentiles; percentiles=$(awk '$2 == 200 { print $3 }' "$log" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f %.2f", v[int(NR * 0.50)] / 1000, v[int(NR * 0.99)] / 1000 }')
  for sample in 1 2 3; do
    local status; status=$(grpc_status "$url" "$frame")
    [[ "$status" == "0" ]] || { echo "$mode $name: sample call after the run answered grpc-status '$status'" >&2; exit 1; }
  done
  echo "$rps $percentiles ${succeeded:-0} ${failed:-0}"
}

warm_up() { # frame -> how many calls succeeded; every call of a mode is warmed before any is measured (JIT, pools, the database file)
  local url="http://127.0.0.1:$grpc_port/aln.decisions.v1.DecisionService/Decide"
  h2load -D 3 -c "$connections" -m "$streams" -H 'content-type: application/grpc' -H 'te: trailers' -d "$1" "$url" \
    | awk '/^requests:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^succeeded/) print $i }'
}

printf '%-10s %-14s %12s %10s %10s %8s %10s\n' "record" "call" "requests/s" "p50 ms" "p99 ms" "failed" "records"
declare -A rps
IFS=, read -ra mode_list <<<"$modes"
for mode in "${mode_list[@]}"; do
  start_server "$mode"
  before=$(recorded "$mode") answered=0
  for call in decide-basic decide-full decide-basic decide-full; do
    answered=$(( answered + $(warm_up "$work/$call.bin") ))
  done
  for call in decide-basic decide-full; do
    read -r r p50 p99 ok failed < <(run "$mode" "$call" "$work/$call.bin")
    rps[$mode-$call]=$r
    answered=$(( answered + ok + 6 ))
    printf '%-10s %-14s %12.0f %10s %10s %8s\n' "$mode" "$call" "$r" "$p50" "$p99" "$failed"
  done
  if [[ "$mode" != off ]]; then
    # Every call answered (the warm-up, the samples and the measured run) must have its record.
    stored=$(( $(recorded "$mode") - before ))
    printf '%-10s %-14s %12s %10s %10s %8s %10s\n' "$mode" "(record)" "" "" "" "" "$stored"
    (( stored >= answered )) || { echo "$mode: $answered calls answered but only $stored recorded" >&2; exit 1; }
  fi
  stop_server
done

for mode in "${mode_list[@]}"; do
  [[ "$mode" == off || -z "${rps[off-decide-basic]:-}" ]] && continue
  for call in decide-basic decide-full; do
    awk -v on="${rps[$mode-$call]}" -v off="${rps[off-$call]}" -v m="$mode" -v c="$call" 'BEGIN { printf "ratio %s %s, recording on/off: %.2f\n", m, c, on / off }'
  done
done
