#!/usr/bin/env bash
# What tracing costs on ingest (issue 17): activities logged through the gateway with spans recorded and exported,
# then not recorded, then recorded again, on one platform in one run. Report: e2e-tests/target/benchmark-tracing.md.
# SKIP_BUILD=1 reuses the installed build.
exec "$(dirname "$0")/run-benchmark.sh" TracingOverheadIT benchmark-tracing.md
