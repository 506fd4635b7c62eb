#!/usr/bin/python3
"""Meeting-pack benchmark: `dialogforum --export-pack` of the demo's first
meeting of this year, and of a meeting whose pack is about 100 pages (made
by bench-pack-meeting in a copy of the demo database), against LibreOffice
converting the one-page peer agenda (/work/shared/bench/agenda-peer.fodt) to
PDF in the same run. Every figure is the median of several runs of a fresh
process. Run by tests/bench/run."""
import datetime, os, shutil, statistics, subprocess, sys, tempfile, time

RUNS = 11
PEER = os.environ.get("DF_BENCH_PEER", "/work/shared/bench/agenda-peer.fodt")


def median_time(argv, env=None):
    times = []
    for _ in range(RUNS):
        start = time.monotonic()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.monotonic() - start)
    return statistics.median(times)


def interleaved_times(first, second):
    """The medians of @first and @second run by turns, so that a change in
    the machine's load in the middle of the run weighs on both alike."""
    a, b = [], []
    for _ in range(RUNS):
        for argv, times in ((first, a), (second, b)):
            start = time.monotonic()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.monotonic() - start)
    return statistics.median(a), statistics.median(b)


def pages(pdf):
    for line in subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    sys.exit(f"pdfinfo found no page count in {pdf}")


def export(app, db, meeting, pdf):
    argv = [app, "--database", db, "--export-pack", str(meeting), "--output", pdf]
    seconds = median_time(argv)
    return seconds, pages(pdf)


def libreoffice(work, ours):
    """The median times of soffice converting the peer document and of
    @ours (the agenda's export), run by turns; each soffice a fresh process
    on a profile of its own that one conversion before the timed ones has
    made and warmed. (None, None, time of ours) when soffice is missing."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not os.path.exists(PEER):
        return None, None, median_time(ours)
    profile = "file://" + os.path.join(work, "lo-profile")
    outdir = os.path.join(work, "lo-out")
    argv = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", outdir, PEER]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up, not counted
    seconds, ours_seconds = interleaved_times(argv, ours)
    return seconds, pages(os.path.join(outdir, os.path.splitext(os.path.basename(PEER))[0] + ".pdf")), ours_seconds


def main():
    build, demo = sys.argv[1:3]
    app = os.path.join(build, "src", "app", "dialogforum")
    maker = os.path.join(build, "tests", "bench", "bench-pack-meeting")
    work = tempfile.mkdtemp(prefix="df-bench-pack-")
    try:
        year = datetime.date.today().year
        listing = subprocess.run([app, "--database", demo, "--list-meetings", "--year", str(year)],
                                 check=True, capture_output=True, text=True).stdout
        first = listing.splitlines()[0].split("\t")[0]

        large_db = os.path.join(work, "pack100.sqlite")
        shutil.copy(demo, large_db)
        large = subprocess.run([maker, large_db], check=True, capture_output=True, text=True).stdout.strip()

        demo_time, demo_pages = export(app, demo, first, os.path.join(work, "demo.pdf"))
        agenda_pdf = os.path.join(work, "agenda.pdf")
        large_time, large_pages = export(app, large_db, large, os.path.join(work, "large.pdf"))
        peer_time, peer_pages, agenda_time = libreoffice(work, [app, "--database", demo, "--export-pack", first,
                                                                "--sheets", "agenda", "--output", agenda_pdf])
        agenda_pages = pages(agenda_pdf)

        if peer_time is None:
            print("pack-baseline\tLibreOffice (soffice) not installed: absolute figures only")
            baseline = "baseline: none (no soffice)"
        else:
            print(f"pack-baseline\tLibreOffice {peer_pages}-page agenda (agenda-peer.fodt) to PDF\t{peer_time * 1000:.0f} ms"
                  f"\tmedian of {RUNS} fresh soffice processes on their own profile, warmed by one conversion not counted,"
                  f" run by turns with the agenda's export")
            baseline = f"baseline LibreOffice {peer_time * 1000:.0f} ms"

        def line(name, what, seconds, aim_text, aim_met):
            ratio = f"\t{peer_time / seconds:.1f} times faster than LibreOffice" if peer_time else ""
            verdict = "not measured" if aim_met is None else "met" if aim_met else "MISSED"
            print(f"{name}\t{what}\t{seconds * 1000:.0f} ms\t{baseline}{ratio}\taim {aim_text}: {verdict}")

        def fast(seconds):
            return None if peer_time is None else peer_time / seconds >= 20

        line("pack-demo-agenda", f"demo meeting {first}, agenda only, {agenda_pages} page(s)", agenda_time,
             "≥ 20 times faster", fast(agenda_time))
        line("pack-demo", f"demo meeting {first}, whole pack, {demo_pages} pages", demo_time,
             "≥ 20 times faster", fast(demo_time))
        line("pack-100", f"{large_pages} pages", large_time, "< 1 s and 90–110 pages",
             large_time < 1.0 and 90 <= large_pages <= 110)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
