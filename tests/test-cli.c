/* test-cli.c: the headless options' exit codes, output and refusals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <sys/stat.h>

#include "df-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_dialogforum (Run *run,
                 ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  const char *binary = g_getenv ("DIALOGFORUM_BIN");
  const char *arg;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
test_version (void)
{
  g_auto (Run) run = { 0 };

  run_dialogforum (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "dialogforum " PACKAGE_VERSION));
}

/* A job on the command line is done without GTK: the window's module,
 * and the libraries it brings, are loaded only when there is no job.
 * Without its module the window gives a clear message and exit 2. */
static void
test_jobs_without_the_window (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *agenda = g_build_filename (dir, "agenda.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-module.so", NULL);
  g_auto (Run) create = { 0 };
  g_auto (Run) export = { 0 };
  g_auto (Run) window = { 0 };

  g_setenv ("DIALOGFORUM_GUI_MODULE", missing, TRUE);
  g_setenv ("LD_DEBUG", "files", TRUE);
  run_dialogforum (&create, "--create-demo", demo, NULL);
  run_dialogforum (&export, "--database", demo, "--export-pack", "1", "--sheets", "agenda", "--output", agenda, NULL);
  g_unsetenv ("LD_DEBUG");
  run_dialogforum (&window, "--database", demo, NULL);
  g_unsetenv ("DIALOGFORUM_GUI_MODULE");

  g_assert_cmpint (create.status, ==, 0);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_test (agenda, G_FILE_TEST_EXISTS));
  /* The dynamic linker names every library it loads. */
  g_assert_nonnull (strstr (export.err, "libsqlite3"));
  g_assert_null (strstr (export.err, "libgtk-4"));
  g_assert_null (strstr (create.err, "libgtk-4"));
  /* Nor the PDF library, when there is no attachment to read. */
  g_assert_null (strstr (export.err, "libpoppler"));

  g_assert_cmpint (window.status, ==, 2);
  g_assert_nonnull (strstr (window.err, "no-such-module.so"));
  /* A sentence of its own before the system's reason. */
  g_assert_true (g_str_has_prefix (window.err, "dialogforum: "));
  g_assert_nonnull (strstr (strchr (window.err, '\n'), "dialogforum: "));
  g_assert_false (g_str_has_prefix (window.err, "dialogforum: /"));
  df_test_remove_dir (dir);
}

/* The window's module must be of the program's version: one of another
 * is refused with a message naming both; one of the same is run. */
static void
test_window_module_version (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  const char *expected = "version 0.0.0-other, the program is version " PACKAGE_VERSION ".";
  g_auto (Run) create = { 0 };
  g_auto (Run) other = { 0 };
  g_auto (Run) same = { 0 };

  g_assert_nonnull (g_getenv ("DIALOGFORUM_FAKE_GUI_OTHER"));
  g_assert_nonnull (g_getenv ("DIALOGFORUM_FAKE_GUI_SAME"));
  run_dialogforum (&create, "--create-demo", demo, NULL);
  g_assert_cmpint (create.status, ==, 0);

  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("DIALOGFORUM_GUI_MODULE", g_getenv ("DIALOGFORUM_FAKE_GUI_OTHER"), TRUE);
  run_dialogforum (&other, "--database", demo, NULL);
  g_setenv ("DIALOGFORUM_GUI_MODULE", g_getenv ("DIALOGFORUM_FAKE_GUI_SAME"), TRUE);
  run_dialogforum (&same, "--database", demo, NULL);
  g_unsetenv ("DIALOGFORUM_GUI_MODULE");
  g_unsetenv ("LANGUAGE");

  g_assert_cmpint (other.status, ==, 2);
  g_assert_true (g_str_has_prefix (other.err, "dialogforum: "));
  g_assert_nonnull (strstr (other.err, expected));
  g_assert_null (strstr (other.out, "the fake window"));

  g_assert_cmpint (same.status, ==, 7);
  g_assert_nonnull (strstr (same.out, "the fake window, given 3 arguments"));
  df_test_remove_dir (dir);
}

static void
test_create_demo_and_check (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_auto (Run) create = { 0 };
  g_auto (Run) again = { 0 };
  g_auto (Run) check = { 0 };
  g_autofree char *sum = NULL;
  g_autofree char *sum_after = NULL;
  struct stat st;

  run_dialogforum (&create, "--create-demo", demo, NULL);
  g_assert_cmpint (create.status, ==, 0);
  g_assert_cmpint (stat (demo, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (df_test_sqlite_int (demo, "PRAGMA user_version"), >, 0);
  g_assert_cmpint (df_test_sqlite_int (demo, "SELECT count(*) FROM seat_kind"), ==, 6);

  /* An existing file is never overwritten. */
  sum = df_test_checksum (demo);
  run_dialogforum (&again, "--create-demo", demo, NULL);
  g_assert_cmpint (again.status, ==, 2);
  g_assert_cmpstr (again.err, !=, "");
  sum_after = df_test_checksum (demo);
  g_assert_cmpstr (sum, ==, sum_after);

  run_dialogforum (&check, "--database", demo, "--check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "demo.sqlite"));
  df_test_remove_dir (dir);
}

static void
test_check_finds_broken_references (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = df_test_new_database (dir, "broken.sqlite");
  g_auto (Run) check = { 0 };

  /* A row that points nowhere, written as a careless tool would. */
  df_test_sqlite_exec (path,
                       "PRAGMA foreign_keys=OFF;"
                       "CREATE TABLE extra (id INTEGER PRIMARY KEY, kind INTEGER REFERENCES seat_kind (id));"
                       "INSERT INTO extra VALUES (1, 4242);");
  run_dialogforum (&check, "--database", path, "--check", NULL);
  g_assert_cmpint (check.status, ==, 1);
  df_test_remove_dir (dir);
}

static void
assert_refused_by_check (const char *path)
{
  g_autofree char *before = df_test_checksum (path);
  g_autofree char *after = NULL;
  g_auto (Run) run = { 0 };

  run_dialogforum (&run, "--database", path, "--check", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "dialogforum: "));
  after = df_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refusals (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *future = df_test_new_database (dir, "future.sqlite");
  g_autofree char *text = g_build_filename (dir, "text.sqlite", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.sqlite", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.sqlite", NULL);
  g_auto (Run) run = { 0 };

  g_autofree char *truncated = df_test_new_database (dir, "truncated.sqlite");
  g_autofree char *flipped = df_test_new_database (dir, "flipped.sqlite");
  g_autofree char *read_only = df_test_new_database (dir, "read-only.sqlite");
  g_autofree char *contents = NULL;
  gsize length = 0;

  df_test_sqlite_exec (future, "PRAGMA journal_mode=DELETE; PRAGMA user_version=9999;");
  df_test_sqlite_exec (truncated, "PRAGMA journal_mode=DELETE");
  g_assert_true (g_file_get_contents (truncated, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (truncated, contents, length / 2, NULL));
  assert_refused_by_check (truncated);
  df_test_sqlite_exec (flipped, "PRAGMA journal_mode=DELETE");
  /* The second page's header and cell pointers: damage SQLite can see. */
  for (gsize i = 4096; i < 4096 + 64 && i < length; i++)
    contents[i] ^= 0xff;
  g_assert_true (g_file_set_contents (flipped, contents, length, NULL));
  assert_refused_by_check (flipped);
  df_test_sqlite_exec (read_only, "PRAGMA journal_mode=DELETE");
  g_assert_cmpint (g_chmod (read_only, 0400), ==, 0);
  assert_refused_by_check (read_only);
  g_chmod (read_only, 0600);
  assert_refused_by_check (future);
  g_assert_true (g_file_set_contents (text, "Navn;E-mail\nA;b\n", -1, NULL));
  assert_refused_by_check (text);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused_by_check (empty);

  run_dialogforum (&run, "--database", missing, "--check", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  df_test_remove_dir (dir);
}

static void
test_composition_report (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *empty = df_test_new_database (dir, "empty.sqlite");
  g_auto (Run) create = { 0 };
  g_auto (Run) today = { 0 };
  g_auto (Run) long_ago = { 0 };
  g_auto (Run) bad_date = { 0 };
  g_auto (Run) nobody = { 0 };
  g_auto (Run) missing = { 0 };
  g_autofree char *missing_path = g_build_filename (dir, "missing.sqlite", NULL);

  run_dialogforum (&create, "--create-demo", demo, NULL);
  g_assert_cmpint (create.status, ==, 0);

  run_dialogforum (&today, "--database", demo, "--composition-report", NULL);
  g_assert_cmpint (today.status, ==, 0);
  g_assert_nonnull (strstr (today.out, "Kommunal fagdirektør"));
  g_assert_nonnull (strstr (today.out, "Kommunernes Landsforening"));

  run_dialogforum (&long_ago, "--database", demo, "--composition-report", "--date", "1990-01-01", NULL);
  g_assert_cmpint (long_ago.status, ==, 1);

  run_dialogforum (&bad_date, "--database", demo, "--composition-report", "--date", "2023-13-45", NULL);
  g_assert_cmpint (bad_date.status, ==, 2);
  g_assert_nonnull (strstr (bad_date.err, "--date"));

  run_dialogforum (&nobody, "--database", empty, "--composition-report", NULL);
  g_assert_cmpint (nobody.status, ==, 1);

  run_dialogforum (&missing, "--database", missing_path, "--composition-report", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  df_test_remove_dir (dir);
}

static void
test_people_csv (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *csv = g_build_filename (dir, "people.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.sqlite", NULL);
  g_auto (Run) create = { 0 };
  g_auto (Run) export = { 0 };
  g_auto (Run) dry = { 0 };
  g_auto (Run) import = { 0 };
  g_auto (Run) broken = { 0 };
  g_auto (Run) list = { 0 };
  g_auto (Run) list_demo = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  run_dialogforum (&create, "--create-demo", demo, NULL);
  run_dialogforum (&export, "--database", demo, "--export-people", csv, NULL);
  g_assert_cmpint (export.status, ==, 0);

  /* Into a zero-length file, as "make a new file" leaves it. */
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  run_dialogforum (&dry, "--database", empty, "--import-people", csv, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  g_assert_cmpint (df_test_sqlite_int (empty, "SELECT count(*) FROM person"), ==, 0);
  run_dialogforum (&import, "--database", empty, "--import-people", csv, NULL);
  g_assert_cmpint (import.status, ==, 0);
  run_dialogforum (&list, "--database", empty, "--list-people", NULL);
  run_dialogforum (&list_demo, "--database", demo, "--list-people", NULL);
  g_assert_cmpuint (strlen (list.out), >, 0);
  g_assert_cmpint (df_test_sqlite_int (empty, "SELECT count(*) FROM person"), ==,
                   df_test_sqlite_int (demo, "SELECT count(*) FROM person"));

  /* A row with a problem: exit 1, the line named, nothing written. */
  g_assert_true (g_file_set_contents (bad, "Navn;Pladstype;Fra\nA;Kommunal fagdirektør;2026-01-01\nB;Kommunal fagdirektør;i går\n", -1, NULL));
  before = df_test_checksum (demo);
  run_dialogforum (&broken, "--database", demo, "--import-people", bad, NULL);
  g_assert_cmpint (broken.status, ==, 1);
  g_assert_nonnull (strstr (broken.out, "3"));
  after = df_test_checksum (demo);
  g_assert_cmpstr (before, ==, after);
  df_test_remove_dir (dir);
}

static void
test_list_meetings (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *next_year = g_strdup_printf ("%d", g_date_time_get_year (now) + 1);
  g_autofree char *next_prefix = g_strdup_printf ("%d-", g_date_time_get_year (now) + 1);
  g_autoptr (GRegex) line = g_regex_new ("^[0-9]+\t[0-9]{4}-[0-9]{2}-[0-9]{2}\t[0-9]{1,2}\\.[0-9]{2}–[0-9]{1,2}\\.[0-9]{2}"
                                         "\t[^\t]+\t[^\t]+$", 0, 0, NULL);
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) next_lines = NULL;
  g_auto (Run) create = { 0 };
  g_auto (Run) all = { 0 };
  g_auto (Run) next = { 0 };
  gboolean study_trip = FALSE;

  run_dialogforum (&create, "--create-demo", demo, NULL);
  g_assert_cmpint (create.status, ==, 0);
  run_dialogforum (&all, "--database", demo, "--list-meetings", NULL);
  g_assert_cmpint (all.status, ==, 0);
  g_assert_cmpstr (all.err, ==, "");
  g_assert_true (g_str_has_suffix (all.out, "\n"));
  lines = g_strsplit (all.out, "\n", -1);
  /* Two meetings of the forum this year, a study trip, a working group's
   * meeting, one next year. */
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  for (guint i = 0; lines[i][0] != '\0'; i++)
    {
      g_assert_true (g_regex_match (line, lines[i], 0, NULL));
      study_trip = study_trip || strstr (lines[i], "\tstudietur\t") != NULL;
    }
  g_assert_true (study_trip);
  /* By date: the last is next year's. */
  g_assert_nonnull (strstr (lines[4], next_prefix));

  run_dialogforum (&next, "--database", demo, "--list-meetings", "--year", next_year, NULL);
  g_assert_cmpint (next.status, ==, 0);
  next_lines = g_strsplit (next.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (next_lines), ==, 2);
  g_assert_cmpstr (next_lines[0], ==, lines[4]);
  df_test_remove_dir (dir);
}

static void
test_list_meetings_refusals (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = df_test_new_database (dir, "empty.sqlite");
  g_autofree char *missing = g_build_filename (dir, "missing.sqlite", NULL);
  const char *bad_years[] = { "27", "20x7", "0000", "12345", "", NULL };

  for (guint i = 0; bad_years[i] != NULL; i++)
    {
      g_auto (Run) run = { 0 };

      run_dialogforum (&run, "--database", path, "--list-meetings", "--year", bad_years[i], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "dialogforum: --year"));
      g_assert_cmpstr (run.out, ==, "");
    }
  {
    g_auto (Run) run = { 0 };

    /* No meetings: no lines, and no error either. */
    run_dialogforum (&run, "--database", path, "--list-meetings", "--year", "2027", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto (Run) run = { 0 };

    run_dialogforum (&run, "--database", missing, "--list-meetings", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_true (g_str_has_prefix (run.err, "dialogforum: "));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  df_test_remove_dir (dir);
}

static void
test_export_pack (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *pack = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *none = g_build_filename (dir, "none.pdf", NULL);
  g_auto (Run) create = { 0 };
  g_auto (Run) export = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) bad_sheets = { 0 };
  g_auto (Run) no_output = { 0 };
  g_autofree char *contents = NULL;
  gsize length = 0;

  run_dialogforum (&create, "--create-demo", demo, NULL);
  run_dialogforum (&export, "--database", demo, "--export-pack", "1", "--output", pack, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_get_contents (pack, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  run_dialogforum (&unknown, "--database", demo, "--export-pack", "999999", "--output", none, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (unknown.err, "999999"));

  run_dialogforum (&bad_sheets, "--database", demo, "--export-pack", "1", "--output", none, "--sheets", "agenda,menu", NULL);
  g_assert_cmpint (bad_sheets.status, ==, 2);
  g_assert_nonnull (strstr (bad_sheets.err, "menu"));
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));

  run_dialogforum (&no_output, "--database", demo, "--export-pack", "1", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  df_test_remove_dir (dir);
}

/* The PDF library is opened when a pack has PDF attachments to read, and
 * their pages follow the sheets, each stamped with its number. */
static void
test_export_pack_attachments (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *pack = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pack, NULL, NULL);
  g_autofree char *meeting = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GObject) pdf = NULL;
  g_auto (Run) create = { 0 };
  g_auto (Run) export = { 0 };
  int n_pages, n_attachments, stamped = 0;

  run_dialogforum (&create, "--create-demo", demo, NULL);
  g_assert_cmpint (create.status, ==, 0);
  n_attachments = df_test_sqlite_int (demo, "SELECT count(*) FROM attachment a JOIN agenda_item i ON i.id = a.agenda_item_id "
                                            "WHERE a.content_type = 'application/pdf' AND i.meeting_id = "
                                            "(SELECT meeting_id FROM agenda_item WHERE id = "
                                            "(SELECT agenda_item_id FROM attachment WHERE content_type = 'application/pdf' "
                                            "ORDER BY id LIMIT 1))");
  g_assert_cmpint (n_attachments, >, 0);
  meeting = g_strdup_printf ("%d", df_test_sqlite_int (demo, "SELECT meeting_id FROM agenda_item WHERE id = "
                                                             "(SELECT agenda_item_id FROM attachment "
                                                             "WHERE content_type = 'application/pdf' ORDER BY id LIMIT 1)"));

  g_setenv ("LD_DEBUG", "files", TRUE);
  run_dialogforum (&export, "--database", demo, "--export-pack", meeting, "--output", pack, NULL);
  g_unsetenv ("LD_DEBUG");
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.err, "libpoppler-glib"));

  pdf = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (POPPLER_DOCUMENT (pdf));
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr (GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (pdf), i));
      g_autofree char *text = poppler_page_get_text (POPPLER_PAGE (page));
      g_autofree char *last = g_strdup_printf ("Bilag %d", n_attachments);

      if (g_str_has_prefix (text, "Bilag 1") || g_str_has_prefix (text, last))
        stamped++;
    }
  g_assert_cmpint (stamped, >=, MIN (n_attachments, 2));
  df_test_remove_dir (dir);
}

static void
test_export_person (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *report = g_build_filename (dir, "indsigt.pdf", NULL);
  g_autofree char *none = g_build_filename (dir, "none.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing-folder", "indsigt.pdf", NULL);
  g_auto (Run) create = { 0 };
  g_auto (Run) export = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) not_a_number = { 0 };
  g_auto (Run) no_output = { 0 };
  g_auto (Run) unwritable = { 0 };
  g_autoptr (GDir) listing = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  run_dialogforum (&create, "--create-demo", demo, NULL);
  run_dialogforum (&export, "--database", demo, "--export-person", "1", "--output", report, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_cmpstr (export.err, ==, "");
  g_assert_true (g_file_get_contents (report, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  run_dialogforum (&unknown, "--database", demo, "--export-person", "999999", "--output", none, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_true (g_str_has_prefix (unknown.err, "dialogforum: "));
  g_assert_nonnull (strstr (unknown.err, "999999"));
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));

  run_dialogforum (&not_a_number, "--database", demo, "--export-person", "Karen", "--output", none, NULL);
  g_assert_cmpint (not_a_number.status, ==, 2);
  g_assert_nonnull (strstr (not_a_number.err, "Karen"));

  run_dialogforum (&no_output, "--database", demo, "--export-person", "1", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "--output"));

  run_dialogforum (&unwritable, "--database", demo, "--export-person", "1", "--output", nowhere, NULL);
  g_assert_cmpint (unwritable.status, ==, 2);
  g_assert_nonnull (strstr (unwritable.err, "indsigt.pdf"));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  /* No half-written file is left behind under a hidden name. */
  listing = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    g_assert_false (g_str_has_prefix (name, "."));
  df_test_remove_dir (dir);
}

static void
test_anonymise (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_auto (Run) create = { 0 };
  g_auto (Run) current = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) former = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *current_id = NULL;
  g_autofree char *former_id = NULL;
  int n_memberships;

  run_dialogforum (&create, "--create-demo", demo, NULL);
  current_id = g_strdup_printf ("%d", df_test_sqlite_int (demo, "SELECT person_id FROM membership WHERE end_date IS NULL"
                                                                " ORDER BY person_id LIMIT 1"));
  former_id = g_strdup_printf ("%d", df_test_sqlite_int (demo, "SELECT person_id FROM membership GROUP BY person_id"
                                                               " HAVING max(coalesce(end_date, '9999-12-31')) < date('now')"
                                                               " ORDER BY person_id LIMIT 1"));
  g_assert_cmpstr (former_id, !=, "0");
  n_memberships = df_test_sqlite_int (demo, "SELECT count(*) FROM membership");

  /* A current member is refused, and the file is left as it was. */
  before = df_test_checksum (demo);
  run_dialogforum (&current, "--database", demo, "--anonymise", current_id, NULL);
  g_assert_cmpint (current.status, ==, 2);
  g_assert_true (g_str_has_prefix (current.err, "dialogforum: "));
  after = df_test_checksum (demo);
  g_assert_cmpstr (before, ==, after);

  run_dialogforum (&unknown, "--database", demo, "--anonymise", "999999", NULL);
  g_assert_cmpint (unknown.status, ==, 2);

  run_dialogforum (&former, "--database", demo, "--anonymise", former_id, NULL);
  g_assert_cmpint (former.status, ==, 0);
  g_assert_cmpint (df_test_sqlite_int (demo, "SELECT count(*) FROM person WHERE name = 'Anonymiseret medlem'"
                                             " AND email = '' AND anonymised = 1"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (demo, "SELECT count(*) FROM membership"), ==, n_memberships);
  df_test_remove_dir (dir);
}

static guint
count_events (const char *ics)
{
  g_auto (GStrv) parts = g_strsplit (ics, "\r\nBEGIN:VEVENT\r\n", -1);

  return g_strv_length (parts) - 1;
}

static void
test_export_ics (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *demo = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *all = g_build_filename (dir, "all.ics", NULL);
  g_autofree char *one = g_build_filename (dir, "one.ics", NULL);
  g_autofree char *year = g_build_filename (dir, "year.ics", NULL);
  g_autofree char *refused = g_build_filename (dir, "refused.ics", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.sqlite", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *next_year = g_strdup_printf ("%d", g_date_time_get_year (now) + 1);
  g_auto (Run) create = { 0 };
  g_auto (Run) export_all = { 0 };
  g_auto (Run) export_one = { 0 };
  g_auto (Run) export_year = { 0 };
  const char * const refusals[][4] = {
    { "--meeting", "4242", NULL },            /* no such meeting */
    { "--meeting", "første", NULL },
    { "--meeting", "0", NULL },
    { "--year", "27", NULL },
    { "--year", "20x7", NULL },
    { "--meeting", "1", "--year", "2027" },
  };

  run_dialogforum (&create, "--create-demo", demo, NULL);
  g_assert_cmpint (create.status, ==, 0);

  run_dialogforum (&export_all, "--database", demo, "--export-ics", all, NULL);
  g_assert_cmpint (export_all.status, ==, 0);
  g_assert_cmpstr (export_all.out, ==, "");
  g_assert_cmpstr (export_all.err, ==, "");
  g_assert_true (g_file_get_contents (all, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_cmpuint (count_events (contents), ==, 5);
  g_clear_pointer (&contents, g_free);

  run_dialogforum (&export_one, "--database", demo, "--export-ics", one, "--meeting", "1", NULL);
  g_assert_cmpint (export_one.status, ==, 0);
  g_assert_true (g_file_get_contents (one, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\r\nUID:meeting-1-"));
  g_assert_null (strstr (contents, "\r\nUID:meeting-2-"));
  g_clear_pointer (&contents, g_free);

  run_dialogforum (&export_year, "--database", demo, "--export-ics", year, "--year", next_year, NULL);
  g_assert_cmpint (export_year.status, ==, 0);
  g_assert_true (g_file_get_contents (year, &contents, NULL, NULL));
  g_assert_cmpuint (count_events (contents), ==, 1);

  /* Each refused with exit 2 and a message, and no file written. */
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_auto (Run) run = { 0 };

      run_dialogforum (&run, "--database", demo, "--export-ics", refused,
                       refusals[i][0], refusals[i][1], refusals[i][2], refusals[i][3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "dialogforum: "));
      g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
    }
  {
    g_auto (Run) run = { 0 };

    run_dialogforum (&run, "--database", missing, "--export-ics", refused, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_true (g_str_has_prefix (run.err, "dialogforum: "));
    g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  df_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/jobs-without-the-window", test_jobs_without_the_window);
  g_test_add_func ("/cli/create-demo-and-check", test_create_demo_and_check);
  g_test_add_func ("/cli/check-finds-broken-references", test_check_finds_broken_references);
  g_test_add_func ("/cli/refusals", test_refusals);
  g_test_add_func ("/cli/composition-report", test_composition_report);
  g_test_add_func ("/cli/people-csv", test_people_csv);
  g_test_add_func ("/cli/window-module-version", test_window_module_version);
  g_test_add_func ("/cli/export-pack", test_export_pack);
  g_test_add_func ("/cli/export-pack-attachments", test_export_pack_attachments);
  g_test_add_func ("/cli/export-person", test_export_person);
  g_test_add_func ("/cli/anonymise", test_anonymise);
  g_test_add_func ("/cli/list-meetings", test_list_meetings);
  g_test_add_func ("/cli/list-meetings-refusals", test_list_meetings_refusals);
  g_test_add_func ("/cli/export-ics", test_export_ics);
  return g_test_run ();
}
