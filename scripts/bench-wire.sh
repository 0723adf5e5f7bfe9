#!/usr/bin/env bash
# Decide over the wire, against the real server on loopback, beside the standard gRPC health check
# on the same server in the same run (issue 8's wire targets). Builds Release, starts the host,
# drives each call with h2load (16 connections x 10 streams), checks the grpc-status of a sample
# of each (h2load checks HTTP status only), and prints requests/s, p50 and p99 and the ratios.
#
#   scripts/bench-wire.sh [--seconds N (per call, in 4 interleaved rounds; default 20)] [--connections C] [--streams S] [-- extra server arguments]
#
# Per-caller rate limits are off for the run (every call comes from one loopback address), and so is
# the decision record: this measures the edge and the engine; scripts/bench-record.sh measures what
# recording adds. Server and load generator share this machine's cores: read the ratios, not the
# absolutes.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=20 connections=16 streams=10
server_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --streams) streams="$2"; shift 2 ;;
    --) shift; server_args=("$@"); break ;;
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

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for project in src/AlnDecisions.Server tests/AlnDecisions.Benchmarks; do
  dotnet build -c Release -v quiet -nologo "$project" >/dev/null
done
work=$(mktemp -d)
server_pid=
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
dotnet tests/AlnDecisions.Benchmarks/bin/Release/net10.0/AlnDecisions.Benchmarks.dll frames "$work"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
grpc_port=$(free_port) http_port=$(free_port)
base="http://127.0.0.1:$grpc_port"
health="$base/grpc.health.v1.Health/Check"
decide="$base/aln.decisions.v1.DecisionService/Decide"

started=$(date +%s%N)
dotnet src/AlnDecisions.Server/bin/Release/net10.0/AlnDecisions.Server.dll \
  --Service:GrpcPort="$grpc_port" --Service:HttpPort="$http_port" --Logging:LogLevel:Default=Warning \
  --RateLimits:Enabled=false --DecisionRecord:Enabled=false "${server_args[@]}" \
  >"$work/server.log" 2>&1 &
server_pid=$!

grpc_status() { # url frame -> the grpc-status trailer of one call
  curl -s --http2-prior-knowledge -X POST -H 'content-type: application/grpc' -H 'te: trailers' \
    --data-binary @"$2" -o /dev/null -D - "$1" | tr -d '\r' | awk -F': ' '/^grpc-status/ { print $2 }'
}

until [[ "$(grpc_status "$health" "$work/health.bin" 2>/dev/null)" == "0" ]]; do
  kill -0 "$server_pid" 2>/dev/null || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
  sleep 0.05
done
cold_start_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "cold start of the host with rules/ (process start to first SERVING health check): ${cold_start_ms} ms (target <= 3000)"

warm() { # url frame: let tiered compilation and the connection pools settle before anything is timed
  h2load -n 5000 -c "$connections" -m "$streams" -H 'content-type: application/grpc' -H 'te: trailers' -d "$2" "$1" >/dev/null
}

check() { # name url frame: three sample calls must answer grpc-status 0
  for sample in 1 2 3; do
    local status; status=$(grpc_status "$2" "$3")
    [[ "$status" == "0" ]] || { echo "$1: sample call answered grpc-status '$status'" >&2; exit 1; }
  done
}

measure() { # name url frame round: one timed run, per-request times appended to the case's log
  local out; out=$(h2load -D "$slice" -c "$connections" -m "$streams" -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$3" --log-file="$work/$1.$4.log" "$2")
  awk '/^finished in/ { gsub(",", ""); print $4 }' <<<"$out" >>"$work/$1.rps"
  awk '/^requests:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) print $i }' <<<"$out" >>"$work/$1.failed"
  cat "$work/$1.$4.log" >>"$work/$1.log"
}

cases=(health decide-basic decide-full decide-every-kind-full)
url_of() { if [[ $1 == health ]]; then echo "$health"; else echo "$decide"; fi; }
for case in "${cases[@]}"; do check "$case" "$(url_of "$case")" "$work/$case.bin"; warm "$(url_of "$case")" "$work/$case.bin"; done

# Interleaved rounds: every case runs once per round, so a noisy neighbour on these shared cores
# slows all of them alike rather than whichever happened to run while it was busy.
rounds=4
slice=$(( seconds / rounds > 0 ? seconds / rounds : 1 ))
for round in $(seq "$rounds"); do
  for case in "${cases[@]}"; do measure "$case" "$(url_of "$case")" "$work/$case.bin" "$round"; done
done
for case in "${cases[@]}"; do check "$case" "$(url_of "$case")" "$work/$case.bin"; done

printf '%-28s %12s %10s %10s %8s\n' "call (${connections}x${streams}, ${rounds}x${slice}s)" "requests/s" "p50 ms" "p99 ms" "failed"
declare -A rps
for case in "${cases[@]}"; do
  # The log has one line per request: start (us since epoch), HTTP status, time to the end of the response (us).
  read -r p50 p99 < <(awk '$2 == 200 { print $3 }' "$work/$case.log" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f %.2f\n", v[int(NR * 0.50)] / 1000, v[int(NR * 0.99)] / 1000 }')
  rps[$case]=$(awk '{ s += $1 } END { printf "%.0f", s / NR }' "$work/$case.rps")
  failed=$(awk '{ s += $1 } END { print s }' "$work/$case.failed")
  printf '%-28s %12.0f %10s %10s %8s\n' "$case" "${rps[$case]}" "$p50" "$p99" "$failed"
done

awk -v h="${rps[health]}" -v b="${rps[decide-basic]}" -v f="${rps[decide-full]}" -v e="${rps[decide-every-kind-full]}" 'BEGIN {
  printf "ratio decide-basic/health %.2f (target >= 0.60)\n", b / h
  printf "ratio decide-full/health %.2f (target >= 0.35)\n", f / h
  printf "ratio decide-every-kind-full/health %.2f\n", e / h
}'
