#!/usr/bin/env bash
# The evaluation service scaled out (issue 16): ScaleOutIT on a packaged platform with production-like JVMs, bigger.
# Per phase, PARTNERSHIPS new partnerships (default 300) with RECORDS records each (default 50) are published straight to
# the topics, first to one instance, then to three in one consumer group (each after unmeasured warm-up phases, until
# the JIT compilers take under 5 % of the services' CPU in one, which the build's run skips), then to three while one of
# them rebuilds the read model; report: the events each instance
# applied and its CPU-s per 1,000 of them, each rebuild's figures (events read, start and end), and the check that the
# three instances' scores equal one instance's replay of every event. Report: e2e-tests/target/scale-out.md.
# SKIP_BUILD=1 reuses the installed modules and the services already packaged here.
set -euo pipefail
cd "$(dirname "$0")/.."
export GONGJIAN_JAVA_OPTS="${GONGJIAN_JAVA_OPTS:--XX:TieredStopAtLevel=4 -Xms256m -Xmx512m}"
build=(-am -Dspotless.check.skip=true)
if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
  build=()
fi
./mvnw -B -q -pl e2e-tests "${build[@]}" verify \
  -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ScaleOutIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dgongjian.scale-out.partnerships="${PARTNERSHIPS:-300}" -Dgongjian.scale-out.records="${RECORDS:-50}" \
  -Dgongjian.scale-out.warm-up=true
cat e2e-tests/target/scale-out.md
