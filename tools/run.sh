#!/usr/bin/env bash
# Sets up, builds and opens Stuurboord on the demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh dev
exec build/dev/app/stuurboord --demo "$@"
