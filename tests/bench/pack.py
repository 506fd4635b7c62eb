#!/usr/bin/python3
"""Meeting-pack benchmark: `dialogforum --export-pack` of the demo's first
meeting of this year (its agenda alone, and its whole pack), and of a
meeting whose pack is about 100 pages (made by bench-pack-meeting in a copy
of the demo database), each against LibreOffice converting an equivalent
document to PDF in the same run: for the one-page agenda the one-page peer
agenda (/work/shared/bench/agenda-peer.fodt); for a pack of N pages that
agenda N times over, each copy on a page of its own. Every figure is the
median of several runs of a fresh process, ours and LibreOffice's by
turns. Run by tests/bench/run."""
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


def peer_of_pages(work, n):
    """The peer agenda @n times over, each copy on a page of its own: the
    document a secretariat would convert for @n pages of papers. The
    copies' tables keep the peer's name; LibreOffice numbers them itself."""
    with open(PEER, encoding="utf-8") as f:
        text = f.read()
    start = text.index(">", text.index("<office:text")) + 1
    end = text.index("</office:text>")
    page_break = '<text:p text:style-name="DfBenchPageBreak"/>'
    style = ('<style:style style:name="DfBenchPageBreak" style:family="paragraph">'
             '<style:paragraph-properties fo:break-before="page"/></style:style>')
    text = text[:start] + page_break.join([text[start:end]] * n) + text[end:]
    text = text.replace("<office:automatic-styles>", "<office:automatic-styles>" + style, 1)
    path = os.path.join(work, f"peer-{n}-pages.fodt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def libreoffice(work, document, ours):
    """The median times of soffice converting @document and of @ours, run
    by turns; each soffice a fresh process on a profile of its own that one
    conversion before the timed ones has made and warmed. (None, None, time
    of ours) when soffice is missing."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not os.path.exists(PEER):
        return None, None, median_time(ours)
    profile = "file://" + os.path.join(work, "lo-profile")
    outdir = os.path.join(work, "lo-out")
    argv = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", outdir, document]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up, not counted
    seconds, ours_seconds = interleaved_times(argv, ours)
    return seconds, pages(os.path.join(outdir, os.path.splitext(os.path.basename(document))[0] + ".pdf")), ours_seconds


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

        cases = (
            ("pack-demo-agenda", demo, first, ["--sheets", "agenda"], "demo meeting {id}, agenda only",
             "≥ 20 times faster", lambda seconds, ratio: None if ratio is None else ratio >= 20),
            ("pack-demo", demo, first, [], "demo meeting {id}, whole pack",
             "≥ 20 times faster", lambda seconds, ratio: None if ratio is None else ratio >= 20),
            ("pack-100", large_db, large, [], "meeting {id}, about 100 pages",
             "< 1 s and 90–110 pages", None),
        )
        for name, db, meeting, sheets, what, aim_text, aim in cases:
            pdf = os.path.join(work, name + ".pdf")
            argv = [app, "--database", db, "--export-pack", meeting, *sheets, "--output", pdf]
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            n = pages(pdf)
            peer = PEER if n == 1 else peer_of_pages(work, n)
            peer_time, peer_pages, seconds = libreoffice(work, peer, argv)
            what = what.format(id=meeting) + f", {n} page(s)"
            if peer_time is None:
                baseline, ratio_text, ratio = "baseline: none (no soffice)", "", None
            else:
                source = "the 1-page peer agenda" if n == 1 else f"the peer agenda {n} times over, {peer_pages} pages"
                baseline = f"baseline LibreOffice, {source}, {peer_time * 1000:.0f} ms"
                ratio = peer_time / seconds
                ratio_text = f"\t{ratio:.1f} times faster than LibreOffice"
            met = aim(seconds, ratio) if aim else (seconds < 1.0 and 90 <= n <= 110)
            verdict = "not measured" if met is None else "met" if met else "MISSED"
            print(f"{name}\t{what}\t{seconds * 1000:.0f} ms\t{baseline}{ratio_text}\taim {aim_text}: {verdict}")
        print(f"pack-baseline\tmedians of {RUNS} fresh soffice processes on their own profile, warmed by one"
              " conversion not counted, each run by turns with the export it is set against")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
