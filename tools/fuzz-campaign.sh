#!/usr/bin/env bash
# Fuzz every target until each has had its CPU budget (issue 13 asks for 30 CPU-minutes each).
#
#   bash tools/fuzz-campaign.sh [MINUTES]     # default 30; continues where an earlier call stopped
#   bash tools/fuzz-campaign.sh --reset       # forget the counts (the corpora are kept)
#   bash tools/fuzz-campaign.sh --summary     # print the table so far
#
# One fuzzer at a time, through `tools/fuzz.sh run`, in its own session whose kernel autogroup
# gets nice 19: on this shared machine plain `nice` does not help against builds in other
# autogroups, a niced autogroup only takes CPU nobody else wants. Because it may then wait for
# CPU, the budget is CPU time (user + system, read from /proc), not wall time, and the hang limit
# is raised (FUZZ_TIMEOUT, default 120 wall seconds). FUZZ_NICE=0 gives the fuzzer a fair share
# (one core of two) when builds would otherwise starve it for hours.
# The CPU time of a run still going is saved every minute, so a campaign cut off by a reboot or
# the end of a session keeps what it did. A run that ends early (a crash, a leak, a
# hang) is logged and the target is started again until it has its budget or MAX_FINDINGS runs
# ended in a finding. State and logs: build/fuzz/campaign/ (per target TARGET.state and
# TARGET-N.log; campaign.log; summary.tsv). Every finding in build/fuzz/artifacts/ must be triaged.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(fuzz_text_reader fuzz_xlsx_reader fuzz_numbers_dates fuzz_formula fuzz_workspace_probe)
dir=build/fuzz/campaign
mkdir -p "$dir" build/fuzz/artifacts
export FUZZ_TIMEOUT="${FUZZ_TIMEOUT:-120}"
autogroup_nice="${FUZZ_NICE:-19}"
max_findings="${MAX_FINDINGS:-3}"
tick=$(getconf CLK_TCK)

log() { echo "$(date -u '+%F %T') $*" | tee -a "$dir/campaign.log"; }

cpu_ticks() { # user + system ticks of a process (all its threads); fails once it has ended
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    # Fields after the ")" that closes the command name: 1 is the state, 12 utime, 13 stime.
    awk '{ print $12 + $13; exit ($1 == "Z") }' <<<"${stat##*)}"
}

# State per target: cpu ticks, executions, runs, runs that ended in a finding, last cov and ft.
load() {
    cpu=0 execs=0 runs=0 findings=0 cov=0 ft=0
    # shellcheck disable=SC1090
    [[ -f "$dir/$1.state" ]] && source "$dir/$1.state"
    return 0
}
save() {
    printf 'cpu=%s execs=%s runs=%s findings=%s cov=%s ft=%s\n' \
        "$cpu" "$execs" "$runs" "$findings" "$cov" "$ft" >"$dir/$1.state"
}

summary() {
    {
        printf 'target\tcpu_min\texecs\tcov\tft\tcorpus_files\tcorpus_kB\tfinding_runs\tartifacts\truns\n'
        for t in "${targets[@]}"; do
            load "$t"
            local files kb artifacts
            files=$(find "build/fuzz/corpus/$t" -type f 2>/dev/null | wc -l)
            kb=$(du -sk "build/fuzz/corpus/$t" 2>/dev/null | cut -f1)
            artifacts=$(find build/fuzz/artifacts -name "$t-*" 2>/dev/null | wc -l)
            printf '%s\t%.1f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" \
                "$(bc -l <<<"$cpu / $tick / 60")" "$execs" "$cov" "$ft" "$files" "${kb:-0}" \
                "$findings" "$artifacts" "$runs"
        done
    } >"$dir/summary.tsv"
    column -t -s $'\t' "$dir/summary.tsv"
}

case "${1:-}" in
--reset)
    rm -f "$dir"/*.state
    log "counts reset"
    exit 0
    ;;
--summary)
    summary
    exit 0
    ;;
esac
budget=$(( ${1:-30} * 60 * tick ))

for t in "${targets[@]}"; do
    load "$t"
    while (( cpu < budget && findings < max_findings )); do
        runs=$((runs + 1))
        out="$dir/$t-$runs.log"
        before=$(find build/fuzz/artifacts -name "$t-*" | sort)
        # setsid: a session (and autogroup) of its own, so nice 19 applies to the fuzzer only.
        # The wall-time limit is only a backstop; the CPU budget ends the run.
        setsid bash tools/fuzz.sh run "$t" 86400 >"$out" 2>&1 &
        pid=$!
        # Only once the child leads its own session, or this would nice the caller's autogroup.
        for _ in {1..100}; do
            [[ "$(awk '{ print $4 }' <<<"$(sed 's/.*)//' "/proc/$pid/stat" 2>/dev/null)")" == "$pid" ]] && break
            sleep 0.05
        done
        echo "$autogroup_nice" >"/proc/$pid/autogroup" 2>/dev/null || log "$t: could not nice the autogroup of $pid"
        log "$t run $runs: pid $pid, $((cpu / tick)) of $((budget / tick)) CPU seconds done"
        used=0
        polls=0
        while :; do
            if now=$(cpu_ticks "$pid"); then
                used=$now
            else # ended: a zombie still tells its final time, a reaped process nothing
                [[ -n "$now" ]] && used=$now
                break
            fi
            if (( cpu + used >= budget )); then
                kill -INT "$pid" 2>/dev/null || true # libFuzzer prints its final stats and exits
                break
            fi
            polls=$((polls + 1))
            if (( polls % 12 == 0 )); then # a minute: keep the run's CPU time so far
                cpu_done=$cpu cpu=$((cpu + used))
                save "$t"
                cpu=$cpu_done
            fi
            sleep 5
        done
        status=0
        wait "$pid" || status=$?
        cpu=$((cpu + used))
        # Executions and coverage from libFuzzer's own report.
        n=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$out" | tail -1 | awk '{print $2}' || true)
        if [[ -z "$n" ]]; then # no final stats: take the last progress line
            n=$(grep -oE '^#[0-9]+' "$out" | tail -1 | tr -d '#' || true)
        fi
        execs=$((execs + ${n:-0}))
        line=$(grep -E '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$out" | tail -1 || true)
        if [[ -n "$line" ]]; then
            cov=$(sed -E 's/.*cov: ([0-9]+).*/\1/' <<<"$line")
            ft=$(sed -E 's/.* ft: ([0-9]+).*/\1/' <<<"$line")
        fi
        new=$(comm -13 <(echo "$before") <(find build/fuzz/artifacts -name "$t-*" | sort) | grep -v slow-unit || true)
        slow=$(comm -13 <(echo "$before") <(find build/fuzz/artifacts -name "$t-*" | sort) | grep -c slow-unit || true)
        if [[ -n "$new" ]]; then
            findings=$((findings + 1))
            log "$t run $runs FINDING (exit $status): $(tr '\n' ' ' <<<"$new")"
        fi
        save "$t"
        log "$t run $runs ended (exit $status): $(bc -l <<<"scale=1; $used / $tick / 60") CPU-min," \
            "${n:-0} execs, cov $cov ft $ft, $slow new slow units; total $(bc -l <<<"scale=1; $cpu / $tick / 60") CPU-min"
    done
done
summary | tee -a "$dir/campaign.log"
