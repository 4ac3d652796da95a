#!/usr/bin/env bash
# Rankings as of a past date (issue 16): PARTNERSHIPS ACTIVE partnerships (default 10000) with their day figures,
# ranked as of one of the last 30 days over HTTP, SAMPLES requests (default 50) in each of ROUNDS rounds (default 3), on the
# evaluation service with its real PostgreSQL and Keycloak tokens. Report: evaluation-service/target/benchmark-ranking.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl evaluation-service -am -Dspotless.check.skip=true test -Dtest=RankingBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgongjian.benchmark=true -Dgongjian.separate-test-runs.skip=true \
  -Dgongjian.benchmark.partnerships="${PARTNERSHIPS:-10000}" -Dgongjian.benchmark.rounds="${ROUNDS:-3}" \
  -Dgongjian.benchmark.samples="${SAMPLES:-50}"
cat evaluation-service/target/benchmark-ranking.md
