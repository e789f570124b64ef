#!/usr/bin/env bash
# libFuzzer targets (issue 13), built apart from CI so CI stays fast.
#
#   bash tools/fuzz.sh build                  # clang-14 build of core + targets in build/fuzz
#   bash tools/fuzz.sh run TARGET SECONDS     # one target, niced, corpus in build/fuzz/corpus/TARGET
#   bash tools/fuzz.sh replay                 # every target once over its seeds and corpus
#
# Targets: fuzz_text_reader (CSV/TSV with encoding and separator detection), fuzz_xlsx_reader,
# fuzz_numbers_dates, fuzz_formula (KPI formulas), fuzz_workspace_probe (header probe).
# Seeds come from tests/data and tests/fuzz/seeds. Crashes land in build/fuzz/artifacts/;
# each one becomes a regression test (tests/core) before it is fixed, and is copied to
# tests/fuzz/regressions/TARGET/: CI (`ctest -R replay_`) replays the seeds and those files
# through the same entry points, built with gcc, in every run.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(fuzz_text_reader fuzz_xlsx_reader fuzz_numbers_dates fuzz_formula fuzz_workspace_probe)

seeds() { # seeds TARGET: the seed folders of a target
    case "$1" in
    fuzz_text_reader) echo tests/data/import tests/data/hostile/import ;;
    fuzz_xlsx_reader) echo tests/data/hostile/import ;;
    fuzz_numbers_dates) echo tests/fuzz/seeds/numbers_dates ;;
    fuzz_formula) echo tests/fuzz/seeds/formula ;;
    fuzz_workspace_probe) echo tests/data/hostile/workspace ;;
    esac
}

case "${1:-}" in
build)
    flock /tmp/stuurboord-build.lock cmake --preset fuzz
    flock /tmp/stuurboord-build.lock cmake --build --preset fuzz
    ;;
run)
    target="$2"
    mkdir -p "build/fuzz/corpus/$target" build/fuzz/artifacts
    # shellcheck disable=SC2046
    # FUZZ_TIMEOUT: seconds before an input counts as a hang. It is wall time, so on a busy
    # machine, where this niced run may get no CPU for a while, give it more.
    # exec: the caller's $! is the fuzzer itself (tools/fuzz-campaign.sh reads its CPU time).
    exec nice -n 19 "build/fuzz/tests/fuzz/$target" -max_total_time="$3" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix=build/fuzz/artifacts/"$target"- -print_final_stats=1 \
        "build/fuzz/corpus/$target" $(seeds "$target")
    ;;
replay)
    for target in "${targets[@]}"; do
        mkdir -p "build/fuzz/corpus/$target" "tests/fuzz/regressions/$target"
        # shellcheck disable=SC2046
        "build/fuzz/tests/fuzz/$target" -runs=0 -timeout=10 "build/fuzz/corpus/$target" $(seeds "$target") \
            "tests/fuzz/regressions/$target"
    done
    ;;
*)
    sed -n '2,14p' "$0"
    exit 2
    ;;
esac
