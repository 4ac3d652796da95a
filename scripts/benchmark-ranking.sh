#!/usr/bin/env bash
# Rankings as of a past date (issue 16): PARTNERSHIPS ACTIVE partnerships (default 10000) with their day figures,
# ranked as of one of the last 30 days over HTTP, SAMPLES requests (default 50) in each of ROUNDS rounds (default 3), on the
# evaluation service with its real PostgreSQL and Keycloak tokens. Report: evaluation-service/target/benchmark-ranking.md.
exec "$(dirname "$0")/run-service-benchmark.sh" evaluation-service RankingBenchmarkTest benchmark-ranking.md \
  -Dgongjian.benchmark.partnerships="${PARTNERSHIPS:-10000}" -Dgongjian.benchmark.rounds="${ROUNDS:-3}" \
  -Dgongjian.benchmark.samples="${SAMPLES:-50}"
