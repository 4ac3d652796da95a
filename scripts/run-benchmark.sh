#!/usr/bin/env bash
# Runs one benchmark of e2e-tests on its own platform (packaged services, PostgreSQL, in-JVM Kafka, Keycloak, free
# ports) and prints its report. Used by the benchmark-*.sh scripts:
# run-benchmark.sh <IT class> <report file> [-Dproperty=value of the benchmark…].
#   SKIP_BUILD=1  reuse the installed build
#   GONGJIAN_JAVA_OPTS  JVM options of the services (default here: full JIT, as in production)
set -euo pipefail
cd "$(dirname "$0")/.."
export GONGJIAN_JAVA_OPTS="${GONGJIAN_JAVA_OPTS:--XX:TieredStopAtLevel=4}"
# A benchmark client sends far more than one client may: the per-client rate limit would measure itself.
export RATE_LIMIT_ENABLED=false
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q install -DskipTests
fi
test_class="$1"
report="$2"
shift 2
./mvnw -B -q -pl e2e-tests verify -Dgongjian.benchmark=true -Dit.test="$test_class" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false "$@"
cat "e2e-tests/target/$report"
