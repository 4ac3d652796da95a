#!/usr/bin/env bash
# The evaluation service's figures (issues 5 and 16): freshness of scores after a logged activity, first into a new
# partnership, then into one of RECORDS records (default 10,000; 50,000 for issue 16's goal); how fast events
# published straight to the topic are applied; score reads and the score document's size at that size; rankings
# over 10,000 partnerships. Report: e2e-tests/target/benchmark-evaluation.md. Builds the services in this checkout
# (package, not install).
set -euo pipefail
cd "$(dirname "$0")/.."
export GONGJIAN_JAVA_OPTS="${GONGJIAN_JAVA_OPTS:--XX:TieredStopAtLevel=4}"
export RATE_LIMIT_ENABLED=false
./mvnw -B -q -pl e2e-tests -am verify -Dspotless.check.skip=true -Dgongjian.benchmark=true \
  -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=EvaluationBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dgongjian.benchmark.records="${RECORDS:-10000}"
cat e2e-tests/target/benchmark-evaluation.md
