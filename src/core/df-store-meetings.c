/* df-store-meetings.c: meetings, agendas, presenters and attachments.
 *
 * Each public call is one transaction. After a write the store reads
 * the meeting list, the meeting's agenda (with its times computed anew)
 * and its attachments (numbered anew) again, so that every view follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-agenda-timing.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-person.h"
#include "dialogforum/df-store-meetings.h"
#include "df-store-private.h"

typedef struct
{
  gint64  id;
  int     position;
  char   *title;
  char   *file_name;
  char   *content_type;
  char   *added_at;
  GBytes *data;
} RemovedAttachment;

/* An action agreed under the item, as its row was. */
typedef struct
{
  gint64  id;
  int     position;
  char   *description;
  gint64  owner_person_id;
  gint64  owner_organisation_id;
  gint64  working_group_id;
  char   *due_date;
  char   *status;
} RemovedAction;

/* What the item's removal takes with it, by the schema's cascades and
 * triggers: all of it goes back with the undo. */
struct _DfRemovedAgendaItem
{
  DfAgendaItem *item;          /* as it was, with its id and position */
  GArray       *presenters;    /* gint64 person ids, in order */
  GPtrArray    *attachments;   /* RemovedAttachment */
  GArray       *guests;        /* gint64 participant ids */
  gboolean      has_minutes;
  char         *summary;       /* what the minutes say of it */
  char         *decisions;
  GPtrArray    *actions;       /* RemovedAction */
  GArray       *proposals;     /* gint64 ids of the proposals it put on the agenda */
  gint64        followup_from; /* the meeting it follows up; 0 when none */
};

static void
removed_attachment_free (RemovedAttachment *attachment)
{
  g_free (attachment->title);
  g_free (attachment->file_name);
  g_free (attachment->content_type);
  g_free (attachment->added_at);
  g_bytes_unref (attachment->data);
  g_free (attachment);
}

static void
removed_action_free (RemovedAction *action)
{
  g_free (action->description);
  g_free (action->due_date);
  g_free (action->status);
  g_free (action);
}

void
df_removed_agenda_item_free (DfRemovedAgendaItem *removed)
{
  if (removed == NULL)
    return;
  g_clear_object (&removed->item);
  g_array_unref (removed->presenters);
  g_ptr_array_unref (removed->attachments);
  g_array_unref (removed->guests);
  g_free (removed->summary);
  g_free (removed->decisions);
  g_ptr_array_unref (removed->actions);
  g_array_unref (removed->proposals);
  g_free (removed);
}

const char *
df_removed_agenda_item_get_title (DfRemovedAgendaItem *removed)
{
  g_return_val_if_fail (removed != NULL, NULL);
  return df_agenda_item_get_title (removed->item);
}

/* --- The live lists ---------------------------------------------------- */

static GListStore *
agenda_model (DfStore *self,
              gint64   meeting_id)
{
  g_autofree char *name = g_strdup_printf ("agenda:%" G_GINT64_FORMAT, meeting_id);

  return df_store_model (self, name, DF_TYPE_AGENDA_ITEM);
}

static GListStore *
attachments_model (DfStore *self,
                   gint64   meeting_id)
{
  g_autofree char *name = g_strdup_printf ("attachments:%" G_GINT64_FORMAT, meeting_id);

  return df_store_model (self, name, DF_TYPE_ATTACHMENT);
}

/* The durations of every agenda, by meeting id, for the meeting list's
 * timing column; the titles live in @titles. */
static GHashTable *
load_all_timing_requests (DfStore       *self,
                          GStringChunk  *titles,
                          GError       **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT meeting_id, title, duration, coalesce(fixed_start, -1)"
                                         " FROM agenda_item ORDER BY meeting_id, position", error);
  GHashTable *by_meeting;
  int rc;

  if (stmt == NULL)
    return NULL;
  by_meeting = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 meeting_id = sqlite3_column_int64 (stmt, 0);
      GArray *requests = g_hash_table_lookup (by_meeting, &meeting_id);
      DfTimingRequest request;

      if (requests == NULL)
        {
          requests = g_array_new (FALSE, FALSE, sizeof (DfTimingRequest));
          g_hash_table_insert (by_meeting, g_memdup2 (&meeting_id, sizeof meeting_id), requests);
        }
      request.title = g_string_chunk_insert (titles, df_stmt_text (stmt, 1));
      request.duration = sqlite3_column_int (stmt, 2);
      request.fixed_start = sqlite3_column_int (stmt, 3);
      g_array_append_val (requests, request);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_hash_table_unref (by_meeting);
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  return by_meeting;
}

static char *
summarise_timing (GArray *requests,
                  int     start,
                  int     planned_end,
                  int    *agenda_end)
{
  guint n = requests != NULL ? requests->len : 0;
  g_autofree DfTimingSlot *slots = g_new0 (DfTimingSlot, MAX (n, 1));
  g_autoptr (GError) error = NULL;

  *agenda_end = start;
  /* Only a file written by another program can hold an agenda past
   * midnight; the list then says so instead of a summary. */
  if (!df_agenda_timing_compute (start, planned_end, n > 0 ? (DfTimingRequest *) requests->data : NULL,
                                 n, slots, agenda_end, &error))
    return g_strdup (error->message);
  return df_agenda_timing_summary (slots, n, *agenda_end, planned_end);
}

static gboolean
reload_meetings (DfStore  *self,
                 GError  **error)
{
  sqlite3_stmt *stmt;
  g_autoptr (GStringChunk) titles = g_string_chunk_new (1024);
  g_autoptr (GHashTable) requests = load_all_timing_requests (self, titles, error);
  GPtrArray *fresh;
  int rc;

  if (requests == NULL)
    return FALSE;
  stmt = df_store_prepare (self,
                           "SELECT m.id, m.title, m.kind, m.date, m.start_time, m.end_time, m.full_day,"
                           " m.venue_name, m.venue_address, m.online_link, m.status, m.marking,"
                           " coalesce(m.responsible_id, 0), coalesce(p.name, ''), coalesce(m.proposal_deadline, ''),"
                           " m.notes"
                           " FROM meeting m LEFT JOIN person p ON p.id = m.responsible_id"
                           " ORDER BY m.date, m.start_time, m.id", error);
  if (stmt == NULL)
    return FALSE;
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *kind = df_stmt_text (stmt, 2);
      const char *date = df_stmt_text (stmt, 3);
      const char *status = df_stmt_text (stmt, 10);
      int start = sqlite3_column_int (stmt, 4);
      int end = sqlite3_column_int (stmt, 5);
      int agenda_end;
      g_autofree char *date_text = df_date_iso_to_long (date);
      g_autofree char *time_text = df_time_format_span (start, end);
      g_autofree char *note = summarise_timing (g_hash_table_lookup (requests, &id), start, end, &agenda_end);
      GDate parsed;

      g_date_clear (&parsed, 1);
      g_ptr_array_add (fresh, g_object_new (DF_TYPE_MEETING,
                                            "id", id,
                                            "title", df_stmt_text (stmt, 1),
                                            "kind", kind,
                                            "date", date,
                                            "start-time", start,
                                            "end-time", end,
                                            "full-day", sqlite3_column_int (stmt, 6) != 0,
                                            "venue-name", df_stmt_text (stmt, 7),
                                            "venue-address", df_stmt_text (stmt, 8),
                                            "online-link", df_stmt_text (stmt, 9),
                                            "status", status,
                                            "marking", df_stmt_text (stmt, 11),
                                            "responsible-id", (gint64) sqlite3_column_int64 (stmt, 12),
                                            "responsible-name", df_stmt_text (stmt, 13),
                                            "proposal-deadline", df_stmt_text (stmt, 14),
                                            "notes", df_stmt_text (stmt, 15),
                                            "year", df_date_parse_iso (date, &parsed) ? (int) g_date_get_year (&parsed) : 0,
                                            "date-text", date_text,
                                            "time-text", time_text,
                                            "kind-label", df_meeting_kind_label (kind),
                                            "status-label", df_meeting_status_label (status),
                                            "agenda-end", agenda_end,
                                            "timing-note", note,
                                            NULL));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  df_list_store_sync (df_store_model (self, "meetings", DF_TYPE_MEETING), fresh);
  df_store_model_read_now (self, "meetings");
  return TRUE;
}

/* Steps @stmt, bound to look up one row by id, onto that row; when there
 * is none, resets it and fails with @missing, the words for what is gone.
 * The caller reads the row's columns, then resets @stmt. */
static gboolean
step_to_row (DfStore       *self,
             sqlite3_stmt  *stmt,
             const char    *missing,
             GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM, missing);
  else
    df_store_set_sqlite_error (self, error, rc);
  return FALSE;
}

static gboolean
read_meeting_times (DfStore  *self,
                    gint64    meeting_id,
                    int      *start,
                    int      *end,
                    GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, "SELECT start_time, end_time FROM meeting WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!step_to_row (self, stmt, _("The meeting no longer exists; someone may have deleted it."), error))
    return FALSE;
  *start = sqlite3_column_int (stmt, 0);
  *end = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Gives each item its times and says what is wrong with them. */
static void
apply_timing (GPtrArray *items,
              int        start,
              int        planned_end)
{
  g_autofree DfTimingRequest *requests = g_new0 (DfTimingRequest, MAX (items->len, 1));
  g_autofree DfTimingSlot *slots = g_new0 (DfTimingSlot, MAX (items->len, 1));
  g_autoptr (GError) error = NULL;
  gboolean fits;

  for (guint i = 0; i < items->len; i++)
    {
      DfAgendaItem *item = g_ptr_array_index (items, i);

      requests[i].title = df_agenda_item_get_title (item);
      requests[i].duration = df_agenda_item_get_duration (item);
      requests[i].fixed_start = df_agenda_item_get_fixed_start (item);
    }
  fits = df_agenda_timing_compute (start, planned_end, requests, items->len, slots, NULL, &error);
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *note = fits ? df_agenda_timing_describe (&slots[i], requests[i].fixed_start, planned_end)
                                   : g_strdup (error->message);

      g_object_set (g_ptr_array_index (items, i),
                    "start", slots[i].start,
                    "end", slots[i].end,
                    "late", slots[i].late,
                    "past-end", slots[i].past_end,
                    "timing-note", note,
                    NULL);
    }
}

static gboolean
reload_agenda (DfStore  *self,
               gint64    meeting_id,
               GError  **error)
{
  g_autoptr (GError) missing = NULL;
  sqlite3_stmt *stmt;
  GPtrArray *fresh;
  int start = 0, end = 0, numbered = 0, rc;

  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  if (!read_meeting_times (self, meeting_id, &start, &end, &missing))
    {
      if (!g_error_matches (missing, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM))
        {
          g_ptr_array_unref (fresh);
          g_propagate_error (error, g_steal_pointer (&missing));
          return FALSE;
        }
      /* A deleted meeting has an empty agenda. */
      df_list_store_sync (agenda_model (self, meeting_id), fresh);
      return TRUE;
    }

  stmt = df_store_prepare (self,
                           "SELECT a.id, a.position, a.title, a.format, a.purpose, a.duration,"
                           " coalesce(a.fixed_start, -1), coalesce(a.responsible_id, 0), coalesce(p.name, ''),"
                           " a.description,"
                           " (SELECT group_concat(name, ', ') FROM"
                           "   (SELECT pp.name FROM agenda_item_presenter ap JOIN person pp ON pp.id = ap.person_id"
                           "    WHERE ap.agenda_item_id = a.id ORDER BY ap.position)),"
                           " (SELECT count(*) FROM attachment t WHERE t.agenda_item_id = a.id)"
                           " FROM agenda_item a LEFT JOIN person p ON p.id = a.responsible_id"
                           " WHERE a.meeting_id = ?1 ORDER BY a.position", error);
  if (stmt == NULL)
    {
      g_ptr_array_unref (fresh);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n_attachments = sqlite3_column_int (stmt, 11);
      g_autoptr (GString) attachments = g_string_new (NULL);

      for (int i = 0; i < n_attachments; i++)
        {
          if (i > 0)
            g_string_append (attachments, ", ");
          g_string_append_printf (attachments, _("Attachment %d"), ++numbered);
        }
      g_ptr_array_add (fresh, g_object_new (DF_TYPE_AGENDA_ITEM,
                                            "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                            "meeting-id", meeting_id,
                                            "position", sqlite3_column_int (stmt, 1),
                                            "title", df_stmt_text (stmt, 2),
                                            "format", df_stmt_text (stmt, 3),
                                            "purpose", df_stmt_text (stmt, 4),
                                            "duration", sqlite3_column_int (stmt, 5),
                                            "fixed-start", sqlite3_column_int (stmt, 6),
                                            "responsible-id", (gint64) sqlite3_column_int64 (stmt, 7),
                                            "responsible-name", df_stmt_text (stmt, 8),
                                            "description", df_stmt_text (stmt, 9),
                                            "presenters-text", df_stmt_text (stmt, 10),
                                            "attachments-text", attachments->str,
                                            NULL));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  apply_timing (fresh, start, end);
  df_list_store_sync (agenda_model (self, meeting_id), fresh);
  return TRUE;
}

static gboolean
reload_attachments (DfStore  *self,
                    gint64    meeting_id,
                    GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT t.id, t.agenda_item_id, t.title, t.file_name, t.content_type,"
                                         " length(t.data)"
                                         " FROM attachment t JOIN agenda_item a ON a.id = t.agenda_item_id"
                                         " WHERE a.meeting_id = ?1 ORDER BY a.position, t.position, t.id", error);
  GPtrArray *fresh;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (fresh, g_object_new (DF_TYPE_ATTACHMENT,
                                          "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                          "agenda-item-id", (gint64) sqlite3_column_int64 (stmt, 1),
                                          "meeting-id", meeting_id,
                                          "number", (int) fresh->len + 1,
                                          "title", df_stmt_text (stmt, 2),
                                          "file-name", df_stmt_text (stmt, 3),
                                          "content-type", df_stmt_text (stmt, 4),
                                          "size", (gint64) sqlite3_column_int64 (stmt, 5),
                                          NULL));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  df_list_store_sync (attachments_model (self, meeting_id), fresh);
  return TRUE;
}

static void
refresh (DfStore *self,
         gint64   meeting_id)
{
  g_autoptr (GError) error = NULL;

  if (!reload_meetings (self, &error) ||
      !reload_agenda (self, meeting_id, &error) ||
      !reload_attachments (self, meeting_id, &error))
    g_warning ("The meetings could not be read again: %s", error->message);
}

GListModel *
df_store_list_meetings (DfStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  /* The list depends on the rows alone: read again only when a row has
   * been written since, here or by another program. */
  if (!df_store_model_is_current (self, "meetings") && !reload_meetings (self, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "meetings", DF_TYPE_MEETING)));
}

DfMeeting *
df_store_find_meeting (DfStore *self,
                       gint64   id)
{
  GListModel *meetings;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  meetings = G_LIST_MODEL (df_store_model (self, "meetings", DF_TYPE_MEETING));
  if (g_list_model_get_n_items (meetings) == 0)
    reload_meetings (self, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      /* The list holds a reference as long as the store lives. */
      if (df_meeting_get_id (meeting) == id)
        return meeting;
    }
  return NULL;
}

GListModel *
df_store_list_agenda (DfStore  *self,
                      gint64    meeting_id,
                      GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!reload_agenda (self, meeting_id, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (agenda_model (self, meeting_id)));
}

GListModel *
df_store_list_attachments (DfStore  *self,
                           gint64    meeting_id,
                           GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!reload_attachments (self, meeting_id, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (attachments_model (self, meeting_id)));
}

/* --- Writing: what every write shares ---------------------------------- */

/* Ends a write to meeting @meeting_id's parts: commits when @ok and tells
 * the views, else rolls back and hands @cause on. */
static gboolean
end_write (DfStore   *self,
           gint64     meeting_id,
           gboolean   ok,
           GError    *cause,
           GError   **error)
{
  if (!ok)
    return df_store_fail (self, error, cause);
  if (!df_store_commit (self, error))
    return FALSE;
  refresh (self, meeting_id);
  df_store_emit_changed (self, "meetings");
  /* A guest's stay may follow the items' times. */
  df_store_participants_changed (self);
  return TRUE;
}

/* Runs @stmt; a foreign key that fails means the person chosen is gone. */
static gboolean
step_naming_person (DfStore       *self,
                    sqlite3_stmt  *stmt,
                    const char    *field,
                    GError       **error)
{
  g_autoptr (GError) local = NULL;

  if (df_store_step_done (self, stmt, &local))
    return TRUE;
  if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("%s: the person chosen no longer exists."), field);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

DfTimingSlot *
df_store_time_agenda (DfStore   *self,
                      gint64     meeting_id,
                      GArray   **item_ids,
                      GError   **error)
{
  sqlite3_stmt *stmt;
  g_autoptr (GArray) requests = g_array_new (FALSE, FALSE, sizeof (DfTimingRequest));
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GStringChunk) titles = g_string_chunk_new (256);
  g_autofree DfTimingSlot *slots = NULL;
  int start, end, rc;

  if (!read_meeting_times (self, meeting_id, &start, &end, error))
    return NULL;
  stmt = df_store_prepare (self,
                           "SELECT id, title, duration, coalesce(fixed_start, -1) FROM agenda_item"
                           " WHERE meeting_id = ?1 ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DfTimingRequest request = {
        g_string_chunk_insert (titles, df_stmt_text (stmt, 1)),
        sqlite3_column_int (stmt, 2),
        sqlite3_column_int (stmt, 3),
      };

      g_array_append_val (ids, id);
      g_array_append_val (requests, request);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  slots = g_new0 (DfTimingSlot, MAX (requests->len, 1));
  if (!df_agenda_timing_compute (start, end, (DfTimingRequest *) requests->data, requests->len,
                                 slots, NULL, error))
    return NULL;
  if (item_ids != NULL)
    *item_ids = g_steal_pointer (&ids);
  return g_steal_pointer (&slots);
}

/* Refuses an agenda that no longer fits its day. */
static gboolean
check_agenda_fits (DfStore  *self,
                   gint64    meeting_id,
                   GError  **error)
{
  g_autofree DfTimingSlot *slots = df_store_time_agenda (self, meeting_id, NULL, error);

  return slots != NULL;
}

/* --- Meetings ---------------------------------------------------------- */

static gboolean
validate_meeting (DfMeeting  *meeting,
                  GError    **error)
{
  const char *deadline = df_meeting_get_proposal_deadline (meeting);
  const char *link = df_meeting_get_online_link (meeting);
  int start = df_meeting_get_start_time (meeting);
  int end = df_meeting_get_end_time (meeting);
  GDate date;

  g_date_clear (&date, 1);
  if (df_text_is_blank (df_meeting_get_title (meeting)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Title: a title is required."));
      return FALSE;
    }
  if (!g_strv_contains (df_meeting_kinds (), df_meeting_get_kind (meeting)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Kind: “%s” is not a kind of meeting."), df_meeting_get_kind (meeting));
      return FALSE;
    }
  if (!df_date_parse_iso (df_meeting_get_date (meeting), &date))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Date: “%s” is not a date (YYYY-MM-DD)."), df_meeting_get_date (meeting));
      return FALSE;
    }
  if (start < 0 || start >= DF_MINUTES_PER_DAY || end <= start || end > DF_MINUTES_PER_DAY)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Time: the meeting must end after it begins, and by midnight."));
      return FALSE;
    }
  if (!g_strv_contains (df_meeting_statuses (), df_meeting_get_status (meeting)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Status: “%s” is not a status of a meeting."), df_meeting_get_status (meeting));
      return FALSE;
    }
  if (df_text_is_blank (df_meeting_get_marking (meeting)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Marking: a marking for the meeting’s papers, such as FORTROLIGT, is required."));
      return FALSE;
    }
  if (link[0] != '\0' &&
      !((g_str_has_prefix (link, "https://") || g_str_has_prefix (link, "http://")) &&
        g_uri_is_valid (link, G_URI_FLAGS_NONE, NULL)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Online link: “%s” is not a web address (https://…)."), link);
      return FALSE;
    }
  if (deadline[0] != '\0')
    {
      GDate parsed;

      g_date_clear (&parsed, 1);
      if (!df_date_parse_iso (deadline, &parsed))
        {
          g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                       _("Deadline for proposals: “%s” is not a date (YYYY-MM-DD)."), deadline);
          return FALSE;
        }
      if (g_date_compare (&parsed, &date) > 0)
        {
          g_autofree char *deadline_text = df_date_format_short (&parsed);
          g_autofree char *date_text = df_date_format_short (&date);

          g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                       _("Deadline for proposals: the deadline (%s) must not be after the meeting (%s)."),
                       deadline_text, date_text);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_meeting (DfStore    *self,
               DfMeeting  *meeting,
               gint64     *id,
               GError    **error)
{
  sqlite3_stmt *stmt;

  if (*id == 0)
    stmt = df_store_prepare (self,
                             "INSERT INTO meeting (title, kind, date, start_time, end_time, full_day, venue_name,"
                             " venue_address, online_link, status, marking, responsible_id, proposal_deadline, notes)"
                             " VALUES (trim(?2), ?3, ?4, ?5, ?6, ?7, trim(?8), trim(?9), trim(?10), ?11, trim(?12),"
                             " nullif(?13, 0), nullif(?14, ''), ?15)", error);
  else
    stmt = df_store_prepare (self,
                             "UPDATE meeting SET title = trim(?2), kind = ?3, date = ?4, start_time = ?5,"
                             " end_time = ?6, full_day = ?7, venue_name = trim(?8), venue_address = trim(?9),"
                             " online_link = trim(?10), status = ?11, marking = trim(?12),"
                             " responsible_id = nullif(?13, 0), proposal_deadline = nullif(?14, ''), notes = ?15"
                             " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *id);
  sqlite3_bind_text (stmt, 2, df_meeting_get_title (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, df_meeting_get_kind (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, df_meeting_get_date (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, df_meeting_get_start_time (meeting));
  sqlite3_bind_int (stmt, 6, df_meeting_get_end_time (meeting));
  sqlite3_bind_int (stmt, 7, df_meeting_get_full_day (meeting) ? 1 : 0);
  sqlite3_bind_text (stmt, 8, df_meeting_get_venue_name (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, df_meeting_get_venue_address (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, df_meeting_get_online_link (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, df_meeting_get_status (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, df_meeting_get_marking (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 13, df_meeting_get_responsible_id (meeting));
  sqlite3_bind_text (stmt, 14, df_meeting_get_proposal_deadline (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 15, df_meeting_get_notes (meeting), -1, SQLITE_TRANSIENT);
  if (!step_naming_person (self, stmt, _("Responsible"), error))
    return FALSE;
  if (*id == 0)
    *id = sqlite3_last_insert_rowid (df_store_get_db (self));
  else if (sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The meeting no longer exists; someone may have deleted it."));
      return FALSE;
    }
  return TRUE;
}

gint64
df_store_save_meeting (DfStore    *self,
                       DfMeeting  *meeting,
                       GError    **error)
{
  GError *local = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (DF_IS_MEETING (meeting), 0);

  if (!validate_meeting (meeting, error) || !df_store_begin (self, error))
    return 0;
  id = df_meeting_get_id (meeting);
  ok = write_meeting (self, meeting, &id, &local) && check_agenda_fits (self, id, &local);
  return end_write (self, id, ok, local, error) ? id : 0;
}

gboolean
df_store_delete_meeting (DfStore  *self,
                         gint64    id,
                         GError  **error)
{
  DfMeeting *meeting;
  sqlite3_stmt *stmt;
  GError *local = NULL;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  meeting = df_store_find_meeting (self, id);
  if (meeting != NULL && g_strcmp0 (df_meeting_get_status (meeting), "held") == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE,
                   _("“%s” has been held and is kept as the forum’s history; it cannot be deleted."),
                   df_meeting_get_title (meeting));
      return FALSE;
    }
  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self, "DELETE FROM meeting WHERE id = ?1", &local);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = df_store_step_done (self, stmt, &local);
    }
  if (ok && sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The meeting no longer exists; someone may have deleted it."));
      ok = FALSE;
    }
  /* What the settings remember of it goes too (df-deadlines.c, df-ics.c):
   * a later meeting may be given the same number. */
  if (ok)
    {
      stmt = df_store_prepare (self,
                               "DELETE FROM forum_setting WHERE key = 'ics-meeting-' || ?1"
                               " OR key GLOB 'task-done:' || ?1 || ':*'", &local);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = df_store_step_done (self, stmt, &local);
    }
  return end_write (self, id, ok, local, error);
}

/* --- Agenda items ------------------------------------------------------ */

static gboolean
validate_item (DfAgendaItem  *item,
               GError       **error)
{
  int duration = df_agenda_item_get_duration (item);
  int fixed_start = df_agenda_item_get_fixed_start (item);

  if (df_text_is_blank (df_agenda_item_get_title (item)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Title: a title is required."));
      return FALSE;
    }
  if (!g_strv_contains (df_agenda_item_formats (), df_agenda_item_get_format (item)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Format: “%s” is not a format of an agenda item."), df_agenda_item_get_format (item));
      return FALSE;
    }
  if (!g_strv_contains (df_agenda_item_purposes (), df_agenda_item_get_purpose (item)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Purpose: “%s” is not a purpose of an agenda item."), df_agenda_item_get_purpose (item));
      return FALSE;
    }
  if (duration < 0 || duration > DF_MINUTES_PER_DAY)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Duration: an item lasts from 0 to %d minutes, not %d."), DF_MINUTES_PER_DAY, duration);
      return FALSE;
    }
  if (fixed_start != DF_NO_FIXED_START && (fixed_start < 0 || fixed_start >= DF_MINUTES_PER_DAY))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Fixed start: the start must be a time of day from 0.00 to 23.59."));
      return FALSE;
    }
  return TRUE;
}

static GArray *
list_item_ids (DfStore  *self,
               gint64    meeting_id,
               GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT id FROM agenda_item WHERE meeting_id = ?1 ORDER BY position", error);
  GArray *ids;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_array_unref (ids);
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  return ids;
}

/* Puts item @id at @position in its agenda, numbering the whole agenda
 * 0, 1, 2 ... again. */
static gboolean
place_item (DfStore  *self,
            gint64    meeting_id,
            gint64    id,
            guint     position,
            GError  **error)
{
  g_autoptr (GArray) ids = list_item_ids (self, meeting_id, error);
  sqlite3_stmt *stmt;

  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        g_array_remove_index (ids, i);
        g_array_insert_val (ids, MIN (position, ids->len), id);
        break;
      }

  /* The order is unique: first everything out of the way, past the
   * highest position, then each item to its place. */
  stmt = df_store_prepare (self,
                           "UPDATE agenda_item SET position = position +"
                           " (SELECT max(position) + 1 FROM agenda_item WHERE meeting_id = ?1)"
                           " WHERE meeting_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!df_store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      stmt = df_store_prepare (self, "UPDATE agenda_item SET position = ?2 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 2, i);
      if (!df_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_item (sqlite3_stmt *stmt,
           DfAgendaItem *item)
{
  sqlite3_bind_text (stmt, 2, df_agenda_item_get_title (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, df_agenda_item_get_format (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, df_agenda_item_get_purpose (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, df_agenda_item_get_duration (item));
  sqlite3_bind_int (stmt, 6, df_agenda_item_get_fixed_start (item));
  sqlite3_bind_int64 (stmt, 7, df_agenda_item_get_responsible_id (item));
  sqlite3_bind_text (stmt, 8, df_agenda_item_get_description (item), -1, SQLITE_TRANSIENT);
}

/* Inserts @item at the end of meeting @meeting_id's agenda, with the id
 * *@id when that is free (an undo), else a new one. */
static gboolean
insert_item (DfStore       *self,
             gint64         meeting_id,
             DfAgendaItem  *item,
             gint64        *id,
             GError       **error)
{
  int start, end;
  sqlite3_stmt *stmt;

  if (!read_meeting_times (self, meeting_id, &start, &end, error))
    return FALSE;
  stmt = df_store_prepare (self,
                           "INSERT INTO agenda_item (id, meeting_id, position, title, format, purpose, duration,"
                           " fixed_start, responsible_id, description)"
                           " VALUES (CASE WHEN EXISTS (SELECT 1 FROM agenda_item WHERE id = ?1) THEN NULL ELSE nullif(?1, 0) END,"
                           " ?9, (SELECT coalesce(max(position), -1) + 1 FROM agenda_item WHERE meeting_id = ?9),"
                           " trim(?2), ?3, ?4, ?5, nullif(?6, -1), nullif(?7, 0), ?8)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *id);
  bind_item (stmt, item);
  sqlite3_bind_int64 (stmt, 9, meeting_id);
  if (!step_naming_person (self, stmt, _("Responsible"), error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (df_store_get_db (self));
  return TRUE;
}

/* The meeting that row @id belongs to, by @sql that selects it; @missing
 * when there is none. */
static gboolean
meeting_of (DfStore     *self,
            const char  *sql,
            gint64       id,
            const char  *missing,
            gint64      *meeting_id,
            GError     **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_to_row (self, stmt, missing, error))
    return FALSE;
  *meeting_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
find_item_meeting (DfStore  *self,
                   gint64    id,
                   gint64   *meeting_id,
                   GError  **error)
{
  return meeting_of (self, "SELECT meeting_id FROM agenda_item WHERE id = ?1", id,
                     _("The agenda item no longer exists; someone may have removed it."), meeting_id, error);
}

static gboolean
update_item (DfStore       *self,
             DfAgendaItem  *item,
             GError       **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "UPDATE agenda_item SET title = trim(?2), format = ?3, purpose = ?4,"
                                         " duration = ?5, fixed_start = nullif(?6, -1), responsible_id = nullif(?7, 0),"
                                         " description = ?8 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, df_agenda_item_get_id (item));
  bind_item (stmt, item);
  return step_naming_person (self, stmt, _("Responsible"), error);
}

gint64
df_store_save_agenda_item (DfStore       *self,
                           DfAgendaItem  *item,
                           GError       **error)
{
  GError *local = NULL;
  gint64 id, meeting_id;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (item), 0);

  if (!validate_item (item, error) || !df_store_begin (self, error))
    return 0;
  id = df_agenda_item_get_id (item);
  meeting_id = df_agenda_item_get_meeting_id (item);
  if (id == 0)
    ok = insert_item (self, meeting_id, item, &id, &local) &&
         place_item (self, meeting_id, id, df_agenda_item_get_position (item), &local);
  else
    ok = find_item_meeting (self, id, &meeting_id, &local) && update_item (self, item, &local);
  ok = ok && check_agenda_fits (self, meeting_id, &local);
  return end_write (self, meeting_id, ok, local, error) ? id : 0;
}

gboolean
df_store_move_agenda_item (DfStore  *self,
                           gint64    id,
                           guint     position,
                           GError  **error)
{
  GError *local = NULL;
  gint64 meeting_id = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  ok = find_item_meeting (self, id, &meeting_id, &local) &&
       place_item (self, meeting_id, id, position, &local) &&
       check_agenda_fits (self, meeting_id, &local);
  return end_write (self, meeting_id, ok, local, error);
}

/* The item's guests, minutes, actions, the proposals it came from and
 * the meeting it follows up, into @removed. */
static gboolean
read_removed_followup (DfStore              *self,
                       gint64                id,
                       DfRemovedAgendaItem  *removed,
                       GError              **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = df_store_prepare (self, "SELECT participant_id FROM participant_item WHERE agenda_item_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!df_stmt_read_ids (self, stmt, removed->guests, error))
    return FALSE;
  stmt = df_store_prepare (self, "SELECT id FROM proposal WHERE agenda_item_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!df_stmt_read_ids (self, stmt, removed->proposals, error))
    return FALSE;

  stmt = df_store_prepare (self,
                           "SELECT summary, decisions FROM minutes_item WHERE agenda_item_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      removed->has_minutes = TRUE;
      removed->summary = g_strdup (df_stmt_text (stmt, 0));
      removed->decisions = g_strdup (df_stmt_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }

  stmt = df_store_prepare (self, "SELECT from_meeting_id FROM followup_item WHERE agenda_item_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    removed->followup_from = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }

  stmt = df_store_prepare (self,
                           "SELECT id, position, description, coalesce(owner_person_id, 0),"
                           " coalesce(owner_organisation_id, 0), coalesce(working_group_id, 0),"
                           " coalesce(due_date, ''), status"
                           " FROM action_item WHERE agenda_item_id = ?1 ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RemovedAction *action = g_new0 (RemovedAction, 1);

      action->id = sqlite3_column_int64 (stmt, 0);
      action->position = sqlite3_column_int (stmt, 1);
      action->description = g_strdup (df_stmt_text (stmt, 2));
      action->owner_person_id = sqlite3_column_int64 (stmt, 3);
      action->owner_organisation_id = sqlite3_column_int64 (stmt, 4);
      action->working_group_id = sqlite3_column_int64 (stmt, 5);
      action->due_date = g_strdup (df_stmt_text (stmt, 6));
      action->status = g_strdup (df_stmt_text (stmt, 7));
      g_ptr_array_add (removed->actions, action);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

static DfRemovedAgendaItem *
read_removed (DfStore  *self,
              gint64    id,
              GError  **error)
{
  g_autoptr (DfRemovedAgendaItem) removed = g_new0 (DfRemovedAgendaItem, 1);
  sqlite3_stmt *stmt;
  int rc;

  removed->presenters = g_array_new (FALSE, FALSE, sizeof (gint64));
  removed->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) removed_attachment_free);
  removed->guests = g_array_new (FALSE, FALSE, sizeof (gint64));
  removed->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) removed_action_free);
  removed->proposals = g_array_new (FALSE, FALSE, sizeof (gint64));

  stmt = df_store_prepare (self,
                           "SELECT meeting_id, position, title, format, purpose, duration, coalesce(fixed_start, -1),"
                           " coalesce(responsible_id, 0), description FROM agenda_item WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_to_row (self, stmt, _("The agenda item no longer exists; someone may have removed it."), error))
    return NULL;
  removed->item = g_object_new (DF_TYPE_AGENDA_ITEM,
                                  "id", id,
                                  "meeting-id", (gint64) sqlite3_column_int64 (stmt, 0),
                                  "position", sqlite3_column_int (stmt, 1),
                                  "title", df_stmt_text (stmt, 2),
                                  "format", df_stmt_text (stmt, 3),
                                  "purpose", df_stmt_text (stmt, 4),
                                  "duration", sqlite3_column_int (stmt, 5),
                                  "fixed-start", sqlite3_column_int (stmt, 6),
                                  "responsible-id", (gint64) sqlite3_column_int64 (stmt, 7),
                                  "description", df_stmt_text (stmt, 8),
                                  NULL);
  sqlite3_reset (stmt);

  stmt = df_store_prepare (self,
                           "SELECT person_id FROM agenda_item_presenter WHERE agenda_item_id = ?1 ORDER BY position",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!df_stmt_read_ids (self, stmt, removed->presenters, error))
    return NULL;

  stmt = df_store_prepare (self,
                           "SELECT id, position, title, file_name, content_type, data, added_at"
                           " FROM attachment WHERE agenda_item_id = ?1 ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RemovedAttachment *attachment = g_new0 (RemovedAttachment, 1);

      attachment->id = sqlite3_column_int64 (stmt, 0);
      attachment->position = sqlite3_column_int (stmt, 1);
      attachment->title = g_strdup (df_stmt_text (stmt, 2));
      attachment->file_name = g_strdup (df_stmt_text (stmt, 3));
      attachment->content_type = g_strdup (df_stmt_text (stmt, 4));
      attachment->data = g_bytes_new (sqlite3_column_blob (stmt, 5), sqlite3_column_bytes (stmt, 5));
      attachment->added_at = g_strdup (df_stmt_text (stmt, 6));
      g_ptr_array_add (removed->attachments, attachment);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  if (!read_removed_followup (self, id, removed, error))
    return NULL;
  return g_steal_pointer (&removed);
}

DfRemovedAgendaItem *
df_store_remove_agenda_item (DfStore  *self,
                             gint64    id,
                             GError  **error)
{
  g_autoptr (DfRemovedAgendaItem) removed = NULL;
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gint64 meeting_id = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (!df_store_begin (self, error))
    return NULL;
  removed = read_removed (self, id, &local);
  ok = removed != NULL;
  if (ok)
    {
      meeting_id = df_agenda_item_get_meeting_id (removed->item);
      stmt = df_store_prepare (self, "DELETE FROM agenda_item WHERE id = ?1", &local);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = df_store_step_done (self, stmt, &local);
        }
    }
  /* Closes the gap; the item's id is no longer in the list. */
  ok = ok && place_item (self, meeting_id, 0, 0, &local);
  if (!end_write (self, meeting_id, ok, local, error))
    return NULL;
  return g_steal_pointer (&removed);
}

static gboolean
person_exists (DfStore *self,
               gint64   id)
{
  sqlite3_stmt *stmt = df_store_prepare (self, "SELECT 1 FROM person WHERE id = ?1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* Runs @stmt, with @id bound to ?1 and @other to ?2. */
static gboolean
step_pair (DfStore       *self,
           sqlite3_stmt  *stmt,
           gint64         id,
           gint64         other,
           GError       **error)
{
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, other);
  return df_store_step_done (self, stmt, error);
}

static gboolean
restore_action (DfStore        *self,
                gint64          id,
                RemovedAction  *action,
                GError        **error)
{
  g_autoptr (GError) local = NULL;
  sqlite3_stmt *stmt;

  /* Its own id again when no other action has taken it; a working group
   * deleted meanwhile no longer owns it, as if it had been there. */
  stmt = df_store_prepare (self,
                           "INSERT INTO action_item (id, agenda_item_id, position, description, owner_person_id,"
                           " owner_organisation_id, working_group_id, due_date, status)"
                           " VALUES (CASE WHEN EXISTS (SELECT 1 FROM action_item WHERE id = ?1) THEN NULL ELSE ?1 END,"
                           " ?2, ?3, ?4, nullif(?5, 0), nullif(?6, 0), (SELECT id FROM working_group WHERE id = ?7),"
                           " nullif(?8, ''), ?9)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, action->id);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_int (stmt, 3, action->position);
  sqlite3_bind_text (stmt, 4, action->description, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, action->owner_person_id);
  sqlite3_bind_int64 (stmt, 6, action->owner_organisation_id);
  sqlite3_bind_int64 (stmt, 7, action->working_group_id);
  sqlite3_bind_text (stmt, 8, action->due_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, action->status, -1, SQLITE_STATIC);
  if (df_store_step_done (self, stmt, &local))
    return TRUE;
  if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("The action “%s” cannot be put back: its owner is no longer in the register."),
                 action->description);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

/* The item's guests, minutes, actions, proposals and follow-up, as they
 * were; a guest or a meeting that has gone meanwhile is left out. */
static gboolean
restore_followup (DfStore              *self,
                  gint64                id,
                  DfRemovedAgendaItem  *removed,
                  GError              **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < removed->guests->len; i++)
    if (!step_pair (self,
                    df_store_prepare (self,
                                      "INSERT INTO participant_item (agenda_item_id, participant_id)"
                                      " SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM participant WHERE id = ?2)", error),
                    id, g_array_index (removed->guests, gint64, i), error))
      return FALSE;
  /* Only a proposal still waiting where the removal left it. */
  for (guint i = 0; i < removed->proposals->len; i++)
    if (!step_pair (self,
                    df_store_prepare (self,
                                      "UPDATE proposal SET status = 'on-agenda', agenda_item_id = ?1"
                                      " WHERE id = ?2 AND status = 'considering' AND agenda_item_id IS NULL", error),
                    id, g_array_index (removed->proposals, gint64, i), error))
      return FALSE;
  if (removed->followup_from != 0 &&
      !step_pair (self,
                  df_store_prepare (self,
                                    "INSERT INTO followup_item (agenda_item_id, from_meeting_id)"
                                    " SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM meeting WHERE id = ?2)", error),
                  id, removed->followup_from, error))
    return FALSE;
  if (removed->has_minutes)
    {
      stmt = df_store_prepare (self, "INSERT INTO minutes_item (agenda_item_id, summary, decisions) VALUES (?1, ?2, ?3)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, removed->summary, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, removed->decisions, -1, SQLITE_STATIC);
      if (!df_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < removed->actions->len; i++)
    if (!restore_action (self, id, g_ptr_array_index (removed->actions, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
restore_parts (DfStore              *self,
               gint64                id,
               DfRemovedAgendaItem  *removed,
               GError              **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < removed->presenters->len; i++)
    {
      /* Someone who left the register meanwhile is not put back. */
      stmt = df_store_prepare (self,
                               "INSERT INTO agenda_item_presenter (agenda_item_id, person_id, position)"
                               " SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM person WHERE id = ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (removed->presenters, gint64, i));
      sqlite3_bind_int (stmt, 3, i);
      if (!df_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < removed->attachments->len; i++)
    {
      RemovedAttachment *attachment = g_ptr_array_index (removed->attachments, i);

      stmt = df_store_prepare (self,
                               "INSERT INTO attachment (id, agenda_item_id, position, title, file_name, content_type,"
                               " data, added_at)"
                               " VALUES (CASE WHEN EXISTS (SELECT 1 FROM attachment WHERE id = ?1) THEN NULL ELSE ?1 END,"
                               " ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, attachment->id);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_int (stmt, 3, attachment->position);
      sqlite3_bind_text (stmt, 4, attachment->title, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, attachment->file_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, attachment->content_type, -1, SQLITE_STATIC);
      sqlite3_bind_blob64 (stmt, 7, g_bytes_get_data (attachment->data, NULL),
                           g_bytes_get_size (attachment->data), SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, attachment->added_at, -1, SQLITE_STATIC);
      if (!df_store_step_done (self, stmt, error))
        return FALSE;
    }
  return restore_followup (self, id, removed, error);
}

gint64
df_store_restore_agenda_item (DfStore              *self,
                              DfRemovedAgendaItem  *removed,
                              GError              **error)
{
  g_autoptr (DfAgendaItem) item = NULL;
  GError *local = NULL;
  gint64 meeting_id, id;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (removed != NULL, 0);

  meeting_id = df_agenda_item_get_meeting_id (removed->item);
  id = df_agenda_item_get_id (removed->item);
  if (!df_store_begin (self, error))
    return 0;
  /* A responsible person who has left the register meanwhile is not put
   * back, as no presenter who has is. */
  item = g_object_new (DF_TYPE_AGENDA_ITEM,
                       "title", df_agenda_item_get_title (removed->item),
                       "format", df_agenda_item_get_format (removed->item),
                       "purpose", df_agenda_item_get_purpose (removed->item),
                       "duration", df_agenda_item_get_duration (removed->item),
                       "fixed-start", df_agenda_item_get_fixed_start (removed->item),
                       "responsible-id", person_exists (self, df_agenda_item_get_responsible_id (removed->item))
                                         ? df_agenda_item_get_responsible_id (removed->item) : 0,
                       "description", df_agenda_item_get_description (removed->item),
                       NULL);
  ok = insert_item (self, meeting_id, item, &id, &local) &&
       restore_parts (self, id, removed, &local) &&
       place_item (self, meeting_id, id, df_agenda_item_get_position (removed->item), &local) &&
       check_agenda_fits (self, meeting_id, &local);
  return end_write (self, meeting_id, ok, local, error) ? id : 0;
}

/* --- New meetings ----------------------------------------------------- */

typedef struct
{
  const char *title;
  const char *format;
  const char *purpose;
  int         duration;
  int         fixed_start;
} TemplateItem;

#define DEFAULT_START (9 * 60 + 30)
#define HALF_DAY_END (12 * 60 + 30)
#define FULL_DAY_END (15 * 60 + 30)
#define PROPOSAL_WEEKS 4

static const TemplateItem half_day[] = {
  { N_("Welcome and introductions"), "welcome", "information", 15, DF_NO_FIXED_START },
  { N_("Presentation"), "presentation", "information", 30, DF_NO_FIXED_START },
  { N_("Discussion"), "discussion", "discussion", 45, DF_NO_FIXED_START },
  { N_("Break"), "break", "", 15, DF_NO_FIXED_START },
  { N_("Workshop"), "workshop", "discussion", 45, DF_NO_FIXED_START },
  { N_("Summary and any other business"), "summary", "information", 30, DF_NO_FIXED_START },
};

/* Lunch has a fixed start: the kitchen serves at a time, whatever the
 * morning did. */
static const TemplateItem full_day[] = {
  { N_("Welcome and introductions"), "welcome", "information", 15, DF_NO_FIXED_START },
  { N_("Presentation"), "presentation", "information", 30, DF_NO_FIXED_START },
  { N_("Discussion"), "discussion", "discussion", 45, DF_NO_FIXED_START },
  { N_("Break"), "break", "", 15, DF_NO_FIXED_START },
  { N_("Presentation"), "presentation", "information", 30, DF_NO_FIXED_START },
  { N_("Discussion"), "discussion", "discussion", 30, DF_NO_FIXED_START },
  { N_("Lunch"), "lunch", "", 45, 12 * 60 + 15 },
  { N_("Workshop"), "workshop", "discussion", 75, DF_NO_FIXED_START },
  { N_("Break"), "break", "", 15, DF_NO_FIXED_START },
  { N_("Summary of the workshop"), "summary", "decision", 30, DF_NO_FIXED_START },
  { N_("Any other business and close"), "any-other-business", "information", 30, DF_NO_FIXED_START },
};

static gboolean
check_date (const char  *date,
            GDate       *parsed,
            GError     **error)
{
  g_date_clear (parsed, 1);
  if (df_date_parse_iso (date, parsed))
    return TRUE;
  g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
               _("Date: “%s” is not a date (YYYY-MM-DD)."), date != NULL ? date : "");
  return FALSE;
}

gint64
df_store_create_meeting (DfStore            *self,
                         DfMeetingTemplate   template,
                         const char         *date,
                         GError            **error)
{
  gboolean full = template == DF_MEETING_TEMPLATE_FULL_DAY;
  const TemplateItem *items = full ? full_day : half_day;
  guint n_items = full ? G_N_ELEMENTS (full_day) : G_N_ELEMENTS (half_day);
  g_autoptr (DfMeeting) meeting = NULL;
  g_autofree char *deadline = NULL;
  GError *local = NULL;
  GDate parsed;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (!check_date (date, &parsed, error))
    return 0;
  g_date_subtract_days (&parsed, PROPOSAL_WEEKS * 7);
  deadline = df_date_to_iso (&parsed);
  /* The forum usually meets at Socialstyrelsen. */
  meeting = g_object_new (DF_TYPE_MEETING,
                          "title", _("Meeting of Strategisk dialogforum"),
                          "kind", "forum",
                          "date", date,
                          "start-time", DEFAULT_START,
                          "end-time", full ? FULL_DAY_END : HALF_DAY_END,
                          "full-day", full,
                          "venue-name", "Socialstyrelsen",
                          "venue-address", "Edisonsvej 1, 5000 Odense C",
                          "proposal-deadline", deadline,
                          NULL);
  if (!df_store_begin (self, error))
    return 0;
  ok = write_meeting (self, meeting, &id, &local);
  for (guint i = 0; ok && i < n_items; i++)
    {
      g_autoptr (DfAgendaItem) item = g_object_new (DF_TYPE_AGENDA_ITEM,
                                                    "title", _(items[i].title),
                                                    "format", items[i].format,
                                                    "purpose", items[i].purpose,
                                                    "duration", items[i].duration,
                                                    "fixed-start", items[i].fixed_start,
                                                    NULL);
      gint64 item_id = 0;

      ok = insert_item (self, id, item, &item_id, &local);
    }
  return end_write (self, id, ok, local, error) ? id : 0;
}

gint64
df_store_copy_meeting (DfStore     *self,
                       gint64       id,
                       const char  *date,
                       GError     **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  GDate parsed;
  gint64 copy = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (!check_date (date, &parsed, error) || !df_store_begin (self, error))
    return 0;
  /* A planned meeting without the earlier one's online link and notes,
   * which were about that day; the deadline keeps its distance. */
  stmt = df_store_prepare (self,
                           "INSERT INTO meeting (title, kind, date, start_time, end_time, full_day, venue_name,"
                           " venue_address, status, marking, responsible_id, proposal_deadline)"
                           " SELECT title, kind, ?2, start_time, end_time, full_day, venue_name, venue_address,"
                           " 'planned', marking, responsible_id,"
                           " CASE WHEN proposal_deadline IS NULL THEN NULL"
                           " ELSE date(?2, printf('%d days', julianday(proposal_deadline) - julianday(date))) END"
                           " FROM meeting WHERE id = ?1", &local);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
      ok = df_store_step_done (self, stmt, &local);
    }
  if (ok && sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The meeting no longer exists; someone may have deleted it."));
      ok = FALSE;
    }
  if (ok)
    {
      copy = sqlite3_last_insert_rowid (df_store_get_db (self));
      stmt = df_store_prepare (self,
                               "INSERT INTO agenda_item (meeting_id, position, title, format, purpose, duration,"
                               " fixed_start, responsible_id, description)"
                               " SELECT ?2, position, title, format, purpose, duration, fixed_start, responsible_id,"
                               " description FROM agenda_item WHERE meeting_id = ?1 ORDER BY position", &local);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, copy);
      ok = df_store_step_done (self, stmt, &local);
    }
  if (ok)
    {
      stmt = df_store_prepare (self,
                               "INSERT INTO agenda_item_presenter (agenda_item_id, person_id, position)"
                               " SELECT n.id, ap.person_id, ap.position FROM agenda_item o"
                               " JOIN agenda_item n ON n.meeting_id = ?2 AND n.position = o.position"
                               " JOIN agenda_item_presenter ap ON ap.agenda_item_id = o.id"
                               " WHERE o.meeting_id = ?1", &local);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, copy);
      ok = df_store_step_done (self, stmt, &local);
    }
  return end_write (self, copy, ok, local, error) ? copy : 0;
}

/* --- Presenters -------------------------------------------------------- */

GPtrArray *
df_store_list_presenters (DfStore  *self,
                          gint64    id,
                          GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  stmt = df_store_prepare (self,
                           "SELECT p.id, p.name, p.title, coalesce(o.name, '')"
                           " FROM agenda_item_presenter ap JOIN person p ON p.id = ap.person_id"
                           " LEFT JOIN organisation o ON o.id = p.organisation_id"
                           " WHERE ap.agenda_item_id = ?1 ORDER BY ap.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return df_store_read_rows (self, stmt, df_person_brief_from_row, NULL, error);
}

gboolean
df_store_set_presenters (DfStore       *self,
                         gint64         id,
                         const gint64  *person_ids,
                         guint          n_people,
                         GError       **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 meeting_id = 0;
  gboolean ok;
  int position = 0;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_people == 0 || person_ids != NULL, FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  ok = find_item_meeting (self, id, &meeting_id, &local) &&
       (stmt = df_store_prepare (self, "DELETE FROM agenda_item_presenter WHERE agenda_item_id = ?1", &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = df_store_step_done (self, stmt, &local);
    }
  for (guint i = 0; ok && i < n_people; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < i; j++)
        seen = seen || person_ids[j] == person_ids[i];
      if (seen)
        continue;
      stmt = df_store_prepare (self,
                               "INSERT INTO agenda_item_presenter (agenda_item_id, person_id, position)"
                               " VALUES (?1, ?2, ?3)", &local);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, person_ids[i]);
          sqlite3_bind_int (stmt, 3, position++);
          ok = step_naming_person (self, stmt, _("Presenters"), &local);
        }
    }
  return end_write (self, meeting_id, ok, local, error);
}

/* --- Attachments ------------------------------------------------------- */

static gboolean
find_attachment_meeting (DfStore  *self,
                         gint64    id,
                         gint64   *meeting_id,
                         GError  **error)
{
  return meeting_of (self,
                     "SELECT a.meeting_id FROM attachment t"
                     " JOIN agenda_item a ON a.id = t.agenda_item_id WHERE t.id = ?1", id,
                     _("The attachment no longer exists; someone may have removed it."), meeting_id, error);
}

gint64
df_store_add_attachment (DfStore     *self,
                         gint64       item_id,
                         const char  *title,
                         const char  *file_name,
                         const char  *content_type,
                         GBytes      *data,
                         GError     **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 meeting_id = 0, id = 0;
  gsize size;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (data != NULL, 0);

  size = g_bytes_get_size (data);
  if (df_text_is_blank (title))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Attachment: a title is required."));
      return 0;
    }
  if (df_text_is_blank (file_name))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Attachment: the file has no name."));
      return 0;
    }
  if (size == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Attachment: “%s” is empty."), file_name);
      return 0;
    }
  if (size > DF_ATTACHMENT_MAX_SIZE)
    {
      g_autofree char *shown = g_format_size (size);
      g_autofree char *limit = g_format_size (DF_ATTACHMENT_MAX_SIZE);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Attachment: “%s” is %s; an attachment may be at most %s."), file_name, shown, limit);
      return 0;
    }

  if (!df_store_begin (self, error))
    return 0;
  ok = find_item_meeting (self, item_id, &meeting_id, &local) &&
       (stmt = df_store_prepare (self,
                                 "INSERT INTO attachment (agenda_item_id, position, title, file_name, content_type, data)"
                                 " VALUES (?1, (SELECT coalesce(max(position), -1) + 1 FROM attachment"
                                 " WHERE agenda_item_id = ?1), trim(?2), ?3, ?4, ?5)", &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, item_id);
      sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, file_name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, !df_text_is_blank (content_type) ? content_type : "application/octet-stream",
                         -1, SQLITE_TRANSIENT);
      sqlite3_bind_blob64 (stmt, 5, g_bytes_get_data (data, NULL), size, SQLITE_STATIC);
      ok = df_store_step_done (self, stmt, &local);
    }
  if (ok)
    id = sqlite3_last_insert_rowid (df_store_get_db (self));
  return end_write (self, meeting_id, ok, local, error) ? id : 0;
}

gboolean
df_store_rename_attachment (DfStore     *self,
                            gint64       id,
                            const char  *title,
                            GError     **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 meeting_id = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (df_text_is_blank (title))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Attachment: a title is required."));
      return FALSE;
    }
  if (!df_store_begin (self, error))
    return FALSE;
  ok = find_attachment_meeting (self, id, &meeting_id, &local) &&
       (stmt = df_store_prepare (self, "UPDATE attachment SET title = trim(?2) WHERE id = ?1", &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
      ok = df_store_step_done (self, stmt, &local);
    }
  return end_write (self, meeting_id, ok, local, error);
}

GBytes *
df_store_load_attachment (DfStore  *self,
                          gint64    id,
                          GError  **error)
{
  sqlite3_stmt *stmt;
  GBytes *data;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  stmt = df_store_prepare (self, "SELECT data FROM attachment WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_to_row (self, stmt, _("The attachment no longer exists; someone may have removed it."), error))
    return NULL;
  data = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  return data;
}

gboolean
df_store_remove_attachment (DfStore  *self,
                            gint64    id,
                            GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 meeting_id = 0;
  gboolean ok;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  ok = find_attachment_meeting (self, id, &meeting_id, &local) &&
       (stmt = df_store_prepare (self, "DELETE FROM attachment WHERE id = ?1", &local)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = df_store_step_done (self, stmt, &local);
    }
  return end_write (self, meeting_id, ok, local, error);
}

void
df_store_refresh_meeting (DfStore *self,
                          gint64   meeting_id)
{
  refresh (self, meeting_id);
  df_store_emit_changed (self, "meetings");
}
