/* df-store-rules.c: the seat kinds, the adjacent areas and the number of
 * meetings a year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "dialogforum/df-store-rules.h"
#include "df-store-private.h"

#define MAX_MEETINGS_PER_YEAR 52

static gboolean
reload_seat_kinds (DfStore  *self,
                   GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT id, code, name, quota, quota_is_minimum, one_per_municipality,"
                                         " chair_seat, covers_areas, description, position"
                                         " FROM seat_kind ORDER BY position, id", error);
  GPtrArray *fresh;
  int rc;

  if (stmt == NULL)
    return FALSE;
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (fresh, g_object_new (DF_TYPE_SEAT_KIND,
                                          "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                          "code", df_stmt_text (stmt, 1),
                                          "name", df_stmt_text (stmt, 2),
                                          "quota", sqlite3_column_int (stmt, 3),
                                          "quota-is-minimum", sqlite3_column_int (stmt, 4) != 0,
                                          "one-per-municipality", sqlite3_column_int (stmt, 5) != 0,
                                          "chair-seat", sqlite3_column_int (stmt, 6) != 0,
                                          "covers-areas", sqlite3_column_int (stmt, 7) != 0,
                                          "description", df_stmt_text (stmt, 8),
                                          "position", sqlite3_column_int (stmt, 9),
                                          NULL));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  df_list_store_sync (df_store_model (self, "seat-kinds", DF_TYPE_SEAT_KIND), fresh);
  return TRUE;
}

static gboolean
reload_adjacent_areas (DfStore  *self,
                       GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT id, name, position FROM adjacent_area ORDER BY position, id",
                                         error);
  GPtrArray *fresh;
  int rc;

  if (stmt == NULL)
    return FALSE;
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (fresh, g_object_new (DF_TYPE_ADJACENT_AREA,
                                          "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                          "name", df_stmt_text (stmt, 1),
                                          "position", sqlite3_column_int (stmt, 2),
                                          NULL));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  df_list_store_sync (df_store_model (self, "adjacent-areas", DF_TYPE_ADJACENT_AREA), fresh);
  return TRUE;
}

GListModel *
df_store_list_seat_kinds (DfStore  *self,
                          GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (df_store_model_needs_load (self, "seat-kinds") && !reload_seat_kinds (self, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "seat-kinds", DF_TYPE_SEAT_KIND)));
}

GListModel *
df_store_list_adjacent_areas (DfStore  *self,
                              GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (df_store_model_needs_load (self, "adjacent-areas") && !reload_adjacent_areas (self, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "adjacent-areas", DF_TYPE_ADJACENT_AREA)));
}

DfSeatKind *
df_store_find_seat_kind (DfStore    *self,
                         const char *code)
{
  GListModel *kinds = G_LIST_MODEL (df_store_model (self, "seat-kinds", DF_TYPE_SEAT_KIND));

  if (g_list_model_get_n_items (kinds) == 0)
    reload_seat_kinds (self, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr (DfSeatKind) kind = g_list_model_get_item (kinds, i);

      /* The list holds a reference as long as the store lives. */
      if (g_strcmp0 (df_seat_kind_get_code (kind), code) == 0)
        return kind;
    }
  return NULL;
}

static gboolean
check_name (const char  *name,
            const char  *what,
            GError     **error)
{
  if (df_text_is_blank (name))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("%s: a name is required."), what);
      return FALSE;
    }
  return TRUE;
}

/* Constraint failures become messages about the value, not about SQL. */
static void
set_write_error (DfStore    *self,
                 GError    **error,
                 const char *duplicate_message,
                 const char *value)
{
  sqlite3 *db = df_store_get_db (self);

  if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_UNIQUE && duplicate_message != NULL)
    g_set_error_literal (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, duplicate_message);
  else if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE,
                 _("“%s” is still in use and cannot be removed."), value);
  else
    df_store_set_sqlite_error (self, error, sqlite3_errcode (db));
}

/* Runs one prepared write as its own transaction, then refreshes @reload
 * and tells the views. @value names the row in messages;
 * @duplicate_message is what to say when the new name is taken. */
static gboolean
write_one (DfStore       *self,
           sqlite3_stmt  *stmt,
           gboolean     (*reload) (DfStore *, GError **),
           const char    *duplicate_message,
           const char    *value,
           GError       **error)
{
  g_autoptr (GError) local = NULL;

  if (!df_store_begin (self, error))
    return FALSE;
  if (!df_store_step_done (self, stmt, &local))
    {
      set_write_error (self, error, duplicate_message, value);
      df_store_rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (df_store_get_db (self)) == 0)
    {
      df_store_rollback (self);
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("“%s” no longer exists; someone may have removed it."), value);
      return FALSE;
    }
  if (!df_store_commit (self, error))
    return FALSE;
  df_store_changed (self, "rules", reload);
  /* A seat kind's name shows in the register's lists too. */
  df_store_changed (self, "members", df_store_reload_members);
  return TRUE;
}

gint64
df_store_add_seat_kind (DfStore     *self,
                        const char  *name,
                        int          quota,
                        GError     **error)
{
  g_autofree char *duplicate = g_strdup_printf (_("There is already a seat kind named “%s”."), name);
  sqlite3_stmt *stmt;
  g_autofree char *code = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (!check_name (name, _("Seat kind"), error))
    return 0;
  stmt = df_store_prepare (self,
                           "INSERT INTO seat_kind (code, name, quota, position)"
                           " VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), 0) + 1 FROM seat_kind))",
                           error);
  if (stmt == NULL)
    return 0;
  /* Kinds the secretariat adds have no rule of the program tied to them;
   * their code only has to be unique. */
  code = g_uuid_string_random ();
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, CLAMP (quota, 0, 99));
  if (!write_one (self, stmt, reload_seat_kinds, duplicate, name, error))
    return 0;
  return sqlite3_last_insert_rowid (df_store_get_db (self));
}

gboolean
df_store_update_seat_kind (DfStore     *self,
                           gint64       id,
                           const char  *name,
                           int          quota,
                           gboolean     quota_is_minimum,
                           const char  *description,
                           GError     **error)
{
  g_autofree char *duplicate = g_strdup_printf (_("There is already a seat kind named “%s”."), name);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!check_name (name, _("Seat kind"), error))
    return FALSE;
  if (quota < 0 || quota > 99)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Seat kind “%s”: the number of seats must be between 0 and 99, not %d."),
                   name, quota);
      return FALSE;
    }
  stmt = df_store_prepare (self,
                           "UPDATE seat_kind SET name = ?2, quota = ?3, quota_is_minimum = ?4,"
                           " description = ?5 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, quota);
  sqlite3_bind_int (stmt, 4, quota_is_minimum ? 1 : 0);
  sqlite3_bind_text (stmt, 5, description != NULL ? description : "", -1, SQLITE_TRANSIENT);
  return write_one (self, stmt, reload_seat_kinds, duplicate, name, error);
}

gboolean
df_store_remove_seat_kind (DfStore  *self,
                           gint64    id,
                           GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  stmt = df_store_prepare (self, "DELETE FROM seat_kind WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return write_one (self, stmt, reload_seat_kinds, NULL, _("The seat kind"), error);
}

gint64
df_store_add_adjacent_area (DfStore     *self,
                            const char  *name,
                            GError     **error)
{
  g_autofree char *duplicate = g_strdup_printf (_("The area “%s” is already on the list."), name);
  sqlite3_stmt *stmt;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (!check_name (name, _("Adjacent area"), error))
    return 0;
  clean = g_strstrip (g_strdup (name));
  stmt = df_store_prepare (self,
                           "INSERT INTO adjacent_area (name, position)"
                           " VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM adjacent_area))",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
  if (!write_one (self, stmt, reload_adjacent_areas, duplicate, clean, error))
    return 0;
  return sqlite3_last_insert_rowid (df_store_get_db (self));
}

gboolean
df_store_rename_adjacent_area (DfStore     *self,
                               gint64       id,
                               const char  *name,
                               GError     **error)
{
  g_autofree char *duplicate = g_strdup_printf (_("The area “%s” is already on the list."), name);
  sqlite3_stmt *stmt;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!check_name (name, _("Adjacent area"), error))
    return FALSE;
  clean = g_strstrip (g_strdup (name));
  stmt = df_store_prepare (self, "UPDATE adjacent_area SET name = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  return write_one (self, stmt, reload_adjacent_areas, duplicate, clean, error);
}

gboolean
df_store_remove_adjacent_area (DfStore  *self,
                               gint64    id,
                               GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  stmt = df_store_prepare (self, "DELETE FROM adjacent_area WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return write_one (self, stmt, reload_adjacent_areas, NULL, _("The area"), error);
}

int
df_store_get_meetings_per_year (DfStore *self)
{
  g_autofree char *value = df_store_get_setting (self, "meetings-per-year", "2");

  return CLAMP (atoi (value), 0, MAX_MEETINGS_PER_YEAR);
}

gboolean
df_store_set_meetings_per_year (DfStore  *self,
                                int       meetings,
                                GError  **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (meetings < 1 || meetings > MAX_MEETINGS_PER_YEAR)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Meetings a year: the number must be between 1 and %d, not %d."),
                   MAX_MEETINGS_PER_YEAR, meetings);
      return FALSE;
    }
  value = g_strdup_printf ("%d", meetings);
  if (!df_store_begin (self, error))
    return FALSE;
  if (!df_store_set_setting (self, "meetings-per-year", value, error))
    {
      df_store_rollback (self);
      return FALSE;
    }
  if (!df_store_commit (self, error))
    return FALSE;
  df_store_changed (self, "rules", NULL);
  return TRUE;
}
