/* df-store-groups.c: the forum's working groups, and who arranges its
 * study trips, visits and other activities.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-person.h"
#include "dialogforum/df-store-meetings.h"
#include "df-store-followup-private.h"

/* A new meeting of a working group: two hours from ten. */
#define WORKING_GROUP_START (10 * 60)
#define WORKING_GROUP_END (12 * 60)

/* --- Working groups ---------------------------------------------------- */

gboolean
df_store_reload_working_groups (DfStore  *self,
                                GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT g.id, g.name, g.mandate, g.start_date, coalesce(g.end_date, ''),"
                                         " (SELECT group_concat(name, ', ') FROM"
                                         "   (SELECT p.name FROM working_group_member wm JOIN person p ON p.id = wm.person_id"
                                         "    WHERE wm.group_id = g.id ORDER BY wm.position)),"
                                         " (SELECT count(*) FROM working_group_meeting WHERE group_id = g.id),"
                                         " (SELECT count(*) FROM action_item WHERE working_group_id = g.id AND status = 'open'),"
                                         " (SELECT count(*) FROM working_group_member WHERE group_id = g.id)"
                                         " FROM working_group g ORDER BY g.start_date DESC, g.name", error);
  GPtrArray *fresh;
  int rc;

  if (stmt == NULL)
    return FALSE;
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *from = df_date_iso_to_short (df_stmt_text (stmt, 3));
      g_autofree char *to = df_date_iso_to_short (df_stmt_text (stmt, 4));
      g_autofree char *term = g_strdup_printf ("%s–%s", from, to);

      g_ptr_array_add (fresh, g_object_new (DF_TYPE_WORKING_GROUP,
                                            "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                            "name", df_stmt_text (stmt, 1),
                                            "mandate", df_stmt_text (stmt, 2),
                                            "start-date", df_stmt_text (stmt, 3),
                                            "end-date", df_stmt_text (stmt, 4),
                                            "term-text", term,
                                            "members-text", df_stmt_text (stmt, 5),
                                            "n-meetings", sqlite3_column_int (stmt, 6),
                                            "n-open-actions", sqlite3_column_int (stmt, 7),
                                            "n-members", sqlite3_column_int (stmt, 8),
                                            NULL));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  df_list_store_sync (df_store_model (self, "working-groups", DF_TYPE_WORKING_GROUP), fresh);
  return TRUE;
}

GListModel *
df_store_list_working_groups (DfStore  *self,
                              GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!df_followup_ensure_loaded (self, "working-groups", df_store_reload_working_groups, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "working-groups", DF_TYPE_WORKING_GROUP)));
}

DfWorkingGroup *
df_store_find_working_group (DfStore *self,
                             gint64   id)
{
  GListModel *groups;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!df_followup_ensure_loaded (self, "working-groups", df_store_reload_working_groups, NULL))
    return NULL;
  groups = G_LIST_MODEL (df_store_model (self, "working-groups", DF_TYPE_WORKING_GROUP));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr (DfWorkingGroup) group = g_list_model_get_item (groups, i);

      /* The list holds a reference as long as the store lives. */
      if (df_working_group_get_id (group) == id)
        return group;
    }
  return NULL;
}

static gboolean
validate_group (DfWorkingGroup  *group,
                GError         **error)
{
  const char *start = df_working_group_get_start_date (group);
  const char *end = df_working_group_get_end_date (group);

  if (df_text_is_blank (df_working_group_get_name (group)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Name: a name is required."));
      return FALSE;
    }
  if (!df_followup_check_date (start, FALSE, _("From"), error) ||
      !df_followup_check_date (end, TRUE, _("To"), error))
    return FALSE;
  /* ISO dates compare as text. */
  if (end[0] != '\0' && g_strcmp0 (end, start) < 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("To: the working group cannot end before it begins."));
      return FALSE;
    }
  return TRUE;
}

/* Inserts @group, under *@id when that is not 0 and still free (an
 * undo), or updates it when @update; *@id is the group's id after. */
static gboolean
write_group (DfStore         *self,
             DfWorkingGroup  *group,
             gboolean         update,
             gint64          *id,
             GError         **error)
{
  g_autoptr (GError) failure = NULL;
  sqlite3_stmt *stmt;

  if (!validate_group (group, error))
    return FALSE;
  if (update)
    stmt = df_store_prepare (self,
                             "UPDATE working_group SET name = trim(?2), mandate = ?3, start_date = ?4,"
                             " end_date = nullif(?5, '') WHERE id = ?1", error);
  else
    stmt = df_store_prepare (self,
                             "INSERT INTO working_group (id, name, mandate, start_date, end_date)"
                             " VALUES (CASE WHEN EXISTS (SELECT 1 FROM working_group WHERE id = ?1) THEN NULL"
                             " ELSE nullif(?1, 0) END, trim(?2), ?3, ?4, nullif(?5, ''))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *id);
  sqlite3_bind_text (stmt, 2, df_working_group_get_name (group), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, df_working_group_get_mandate (group), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, df_working_group_get_start_date (group), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, df_working_group_get_end_date (group), -1, SQLITE_TRANSIENT);
  if (!df_store_step_done (self, stmt, &failure))
    {
      if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                     _("Name: there is already a working group named “%s”."), df_working_group_get_name (group));
      else
        g_propagate_error (error, g_steal_pointer (&failure));
      return FALSE;
    }
  if (!update)
    *id = sqlite3_last_insert_rowid (df_store_get_db (self));
  else if (sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The working group no longer exists; someone may have deleted it."));
      return FALSE;
    }
  return TRUE;
}

gint64
df_store_save_working_group (DfStore         *self,
                             DfWorkingGroup  *group,
                             GError         **error)
{
  GError *local = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (DF_IS_WORKING_GROUP (group), 0);

  if (!df_store_begin (self, error))
    return 0;
  id = df_working_group_get_id (group);
  ok = write_group (self, group, id != 0, &id, &local);
  return df_followup_end_write (self, ok, local, error) ? id : 0;
}

gint64
df_store_save_working_group_and_members (DfStore         *self,
                                         DfWorkingGroup  *group,
                                         const gint64    *person_ids,
                                         guint            n_people,
                                         GError         **error)
{
  GError *local = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (DF_IS_WORKING_GROUP (group), 0);
  g_return_val_if_fail (n_people == 0 || person_ids != NULL, 0);

  if (!df_store_begin (self, error))
    return 0;
  id = df_working_group_get_id (group);
  ok = write_group (self, group, id != 0, &id, &local) &&
       df_store_set_working_group_members (self, id, person_ids, n_people, &local);
  return df_followup_end_write (self, ok, local, error) ? id : 0;
}

GPtrArray *
df_store_list_working_group_members (DfStore  *self,
                                     gint64    id,
                                     GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  stmt = df_store_prepare (self,
                           "SELECT p.id, p.name, p.title, coalesce(o.name, '')"
                           " FROM working_group_member wm JOIN person p ON p.id = wm.person_id"
                           " LEFT JOIN organisation o ON o.id = p.organisation_id"
                           " WHERE wm.group_id = ?1 ORDER BY wm.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return df_store_read_rows (self, stmt, df_person_brief_from_row, NULL, error);
}

static gboolean
check_group_exists (DfStore  *self,
                    gint64    id,
                    GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, "SELECT 1 FROM working_group WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("The working group no longer exists; someone may have deleted it."));
  else
    df_store_set_sqlite_error (self, error, rc);
  return FALSE;
}

gboolean
df_store_set_working_group_members (DfStore       *self,
                                    gint64         id,
                                    const gint64  *person_ids,
                                    guint          n_people,
                                    GError       **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int position = 0;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_people == 0 || person_ids != NULL, FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  ok = check_group_exists (self, id, &local) &&
       (stmt = df_store_prepare (self, "DELETE FROM working_group_member WHERE group_id = ?1", &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = df_store_step_done (self, stmt, &local);
    }
  for (guint i = 0; ok && i < n_people; i++)
    {
      stmt = df_store_prepare (self,
                               "INSERT OR IGNORE INTO working_group_member (group_id, person_id, position)"
                               " VALUES (?1, ?2, ?3)", &local);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, person_ids[i]);
          sqlite3_bind_int (stmt, 3, position++);
          ok = df_followup_step (self, stmt, _("Members: the person chosen no longer exists."), &local);
        }
    }
  return df_followup_end_write (self, ok, local, error);
}

gboolean
df_store_add_working_group_meeting (DfStore  *self,
                                    gint64    id,
                                    gint64    meeting_id,
                                    GError  **error)
{
  DfMeeting *meeting = df_store_find_meeting (self, meeting_id);
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (meeting == NULL)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("Meeting: the meeting chosen no longer exists."));
      return FALSE;
    }
  if (g_strcmp0 (df_meeting_get_kind (meeting), "working-group") != 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Meeting: “%s” is of the kind “%s”; only a working group’s meeting belongs to a working group."),
                   df_meeting_get_title (meeting), df_meeting_get_kind_label (meeting));
      return FALSE;
    }
  if (!df_store_begin (self, error))
    return FALSE;
  ok = check_group_exists (self, id, &local) &&
       (stmt = df_store_prepare (self,
                                 "INSERT INTO working_group_meeting (meeting_id, group_id) VALUES (?1, ?2)"
                                 " ON CONFLICT (meeting_id) DO UPDATE SET group_id = excluded.group_id", &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      sqlite3_bind_int64 (stmt, 2, id);
      ok = df_followup_step (self, stmt, _("Meeting: the meeting chosen no longer exists."), &local);
    }
  return df_followup_end_write (self, ok, local, error);
}

gint64
df_store_get_meeting_working_group (DfStore *self,
                                    gint64   meeting_id)
{
  sqlite3_stmt *stmt;
  gint64 group = 0;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  stmt = df_store_prepare (self, "SELECT group_id FROM working_group_meeting WHERE meeting_id = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    group = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return group;
}

GPtrArray *
df_store_list_working_group_meetings (DfStore  *self,
                                      gint64    id,
                                      GError  **error)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (self, error);
  GPtrArray *own;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (meetings == NULL)
    return NULL;
  own = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      if (df_store_get_meeting_working_group (self, df_meeting_get_id (meeting)) == id)
        g_ptr_array_add (own, g_steal_pointer (&meeting));
    }
  return own;
}

/* What df_store_delete_working_group() took away: the group, and what
 * the schema's cascades take with it. */
struct _DfRemovedWorkingGroup
{
  DfWorkingGroup *group;       /* as it was, with its id */
  GArray         *members;     /* gint64 person ids, in order */
  GArray         *meetings;    /* gint64 meeting ids */
  GArray         *actions;     /* gint64 ids of the actions it owned */
};

void
df_removed_working_group_free (DfRemovedWorkingGroup *removed)
{
  if (removed == NULL)
    return;
  g_clear_object (&removed->group);
  g_array_unref (removed->members);
  g_array_unref (removed->meetings);
  g_array_unref (removed->actions);
  g_free (removed);
}

const char *
df_removed_working_group_get_name (DfRemovedWorkingGroup *removed)
{
  g_return_val_if_fail (removed != NULL, NULL);
  return df_working_group_get_name (removed->group);
}

/* Reads into @ids the ids that @sql, with ?1 for the group, selects. */
static gboolean
read_group_ids (DfStore     *self,
                const char  *sql,
                gint64       id,
                GArray      *ids,
                GError     **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return df_stmt_read_ids (self, stmt, ids, error);
}

static DfRemovedWorkingGroup *
read_removed_group (DfStore  *self,
                    gint64    id,
                    GError  **error)
{
  g_autoptr (DfRemovedWorkingGroup) removed = g_new0 (DfRemovedWorkingGroup, 1);
  sqlite3_stmt *stmt;
  int rc;

  removed->members = g_array_new (FALSE, FALSE, sizeof (gint64));
  removed->meetings = g_array_new (FALSE, FALSE, sizeof (gint64));
  removed->actions = g_array_new (FALSE, FALSE, sizeof (gint64));
  stmt = df_store_prepare (self,
                           "SELECT name, mandate, start_date, coalesce(end_date, '') FROM working_group WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    removed->group = g_object_new (DF_TYPE_WORKING_GROUP,
                                   "id", id,
                                   "name", df_stmt_text (stmt, 0),
                                   "mandate", df_stmt_text (stmt, 1),
                                   "start-date", df_stmt_text (stmt, 2),
                                   "end-date", df_stmt_text (stmt, 3),
                                   NULL);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("The working group no longer exists; someone may have deleted it."));
  else if (rc != SQLITE_ROW)
    df_store_set_sqlite_error (self, error, rc);
  if (rc != SQLITE_ROW ||
      !read_group_ids (self, "SELECT person_id FROM working_group_member WHERE group_id = ?1 ORDER BY position",
                       id, removed->members, error) ||
      !read_group_ids (self, "SELECT meeting_id FROM working_group_meeting WHERE group_id = ?1",
                       id, removed->meetings, error) ||
      !read_group_ids (self, "SELECT id FROM action_item WHERE working_group_id = ?1", id, removed->actions, error))
    return NULL;
  return g_steal_pointer (&removed);
}

DfRemovedWorkingGroup *
df_store_delete_working_group (DfStore  *self,
                               gint64    id,
                               GError  **error)
{
  g_autoptr (DfRemovedWorkingGroup) removed = NULL;
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!df_store_begin (self, error))
    return NULL;
  removed = read_removed_group (self, id, &local);
  ok = removed != NULL &&
       (stmt = df_store_prepare (self, "DELETE FROM working_group WHERE id = ?1", &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = df_store_step_done (self, stmt, &local);
    }
  if (!df_followup_end_write (self, ok, local, error))
    return NULL;
  return g_steal_pointer (&removed);
}

/* Runs @sql for each of @ids, bound to ?2, with the
 * group @id bound to ?1 and, when @sql has it, the place in @ids to ?3. */
static gboolean
relink_group (DfStore      *self,
              const char   *sql,
              gint64        id,
              GArray       *ids,
              GError      **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt = df_store_prepare (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sqlite3_bind_int (stmt, 3, i);
      if (!df_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gint64
df_store_restore_working_group (DfStore                *self,
                                DfRemovedWorkingGroup  *removed,
                                GError                **error)
{
  GError *local = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (removed != NULL, 0);

  if (!df_store_begin (self, error))
    return 0;
  id = df_working_group_get_id (removed->group);
  /* What has gone meanwhile (a person, a meeting), or has been taken by
   * another group, stays as it is now. */
  ok = write_group (self, removed->group, FALSE, &id, &local) &&
       relink_group (self,
                     "INSERT INTO working_group_member (group_id, person_id, position)"
                     " SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM person WHERE id = ?2)",
                     id, removed->members, &local) &&
       relink_group (self,
                     "INSERT OR IGNORE INTO working_group_meeting (meeting_id, group_id)"
                     " SELECT ?2, ?1 WHERE EXISTS (SELECT 1 FROM meeting WHERE id = ?2)",
                     id, removed->meetings, &local) &&
       relink_group (self,
                     "UPDATE action_item SET working_group_id = ?1"
                     " WHERE id = ?2 AND working_group_id IS NULL",
                     id, removed->actions, &local);
  return df_followup_end_write (self, ok, local, error) ? id : 0;
}

gint64
df_store_create_working_group_meeting (DfStore     *self,
                                       gint64       id,
                                       const char  *date,
                                       GError     **error)
{
  DfWorkingGroup *group = df_store_find_working_group (self, id);
  g_autoptr (DfMeeting) meeting = NULL;
  g_autofree char *title = NULL;
  GError *local = NULL;
  gint64 meeting_id = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (group == NULL)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The working group no longer exists; someone may have deleted it."));
      return 0;
    }
  /* TRANSLATORS: the title of a new meeting of a working group; %s is
   * the group's name. */
  title = g_strdup_printf (_("Working group meeting: %s"), df_working_group_get_name (group));
  meeting = g_object_new (DF_TYPE_MEETING,
                          "title", title,
                          "kind", "working-group",
                          "date", date,
                          "start-time", WORKING_GROUP_START,
                          "end-time", WORKING_GROUP_END,
                          "status", "planned",
                          NULL);
  if (!df_store_begin (self, error))
    return 0;
  meeting_id = df_store_save_meeting (self, meeting, &local);
  ok = meeting_id != 0 && df_store_add_working_group_meeting (self, id, meeting_id, &local);
  if (!df_followup_end_write (self, ok, local, error))
    {
      df_followup_resync_meetings (self, meeting_id);
      return 0;
    }
  return meeting_id;
}

/* --- Arrangers --------------------------------------------------------- */

GPtrArray *
df_store_list_meeting_arrangers (DfStore  *self,
                                 gint64    meeting_id,
                                 GError  **error)
{
  sqlite3_stmt *stmt;
  GPtrArray *arrangers;
  int rc;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  stmt = df_store_prepare (self,
                           "SELECT a.id, coalesce(a.person_id, 0), coalesce(a.organisation_id, 0),"
                           " coalesce(p.name, o.name, '')"
                           " FROM meeting_arranger a LEFT JOIN person p ON p.id = a.person_id"
                           " LEFT JOIN organisation o ON o.id = a.organisation_id"
                           " WHERE a.meeting_id = ?1 ORDER BY a.person_id IS NULL, a.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  arrangers = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (arrangers, g_object_new (DF_TYPE_ARRANGER,
                                              "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                              "meeting-id", meeting_id,
                                              "person-id", (gint64) sqlite3_column_int64 (stmt, 1),
                                              "organisation-id", (gint64) sqlite3_column_int64 (stmt, 2),
                                              "name", df_stmt_text (stmt, 3),
                                              NULL));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (arrangers);
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  return arrangers;
}

static gboolean
insert_arrangers (DfStore       *self,
                  gint64         meeting_id,
                  const gint64  *ids,
                  guint          n_ids,
                  gboolean       people,
                  GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    {
      sqlite3_stmt *stmt = df_store_prepare (self,
                                             "INSERT OR IGNORE INTO meeting_arranger (meeting_id, person_id, organisation_id)"
                                             " VALUES (?1, nullif(?2, 0), nullif(?3, 0))", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      sqlite3_bind_int64 (stmt, 2, people ? ids[i] : 0);
      sqlite3_bind_int64 (stmt, 3, people ? 0 : ids[i]);
      if (!df_followup_step (self, stmt,
                             people ? _("Arranged by: the person chosen no longer exists.")
                                    : _("Arranged by: the organisation chosen no longer exists."), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
df_store_set_meeting_arrangers (DfStore       *self,
                                gint64         meeting_id,
                                const gint64  *person_ids,
                                guint          n_people,
                                const gint64  *organisation_ids,
                                guint          n_organisations,
                                GError       **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_people == 0 || person_ids != NULL, FALSE);
  g_return_val_if_fail (n_organisations == 0 || organisation_ids != NULL, FALSE);

  if (df_store_find_meeting (self, meeting_id) == NULL)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The meeting no longer exists; someone may have deleted it."));
      return FALSE;
    }
  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self, "DELETE FROM meeting_arranger WHERE meeting_id = ?1", &local);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      ok = df_store_step_done (self, stmt, &local);
    }
  ok = ok &&
       insert_arrangers (self, meeting_id, person_ids, n_people, TRUE, &local) &&
       insert_arrangers (self, meeting_id, organisation_ids, n_organisations, FALSE, &local);
  return df_followup_end_write (self, ok, local, error);
}
