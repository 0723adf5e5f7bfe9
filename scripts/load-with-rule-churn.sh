#!/usr/bin/env bash
# Load with rule churn, on loopback only, bounded in time and count.
#
# Starts the real host (Release build) over a copy of rules/, drives Decide over gRPC with h2load for
# --seconds while a loop edits national/aln-determination.json every --every seconds (a good edit
# that changes an outcome's text, a broken edit stamped "churn-broken-N" with an expression the
# allow-list refuses, then the original), and samples decisions with curl during the churn. Prints
# requests sent and failed (h2load counts HTTP status only, so the samples' grpc-status is checked
# too) and checks that every sampled decision is stamped with a rule-set version that was valid.
#
#   ./scripts/load-with-rule-churn.sh [--seconds 60] [--every 3] [--clients 8] [--streams 4]
#
# Needs the .NET SDK, curl and h2load (Debian's nghttp2-client, installed here when missing).
# Exits non-zero if any request failed or any sample was stamped with a version that never validated.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60 every=3 clients=8 streams=4
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --every) every=$2; shift 2 ;;
        --clients) clients=$2; shift 2 ;;
        --streams) streams=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ "$seconds" -ge 5 ] && [ "$seconds" -le 900 ] || { echo "--seconds must be 5..900" >&2; exit 2; }

if ! command -v h2load >/dev/null 2>&1; then
    echo "installing nghttp2-client (h2load)"
    sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nghttp2-client >/dev/null
fi
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

work=$(mktemp -d /tmp/aln-churn.XXXXXX)
host_pid=""
cleanup() {
    # Only what this script started, by its id.
    if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 20000-60000 -n 1; }
grpc_port=$(free_port); http_port=$(free_port)

echo "building (Release)"
dotnet build -c Release src/AlnDecisions.Server/AlnDecisions.Server.csproj -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build -c Release tests/AlnDecisions.Benchmarks/AlnDecisions.Benchmarks.csproj -v q -nologo >>"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet tests/AlnDecisions.Benchmarks/bin/Release/net10.0/AlnDecisions.Benchmarks.dll frames "$work/frames" >/dev/null

cp -r rules "$work/rules"
file="$work/rules/national/aln-determination.json"
cp "$file" "$work/original.json"
sha_of() { sha256sum "$1" | cut -d' ' -f1; }
echo "$(sha_of "$file") original" >"$work/valid.txt"
: >"$work/broken.txt"

dotnet src/AlnDecisions.Server/bin/Release/net10.0/AlnDecisions.Server.dll \
    --Service:GrpcPort="$grpc_port" --Service:HttpPort="$http_port" --RuleSets:Directory="$work/rules" \
    --RateLimits:TokenLimit=1000000 --RateLimits:TokensPerPeriod=1000000 --Logging:LogLevel:Default=Warning \
    >"$work/host.log" 2>&1 &
host_pid=$!

url="http://127.0.0.1:$grpc_port/aln.decisions.v1.DecisionService/Decide"
grpc_call() { # prints the headers and trailers (-D -), the gRPC body to $1
    curl -s --http2-prior-knowledge --max-time 10 -D - -o "$1" -H 'content-type: application/grpc' -H 'te: trailers' \
        --data-binary @"$work/frames/decide-basic.bin" "$url"
}
for _ in $(seq 1 120); do
    grpc_call "$work/probe.bin" 2>/dev/null | grep -q '^grpc-status: 0' && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log"; exit 1; }
    sleep 0.5
done
grpc_call "$work/probe.bin" | grep -q '^grpc-status: 0' || { echo "the host did not answer"; cat "$work/host.log"; exit 1; }
echo "host up on 127.0.0.1:$grpc_port (pid $host_pid); load for ${seconds}s, a rule edit every ${every}s"

h2load -D "$seconds" -c "$clients" -m "$streams" -t 1 --warm-up-time=1 \
    -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/frames/decide-basic.bin" "$url" >"$work/h2load.txt" 2>&1 &
load_pid=$!

# The churn, bounded by the same time.
(
    end=$((SECONDS + seconds)); n=0
    while [ $SECONDS -lt "$end" ]; do
        n=$((n + 1))
        sed "s/\"en\": \"The only reason recorded/\"en\": \"[edit $n] The only reason recorded/" "$work/original.json" >"$work/next.json"
        echo "$(sha_of "$work/next.json") good edit $n" >>"$work/valid.txt"
        cp "$work/next.json" "$file"; sleep "$every"
        n=$((n + 1))
        sed -e "s/\"version\": \"2021-09-01\"/\"version\": \"churn-broken-$n\"/" \
            -e '0,/"Expression": "/s//"Expression": "learner.GetType().Assembly.FullName != \\"\\" || /' "$work/original.json" >"$work/next.json"
        echo "$(sha_of "$work/next.json") broken edit $n" >>"$work/broken.txt"
        cp "$work/next.json" "$file"; sleep "$every"
        cp "$work/original.json" "$file"; sleep "$every"
    done
) &
churn_pid=$!

# Samples during the churn: grpc-status from the trailers, and the rule-set SHA-256 the decision is stamped with.
samples=0 sample_failures=0 unstamped=0
: >"$work/stamps.txt"
end=$((SECONDS + seconds))
while [ $SECONDS -lt "$end" ] && [ $samples -lt 5000 ]; do
    samples=$((samples + 1))
    status=$(grpc_call "$work/sample.bin" | tr -d '\r' | sed -n 's/^grpc-status: //p' | tail -1)
    if [ "$status" != "0" ]; then sample_failures=$((sample_failures + 1)); echo "sample $samples: grpc-status '${status}'" >>"$work/sample-failures.txt"; continue; fi
    # Strings in protobuf are their UTF-8 bytes: the 64-hex-digit SHA-256 stamps can be read straight off the body.
    if ! grep -aoE '[0-9a-f]{64}' "$work/sample.bin" >>"$work/stamps.txt"; then unstamped=$((unstamped + 1)); fi
    grep -aoE 'churn-broken-[0-9]+' "$work/sample.bin" >>"$work/broken-seen.txt" || true
    sleep 0.2
done

wait "$load_pid" || true
wait "$churn_pid" || true

cut -d' ' -f1 "$work/valid.txt" | sort -u >"$work/valid-shas.txt"
# The sampled request decides ALN_DETERMINATION only: every stamp is the national ALN rule set's.
sort -u "$work/stamps.txt" >"$work/stamped-shas.txt"
invalid=$(comm -23 "$work/stamped-shas.txt" "$work/valid-shas.txt" | wc -l)
broken_seen=$( [ -f "$work/broken-seen.txt" ] && wc -l <"$work/broken-seen.txt" || echo 0)
distinct=$(wc -l <"$work/stamped-shas.txt")

requests=$(grep -E '^requests:' "$work/h2load.txt" || true)
statuses=$(grep -E '^status codes:' "$work/h2load.txt" || true)
echo
echo "h2load (HTTP status only): $requests"
echo "                           $statuses"
grep -E '^finished in|^time for request' "$work/h2load.txt" | sed 's/^/                           /'
echo "edits: $(wc -l <"$work/valid.txt") valid contents (original + good edits), $(wc -l <"$work/broken.txt") broken edits"
echo "curl samples during the churn: $samples, grpc-status not 0: $sample_failures, unstamped: $unstamped"
echo "distinct rule-set versions stamped: $distinct; stamped with a version that never validated: $invalid; broken version seen: $broken_seen"

failed=$(sed -n 's/^requests: .* \([0-9]*\) failed.*/\1/p' "$work/h2load.txt")
errored=$(sed -n 's/^requests: .* \([0-9]*\) errored.*/\1/p' "$work/h2load.txt")
ok=1
[ "${failed:-1}" = "0" ] && [ "${errored:-1}" = "0" ] || { echo "FAIL: h2load requests failed or errored"; ok=0; }
[ "$sample_failures" -eq 0 ] && [ "$unstamped" -eq 0 ] || { echo "FAIL: sampled calls did not all answer grpc-status 0 with a stamp"; cat "$work/sample-failures.txt" 2>/dev/null | head; ok=0; }
[ "$invalid" -eq 0 ] && [ "$broken_seen" -eq 0 ] || { echo "FAIL: a decision was stamped with a version that was not valid"; ok=0; }
[ "$ok" -eq 1 ] && echo "PASS" || exit 1
