#!/usr/bin/env bash
# Sets up, builds (warnings as errors) and runs the whole test suite.
# The team-workspace tests run against a throwaway PostgreSQL cluster started here
# (tools/pg-cluster.sh) and stopped at the end; STUURBOORD_POSTGRES=off runs the SQLite suites
# alone (the PostgreSQL tests then say they were skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh ci
if [[ "${STUURBOORD_POSTGRES:-on}" != off ]]; then
    status=0
    started=$(bash tools/pg-cluster.sh start) || status=$?
    if [[ $status -eq 0 ]]; then
        eval "$started"
        trap 'bash tools/pg-cluster.sh stop "$PGCLUSTER_DIR"' EXIT
        echo "test.sh: PostgreSQL test cluster at ${STUURBOORD_TEST_POSTGRES}"
    elif [[ $status -eq 3 ]]; then # the server programs are not installed
        echo "test.sh: no PostgreSQL server programs; the team-workspace tests are skipped" >&2
    else
        echo "test.sh: the PostgreSQL test cluster did not start (see above)" >&2
        exit 1
    fi
fi
ctest --preset ci --parallel "$(nproc)"
