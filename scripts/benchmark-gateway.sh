#!/usr/bin/env bash
# Measures the gateway's added latency (issue 6): the same authenticated GET of a partnership straight to the
# partnership service and through the gateway, alternated, with 1 and 4 clients. Starts its own platform (packaged
# services, PostgreSQL, in-JVM Kafka, Keycloak) on free ports; prints the table and writes it to
# e2e-tests/target/benchmark-gateway.md.
#   SKIP_BUILD=1  reuse the installed build
#   GONGJIAN_JAVA_OPTS  JVM options of the services (default here: full JIT, as in production)
set -euo pipefail
cd "$(dirname "$0")/.."
export GONGJIAN_JAVA_OPTS="${GONGJIAN_JAVA_OPTS:--XX:TieredStopAtLevel=4}"
# One client sends thousands of requests a second here: the per-client rate limit would measure itself.
export RATE_LIMIT_ENABLED=false
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q install -DskipTests
fi
./mvnw -B -q -pl e2e-tests verify -Dgongjian.benchmark=true -Dit.test=GatewayBenchmarkIT -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
cat e2e-tests/target/benchmark-gateway.md
