#!/usr/bin/env bash
# Sets up, builds (warnings as errors) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh ci
ctest --preset ci --parallel "$(nproc)"
