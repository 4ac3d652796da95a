#!/usr/bin/env bash
# Spreadsheet import of activities (issue 14): a generated CSV of ROWS activities (default 50,000) uploaded through
# the gateway of a packaged platform (PostgreSQL, in-JVM Kafka, Keycloak, free ports), rows/s from the POST to the
# job's end and the activity service's peak heap, REPEATS times (default 3) with a file a fifth the size beside each;
# then the same rows POSTed one by one into a twin partnership, whose score must equal the imported one's.
# Report: e2e-tests/target/benchmark-import.md. Builds the services in this checkout (package, not install).
set -euo pipefail
cd "$(dirname "$0")/.."
export GONGJIAN_JAVA_OPTS="${GONGJIAN_JAVA_OPTS:--XX:TieredStopAtLevel=4}"
export RATE_LIMIT_ENABLED=false
./mvnw -B -q -pl e2e-tests -am verify -Dspotless.check.skip=true -Dgongjian.benchmark=true \
  -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ImportBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dgongjian.benchmark.rows="${ROWS:-50000}" -Dgongjian.benchmark.repeats="${REPEATS:-3}"
cat e2e-tests/target/benchmark-import.md
