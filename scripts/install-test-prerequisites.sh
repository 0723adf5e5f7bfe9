#!/usr/bin/env bash
# Installs, on Debian, what the test suite needs beyond the .NET SDK, and only what is missing:
#   postgresql  - initdb and pg_ctl (in /usr/lib/postgresql/<version>/bin); the store tests start
#                 their own throwaway cluster with them, so no server is configured or started here
#   chromium    - the headless browser the panel-page tests drive
# Idempotent and non-interactive; run as root (CI) or with sudo available.
set -euo pipefail

missing=()

has_postgres_server() {
    # The client (psql) alone is not enough: the tests need the server's initdb and pg_ctl.
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null
}

has_postgres_server || missing+=(postgresql)
{ command -v chromium >/dev/null 2>&1 || dpkg -s chromium >/dev/null 2>&1; } || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then
    echo "test prerequisites: all present"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "test prerequisites: missing ${missing[*]}, and this is not a Debian system with apt-get; install them by hand" >&2
    exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "test prerequisites: missing ${missing[*]}; run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi

echo "test prerequisites: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# The package may create and start its own cluster on port 5432; the tests ignore it and start theirs.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

has_postgres_server || { echo "test prerequisites: postgresql installed but no initdb under /usr/lib/postgresql/*/bin" >&2; exit 1; }
echo "test prerequisites: installed ${missing[*]}"
