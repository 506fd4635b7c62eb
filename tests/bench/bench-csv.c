/* bench-csv.c: importing 10,000 rows of people.
 *
 * Exports the large register to CSV and imports it into a new database,
 * planned and written in one transaction, against a baseline measured in
 * the same run: SQLite alone inserting the same number of rows into a
 * table of the same shape in one transaction. Aim: under a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "dialogforum/df-people-csv.h"

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static double
baseline (const char *path,
          guint       rows)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start;

  remove_database (path);
  sqlite3_open (path, &db);
  sqlite3_exec (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                    "CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, title TEXT, email TEXT, phone TEXT)",
                NULL, NULL, NULL);
  start = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO person (name, title, email, phone) VALUES (?1, ?2, ?3, ?4)", -1, &stmt, NULL);
  for (guint i = 0; i < rows; i++)
    {
      g_autofree char *email = g_strdup_printf ("person%u@crowd.example", i);

      sqlite3_bind_text (stmt, 1, "Søren Østergaard Ågård", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, "Direktør", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, email, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, "12 34 56 78", -1, SQLITE_STATIC);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) source = NULL;
  g_autoptr (GBytes) csv = NULL;
  g_autofree char *dir = g_dir_make_tmp ("df-bench-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "import.sqlite", NULL);
  g_autofree char *raw = g_build_filename (dir, "raw.sqlite", NULL);
  g_autoptr (DfStore) store = NULL;
  g_autoptr (DfPeopleImport) plan = NULL;
  guint rows;
  gint64 start;
  double seconds, base;

  if (argc != 2)
    {
      g_printerr ("usage: bench-csv LARGE-DATABASE\n");
      return 2;
    }
  source = df_store_open (argv[1], DF_STORE_OPEN_DEFAULT, &error);
  csv = source ? df_people_export_csv (source, &error) : NULL;
  if (csv == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  store = df_store_open (target, DF_STORE_OPEN_CREATE, &error);
  g_assert (store != NULL);
  start = g_get_monotonic_time ();
  plan = df_people_import_prepare (store, csv, "bench.csv", &error);
  g_assert (plan != NULL);
  if (!df_people_import_apply (store, plan, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  rows = df_people_import_get_rows (plan)->len;
  base = baseline (raw, rows);

  g_print ("csv-import\t%u rows\t%.3f s\tbaseline %.3f s\tratio %.1f\taim < 1 s: %s\n",
           rows, seconds, base, seconds / MAX (base, 0.000001), seconds < 1.0 ? "met" : "MISSED");
  g_clear_object (&store);
  remove_database (target);
  remove_database (raw);
  g_rmdir (dir);
  return 0;
}
