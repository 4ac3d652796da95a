#!/usr/bin/env bash
# How fast one evaluation instance rebuilds its read model (issue 16): PARTNERSHIPS partnerships (default 1000) with
# RECORDS records each (default 100) published straight to the topics, then rebuilt ROUNDS times (default 3) through the
# API; events/s of the whole rebuild and of its replay, partnerships scored/s, CPU per 1,000 events, min/median/max.
# Report: e2e-tests/target/benchmark-rebuild.md. SKIP_BUILD=1 reuses the installed build.
exec "$(dirname "$0")/run-benchmark.sh" RebuildBenchmarkIT benchmark-rebuild.md \
  -Dgongjian.benchmark.partnerships="${PARTNERSHIPS:-1000}" -Dgongjian.benchmark.records="${RECORDS:-100}" \
  -Dgongjian.benchmark.rounds="${ROUNDS:-3}"
