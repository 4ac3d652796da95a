#!/usr/bin/env bash
# What an Idempotency-Key costs a POST (issue 13): the same activity logged with and without a fresh key,
# alternated, in rounds, on the activity service with its real PostgreSQL. Report:
# activity-service/target/benchmark-idempotency.md. REQUESTS and ROUNDS change the sample (default 1000, 3).
exec "$(dirname "$0")/run-service-benchmark.sh" activity-service IdempotencyCostBenchmarkTest benchmark-idempotency.md \
  -Dgongjian.benchmark.requests="${REQUESTS:-1000}" -Dgongjian.benchmark.rounds="${ROUNDS:-3}"
