#!/usr/bin/env bash
# The early-warning scan (issue 16): PARTNERSHIPS partnerships (default 200) with RECORDS records each (default 20),
# half of them with low coverage (followed back a whole window), each checked as of ROUNDS successive days (default 3)
# on the evaluation service with its real PostgreSQL and Kafka: ms and CPU-ms per partnership checked, min/median/max.
# Report: evaluation-service/target/benchmark-warnings.md.
exec "$(dirname "$0")/run-service-benchmark.sh" evaluation-service EarlyWarningBenchmarkTest benchmark-warnings.md \
  -Dgongjian.benchmark.partnerships="${PARTNERSHIPS:-200}" -Dgongjian.benchmark.records="${RECORDS:-20}" \
  -Dgongjian.benchmark.rounds="${ROUNDS:-3}"
