#!/usr/bin/env bash
# Measures the evaluation service (issue 5): freshness of scores after a logged activity, score reads with 10,000
# records, rankings over 10,000 partnerships. Starts its own platform (packaged services, PostgreSQL, in-JVM Kafka,
# Keycloak) on free ports; prints the table and writes it to e2e-tests/target/benchmark-evaluation.md.
#   SKIP_BUILD=1  reuse the installed build
#   GONGJIAN_JAVA_OPTS  JVM options of the services (default here: full JIT, as in production)
set -euo pipefail
cd "$(dirname "$0")/.."
export GONGJIAN_JAVA_OPTS="${GONGJIAN_JAVA_OPTS:--XX:TieredStopAtLevel=4}"
# The benchmark reads far faster than one client may: the per-client rate limit would measure itself.
export RATE_LIMIT_ENABLED=false
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q install -DskipTests
fi
./mvnw -B -q -pl e2e-tests verify -Dgongjian.benchmark=true -Dit.test=EvaluationBenchmarkIT -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
cat e2e-tests/target/benchmark-evaluation.md
