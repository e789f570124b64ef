#!/usr/bin/env bash
# Installs missing Debian packages, then configures and builds with the given preset.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
bash tools/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
