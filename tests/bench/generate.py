#!/usr/bin/python3
"""Large-database benchmark: `dialogforum --create-demo FILE --scale 20`
(10,000 people, ten years of memberships, 200 meetings of twelve items,
2,000 actions) against the plain demo database made the same way; medians
of several runs, each into a new file. Run by tests/bench/run."""
import os, sqlite3, statistics, subprocess, sys, tempfile, time

RUNS = 3


def create(app, work, scale):
    times = []
    for run in range(RUNS):
        path = os.path.join(work, f"scale{scale}-{run}.sqlite")
        start = time.monotonic()
        subprocess.run([app, "--create-demo", path, "--scale", str(scale)], check=True)
        times.append(time.monotonic() - start)
    return statistics.median(times), path


def main():
    build = sys.argv[1]
    app = os.path.join(build, "src", "app", "dialogforum")
    with tempfile.TemporaryDirectory(prefix="df-bench-demo-") as work:
        base, _ = create(app, work, 0)
        seconds, path = create(app, work, 20)
        db = sqlite3.connect(path)
        count = lambda table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        rows = (f"{count('person')} people, {count('membership')} memberships, {count('meeting')} meetings, "
                f"{count('agenda_item')} agenda items, {count('action_item')} actions, {count('participant')} participants")
        db.close()
        print(f"demo-scale-20\t{rows}\t{seconds:.2f} s\tbaseline plain demo {base:.2f} s\tratio {seconds / base:.1f}"
              f"\taim < 5 s: {'met' if seconds < 5 else 'MISSED'}")


if __name__ == "__main__":
    main()
