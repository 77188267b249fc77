#!/usr/bin/env bash
# Runs the benchmarks against a Release build of the real server and prints their figures.
# Usage: installer/bench.sh [seconds-per-scenario=10] [connections=8] [payments=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
installer/deps.sh
installer/create-system-user.sh
cmake --preset release -DEY_BUILD_TESTS=ON >/dev/null
cmake --build --preset release -j "$(nproc)" --target eksporyuk-server ey_bench_http ey_bench_payments ey_bench_reports ey_bench_buyers
server=.build/release/app/server/eksporyuk-server
.build/release/tests/bench/ey_bench_http "$server" "${1:-10}" "${2:-8}"
.build/release/tests/bench/ey_bench_payments "$server" "${3:-2000}" "${2:-8}"
.build/release/tests/bench/ey_bench_reports "$server" 100,500,2000 "${2:-8}"
.build/release/tests/bench/ey_bench_buyers "$server" 100000 2000 "${2:-8}"
