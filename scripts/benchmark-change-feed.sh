#!/usr/bin/env bash
# How fast the change feed reads (issue 13): ENTRIES changes (default 100000) read to the end in pages of 500 by an
# administrator and by a bureau (its half), in ROUNDS rounds (default 3), on the evaluation service with its real
# PostgreSQL and Keycloak tokens. Report: evaluation-service/target/benchmark-change-feed.md.
exec "$(dirname "$0")/run-service-benchmark.sh" evaluation-service ChangeFeedReadRateBenchmarkTest benchmark-change-feed.md \
  -Dgongjian.benchmark.entries="${ENTRIES:-100000}" -Dgongjian.benchmark.rounds="${ROUNDS:-3}"
