#!/usr/bin/env bash
# The test command: installs what is missing, builds (preset ci: warnings are errors) and runs every
# test suite with ctest. Tests need no running services: the suite starts its own PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/deps.sh --tests
installer/create-system-user.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-2G}"
# Hash paths relative to the checkout so a fresh clone elsewhere still hits the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci --output-on-failure "$@"
