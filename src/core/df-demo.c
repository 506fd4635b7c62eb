/* df-demo.c: the demo database.
 *
 * Each part of the register adds its own examples here as it arrives, so
 * that the demo always shows everything the program can hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-demo"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "dialogforum/df-demo.h"
#include "df-demo-private.h"
#include "df-store-private.h"

gint64
df_demo_person_id (DfStore    *store,
                   const char *name)
{
  sqlite3_stmt *stmt = df_store_prepare (store, "SELECT id FROM person WHERE name = ?1 ORDER BY id LIMIT 1", NULL);
  gint64 id = 0;

  if (stmt == NULL || name == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gboolean
df_demo_fill (DfStore  *store,
              GDate    *today,
              GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (store), FALSE);

  if (!df_store_begin (store, error))
    return FALSE;
  /* The rules come seeded by the first migration; the demo names where
   * they come from so the Kommissorium page has something to show. */
  if (!df_store_set_setting (store, "forum-name", "Strategisk dialogforum på det sociale område", error) ||
      !df_demo_fill_members (store, today, error) ||
      !df_demo_fill_meetings (store, today, error) ||
      !df_demo_fill_participants (store, today, error) ||
      !df_demo_fill_followup (store, today, error))
    {
      df_store_rollback (store);
      return FALSE;
    }
  return df_store_commit (store, error);
}

static void
remove_database_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

gboolean
df_demo_create (const char  *path,
                GError     **error)
{
  return df_demo_create_scaled (path, 0, error);
}

gboolean
df_demo_create_scaled (const char  *path,
                       guint        scale,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *partial_name = g_strdup_printf (".%s.partial", base);
  g_autofree char *partial = g_build_filename (dir, partial_name, NULL);
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));
  struct stat st;

  if (g_stat (path, &st) == 0 && !(S_ISREG (st.st_mode) && st.st_size == 0))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("“%s” already exists. The demo database is only written to a new file; choose another name."),
                   name);
      return FALSE;
    }

  /* Built beside the target and renamed into place, so that a failure
   * half-way leaves no half-made database under the name asked for. */
  remove_database_files (partial);
  store = df_store_open (partial, DF_STORE_OPEN_CREATE, error);
  if (store == NULL || !df_demo_fill (store, today, error) ||
      (scale > 0 && !df_demo_fill_crowd (store, today, scale, error)))
    {
      g_clear_object (&store);
      remove_database_files (partial);
      return FALSE;
    }
  g_clear_object (&store);

  if (g_rename (partial, path) != 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (path);

      remove_database_files (partial);
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_FAILED,
                   _("The demo database could not be written to “%s”: %s."),
                   name, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
