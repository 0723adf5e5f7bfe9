#!/usr/bin/env bash
# The README's test command: installs what the tests need (Debian), then runs every test.
# Extra arguments go to `dotnet test`, e.g. ./scripts/test.sh --filter 'FullyQualifiedName~Store'
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-test-prerequisites.sh
dotnet test AlnDecisions.sln "$@"
