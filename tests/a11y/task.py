#!/usr/bin/python3
"""A whole task through the accessibility tree, as a screen-reader user or a
keyboard user does it: open the demo database, create a meeting from the
half-day template, add an agenda item, and open the print dialog for the
meeting pack. Run under a session bus and an X server (meson test does, in
CI); the keys go through xdotool, the rest through AT-SPI (dogtail)."""
import os, shutil, sqlite3, subprocess, sys, tempfile, time


def wait_for(what, find, tries=100):
    """Polls the accessibility tree until find() answers, a bounded number of
    times; the tree fills asynchronously and has no change signal dogtail
    can wait on."""
    for _ in range(tries):
        found = find()
        if found:
            return found
        time.sleep(0.1)
    sys.exit(f"not found in the accessibility tree: {what}")


def count(db, sql):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return connection.execute(sql).fetchone()[0]


def main():
    # Imported here, in the private session only: dogtail connects to the
    # accessibility bus as it is imported.
    from dogtail.config import config
    config.checkForA11y = False
    config.searchShowingOnly = False
    config.defaultDelay = 0.2
    config.searchCutoffCount = 50
    from dogtail import predicate, tree

    app_bin = sys.argv[1]
    work = tempfile.mkdtemp(prefix="df-a11y-")
    db = os.path.join(work, "demo.sqlite")
    env = dict(os.environ, GSETTINGS_BACKEND="memory", LANG="da_DK.UTF-8", LANGUAGE="da", GSK_RENDERER="cairo")
    env.pop("NO_AT_BRIDGE", None)
    subprocess.run([app_bin, "--create-demo", db], check=True, env=env)
    meetings_before = count(db, "SELECT count(*) FROM meeting")
    process = subprocess.Popen([app_bin, "--database", db], env=env)
    try:
        # A sanitized build starts slowly: a minute for the window to appear.
        app = wait_for("the application", lambda: [a for a in tree.root.applications() if a.name == "dialogforum"],
                       tries=600)[0]
        window = wait_for("the main window", lambda: app.findChild(predicate.GenericPredicate(roleName="frame"),
                                                                      retry=False, requireResult=False))
        # Alt+4: the fourth page of the sidebar, Møder. Without a window
        # manager the focus can take a moment to arrive: the key is sent
        # again until the page shows.
        xid = subprocess.run(["xdotool", "search", "--sync", "--pid", str(process.pid)],
                             capture_output=True, text=True, env=env).stdout.split()[-1]

        def meetings_page():
            subprocess.run(["xdotool", "windowfocus", xid], env=env)
            subprocess.run(["xdotool", "key", "alt+4"], env=env)
            # GTK 4.8 sets no "showing" state; the page's first control
            # taking the keyboard focus tells that the page is up.
            return window.findChild(lambda n: n.roleName == "push button" and "Nyt møde" in n.name and n.focused,
                                    retry=False, requireResult=False)

        new = wait_for("the Nyt møde button", meetings_page, tries=50)
        new.doActionNamed("click")
        half_day = wait_for("the half-day template",
                            lambda: app.findChild(lambda n: n.name and n.name.startswith("Halvdagsmøde"),
                                                  retry=False, requireResult=False))
        half_day.doActionNamed("click")
        wait_for("the new meeting", lambda: count(db, "SELECT count(*) FROM meeting") == meetings_before + 1)
        meeting = count(db, "SELECT max(id) FROM meeting")
        items = count(db, f"SELECT count(*) FROM agenda_item WHERE meeting_id = {meeting}")
        assert items > 0, "the half-day template gives an agenda"

        # One search each: the tree is large and every step of a search is a
        # round trip on the bus.
        # GTK 4.8 names a button with a mnemonic "_Tilføj punkt Tilføj punkt".
        add = window.findChild(lambda n: n.roleName == "push button" and "Tilføj punkt" in n.name)
        # The new meeting opens on its details; the agenda is the next tab.
        agenda_tab = window.findChild(lambda n: n.name == "Dagsorden" and n.roleName in ("toggle button", "push button", "page tab", "radio button"))
        agenda_tab.doActionNamed("click")
        add.doActionNamed("click")
        wait_for("the added item",
                 lambda: count(db, f"SELECT count(*) FROM agenda_item WHERE meeting_id = {meeting}") == items + 1)

        print_pack = window.findChild(lambda n: n.roleName == "push button" and n.name == "Udskriv mødemappen")
        print_pack.doActionNamed("click")
        sheets = wait_for("the sheets dialog",
                          lambda: app.findChild(lambda n: n.roleName == "push button" and n.name
                                                and "Udskriv…" in n.name and n.sensitive,
                                                retry=False, requireResult=False))
        sheets.doActionNamed("click")
        # GTK's print dialog, with its preview, is up.
        wait_for("the print dialog",
                 lambda: app.findChild(lambda n: n.roleName in ("dialog", "frame", "window") and n.name == "Udskriv",
                                       retry=False, requireResult=False))
        print("ok: a meeting from the half-day template, an item added, the print dialog open")
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


def private_session():
    """Runs the task on a session bus and accessibility bus of their own: the
    accessibility bus's socket lives in the user's cache folder, shared by
    every session of the user, and other tests running at the same time
    must not take it away."""
    runtime = tempfile.mkdtemp(prefix="df-a11y-runtime-")
    os.chmod(runtime, 0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=runtime, XDG_CACHE_HOME=os.path.join(runtime, "cache"),
               DF_A11Y_PRIVATE="1")
    try:
        return subprocess.run(["dbus-run-session", "--", sys.executable] + sys.argv, env=env).returncode
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


if __name__ == "__main__":
    if os.environ.get("DF_A11Y_PRIVATE"):
        main()
    else:
        sys.exit(private_session())
