#!/usr/bin/env bash
# How fast the change feed reads (issue 13): ENTRIES changes (default 100000) read to the end in pages of 500 by an
# administrator and by a bureau (its half), in ROUNDS rounds (default 3), on the evaluation service with its real
# PostgreSQL and Keycloak tokens. Report: evaluation-service/target/benchmark-change-feed.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl evaluation-service -am -Dspotless.check.skip=true test -Dtest=ChangeFeedReadRateBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgongjian.benchmark=true \
  -Dgongjian.benchmark.entries="${ENTRIES:-100000}" -Dgongjian.benchmark.rounds="${ROUNDS:-3}"
cat evaluation-service/target/benchmark-change-feed.md
