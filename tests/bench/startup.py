#!/usr/bin/python3
"""Startup benchmark: the first frame of `dialogforum --quit-after-first-frame`
against a bare GTK 4 window built by the benchmark, both under the same X
server, with GSK_RENDERER=cairo and with the default renderer; medians over
several runs taken by turns, and the peak memory of each. Run inside xvfb-run (tests/bench/run
does that)."""
import os, statistics, subprocess, sys, time

RUNS = 9


def run_once(argv, env):
    start = time.monotonic()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{argv[0]} failed with {status}")
    return elapsed, usage.ru_maxrss / 1024.0  # KiB to MiB


def measure_by_turns(commands, env):
    """Each command's median time and peak memory, the commands run by turns
    so that a change in the machine's load weighs on all of them alike."""
    times = [[] for _ in commands]
    peaks = [[] for _ in commands]
    for _ in range(RUNS):
        for i, argv in enumerate(commands):
            elapsed, peak = run_once(argv, env)
            times[i].append(elapsed)
            peaks[i].append(peak)
    return [(statistics.median(t), statistics.median(p)) for t, p in zip(times, peaks)]


def main():
    build, demo, large = sys.argv[1:4]
    app = os.path.join(build, "src", "app", "dialogforum")
    bare = os.path.join(build, "tests", "bench", "bare-window")
    for renderer in ("cairo", None):
        env = dict(os.environ, GSETTINGS_BACKEND="memory", NO_AT_BRIDGE="1")
        env.pop("GSK_RENDERER", None)
        if renderer:
            env["GSK_RENDERER"] = renderer
        runs = measure_by_turns([[bare],
                                 [app, "--database", demo, "--quit-after-first-frame"],
                                 [app, "--database", large, "--quit-after-first-frame"]], env)
        base_time, base_mem = runs[0]
        for (name, aim), (t, mem) in zip((("demo", 1.3), ("large", 1.5)), runs[1:]):
            ratio = t / base_time
            print(f"startup-{name}-{renderer or 'default'}\t{t * 1000:.0f} ms\tbaseline {base_time * 1000:.0f} ms"
                  f"\tratio {ratio:.2f}\tmemory {mem:.0f} MB (baseline {base_mem:.0f} MB, +{mem - base_mem:.0f})"
                  f"\taim ≤ {aim} and ≤ +40 MB: {'met' if ratio <= aim and mem - base_mem <= 40 else 'MISSED'}")


if __name__ == "__main__":
    main()
