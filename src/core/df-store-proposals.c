/* df-store-proposals.c: the members' proposals for the agenda.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-meetings.h"
#include "df-store-followup-private.h"

static char *
status_text (const char *status,
             int         item_number,
             const char *item_date,
             const char *deferred_date,
             const char *reason)
{
  g_autofree char *item_day = df_date_iso_to_short (item_date);
  g_autofree char *deferred_day = df_date_iso_to_short (deferred_date);

  if (g_str_equal (status, "on-agenda"))
    /* TRANSLATORS: a proposal's status: the item's number and the date of
     * the meeting whose agenda it is on. */
    return g_strdup_printf (_("On the agenda: item %d, %s"), item_number, item_day);
  if (g_str_equal (status, "deferred") && deferred_day[0] != '\0')
    /* TRANSLATORS: a proposal's status: the date of the meeting it is
     * deferred to. */
    return g_strdup_printf (_("Deferred to %s"), deferred_day);
  if (g_str_equal (status, "declined") && reason[0] != '\0')
    /* TRANSLATORS: a proposal's status and the reason it was declined. */
    return g_strdup_printf (_("Declined: %s"), reason);
  return g_strdup (df_proposal_status_label (status));
}

gboolean
df_store_reload_proposals (DfStore  *self,
                           GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT p.id, p.proposer_id, pe.name, p.received, p.title, p.description,"
                                         " coalesce(p.meeting_id, 0), coalesce(m.date, ''), coalesce(m.title, ''),"
                                         " coalesce(m.proposal_deadline, ''), p.status, coalesce(p.agenda_item_id, 0),"
                                         " coalesce(ai.position, 0), coalesce(am.date, ''), coalesce(p.deferred_to_id, 0),"
                                         " coalesce(dm.date, ''), p.reason"
                                         " FROM proposal p JOIN person pe ON pe.id = p.proposer_id"
                                         " LEFT JOIN meeting m ON m.id = p.meeting_id"
                                         " LEFT JOIN agenda_item ai ON ai.id = p.agenda_item_id"
                                         " LEFT JOIN meeting am ON am.id = ai.meeting_id"
                                         " LEFT JOIN meeting dm ON dm.id = p.deferred_to_id"
                                         " ORDER BY p.received DESC, p.id DESC", error);
  GPtrArray *fresh;
  int rc;

  if (stmt == NULL)
    return FALSE;
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *received = df_stmt_text (stmt, 3);
      const char *deadline = df_stmt_text (stmt, 9);
      const char *status = df_stmt_text (stmt, 10);
      gint64 meeting_id = sqlite3_column_int64 (stmt, 6);
      g_autofree char *received_text = df_date_iso_to_short (received);
      g_autofree char *meeting_text = meeting_id != 0 ? df_followup_meeting_text (df_stmt_text (stmt, 7),
                                                                                  df_stmt_text (stmt, 8))
                                                      : g_strdup ("");
      g_autofree char *state = status_text (status, sqlite3_column_int (stmt, 12) + 1, df_stmt_text (stmt, 13),
                                            df_stmt_text (stmt, 15), df_stmt_text (stmt, 16));
      g_autofree char *search = g_strdup_printf ("%s %s", df_stmt_text (stmt, 4), df_stmt_text (stmt, 2));
      g_autofree char *folded = g_utf8_casefold (search, -1);
      /* ISO dates compare as text. */
      gboolean late = deadline[0] != '\0' && g_strcmp0 (received, deadline) > 0;

      g_ptr_array_add (fresh, g_object_new (DF_TYPE_PROPOSAL,
                                            "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                            "proposer-id", (gint64) sqlite3_column_int64 (stmt, 1),
                                            "proposer-name", df_stmt_text (stmt, 2),
                                            "received", received,
                                            "received-text", received_text,
                                            "title", df_stmt_text (stmt, 4),
                                            "description", df_stmt_text (stmt, 5),
                                            "meeting-id", meeting_id,
                                            "meeting-text", meeting_text,
                                            "deadline", deadline,
                                            "late", late,
                                            "late-text", late ? _("after the deadline") : "",
                                            "status", status,
                                            "status-label", df_proposal_status_label (status),
                                            "agenda-item-id", (gint64) sqlite3_column_int64 (stmt, 11),
                                            "deferred-to-id", (gint64) sqlite3_column_int64 (stmt, 14),
                                            "reason", df_stmt_text (stmt, 16),
                                            "status-text", state,
                                            "search-text", folded,
                                            NULL));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  df_list_store_sync (df_store_model (self, "proposals", DF_TYPE_PROPOSAL), fresh);
  return TRUE;
}

GListModel *
df_store_list_proposals (DfStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!df_followup_ensure_loaded (self, "proposals", df_store_reload_proposals, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "proposals", DF_TYPE_PROPOSAL)));
}

DfProposal *
df_store_find_proposal (DfStore *self,
                        gint64   id)
{
  GListModel *proposals;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!df_followup_ensure_loaded (self, "proposals", df_store_reload_proposals, NULL))
    return NULL;
  proposals = G_LIST_MODEL (df_store_model (self, "proposals", DF_TYPE_PROPOSAL));
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr (DfProposal) proposal = g_list_model_get_item (proposals, i);

      /* The list holds a reference as long as the store lives. */
      if (df_proposal_get_id (proposal) == id)
        return proposal;
    }
  return NULL;
}

/* --- Writing ----------------------------------------------------------- */

static gboolean
validate_status (const char  *status,
                 gint64       agenda_item_id,
                 gint64       deferred_to_id,
                 const char  *reason,
                 GError     **error)
{
  if (status == NULL || !g_strv_contains (df_proposal_statuses (), status))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Status: “%s” is not a status of a proposal."), status != NULL ? status : "");
      return FALSE;
    }
  if (g_str_equal (status, "on-agenda") && agenda_item_id == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Status: a proposal is put on an agenda by making an agenda item of it."));
      return FALSE;
    }
  if (g_str_equal (status, "deferred") && deferred_to_id == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Deferred to: choose the meeting the proposal is deferred to."));
      return FALSE;
    }
  if (g_str_equal (status, "declined") && df_text_is_blank (reason))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Reason: say why the proposal is declined; the proposer will ask."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_proposal (DfProposal  *proposal,
                   GError     **error)
{
  if (df_text_is_blank (df_proposal_get_title (proposal)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Title: a title is required."));
      return FALSE;
    }
  if (df_proposal_get_proposer_id (proposal) == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Proposed by: choose the member who proposed it."));
      return FALSE;
    }
  return df_followup_check_date (df_proposal_get_received (proposal), FALSE, _("Received"), error) &&
         validate_status (df_proposal_get_status (proposal), df_proposal_get_agenda_item_id (proposal),
                          df_proposal_get_deferred_to_id (proposal), df_proposal_get_reason (proposal), error);
}

/* A foreign key of a proposal that fails: which one, in words. */
static void
set_reference_error (DfStore     *self,
                     DfProposal  *proposal,
                     GError     **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT (SELECT count(*) FROM person WHERE id = ?1),"
                                         " ?2 = 0 OR (SELECT count(*) FROM meeting WHERE id = ?2),"
                                         " ?3 = 0 OR (SELECT count(*) FROM agenda_item WHERE id = ?3)", NULL);
  const char *message = _("Deferred to: the meeting chosen no longer exists.");

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, df_proposal_get_proposer_id (proposal));
      sqlite3_bind_int64 (stmt, 2, df_proposal_get_meeting_id (proposal));
      sqlite3_bind_int64 (stmt, 3, df_proposal_get_agenda_item_id (proposal));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          if (sqlite3_column_int (stmt, 0) == 0)
            message = _("Proposed by: the person chosen no longer exists.");
          else if (sqlite3_column_int (stmt, 1) == 0)
            message = _("Meeting: the meeting chosen no longer exists.");
          else if (sqlite3_column_int (stmt, 2) == 0)
            message = _("The agenda item no longer exists; someone may have removed it.");
        }
      sqlite3_reset (stmt);
    }
  g_set_error_literal (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM, message);
}

static gboolean
write_proposal (DfStore     *self,
                DfProposal  *proposal,
                gint64      *id,
                GError     **error)
{
  g_autoptr (GError) local = NULL;
  const char *status = df_proposal_get_status (proposal);
  sqlite3_stmt *stmt;

  if (*id == 0)
    stmt = df_store_prepare (self,
                             "INSERT INTO proposal (proposer_id, received, title, description, meeting_id, status,"
                             " agenda_item_id, deferred_to_id, reason)"
                             " VALUES (?2, ?3, trim(?4), ?5, nullif(?6, 0), ?7, nullif(?8, 0), nullif(?9, 0), trim(?10))",
                             error);
  else
    stmt = df_store_prepare (self,
                             "UPDATE proposal SET proposer_id = ?2, received = ?3, title = trim(?4), description = ?5,"
                             " meeting_id = nullif(?6, 0), status = ?7, agenda_item_id = nullif(?8, 0),"
                             " deferred_to_id = nullif(?9, 0), reason = trim(?10) WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *id);
  sqlite3_bind_int64 (stmt, 2, df_proposal_get_proposer_id (proposal));
  sqlite3_bind_text (stmt, 3, df_proposal_get_received (proposal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, df_proposal_get_title (proposal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, df_proposal_get_description (proposal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, df_proposal_get_meeting_id (proposal));
  sqlite3_bind_text (stmt, 7, status, -1, SQLITE_TRANSIENT);
  /* Only the detail of the status it has is kept. */
  sqlite3_bind_int64 (stmt, 8, g_str_equal (status, "on-agenda") ? df_proposal_get_agenda_item_id (proposal) : 0);
  sqlite3_bind_int64 (stmt, 9, g_str_equal (status, "deferred") ? df_proposal_get_deferred_to_id (proposal) : 0);
  sqlite3_bind_text (stmt, 10, g_str_equal (status, "declined") ? df_proposal_get_reason (proposal) : "",
                     -1, SQLITE_TRANSIENT);
  if (!df_store_step_done (self, stmt, &local))
    {
      if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
        set_reference_error (self, proposal, error);
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (*id == 0)
    *id = sqlite3_last_insert_rowid (df_store_get_db (self));
  else if (sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The proposal no longer exists; someone may have deleted it."));
      return FALSE;
    }
  return TRUE;
}

gint64
df_store_save_proposal (DfStore     *self,
                        DfProposal  *proposal,
                        GError     **error)
{
  GError *local = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (DF_IS_PROPOSAL (proposal), 0);

  if (!validate_proposal (proposal, error) || !df_store_begin (self, error))
    return 0;
  id = df_proposal_get_id (proposal);
  ok = write_proposal (self, proposal, &id, &local);
  return df_followup_end_write (self, ok, local, error) ? id : 0;
}

/* The proposal as it is in the database, for a write that changes part
 * of it. */
static DfProposal *
read_proposal (DfStore  *self,
               gint64    id,
               GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT proposer_id, received, title, description, coalesce(meeting_id, 0),"
                                         " status, coalesce(agenda_item_id, 0), coalesce(deferred_to_id, 0), reason"
                                         " FROM proposal WHERE id = ?1", error);
  DfProposal *proposal = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    proposal = g_object_new (DF_TYPE_PROPOSAL,
                             "id", id,
                             "proposer-id", (gint64) sqlite3_column_int64 (stmt, 0),
                             "received", df_stmt_text (stmt, 1),
                             "title", df_stmt_text (stmt, 2),
                             "description", df_stmt_text (stmt, 3),
                             "meeting-id", (gint64) sqlite3_column_int64 (stmt, 4),
                             "status", df_stmt_text (stmt, 5),
                             "agenda-item-id", (gint64) sqlite3_column_int64 (stmt, 6),
                             "deferred-to-id", (gint64) sqlite3_column_int64 (stmt, 7),
                             "reason", df_stmt_text (stmt, 8),
                             NULL);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("The proposal no longer exists; someone may have deleted it."));
  else if (rc != SQLITE_ROW)
    df_store_set_sqlite_error (self, error, rc);
  return proposal;
}

gboolean
df_store_set_proposal_status (DfStore     *self,
                              gint64       id,
                              const char  *status,
                              gint64       deferred_to_id,
                              const char  *reason,
                              GError     **error)
{
  g_autoptr (DfProposal) proposal = NULL;
  GError *local = NULL;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (g_strcmp0 (status, "on-agenda") == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Status: a proposal is put on an agenda by making an agenda item of it."));
      return FALSE;
    }
  if (!validate_status (status, 0, deferred_to_id, reason, error) || !df_store_begin (self, error))
    return FALSE;
  proposal = read_proposal (self, id, &local);
  ok = proposal != NULL;
  if (ok)
    {
      g_object_set (proposal,
                    "status", status,
                    "agenda-item-id", (gint64) 0,
                    "deferred-to-id", deferred_to_id,
                    "reason", reason != NULL ? reason : "",
                    NULL);
      ok = write_proposal (self, proposal, &id, &local);
    }
  return df_followup_end_write (self, ok, local, error);
}

/* Refuses a meeting whose agenda is no longer being made. */
static gboolean
check_meeting_open (DfStore  *self,
                    gint64    meeting_id,
                    GError  **error)
{
  DfMeeting *meeting = df_store_find_meeting (self, meeting_id);
  g_autofree char *status_label = NULL;
  const char *status;

  if (meeting == NULL)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("Meeting: the meeting chosen no longer exists."));
      return FALSE;
    }
  status = df_meeting_get_status (meeting);
  if (g_str_equal (status, "held") || g_str_equal (status, "cancelled"))
    {
      g_autofree char *day = df_date_iso_to_short (df_meeting_get_date (meeting));

      status_label = g_utf8_strdown (df_meeting_get_status_label (meeting), -1);
      /* TRANSLATORS: the meeting's date, then its status ("held",
       * "cancelled") in the user's words. */
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Meeting: the meeting on %s is %s; choose a coming meeting."),
                   day, status_label);
      return FALSE;
    }
  return TRUE;
}

gint64
df_store_put_proposal_on_agenda (DfStore     *self,
                                 gint64       id,
                                 gint64       meeting_id,
                                 int          duration,
                                 GError     **error)
{
  g_autoptr (DfProposal) proposal = NULL;
  g_autoptr (DfAgendaItem) item = NULL;
  GError *local = NULL;
  gint64 item_id = 0, proposer = 0;
  gboolean ok, touched_agenda = FALSE;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (duration <= 0)
    duration = DF_PROPOSAL_DEFAULT_DURATION;
  if (!check_meeting_open (self, meeting_id, error) || !df_store_begin (self, error))
    return 0;
  proposal = read_proposal (self, id, &local);
  ok = proposal != NULL;
  if (ok && g_str_equal (df_proposal_get_status (proposal), "on-agenda"))
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("“%s” is on an agenda already."), df_proposal_get_title (proposal));
      ok = FALSE;
    }
  if (ok)
    {
      proposer = df_proposal_get_proposer_id (proposal);
      /* Appended: the meeting's editor puts it in its place. */
      item = g_object_new (DF_TYPE_AGENDA_ITEM,
                           "meeting-id", meeting_id,
                           "position", G_MAXINT,
                           "title", df_proposal_get_title (proposal),
                           "format", "discussion",
                           "purpose", "discussion",
                           "duration", duration,
                           "fixed-start", DF_NO_FIXED_START,
                           "description", df_proposal_get_description (proposal),
                           NULL);
      touched_agenda = TRUE;
      item_id = df_store_save_agenda_item (self, item, &local);
      ok = item_id != 0 && df_store_set_presenters (self, item_id, &proposer, 1, &local);
    }
  if (ok)
    {
      g_object_set (proposal,
                    "status", "on-agenda",
                    "agenda-item-id", item_id,
                    "meeting-id", meeting_id,
                    NULL);
      ok = write_proposal (self, proposal, &id, &local);
    }
  if (!df_followup_end_write (self, ok, local, error))
    {
      if (touched_agenda)
        df_followup_resync_meetings (self, meeting_id);
      return 0;
    }
  return item_id;
}

gboolean
df_store_delete_proposal (DfStore  *self,
                          gint64    id,
                          GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self, "DELETE FROM proposal WHERE id = ?1", &local);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = df_store_step_done (self, stmt, &local);
    }
  if (ok && sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The proposal no longer exists; someone may have deleted it."));
      ok = FALSE;
    }
  return df_followup_end_write (self, ok, local, error);
}
