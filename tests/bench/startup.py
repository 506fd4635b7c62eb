#!/usr/bin/python3
"""Startup benchmark: the first frame of `dialogforum --quit-after-first-frame`
against a bare GTK 4 window built by the benchmark, both under the same X
server, with GSK_RENDERER=cairo and with the default renderer; medians over
several runs, and the peak memory of each. Run inside xvfb-run (tests/bench/run
does that)."""
import os, statistics, subprocess, sys, time

RUNS = 7


def measure(argv, env):
    times, peaks = [], []
    for _ in range(RUNS):
        start = time.monotonic()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.monotonic() - start
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{argv[0]} failed with {status}")
        times.append(elapsed)
        peaks.append(usage.ru_maxrss / 1024.0)  # KiB to MiB
    return statistics.median(times), statistics.median(peaks)


def main():
    build, demo, large = sys.argv[1:4]
    app = os.path.join(build, "src", "app", "dialogforum")
    bare = os.path.join(build, "tests", "bench", "bare-window")
    for renderer in ("cairo", None):
        env = dict(os.environ, GSETTINGS_BACKEND="memory", NO_AT_BRIDGE="1")
        env.pop("GSK_RENDERER", None)
        if renderer:
            env["GSK_RENDERER"] = renderer
        base_time, base_mem = measure([bare], env)
        for name, db, aim in (("demo", demo, 1.3), ("large", large, 1.5)):
            t, mem = measure([app, "--database", db, "--quit-after-first-frame"], env)
            ratio = t / base_time
            print(f"startup-{name}-{renderer or 'default'}\t{t * 1000:.0f} ms\tbaseline {base_time * 1000:.0f} ms"
                  f"\tratio {ratio:.2f}\tmemory {mem:.0f} MB (baseline {base_mem:.0f} MB, +{mem - base_mem:.0f})"
                  f"\taim ≤ {aim} and ≤ +40 MB: {'met' if ratio <= aim and mem - base_mem <= 40 else 'MISSED'}")


if __name__ == "__main__":
    main()
