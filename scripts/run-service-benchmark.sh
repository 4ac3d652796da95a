#!/usr/bin/env bash
# Runs one benchmark test of a service module in that service's test JVM (its real PostgreSQL, Kafka and Keycloak) and
# prints its report. Used by the service-level benchmark-*.sh scripts:
# run-service-benchmark.sh <module> <test class> <report file> [-Dgongjian.benchmark.<property>=value…].
set -euo pipefail
cd "$(dirname "$0")/.."
module="$1"
test_class="$2"
report="$3"
shift 3
# Only the benchmark: not the module's separate runs (database outage, profiled tests).
./mvnw -B -q -pl "$module" -am -Dspotless.check.skip=true test -Dtest="$test_class" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgongjian.benchmark=true -Dgongjian.separate-test-runs.skip=true "$@"
cat "$module/target/$report"
