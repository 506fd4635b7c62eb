/* test-crash.c: a writer killed with SIGKILL at random moments, 200 times;
 * after each kill the database must be sound and hold every edit the
 * writer reported as committed.
 *
 * The moment of each kill is chosen by counting the writer's own output
 * (a random number of committed edits, then a random number of bytes of
 * the next line), never by sleeping.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>

#include "dialogforum/df-store.h"
#include "df-test-util.h"

#define ROUNDS 200

static void
check_database (const char *path,
                GArray     *committed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_autoptr (GString) report = g_string_new (NULL);
  gboolean clean = FALSE;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Killed before its first commit, the writer may not have made the
   * database yet: no file, or the empty file it makes before SQLite
   * writes the first page. Such a file is refused as empty, left as it
   * is, and made anew by the next writer. */
  if (committed->len == 0 && store == NULL &&
      (g_error_matches (error, DF_STORE_ERROR, DF_STORE_ERROR_NOT_FOUND) ||
       g_error_matches (error, DF_STORE_ERROR, DF_STORE_ERROR_NOT_A_DATABASE)))
    {
      GStatBuf st;

      g_assert_true (g_stat (path, &st) != 0 || st.st_size == 0);
      return;
    }
  g_assert_no_error (error);
  g_assert_true (df_store_check (store, &clean, report, &error));
  g_assert_true (clean);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM person WHERE id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < committed->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (committed, gint64, i));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_kill_loop (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "crash.sqlite", NULL);
  g_autoptr (GArray) committed = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *writer = g_getenv ("DIALOGFORUM_CRASH_WRITER");

  g_assert_nonnull (writer);
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GSubprocess) process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                                          writer, path, NULL);
      g_autoptr (GDataInputStream) lines = NULL;
      guint wanted = g_test_rand_int_range (0, 8);
      guint extra_bytes = g_test_rand_int_range (0, 3);

      g_assert_no_error (error);
      lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
      for (guint n = 0; n < wanted; n++)
        {
          g_autofree char *line = g_data_input_stream_read_line (lines, NULL, NULL, &error);

          g_assert_no_error (error);
          g_assert_nonnull (line);
          g_array_append_vals (committed, &(gint64) { g_ascii_strtoll (line, NULL, 10) }, 1);
        }
      /* Part of the way into the next edit. */
      for (guint n = 0; n < extra_bytes; n++)
        g_input_stream_skip (G_INPUT_STREAM (lines), 1, NULL, NULL);
      g_subprocess_send_signal (process, SIGKILL);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (process));
      check_database (path, committed);
    }
  g_test_message ("%u committed edits survived %u kills", committed->len, ROUNDS);
  df_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);
  g_test_add_func ("/crash/kill-loop", test_kill_loop);
  return g_test_run ();
}
