#!/usr/bin/env python3
"""Import benchmark (issues 4 and 12): a long-format CSV of N rows (date,metric,dimension,value;
20 metrics, 50 dimensions, 1,000 rows a day) imported with `stuurboord import`, and in the same
run loaded into a plain table with the sqlite3 shell's `.import` as the reference.

Two orders of the same rows:
  date order  - as most exports list their rows;
  shuffled    - as a GA4 or SharePoint export sorted by page or site arrives.

Each order is measured RUNS times (default 5), the reference and Stuurboord one after the
other in every run, each into a fresh database. Prints per order the median time of both,
the median ratio (reference time / Stuurboord time) with its spread (lowest-highest) and
Stuurboord's peak memory (resident set, highest of the runs), how long reading alone takes
(`import --dry-run`), and where the time of the import goes: the moments its phases end
(STUURBOORD_IMPORT_PHASES=1, see core/import/ImportPhases.h), as medians over the runs.
Targets: ratio >= 1.2, peak memory < 150 MB, for both orders.

Usage: bench/import_benchmark.py path/to/stuurboord [rows] [runs]
"""
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta


def rows_of(count):
    metrics = [f"metric_{i:02d}" for i in range(20)]
    dimensions = [f"afdeling_{i:02d}" for i in range(50)]
    start = date(2021, 1, 1)
    days = {}
    for n in range(count):
        offset = (n // 1000) % 1826
        day = days.get(offset)
        if day is None:
            day = days[offset] = (start + timedelta(days=offset)).isoformat()
        yield f"{day},{metrics[n % 20]},{dimensions[(n // 20) % 50]},{(n * 7919) % 10007}\n"


def write(path, lines):
    with open(path, "w", encoding="utf-8") as out:
        out.write("date,metric,dimension,value\n")
        out.writelines(lines)


def timed(command, environment=None):
    """Wall time, exit code, standard error and peak resident memory (kB) of one process."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=environment)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        return elapsed, process.returncode, errors.read().decode(errors="replace"), usage.ru_maxrss


def run_once(app, csv, folder, run):
    reference_db = os.path.join(folder, f"reference-{run}.sqlite")
    ref_time, ref_rc, ref_err, _ = timed(["sqlite3", reference_db, "-cmd", ".mode csv", f".import {csv} usage"])
    if ref_rc != 0:
        sys.exit(f"sqlite3 .import failed: {ref_err}")
    workspace = os.path.join(folder, f"bench-{run}.stuurboord")
    subprocess.run([app, "new", workspace, "--name", "Benchmark"], check=True, stdout=subprocess.DEVNULL)
    # Where the time goes: reading and checking alone (the dry run writes nothing).
    read_time, read_rc, read_err, _ = timed([app, "import", workspace, csv, "--dry-run"])
    if read_rc not in (0, 1):
        sys.exit(f"stuurboord import --dry-run failed: {read_err}")
    our_time, our_rc, our_err, peak_kb = timed([app, "import", workspace, csv],
                                               dict(os.environ, STUURBOORD_IMPORT_PHASES="1"))
    if our_rc not in (0, 1):
        sys.exit(f"stuurboord import failed: {our_err}")
    phases = {}
    for line in our_err.splitlines():
        words = line.split()
        if len(words) >= 3 and words[0] == "phase":
            phases[" ".join(words[1:-1])] = float(words[-1]) / 1000
    os.remove(reference_db)
    os.remove(workspace)
    return ref_time, our_time, peak_kb, read_time, phases


# The moments an import's phases end, in the order they happen, and what each means.
PHASES = [
    ("begun", "the batch opened in the workspace"),
    ("read", "the last row parsed (reader threads)"),
    ("taken in", "the writer took in the last figure"),
    ("written", "every figure written (after sorting what waited)"),
    ("hashed", "the file's SHA-256 known (worked out beside the writing, at low priority)"),
    ("settled", "overlaps, month coverage and notes recorded"),
    ("committed", "committed to disk"),
]
SUMS = [
    ("sorting (second core)", "time spent sorting months, beside the writing"),
    ("waiting for the sort", "time the writer waited for a sorted month"),
    ("profile waited for rows", "the profile waited for rows split into fields"),
    ("splitting waited for the profile", "splitting into fields waited: 8 chunks ahead"),
    ("profile waited for the writer", "the profile waited: 16 chunks of figures ahead"),
    ("writer waited for figures", "the writer waited for the profile's next figures"),
]


def generate(count, date_path, shuffled_path):
    lines = list(rows_of(count))
    write(date_path, lines)
    random.Random(12).shuffle(lines)
    write(shuffled_path, lines)


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--generate":
        generate(int(sys.argv[2]), sys.argv[3], sys.argv[4])
        return
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    app = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        # The files are written by a process of their own: a child starts as a copy of this
        # process, so rows held here would count in the peak memory measured for Stuurboord.
        files = {"date order": os.path.join(folder, "date.csv"),
                 "shuffled": os.path.join(folder, "shuffled.csv")}
        subprocess.run([sys.executable, os.path.abspath(__file__), "--generate", str(count),
                        files["date order"], files["shuffled"]], check=True)
        for name, csv in files.items():
            size = os.path.getsize(csv) / 1e6
            results = [run_once(app, csv, folder, run) for run in range(runs)]
            refs = [r[0] for r in results]
            ours = [r[1] for r in results]
            ratios = [r[0] / r[1] for r in results]
            peak_mb = max(r[2] for r in results) / 1024
            reads = [r[3] for r in results]
            phases = [r[4] for r in results]
            ratio = statistics.median(ratios)
            print(f"{name}: {count:,} rows, {size:.1f} MB, {runs} runs")
            print(f"  sqlite3 .import (reference): median {statistics.median(refs):.2f} s"
                  f"  (spread {min(refs):.2f}-{max(refs):.2f})")
            print(f"  stuurboord import:           median {statistics.median(ours):.2f} s"
                  f"  (spread {min(ours):.2f}-{max(ours):.2f}, {count / statistics.median(ours):,.0f} rows/s)")
            print(f"  of which reading alone (--dry-run): median {statistics.median(reads):.2f} s"
                  f"  (spread {min(reads):.2f}-{max(reads):.2f}); the rest is sorting and writing"
                  f" where it does not overlap the reading")
            print(f"  ratio (reference / stuurboord): median {ratio:.2f}"
                  f"  (spread {min(ratios):.2f}-{max(ratios):.2f}; target >= 1.2)")
            print(f"  stuurboord peak memory: {peak_mb:.0f} MB  (target < 150 MB)")
            print("  where the import's time goes (median seconds since it began):")
            for key, meaning in PHASES + SUMS:
                values = [p[key] for p in phases if key in p]
                if values:
                    print(f"    {key:24s} {statistics.median(values):5.2f}  "
                          f"({min(values):.2f}-{max(values):.2f})  {meaning}")
            before = [r[1] - r[4]["committed"] for r in results if "committed" in r[4]]
            if before:
                print(f"    {'start-up and exit':24s} {statistics.median(before):5.2f}  "
                      f"({min(before):.2f}-{max(before):.2f})  loading the program, opening the"
                      f" workspace, recognising the file; after the commit, closing")
            failed = failed or ratio < 1.2 or peak_mb >= 150
    print("targets met" if not failed else "targets NOT met")


if __name__ == "__main__":
    main()
