#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need (Debian packages, as root),
# builds, runs all test projects, and ends with one line "N passed, N failed, N skipped".
# Exits non-zero on any failure. Extra arguments go to `dotnet test` (e.g. --filter Category=Acceptance).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-test-deps.sh

export GATEWAY_REQUIRE_SHARED=${GATEWAY_REQUIRE_SHARED:-1}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Gateway.sln -c Release -nologo -v quiet -warnaserror
log=$(mktemp)
status=0
dotnet test Gateway.sln -c Release --no-build -nologo --settings tests/test.runsettings \
  --blame-hang-timeout 5m --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

# Sum the per-assembly summaries that the console logger prints after each test run:
#   Total tests: 851
#        Passed: 850
#        Failed: 1
read -r passed failed skipped < <(awk '
  /^ +Passed: +[0-9]+ *$/  { p += $2 }
  /^ +Failed: +[0-9]+ *$/  { f += $2 }
  /^ +Skipped: +[0-9]+ *$/ { s += $2 }
  END { printf "%d %d %d\n", p, f, s }' "$log")
rm -f "$log"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
