#!/usr/bin/env bash
# The evaluation service's figures (issue 5): freshness of scores after a logged activity, score reads with 10,000
# records, rankings over 10,000 partnerships. Report: e2e-tests/target/benchmark-evaluation.md. SKIP_BUILD=1 reuses
# the installed build.
exec "$(dirname "$0")/run-benchmark.sh" EvaluationBenchmarkIT benchmark-evaluation.md
