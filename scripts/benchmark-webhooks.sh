#!/usr/bin/env bash
# The time from a logged activity to its webhook (issue 13): activities POSTed through the gateway of a packaged
# platform (PostgreSQL, in-JVM Kafka, Keycloak, free ports) until a receiver on this machine gets the score.changed
# delivery each caused; p50/p99 per repeat and min/median/max over the repeats. Report:
# e2e-tests/target/benchmark-webhooks.md. SAMPLES and REPEATS change the sample (default 200, 3).
# Builds the services in this checkout (package, not install) and runs only WebhookBenchmarkIT.
set -euo pipefail
cd "$(dirname "$0")/.."
export GONGJIAN_JAVA_OPTS="${GONGJIAN_JAVA_OPTS:--XX:TieredStopAtLevel=4}"
export RATE_LIMIT_ENABLED=false
./mvnw -B -q -pl e2e-tests -am verify -Dspotless.check.skip=true -Dgongjian.benchmark=true \
  -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=WebhookBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dgongjian.benchmark.samples="${SAMPLES:-200}" -Dgongjian.benchmark.repeats="${REPEATS:-3}"
cat e2e-tests/target/benchmark-webhooks.md
