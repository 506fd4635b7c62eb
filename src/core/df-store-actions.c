/* df-store-actions.c: the minutes of a meeting, the actions agreed in
 * them, and the follow-up of those actions at the next meeting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-meetings.h"
#include "df-store-followup-private.h"

static gboolean
check_meeting_exists (DfStore  *self,
                      gint64    meeting_id,
                      char    **date,
                      GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, "SELECT date FROM meeting WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && date != NULL)
    *date = g_strdup (df_stmt_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("The meeting no longer exists; someone may have deleted it."));
  else
    df_store_set_sqlite_error (self, error, rc);
  return FALSE;
}

/* --- Minutes ----------------------------------------------------------- */

static gboolean
read_minutes_status (DfStore  *self,
                     gint64    meeting_id,
                     char    **status,
                     char    **approved_on,
                     GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT status, coalesce(approved_on, '') FROM minutes WHERE meeting_id = ?1",
                                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = sqlite3_step (stmt);
  *status = g_strdup (rc == SQLITE_ROW ? df_stmt_text (stmt, 0) : "draft");
  *approved_on = g_strdup (rc == SQLITE_ROW ? df_stmt_text (stmt, 1) : "");
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  df_store_set_sqlite_error (self, error, rc);
  return FALSE;
}

DfMinutes *
df_store_get_minutes (DfStore  *self,
                      gint64    meeting_id,
                      GError  **error)
{
  g_autofree char *status = NULL;
  g_autofree char *approved_on = NULL;
  g_autofree char *approved_text = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!check_meeting_exists (self, meeting_id, NULL, error) ||
      !read_minutes_status (self, meeting_id, &status, &approved_on, error))
    return NULL;
  if (g_str_equal (status, "approved"))
    {
      g_autofree char *day = df_date_iso_to_short (approved_on);

      /* TRANSLATORS: the minutes' status and the day they were approved. */
      approved_text = g_strdup_printf (_("Approved %s"), day);
    }
  else
    approved_text = g_strdup (df_minutes_status_label (status));
  return g_object_new (DF_TYPE_MINUTES,
                       "meeting-id", meeting_id,
                       "status", status,
                       "status-label", df_minutes_status_label (status),
                       "approved-on", approved_on,
                       "approved-text", approved_text,
                       NULL);
}

GPtrArray *
df_store_list_minutes_items (DfStore  *self,
                             gint64    meeting_id,
                             GError  **error)
{
  sqlite3_stmt *stmt;
  GPtrArray *items;
  int rc;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!check_meeting_exists (self, meeting_id, NULL, error))
    return NULL;
  stmt = df_store_prepare (self,
                           "SELECT a.id, a.position, a.title, a.format, coalesce(m.summary, ''),"
                           " coalesce(m.decisions, '')"
                           " FROM agenda_item a LEFT JOIN minutes_item m ON m.agenda_item_id = a.id"
                           " WHERE a.meeting_id = ?1 ORDER BY a.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, g_object_new (DF_TYPE_MINUTES_ITEM,
                                          "agenda-item-id", (gint64) sqlite3_column_int64 (stmt, 0),
                                          "meeting-id", meeting_id,
                                          "number", sqlite3_column_int (stmt, 1) + 1,
                                          "title", df_stmt_text (stmt, 2),
                                          "format", df_stmt_text (stmt, 3),
                                          "summary", df_stmt_text (stmt, 4),
                                          "decisions", df_stmt_text (stmt, 5),
                                          NULL));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (items);
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  return items;
}

static gboolean
find_item_meeting (DfStore  *self,
                   gint64    agenda_item_id,
                   gint64   *meeting_id,
                   GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, "SELECT meeting_id FROM agenda_item WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, agenda_item_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *meeting_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("The agenda item no longer exists; someone may have removed it."));
  else
    df_store_set_sqlite_error (self, error, rc);
  return FALSE;
}

static gboolean
check_minutes_draft (DfStore  *self,
                     gint64    meeting_id,
                     GError  **error)
{
  g_autofree char *status = NULL;
  g_autofree char *approved_on = NULL;

  if (!read_minutes_status (self, meeting_id, &status, &approved_on, error))
    return FALSE;
  if (g_str_equal (status, "approved"))
    {
      g_autofree char *day = df_date_iso_to_short (approved_on);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("The minutes were approved on %s; make them a draft again to change them."), day);
      return FALSE;
    }
  return TRUE;
}

gboolean
df_store_save_minutes_item (DfStore     *self,
                            gint64       agenda_item_id,
                            const char  *summary,
                            const char  *decisions,
                            GError     **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 meeting_id = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  ok = find_item_meeting (self, agenda_item_id, &meeting_id, &local) &&
       check_minutes_draft (self, meeting_id, &local) &&
       (stmt = df_store_prepare (self,
                                 "INSERT INTO minutes_item (agenda_item_id, summary, decisions) VALUES (?1, ?2, ?3)"
                                 " ON CONFLICT (agenda_item_id) DO UPDATE"
                                 " SET summary = excluded.summary, decisions = excluded.decisions", &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, agenda_item_id);
      sqlite3_bind_text (stmt, 2, summary != NULL ? summary : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, decisions != NULL ? decisions : "", -1, SQLITE_TRANSIENT);
      ok = df_store_step_done (self, stmt, &local);
    }
  return df_followup_end_write (self, ok, local, error);
}

gboolean
df_store_approve_minutes (DfStore     *self,
                          gint64       meeting_id,
                          const char  *approved_on,
                          GError     **error)
{
  g_autofree char *meeting_date = NULL;
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_followup_check_date (approved_on, FALSE, _("Approved on"), error) || !df_store_begin (self, error))
    return FALSE;
  ok = check_meeting_exists (self, meeting_id, &meeting_date, &local);
  /* ISO dates compare as text. */
  if (ok && g_strcmp0 (approved_on, meeting_date) < 0)
    {
      g_autofree char *day = df_date_iso_to_short (meeting_date);

      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Approved on: minutes are approved after the meeting (%s), not before."), day);
      ok = FALSE;
    }
  if (ok)
    {
      stmt = df_store_prepare (self,
                               "INSERT INTO minutes (meeting_id, status, approved_on) VALUES (?1, 'approved', ?2)"
                               " ON CONFLICT (meeting_id) DO UPDATE SET status = 'approved', approved_on = excluded.approved_on",
                               &local);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      sqlite3_bind_text (stmt, 2, approved_on, -1, SQLITE_TRANSIENT);
      ok = df_store_step_done (self, stmt, &local);
    }
  return df_followup_end_write (self, ok, local, error);
}

gboolean
df_store_reopen_minutes (DfStore  *self,
                         gint64    meeting_id,
                         GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  ok = check_meeting_exists (self, meeting_id, NULL, &local) &&
       (stmt = df_store_prepare (self, "UPDATE minutes SET status = 'draft', approved_on = NULL WHERE meeting_id = ?1",
                                 &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      ok = df_store_step_done (self, stmt, &local);
    }
  return df_followup_end_write (self, ok, local, error);
}

/* --- Actions ----------------------------------------------------------- */

#define ACTION_COLUMNS \
  "SELECT a.id, a.agenda_item_id, i.meeting_id, m.date, i.position, i.title," \
  " a.position, a.description, coalesce(a.owner_person_id, 0)," \
  " coalesce(a.owner_organisation_id, 0), coalesce(p.name, o.name, '')," \
  " coalesce(a.working_group_id, 0), coalesce(g.name, '')," \
  " coalesce(a.due_date, ''), a.status" \
  " FROM action_item a JOIN agenda_item i ON i.id = a.agenda_item_id" \
  " JOIN meeting m ON m.id = i.meeting_id" \
  " LEFT JOIN person p ON p.id = a.owner_person_id" \
  " LEFT JOIN organisation o ON o.id = a.owner_organisation_id" \
  " LEFT JOIN working_group g ON g.id = a.working_group_id"
#define ACTION_ORDER " ORDER BY m.date, m.start_time, m.id, i.position, a.position, a.id"

/* @data: the day it is, YYYY-MM-DD, for whether the action is overdue. */
static gpointer
action_from_row (sqlite3_stmt *stmt,
                 gpointer      data)
{
  const char *today = data;
  const char *meeting_date = df_stmt_text (stmt, 3);
  const char *due_date = df_stmt_text (stmt, 13);
  const char *status = df_stmt_text (stmt, 14);
  int number = sqlite3_column_int (stmt, 4) + 1;
  g_autofree char *meeting_day = df_date_iso_to_short (meeting_date);
  g_autofree char *due_text = df_date_iso_to_short (due_date);
  /* TRANSLATORS: where an action comes from: a meeting's date and the
   * number of the agenda item. */
  g_autofree char *source = g_strdup_printf (_("%s, item %d"), meeting_day, number);
  DfAction *action = g_object_new (DF_TYPE_ACTION,
                                   "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                   "agenda-item-id", (gint64) sqlite3_column_int64 (stmt, 1),
                                   "meeting-id", (gint64) sqlite3_column_int64 (stmt, 2),
                                   "meeting-date", meeting_date,
                                   "item-number", number,
                                   "item-title", df_stmt_text (stmt, 5),
                                   "source-text", source,
                                   "position", sqlite3_column_int (stmt, 6),
                                   "description", df_stmt_text (stmt, 7),
                                   "owner-person-id", (gint64) sqlite3_column_int64 (stmt, 8),
                                   "owner-organisation-id", (gint64) sqlite3_column_int64 (stmt, 9),
                                   "owner-name", df_stmt_text (stmt, 10),
                                   "working-group-id", (gint64) sqlite3_column_int64 (stmt, 11),
                                   "working-group-name", df_stmt_text (stmt, 12),
                                   "due-date", due_date,
                                   "due-text", due_text,
                                   "status", status,
                                   "status-label", df_action_status_label (status),
                                   NULL);
  gboolean overdue = df_action_is_overdue_on (action, today);

  g_object_set (action,
                "overdue", overdue,
                "state-text", overdue ? C_("action status", "Open, overdue") : df_action_status_label (status),
                NULL);
  return action;
}

/* The actions in the rows of @stmt, stepped to the end and reset; NULL
 * on an error. */
static GPtrArray *
read_actions (DfStore       *self,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autofree char *today = df_date_today_iso ();

  return df_store_read_rows (self, stmt, action_from_row, today, error);
}

gboolean
df_store_reload_actions (DfStore  *self,
                         GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, ACTION_COLUMNS ACTION_ORDER, error);
  GPtrArray *fresh = stmt != NULL ? read_actions (self, stmt, error) : NULL;

  if (fresh == NULL)
    return FALSE;
  df_list_store_sync (df_store_model (self, "actions", DF_TYPE_ACTION), fresh);
  return TRUE;
}

GListModel *
df_store_list_actions_due_in (DfStore  *self,
                              int       year,
                              GError  **error)
{
  sqlite3_stmt *stmt;
  GPtrArray *due;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  stmt = df_store_prepare (self, ACTION_COLUMNS " WHERE a.due_date BETWEEN ?1 AND ?2" ACTION_ORDER, error);
  if (stmt == NULL)
    return NULL;
  df_stmt_bind_year (stmt, year);
  due = read_actions (self, stmt, error);
  sqlite3_clear_bindings (stmt);
  return df_list_model_take_rows (DF_TYPE_ACTION, due);
}

GListModel *
df_store_list_open_actions (DfStore  *self,
                            GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  stmt = df_store_prepare (self, ACTION_COLUMNS " WHERE a.status = 'open'" ACTION_ORDER, error);
  return stmt != NULL ? df_list_model_take_rows (DF_TYPE_ACTION, read_actions (self, stmt, error)) : NULL;
}

GListModel *
df_store_list_actions (DfStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!df_followup_ensure_loaded (self, "actions", df_store_reload_actions, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "actions", DF_TYPE_ACTION)));
}

DfAction *
df_store_find_action (DfStore *self,
                      gint64   id)
{
  GListModel *actions;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!df_followup_ensure_loaded (self, "actions", df_store_reload_actions, NULL))
    return NULL;
  actions = G_LIST_MODEL (df_store_model (self, "actions", DF_TYPE_ACTION));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (DfAction) action = g_list_model_get_item (actions, i);

      /* The list holds a reference as long as the store lives. */
      if (df_action_get_id (action) == id)
        return action;
    }
  return NULL;
}

static gboolean
validate_action (DfAction  *action,
                 GError   **error)
{
  gboolean by_person = df_action_get_owner_person_id (action) != 0;
  gboolean by_organisation = df_action_get_owner_organisation_id (action) != 0;

  if (df_text_is_blank (df_action_get_description (action)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Action: describe what is to be done."));
      return FALSE;
    }
  if (by_person == by_organisation)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   by_person ? _("Owner: an action has one owner, a person or an organisation.")
                             : _("Owner: choose the person or the organisation that sees to it."));
      return FALSE;
    }
  if (!g_strv_contains (df_action_statuses (), df_action_get_status (action)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Status: “%s” is not a status of an action."), df_action_get_status (action));
      return FALSE;
    }
  return df_followup_check_date (df_action_get_due_date (action), TRUE, _("Due date"), error);
}

/* A foreign key of an action that fails: which one, in words. */
static void
set_action_reference_error (DfStore   *self,
                            DfAction  *action,
                            GError   **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT ?1 = 0 OR (SELECT count(*) FROM person WHERE id = ?1),"
                                         " ?2 = 0 OR (SELECT count(*) FROM organisation WHERE id = ?2),"
                                         " (SELECT count(*) FROM agenda_item WHERE id = ?3)", NULL);
  const char *message = _("Working group: the group chosen no longer exists.");

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, df_action_get_owner_person_id (action));
      sqlite3_bind_int64 (stmt, 2, df_action_get_owner_organisation_id (action));
      sqlite3_bind_int64 (stmt, 3, df_action_get_agenda_item_id (action));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          if (sqlite3_column_int (stmt, 0) == 0)
            message = _("Owner: the person chosen no longer exists.");
          else if (sqlite3_column_int (stmt, 1) == 0)
            message = _("Owner: the organisation chosen no longer exists.");
          else if (sqlite3_column_int (stmt, 2) == 0)
            message = _("The agenda item no longer exists; someone may have removed it.");
        }
      sqlite3_reset (stmt);
    }
  g_set_error_literal (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM, message);
}

gint64
df_store_save_action (DfStore   *self,
                      DfAction  *action,
                      GError   **error)
{
  g_autoptr (GError) failure = NULL;
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (DF_IS_ACTION (action), 0);

  if (!validate_action (action, error) || !df_store_begin (self, error))
    return 0;
  id = df_action_get_id (action);
  if (id == 0)
    stmt = df_store_prepare (self,
                             "INSERT INTO action_item (agenda_item_id, position, description, owner_person_id,"
                             " owner_organisation_id, working_group_id, due_date, status)"
                             " VALUES (?2, (SELECT coalesce(max(position), -1) + 1 FROM action_item WHERE agenda_item_id = ?2),"
                             " trim(?3), nullif(?4, 0), nullif(?5, 0), nullif(?6, 0), nullif(?7, ''), ?8)", &local);
  else
    stmt = df_store_prepare (self,
                             "UPDATE action_item SET description = trim(?3), owner_person_id = nullif(?4, 0),"
                             " owner_organisation_id = nullif(?5, 0), working_group_id = nullif(?6, 0),"
                             " due_date = nullif(?7, ''), status = ?8 WHERE id = ?1", &local);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, df_action_get_agenda_item_id (action));
      sqlite3_bind_text (stmt, 3, df_action_get_description (action), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, df_action_get_owner_person_id (action));
      sqlite3_bind_int64 (stmt, 5, df_action_get_owner_organisation_id (action));
      sqlite3_bind_int64 (stmt, 6, df_action_get_working_group_id (action));
      sqlite3_bind_text (stmt, 7, df_action_get_due_date (action), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 8, df_action_get_status (action), -1, SQLITE_TRANSIENT);
      ok = df_store_step_done (self, stmt, &failure);
      if (!ok && sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
        set_action_reference_error (self, action, &local);
      else if (!ok)
        local = g_steal_pointer (&failure);
    }
  if (ok && id == 0)
    id = sqlite3_last_insert_rowid (df_store_get_db (self));
  else if (ok && sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The action no longer exists; someone may have deleted it."));
      ok = FALSE;
    }
  return df_followup_end_write (self, ok, local, error) ? id : 0;
}

gboolean
df_store_set_action_status (DfStore     *self,
                            gint64       id,
                            const char  *status,
                            GError     **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (status == NULL || !g_strv_contains (df_action_statuses (), status))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Status: “%s” is not a status of an action."), status != NULL ? status : "");
      return FALSE;
    }
  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self, "UPDATE action_item SET status = ?2 WHERE id = ?1", &local);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, status, -1, SQLITE_TRANSIENT);
      ok = df_store_step_done (self, stmt, &local);
    }
  if (ok && sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The action no longer exists; someone may have deleted it."));
      ok = FALSE;
    }
  return df_followup_end_write (self, ok, local, error);
}

gboolean
df_store_delete_action (DfStore  *self,
                        gint64    id,
                        GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self, "DELETE FROM action_item WHERE id = ?1", &local);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = df_store_step_done (self, stmt, &local);
    }
  if (ok && sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The action no longer exists; someone may have deleted it."));
      ok = FALSE;
    }
  return df_followup_end_write (self, ok, local, error);
}

/* --- Follow-up at the next meeting ------------------------------------- */

gint64
df_store_find_next_meeting (DfStore  *self,
                            gint64    meeting_id,
                            GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 next = 0;
  int rc;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (!check_meeting_exists (self, meeting_id, NULL, error))
    return 0;
  /* A series is a kind of meeting, and a working group's meetings are a
   * series of their own. */
  stmt = df_store_prepare (self,
                           "SELECT n.id FROM meeting m JOIN meeting n ON n.kind = m.kind AND n.status <> 'cancelled'"
                           " AND (n.date, n.start_time, n.id) > (m.date, m.start_time, m.id)"
                           " AND coalesce((SELECT group_id FROM working_group_meeting WHERE meeting_id = n.id), 0)"
                           "   = coalesce((SELECT group_id FROM working_group_meeting WHERE meeting_id = m.id), 0)"
                           " WHERE m.id = ?1 ORDER BY n.date, n.start_time, n.id LIMIT 1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    next = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    df_store_set_sqlite_error (self, error, rc);
  return next;
}

/* The open actions of meeting @meeting_id and the meetings before it in
 * its series, one line each; NULL with @error when none are open. */
static char *
describe_open_actions (DfStore  *self,
                       gint64    meeting_id,
                       GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT a.description, coalesce(p.name, o.name, ''), coalesce(a.due_date, '')"
                                         " FROM meeting f JOIN meeting m ON m.kind = f.kind"
                                         " AND (m.date, m.start_time, m.id) <= (f.date, f.start_time, f.id)"
                                         " AND coalesce((SELECT group_id FROM working_group_meeting WHERE meeting_id = m.id), 0)"
                                         "   = coalesce((SELECT group_id FROM working_group_meeting WHERE meeting_id = f.id), 0)"
                                         " JOIN agenda_item i ON i.meeting_id = m.id"
                                         " JOIN action_item a ON a.agenda_item_id = i.id"
                                         " LEFT JOIN person p ON p.id = a.owner_person_id"
                                         " LEFT JOIN organisation o ON o.id = a.owner_organisation_id"
                                         " WHERE f.id = ?1 AND a.status = 'open'"
                                         " ORDER BY m.date, m.start_time, m.id, i.position, a.position, a.id", error);
  g_autoptr (GString) text = g_string_new (_("Actions still open:"));
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *due = df_stmt_text (stmt, 2);
      g_autofree char *due_day = df_date_iso_to_short (due);

      g_string_append_c (text, '\n');
      if (due[0] != '\0')
        /* TRANSLATORS: one open action in a list: what, who and by when. */
        g_string_append_printf (text, _("– %s (%s, due %s)"), df_stmt_text (stmt, 0), df_stmt_text (stmt, 1), due_day);
      else
        /* TRANSLATORS: one open action in a list: what and who. */
        g_string_append_printf (text, _("– %s (%s)"), df_stmt_text (stmt, 0), df_stmt_text (stmt, 1));
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  if (n == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("No action from this meeting or the ones before it is open: there is nothing to follow up."));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The next meeting's follow-up item, if it has one, from its agenda. */
static DfAgendaItem *
find_followup_item (DfStore  *self,
                    gint64    meeting_id,
                    GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT f.agenda_item_id FROM followup_item f"
                                         " JOIN agenda_item a ON a.id = f.agenda_item_id WHERE a.meeting_id = ?1", error);
  g_autoptr (GListModel) agenda = NULL;
  gint64 id = 0;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0 || (agenda = df_store_list_agenda (self, meeting_id, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, i);

      if (df_agenda_item_get_id (item) == id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* A new item, after the welcome when the agenda begins with one. */
static DfAgendaItem *
new_followup_item (DfStore     *self,
                   gint64       meeting_id,
                   const char  *description,
                   GError     **error)
{
  g_autoptr (GListModel) agenda = df_store_list_agenda (self, meeting_id, error);
  g_autoptr (DfAgendaItem) first = NULL;
  DfMeeting *meeting = df_store_find_meeting (self, meeting_id);

  if (agenda == NULL)
    return NULL;
  first = g_list_model_get_item (agenda, 0);
  return g_object_new (DF_TYPE_AGENDA_ITEM,
                       "meeting-id", meeting_id,
                       "position", first != NULL && g_str_equal (df_agenda_item_get_format (first), "welcome") ? 1 : 0,
                       "title", _("Follow-up from the last meeting"),
                       "format", "presentation",
                       "purpose", "information",
                       "duration", DF_FOLLOWUP_ITEM_DURATION,
                       "fixed-start", DF_NO_FIXED_START,
                       "responsible-id", meeting != NULL ? df_meeting_get_responsible_id (meeting) : (gint64) 0,
                       "description", description,
                       NULL);
}

/* @item with its list of open actions brought up to date. */
static DfAgendaItem *
updated_followup_item (DfAgendaItem *item,
                       const char   *description)
{
  return g_object_new (DF_TYPE_AGENDA_ITEM,
                       "id", df_agenda_item_get_id (item),
                       "meeting-id", df_agenda_item_get_meeting_id (item),
                       "title", df_agenda_item_get_title (item),
                       "format", df_agenda_item_get_format (item),
                       "purpose", df_agenda_item_get_purpose (item),
                       "duration", df_agenda_item_get_duration (item),
                       "fixed-start", df_agenda_item_get_fixed_start (item),
                       "responsible-id", df_agenda_item_get_responsible_id (item),
                       "description", description,
                       NULL);
}

gint64
df_store_add_followup_item (DfStore  *self,
                            gint64    from_meeting_id,
                            GError  **error)
{
  g_autoptr (DfAgendaItem) existing = NULL;
  g_autoptr (DfAgendaItem) item = NULL;
  g_autofree char *description = NULL;
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gint64 next, item_id = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  next = df_store_find_next_meeting (self, from_meeting_id, &local);
  if (next == 0)
    {
      if (local == NULL)
        g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                     _("There is no later meeting to follow up at; plan the next meeting first."));
      g_propagate_error (error, local);
      return 0;
    }
  if (!df_store_begin (self, error))
    return 0;
  description = describe_open_actions (self, from_meeting_id, &local);
  ok = description != NULL;
  if (ok)
    {
      existing = find_followup_item (self, next, &local);
      ok = local == NULL;
    }
  if (ok)
    {
      item = existing != NULL ? updated_followup_item (existing, description)
                              : new_followup_item (self, next, description, &local);
      ok = item != NULL && (item_id = df_store_save_agenda_item (self, item, &local)) != 0;
    }
  if (ok)
    {
      stmt = df_store_prepare (self,
                               "INSERT INTO followup_item (agenda_item_id, from_meeting_id) VALUES (?1, ?2)"
                               " ON CONFLICT (agenda_item_id) DO UPDATE SET from_meeting_id = excluded.from_meeting_id",
                               &local);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, item_id);
          sqlite3_bind_int64 (stmt, 2, from_meeting_id);
          ok = df_store_step_done (self, stmt, &local);
        }
    }
  if (!df_followup_end_write (self, ok, local, error))
    {
      df_followup_resync_meetings (self, next);
      return 0;
    }
  return item_id;
}
