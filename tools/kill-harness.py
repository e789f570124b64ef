#!/usr/bin/env python3
"""Kill harness (issue 13): runs Stuurboord's writing operations and kills them with SIGKILL,
at random moments and at transaction boundaries, then checks what the next user would find.

Operations: an import of a long CSV, removing a large import, `demo`, a schema migration of
an old workspace with many figures, and a burst of edits (benchmark imports). Kill points:
`random` (a uniform moment within the operation's measured duration), `begin` (as soon as
the rollback journal appears: a write transaction has started) and `commit` (as soon as it
disappears again: the commit point).

After every kill:
  * the next open succeeds without user action (`stuurboord check` exits 0 and a writing
    command opens the workspace),
  * `PRAGMA integrity_check` is ok and `PRAGMA foreign_key_check` is empty,
  * every import batch is wholly present (its observation count equals its rows_kept),
  * what reads give (every figure, the import history, the benchmarks) equals the answer before the killed
    operation or the answer after it, and nothing else,
  * `demo` leaves either no file or the complete demo, and no `.creating` files.

Usage:
  tools/kill-harness.py build/ci/app/stuurboord [--kills N] [--seed S] [--rows R]
The short variant runs in ctest (kill_harness_short); the long run is
  nice -n 19 tools/kill-harness.py build/ci/app/stuurboord --kills 1000
"""
import argparse
import glob
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

SCHEMA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "storage", "schema")
ENV = dict(os.environ, STUURBOORD_LANGUAGE="en", QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")


def run(app, *args, check=False):
    result = subprocess.run([app, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    if check and result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def long_csv(path, rows, prefix):
    with open(path, "w") as out:
        out.write("date,metric,dimension,value\n")
        for n in range(rows):
            day = 1 + (n // 2000) % 28
            month = 1 + (n // 56000) % 12
            out.write(f"2025-{month:02d}-{day:02d},{prefix}_{n % 5},afdeling_{(n // 5) % 40},{(n * 7919) % 10007}\n")


def old_workspace(path, rows):
    """A workspace at schema version 3, as an earlier Stuurboord wrote it, with `rows` figures."""
    db = sqlite3.connect(path)
    for version in (1, 2, 3):
        sql = open(glob.glob(os.path.join(SCHEMA_DIR, f"{version:03d}-*.sql"))[0]).read()
        db.executescript(sql.replace("{id}", "INTEGER PRIMARY KEY"))
    db.execute("PRAGMA application_id=1396855364")
    db.execute("PRAGMA user_version=3")
    db.execute("INSERT INTO organisation (name) VALUES ('Gemeente Oudversie')")
    db.execute("INSERT INTO metric (key, name, unit, aggregation) VALUES ('page_views', 'Page views', '', 'sum')")
    db.execute("INSERT INTO import_batch (file_name, sha256, profile_name, imported_at, rows_kept) "
               "VALUES ('kh-old.csv', 'x', 'Long', '2025-01-01T00:00:00Z', ?)", (rows,))
    db.executemany("INSERT INTO observation (metric_id, period, dimension, value, batch_id) VALUES (1, ?, ?, ?, 1)",
                   ((f"2024-{1 + n % 12:02d}", f"afdeling_{n % 500}", n) for n in range(rows)))
    db.commit()
    db.close()


def answers(app, path):
    """What reads give: every figure (metric, month, dimension, value) and the import
    history, read with SQLite directly (the app opened and checked the file just before)."""
    if not os.path.exists(path):
        return "absent"
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        figures = db.execute("SELECT m.key, o.period, o.dimension, o.value FROM observation o "
                             "JOIN metric m ON m.id = o.metric_id ORDER BY 1, 2, 3, 4").fetchall()
        history = db.execute("SELECT file_name, sha256, profile_name, rows_read, rows_kept, rows_rejected, "
                             "first_period, last_period FROM import_batch ORDER BY id").fetchall()
        benchmarks = db.execute("SELECT COUNT(*) FROM benchmark_value").fetchone()
        version = db.execute("PRAGMA user_version").fetchone()
        db.close()
    except sqlite3.Error as error:
        return f"unreadable: {error}"
    digest = hashlib.sha256(repr((figures, history, benchmarks)).encode()).hexdigest()
    return f"{digest} ({len(figures)} figures, {len(history)} imports, schema {version[0]})"


def database_problems(path):
    if not os.path.exists(path):
        return []
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return check_database(db)
    except sqlite3.Error as error:
        # A journal nobody rolled back makes a read-only reader fail: the open did not recover.
        return [f"SQLite cannot read the file: {error}"]
    finally:
        db.close()


def check_database(db):
    problems = []
    integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.append(f"integrity_check: {integrity[:3]}")
    keys = db.execute("PRAGMA foreign_key_check").fetchall()
    if keys:
        problems.append(f"foreign_key_check: {keys[:3]}")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    if "import_batch" in tables and "observation" in tables:
        for batch, name, kept in db.execute("SELECT id, file_name, rows_kept FROM import_batch WHERE file_name LIKE 'kh-%'"):
            have = db.execute("SELECT COUNT(*) FROM observation WHERE batch_id=?", (batch,)).fetchone()[0]
            if kept is not None and have != kept:
                problems.append(f"batch {name}: {have} of {kept} figures")
    return problems


class Operation:
    def __init__(self, name, prepare, command, target):
        self.name, self.prepare, self.command, self.target = name, prepare, command, target
        self.before = self.after = None
        self.duration = 0.0


def kill_at(process, journal, mode, delay, deadline):
    """Kills `process` at the chosen point; True when it was still running then."""
    if mode == "random":
        time.sleep(delay)
    else:
        seen = False
        while process.poll() is None and time.monotonic() < deadline:
            exists = os.path.exists(journal)
            if mode == "begin" and exists:
                break
            if mode == "commit" and seen and not exists:
                break
            seen = seen or exists
            time.sleep(0.0005)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--rows", type=int, default=120000)
    options = parser.parse_args()
    app = os.path.abspath(options.app)
    rng = random.Random(options.seed)
    work = tempfile.mkdtemp(prefix="stuurboord-kill-")
    try:
        base = os.path.join(work, "base.stuurboord")
        run(app, "demo", base, "--as-of", "2026-10", check=True)
        long_csv(os.path.join(work, "kh-first.csv"), options.rows, "kh_first")
        run(app, "import", base, os.path.join(work, "kh-first.csv"), check=True)
        long_csv(os.path.join(work, "kh-next.csv"), options.rows, "kh_next")
        run(app, "benchmark", "export", base, os.path.join(work, "peer.json"), check=True)
        old = os.path.join(work, "old.stuurboord")
        old_workspace(old, options.rows)
        first_batch = [b["id"] for b in json.loads(run(app, "imports", base, "--json", check=True).stdout)
                       if b["file"] == "kh-first.csv"][0]
        ws = os.path.join(work, "ws.stuurboord")
        fresh = os.path.join(work, "fresh.stuurboord")

        def from_base():
            shutil.copy(base, ws)

        def from_old():
            shutil.copy(old, ws)

        def nothing():
            pass

        def edits():
            # A burst of small writing commands, each its own transaction.
            return [app, "benchmark", "import", ws, os.path.join(work, "peer.json")]

        operations = [
            Operation("import", from_base, [app, "import", ws, os.path.join(work, "kh-next.csv")], ws),
            Operation("remove-import", from_base, [app, "remove-import", ws, str(first_batch)], ws),
            Operation("demo", nothing, [app, "demo", fresh, "--as-of", "2026-10"], fresh),
            Operation("migration", from_old, [app, "remove-import", ws, "999999"], ws),
            Operation("edits", from_base, edits(), ws),
        ]

        def clean():
            for path in glob.glob(os.path.join(work, "ws*")) + glob.glob(os.path.join(work, "fresh*")):
                os.remove(path)

        # What reads give before and after each operation, and how long it takes.
        for op in operations:
            clean()
            op.prepare()
            if op.name == "migration":
                op.before = None  # an old workspace is only read once it is updated
            else:
                op.before = answers(app, op.target)
            started = time.monotonic()
            subprocess.run(op.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
            op.duration = time.monotonic() - started
            op.after = answers(app, op.target)
            print(f"{op.name}: {op.duration:.2f} s uninterrupted", flush=True)

        counts = {}
        failures = []
        kills = 0
        attempt = 0
        while kills < options.kills:
            op = operations[attempt % len(operations)]
            mode = ("random", "random", "begin", "commit")[(attempt // len(operations)) % 4]
            attempt += 1
            clean()
            op.prepare()
            journal = op.target + ("-journal" if op.name != "demo" else ".creating-journal")
            delay = rng.uniform(0, op.duration * 1.1)
            process = subprocess.Popen(op.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
            if not kill_at(process, journal, mode, delay, time.monotonic() + op.duration * 3 + 5):
                continue
            kills += 1
            key = f"{op.name}/{mode}"
            counts[key] = counts.get(key, 0) + 1
            problems = []
            if os.path.exists(op.target):
                # The next open, as a user's next command does it (a reader's open rolls an
                # interrupted change back too).
                opened = run(app, "imports", op.target, "--json")
                if opened.returncode != 0 and op.name != "migration":
                    problems.append(f"open: {opened.stderr.strip()}")
                checked = run(app, "check", op.target)
                if checked.returncode != 0:
                    problems.append(f"check: {checked.stdout.strip()} {checked.stderr.strip()}")
                if op.name == "migration":
                    opened = run(app, "remove-import", op.target, "999999")
                    if "no longer in the workspace" not in opened.stderr and opened.returncode != 0:
                        problems.append(f"open: {opened.stderr.strip()}")
            problems += database_problems(op.target)
            seen = answers(app, op.target)
            allowed = {op.after} if op.before is None else {op.before, op.after}
            if op.name == "demo":
                allowed.add("absent")
            if seen not in allowed:
                problems.append(f"reads give neither the before nor the after answer: {seen[:200]}")
            leftovers = glob.glob(op.target + ".creating*")
            if leftovers and op.name == "demo":
                # Cleaned up by the next run: check that it does.
                rerun = run(app, "demo", op.target, "--as-of", "2026-10") if not os.path.exists(op.target) else None
                if rerun is not None and rerun.returncode != 0:
                    problems.append(f"demo again: {rerun.stderr.strip()}")
                if glob.glob(op.target + ".creating*"):
                    problems.append("leftover .creating files after running demo again")
            if problems:
                failures.append((key, delay, problems))
                print(f"FAIL {key} at {delay:.3f}s: {problems}", flush=True)
            if kills % 50 == 0:
                print(f"{kills} kill points, {len(failures)} failures", flush=True)
        print(f"kill points: {kills}; failures: {len(failures)}")
        for key in sorted(counts):
            print(f"  {key}: {counts[key]}")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
