#!/usr/bin/env python3
"""Import benchmark (issue 4): a long-format CSV of N rows (date,metric,dimension,value;
5 years of days, 20 metrics, 50 dimensions) imported with `stuurboord import`, and in the same
run loaded into a plain table with the sqlite3 shell's `.import` as the reference. Prints both
times, rows per second, the ratio and Stuurboord's peak memory.

Usage: bench/import_benchmark.py path/to/stuurboord [rows]   (default 1,000,000 rows)
"""
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta


def generate(path, rows):
    metrics = [f"metric_{i:02d}" for i in range(20)]
    dimensions = [f"afdeling_{i:02d}" for i in range(50)]
    start = date(2021, 1, 1)
    with open(path, "w", encoding="utf-8") as out:
        out.write("date,metric,dimension,value\n")
        for n in range(rows):
            day = start + timedelta(days=(n // 1000) % 1826)
            out.write(f"{day.isoformat()},{metrics[n % 20]},{dimensions[(n // 20) % 50]},{(n * 7919) % 10007}\n")


def timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, result.returncode, result.stderr, max(peak, before)


def main():
    app = os.path.abspath(sys.argv[1])
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        csv = os.path.join(folder, "usage.csv")
        generate(csv, rows)
        size = os.path.getsize(csv) / 1e6

        reference_db = os.path.join(folder, "reference.sqlite")
        ref_time, ref_rc, ref_err, _ = timed(["sqlite3", reference_db, "-cmd", ".mode csv", f".import {csv} usage"])
        if ref_rc != 0:
            sys.exit(f"sqlite3 .import failed: {ref_err}")

        workspace = os.path.join(folder, "bench.stuurboord")
        subprocess.run([app, "new", workspace, "--name", "Benchmark"], check=True, stdout=subprocess.DEVNULL)
        our_time, our_rc, our_err, peak_kb = timed([app, "import", workspace, csv])
        if our_rc not in (0, 1):
            sys.exit(f"stuurboord import failed: {our_err}")

        print(f"rows: {rows:,}  file: {size:.1f} MB")
        print(f"sqlite3 .import (reference): {ref_time:.2f} s  ({rows / ref_time:,.0f} rows/s)")
        print(f"stuurboord import:           {our_time:.2f} s  ({rows / our_time:,.0f} rows/s)")
        print(f"ratio (reference time / stuurboord time): {ref_time / our_time:.2f}  (target >= 1.0, aim 1.2)")
        print(f"stuurboord peak memory: {peak_kb / 1024:.0f} MB  (target < 150 MB)")


if __name__ == "__main__":
    main()
