#!/usr/bin/env bash
# The evaluation service's figures (issues 5 and 16): freshness of scores after a logged activity, first into a new
# partnership, then into one of RECORDS records (default 10,000; 50,000 for issue 16's goal); how fast events
# published straight to the topic are applied; score reads and the score document's size at that size; rankings
# over 10,000 partnerships. Report: e2e-tests/target/benchmark-evaluation.md. SKIP_BUILD=1 reuses the installed build.
exec "$(dirname "$0")/run-benchmark.sh" EvaluationBenchmarkIT benchmark-evaluation.md \
  -Dgongjian.benchmark.records="${RECORDS:-10000}"
