#!/usr/bin/env python3
"""Team workspace import benchmark (issue 15): the same 1,000,000-row long-format CSV as
bench/import_benchmark.py, in date order and shuffled, imported into a new workspace file and
into a new team workspace on PostgreSQL, one after the other in every run. Prints the median
time and rate of both and their ratio, with the spread.

Usage: bench/team_import_benchmark.py path/to/stuurboord postgresql://user@host:port/db [rows] [runs]

The address names a database the user may create databases from (CREATE DATABASE); every run
imports into a fresh database `stuurboord_bench` beside it, dropped afterwards.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))


def timed(command):
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command[:2])} failed: {result.stderr}")
    return elapsed


def drop(psql):
    """Drops the scratch database; an autovacuum worker may hold it for a moment after a run."""
    for _ in range(50):
        if subprocess.run(psql + ["DROP DATABASE IF EXISTS stuurboord_bench"], stderr=subprocess.DEVNULL).returncode == 0:
            return
        time.sleep(0.2)
    sys.exit("the scratch database stuurboord_bench could not be dropped")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    app = os.path.abspath(sys.argv[1])
    server = sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    scratch = server.rsplit("/", 1)[0] + "/stuurboord_bench"
    psql = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", server, "-c"]
    with tempfile.TemporaryDirectory() as folder:
        files = {"date order": os.path.join(folder, "date.csv"), "shuffled": os.path.join(folder, "shuffled.csv")}
        subprocess.run([sys.executable, os.path.join(here, "import_benchmark.py"), "--generate", str(count),
                        files["date order"], files["shuffled"]], check=True)
        for name, csv in files.items():
            local, team = [], []
            for run in range(runs):
                workspace = os.path.join(folder, f"bench-{run}.stuurboord")
                subprocess.run([app, "new", workspace, "--name", "Benchmark"], check=True, stdout=subprocess.DEVNULL)
                local.append(timed([app, "import", workspace, csv]))
                os.remove(workspace)
                drop(psql)
                subprocess.run(psql + ["CREATE DATABASE stuurboord_bench"], check=True)
                subprocess.run([app, "new", scratch, "--name", "Benchmark"], check=True, stdout=subprocess.DEVNULL)
                team.append(timed([app, "import", scratch, csv]))
            drop(psql)
            ratios = [t / l for l, t in zip(local, team)]
            print(f"{name}: {count:,} rows, {runs} runs")
            print(f"  workspace file:      median {statistics.median(local):.2f} s (spread {min(local):.2f}-{max(local):.2f}),"
                  f" {count / statistics.median(local):,.0f} rows/s")
            print(f"  team workspace (PG): median {statistics.median(team):.2f} s (spread {min(team):.2f}-{max(team):.2f}),"
                  f" {count / statistics.median(team):,.0f} rows/s")
            print(f"  team / file: median {statistics.median(ratios):.2f} (spread {min(ratios):.2f}-{max(ratios):.2f})")


if __name__ == "__main__":
    main()
