#!/usr/bin/env bash
# The early-warning scan (issue 16): PARTNERSHIPS partnerships (default 200) with RECORDS records each (default 20),
# half of them with low coverage (followed back a whole window), each checked as of ROUNDS successive days (default 3)
# on the evaluation service with its real PostgreSQL and Kafka: ms and CPU-ms per partnership checked, min/median/max.
# Report: evaluation-service/target/benchmark-warnings.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl evaluation-service -am -Dspotless.check.skip=true test -Dtest=EarlyWarningBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgongjian.benchmark=true -Dgongjian.separate-test-runs.skip=true \
  -Dgongjian.benchmark.partnerships="${PARTNERSHIPS:-200}" -Dgongjian.benchmark.records="${RECORDS:-20}" \
  -Dgongjian.benchmark.rounds="${ROUNDS:-3}"
cat evaluation-service/target/benchmark-warnings.md
