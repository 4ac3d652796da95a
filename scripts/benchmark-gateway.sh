#!/usr/bin/env bash
# The gateway's added latency (issue 6): the same authenticated GET of a partnership straight to the partnership
# service and through the gateway, alternated, with 1 and 4 clients. Report: e2e-tests/target/benchmark-gateway.md.
# SKIP_BUILD=1 reuses the installed build.
exec "$(dirname "$0")/run-benchmark.sh" GatewayBenchmarkIT benchmark-gateway.md
