#!/usr/bin/env bash
# Read-your-writes across services (issue 13): 1,000 sequences draft → activate → log at once with the activation's
# Gongjian-Consistency token, through the gateway of a packaged platform; none may be refused. Report:
# e2e-tests/target/benchmark-read-your-writes.md. SEQUENCES changes the count; SKIP_BUILD=1 reuses the installed build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q install -DskipTests
fi
./mvnw -B -q -pl e2e-tests verify -Dit.test=ReadYourWritesIT -Dgongjian.read-your-writes.sequences="${SEQUENCES:-1000}" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
cat e2e-tests/target/benchmark-read-your-writes.md
