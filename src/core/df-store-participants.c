/* df-store-participants.c: the participants of the meetings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-agenda-item.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-pack-language.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-participants.h"
#include "dialogforum/df-time.h"
#include "df-store-private.h"

/* The meetings whose participant lists someone has asked for: those are
 * kept current. */
static GHashTable *
loaded_meetings (DfStore *self)
{
  GHashTable *loaded = g_object_get_data (G_OBJECT (self), "df-participant-meetings");

  if (loaded == NULL)
    {
      loaded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_object_set_data_full (G_OBJECT (self), "df-participant-meetings", loaded,
                              (GDestroyNotify) g_hash_table_unref);
    }
  return loaded;
}

static GListStore *
participants_model (DfStore *self,
                    gint64   meeting_id)
{
  g_autofree char *name = g_strdup_printf ("participants-%" G_GINT64_FORMAT, meeting_id);

  return df_store_model (self, name, DF_TYPE_PARTICIPANT);
}

/* The agenda items each participant of meeting @meeting_id presents on
 * or is a guest of, as indices into the agenda timed now: participant id
 * -> GArray of guint. An agenda that cannot be timed (one past midnight,
 * written by another program) gives none, so the list still shows. */
static GHashTable *
own_items (DfStore        *self,
           gint64          meeting_id,
           DfTimingSlot  **slots,
           GError        **error)
{
  g_autoptr (GError) untimed = NULL;
  g_autoptr (GArray) item_ids = NULL;
  g_autoptr (GHashTable) index_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTable *picked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  sqlite3_stmt *stmt;
  int rc;

  *slots = df_store_time_agenda (self, meeting_id, &item_ids, &untimed);
  if (*slots == NULL)
    {
      if (g_error_matches (untimed, DF_STORE_ERROR, DF_STORE_ERROR_INVALID) ||
          g_error_matches (untimed, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM))
        return picked;
      g_hash_table_unref (picked);
      g_propagate_error (error, g_steal_pointer (&untimed));
      return NULL;
    }
  for (guint i = 0; i < item_ids->len; i++)
    g_hash_table_insert (index_of, &g_array_index (item_ids, gint64, i), GUINT_TO_POINTER (i));

  stmt = df_store_prepare (self,
                           "SELECT pa.id, ai.id FROM participant pa JOIN agenda_item ai ON ai.meeting_id = pa.meeting_id"
                           " WHERE pa.meeting_id = ?1 AND"
                           " (ai.id IN (SELECT agenda_item_id FROM participant_item WHERE participant_id = pa.id)"
                           "  OR ai.id IN (SELECT agenda_item_id FROM agenda_item_presenter WHERE person_id = pa.person_id))",
                           error);
  if (stmt == NULL)
    {
      g_hash_table_unref (picked);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 participant = sqlite3_column_int64 (stmt, 0);
      gint64 item = sqlite3_column_int64 (stmt, 1);
      gpointer found;
      guint index;
      GArray *indices = g_hash_table_lookup (picked, &participant);

      if (!g_hash_table_lookup_extended (index_of, &item, NULL, &found))
        continue;
      index = GPOINTER_TO_UINT (found);
      if (indices == NULL)
        {
          indices = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (picked, g_memdup2 (&participant, sizeof participant), indices);
        }
      g_array_append_val (indices, index);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_hash_table_unref (picked);
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  return picked;
}

/* The stay in words for the list: empty for the whole meeting. */
static char *
stay_text (DfParticipant *p,
           int            meeting_start,
           int            meeting_end)
{
  g_autofree char *span = NULL;
  int from, to;

  if (!df_participant_get_stay (p, &from, &to))
    return g_strdup ("");
  span = df_time_format_span (from >= 0 ? from : meeting_start, to >= 0 ? to : meeting_end);
  if (!df_participant_has_own_items_stay (p))
    return g_steal_pointer (&span);
  /* TRANSLATORS: a stay that follows the agenda items the guest takes
   * part in, "kl. 10.15–11.00 (egne punkter)". */
  return g_strdup_printf (_("%s (own items)"), span);
}

static gboolean
reload_participants (DfStore  *self,
                     gint64    meeting_id,
                     GError  **error)
{
  g_autofree DfTimingSlot *slots = NULL;
  g_autoptr (GHashTable) items = own_items (self, meeting_id, &slots, error);
  sqlite3_stmt *stmt;
  GPtrArray *fresh;
  int rc;

  if (items == NULL)
    return FALSE;
  stmt = df_store_prepare (self,
    "SELECT pa.id, pa.meeting_id, pa.person_id, p.name, p.title, coalesce(o.name, ''), p.email, pa.role, pa.reply,"
    " coalesce(pa.substitute_id, 0), coalesce(sp.name, ''), coalesce(so.name, ''),"
    " coalesce(pa.attend_from, -1), coalesce(pa.attend_to, -1), pa.only_own_items, pa.dietary, pa.accessibility,"
    " pa.notes, coalesce(pa.attended, -1), coalesce(pa.reply_date, ''), pa.reply_channel,"
    " coalesce(seat.name, ''), coalesce(seat.position, 999),"
    /* The items that explain why a guest, or someone who comes for their
     * own items, is there: those they are a guest of or present on. */
    " CASE WHEN pa.role = 'guest' OR pa.only_own_items THEN (SELECT group_concat(label, '; ') FROM"
    "   (SELECT (ai.position + 1) || '. ' || ai.title AS label FROM agenda_item ai"
    "    WHERE ai.meeting_id = pa.meeting_id"
    "    AND (ai.id IN (SELECT agenda_item_id FROM participant_item WHERE participant_id = pa.id)"
    "     OR ai.id IN (SELECT agenda_item_id FROM agenda_item_presenter WHERE person_id = pa.person_id))"
    "    ORDER BY ai.position)) END,"
    " mt.start_time, mt.end_time"
    " FROM participant pa"
    " JOIN meeting mt ON mt.id = pa.meeting_id"
    " JOIN person p ON p.id = pa.person_id"
    " LEFT JOIN organisation o ON o.id = p.organisation_id"
    " LEFT JOIN person sp ON sp.id = pa.substitute_id"
    " LEFT JOIN organisation so ON so.id = sp.organisation_id"
    " LEFT JOIN seat_kind seat ON seat.id ="
    "   (SELECT m.seat_kind_id FROM membership m JOIN seat_kind s ON s.id = m.seat_kind_id"
    "    WHERE m.person_id = pa.person_id AND m.start_date <= mt.date"
    "    AND (m.end_date IS NULL OR m.end_date >= mt.date) ORDER BY s.position LIMIT 1)"
    " WHERE pa.meeting_id = ?1"
    " ORDER BY CASE pa.role WHEN 'member' THEN 0 WHEN 'guest' THEN 1 ELSE 2 END, coalesce(seat.position, 999), p.name, pa.id",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GArray *picked = g_hash_table_lookup (items, &id);
      int items_start = -1, items_end = -1;
      DfParticipant *p;
      g_autofree char *span = NULL;

      if (picked != NULL)
        df_agenda_timing_span (slots, (guint *) picked->data, picked->len, &items_start, &items_end);
      p = g_object_new (DF_TYPE_PARTICIPANT,
                        "id", id,
                        "meeting-id", (gint64) sqlite3_column_int64 (stmt, 1),
                        "person-id", (gint64) sqlite3_column_int64 (stmt, 2),
                        "person-name", df_stmt_text (stmt, 3),
                        "title", df_stmt_text (stmt, 4),
                        "organisation-name", df_stmt_text (stmt, 5),
                        "email", df_stmt_text (stmt, 6),
                        "role", df_stmt_text (stmt, 7),
                        "reply", df_stmt_text (stmt, 8),
                        "substitute-id", (gint64) sqlite3_column_int64 (stmt, 9),
                        "substitute-name", df_stmt_text (stmt, 10),
                        "substitute-organisation", df_stmt_text (stmt, 11),
                        "attend-from", sqlite3_column_int (stmt, 12),
                        "attend-to", sqlite3_column_int (stmt, 13),
                        "only-own-items", sqlite3_column_int (stmt, 14) != 0,
                        "items-start", items_start,
                        "items-end", items_end,
                        "dietary", df_stmt_text (stmt, 15),
                        "accessibility", df_stmt_text (stmt, 16),
                        "notes", df_stmt_text (stmt, 17),
                        "attended", sqlite3_column_int (stmt, 18),
                        "reply-date", df_stmt_text (stmt, 19),
                        "reply-channel", df_stmt_text (stmt, 20),
                        "seat-name", df_stmt_text (stmt, 21),
                        "seat-position", sqlite3_column_int (stmt, 22),
                        "items-text", df_stmt_text (stmt, 23),
                        "reply-text", df_participant_reply_label (df_stmt_text (stmt, 8)),
                        NULL);
      span = stay_text (p, sqlite3_column_int (stmt, 24), sqlite3_column_int (stmt, 25));
      g_object_set (p, "span-text", span, NULL);
      g_ptr_array_add (fresh, p);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  df_list_store_sync (participants_model (self, meeting_id), fresh);
  return TRUE;
}

static gboolean
reload_all_participants (DfStore  *self,
                         GError  **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, loaded_meetings (self));
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!reload_participants (self, *(gint64 *) key, error))
      return FALSE;
  return TRUE;
}

GListModel *
df_store_list_participants (DfStore  *self,
                            gint64    meeting_id,
                            GError  **error)
{
  GHashTable *loaded;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  loaded = loaded_meetings (self);
  if (!g_hash_table_contains (loaded, &meeting_id))
    {
      if (!reload_participants (self, meeting_id, error))
        return NULL;
      g_hash_table_add (loaded, g_memdup2 (&meeting_id, sizeof meeting_id));
    }
  return g_object_ref (G_LIST_MODEL (participants_model (self, meeting_id)));
}

DfMeeting *
df_store_require_meeting (DfStore  *self,
                          gint64    meeting_id,
                          GError  **error)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (self, error);
  DfMeeting *meeting = meetings ? df_store_find_meeting (self, meeting_id) : NULL;

  if (meetings != NULL && meeting == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("There is no meeting number %s."), number);
    }
  return meeting;
}

/* --- Writing ----------------------------------------------------------- */

void
df_store_participants_changed (DfStore *self)
{
  df_store_changed (self, "participants", reload_all_participants);
}

static gboolean
done (DfStore  *self,
      GError  **error)
{
  if (!df_store_commit (self, error))
    return FALSE;
  df_store_participants_changed (self);
  return TRUE;
}

/* A foreign key that fails here means the meeting or a person is gone. */
static GError *
write_error (DfStore *self)
{
  GError *error = NULL;
  int code = sqlite3_extended_errcode (df_store_get_db (self));

  if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error (&error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("The meeting or the person chosen no longer exists."));
  else if (code == SQLITE_CONSTRAINT_UNIQUE)
    g_set_error (&error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                 _("The person is already on the meeting’s list."));
  else
    df_store_set_sqlite_error (self, &error, code);
  return error;
}

static gboolean
run (DfStore      *self,
     sqlite3_stmt *stmt,
     GError      **error)
{
  g_autoptr (GError) ignored = NULL;

  if (df_store_step_done (self, stmt, &ignored))
    return TRUE;
  g_propagate_error (error, write_error (self));
  return FALSE;
}

gboolean
df_store_invite_members (DfStore  *self,
                         gint64    meeting_id,
                         guint    *n_added,
                         GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  guint added = 0;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self,
                           "INSERT OR IGNORE INTO participant (meeting_id, person_id, role)"
                           " SELECT mt.id, m.person_id, 'member' FROM meeting mt JOIN membership m"
                           " ON m.start_date <= mt.date AND (m.end_date IS NULL OR m.end_date >= mt.date)"
                           " WHERE mt.id = ?1 GROUP BY m.person_id", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!run (self, stmt, &local))
    return df_store_fail (self, error, local);
  added += sqlite3_changes (df_store_get_db (self));

  stmt = df_store_prepare (self,
                           "INSERT OR IGNORE INTO participant (meeting_id, person_id, role)"
                           " SELECT mt.id, p.id, 'secretariat' FROM meeting mt, person p"
                           " WHERE mt.id = ?1 AND p.is_secretariat = 1 AND p.anonymised = 0", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!run (self, stmt, &local))
    return df_store_fail (self, error, local);
  added += sqlite3_changes (df_store_get_db (self));
  if (n_added != NULL)
    *n_added = added;
  return done (self, error);
}

gint64
df_store_add_participant (DfStore     *self,
                          gint64       meeting_id,
                          gint64       person_id,
                          const char  *role,
                          GError     **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (g_strcmp0 (role, "member") != 0 && g_strcmp0 (role, "secretariat") != 0 && g_strcmp0 (role, "guest") != 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Role: “%s” is none of member, secretariat and guest."), role);
      return 0;
    }
  if (!df_store_begin (self, error))
    return 0;
  stmt = df_store_prepare (self, "INSERT INTO participant (meeting_id, person_id, role) VALUES (?1, ?2, ?3)", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int64 (stmt, 2, person_id);
  sqlite3_bind_text (stmt, 3, role, -1, SQLITE_TRANSIENT);
  if (!run (self, stmt, &local))
    return df_store_fail (self, error, local);
  id = sqlite3_last_insert_rowid (df_store_get_db (self));
  return done (self, error) ? id : 0;
}

static gint64
meeting_of (DfStore *self,
            gint64   participant_id)
{
  sqlite3_stmt *stmt = df_store_prepare (self, "SELECT meeting_id FROM participant WHERE id = ?1", NULL);
  gint64 meeting = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    meeting = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return meeting;
}

static gboolean
no_such_participant (DfStore  *self,
                     GError  **error)
{
  GError *local = NULL;

  g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
               _("The participant is no longer on the list; someone may have removed them."));
  return df_store_fail (self, error, local);
}

/* A guest's items lose them as presenter when they leave the list. */
static gboolean
drop_guest_presenter (DfStore  *self,
                      gint64    participant_id,
                      GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "DELETE FROM agenda_item_presenter WHERE person_id ="
                                         " (SELECT person_id FROM participant WHERE id = ?1)"
                                         " AND agenda_item_id IN"
                                         " (SELECT agenda_item_id FROM participant_item WHERE participant_id = ?1)",
                                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  return run (self, stmt, error);
}

gboolean
df_store_remove_participant (DfStore  *self,
                             gint64    id,
                             GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gint64 meeting = meeting_of (self, id);

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  if (!drop_guest_presenter (self, id, &local))
    return df_store_fail (self, error, local);
  stmt = df_store_prepare (self, "DELETE FROM participant WHERE id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!run (self, stmt, &local))
    return df_store_fail (self, error, local);
  if (sqlite3_changes (df_store_get_db (self)) == 0)
    return no_such_participant (self, error);
  if (!done (self, error))
    return FALSE;
  df_store_refresh_meeting (self, meeting);
  return TRUE;
}

static gint64
standing_substitute (DfStore *self,
                     gint64   participant_id)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT m.substitute_id FROM participant pa JOIN meeting mt ON mt.id = pa.meeting_id"
                                         " JOIN membership m ON m.person_id = pa.person_id AND m.start_date <= mt.date"
                                         " AND (m.end_date IS NULL OR m.end_date >= mt.date)"
                                         " WHERE pa.id = ?1 AND m.substitute_id IS NOT NULL LIMIT 1", NULL);
  gint64 substitute = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    substitute = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return substitute;
}

gboolean
df_store_record_reply (DfStore     *self,
                       gint64       id,
                       const char  *reply,
                       gint64       substitute_id,
                       const char  *date,
                       const char  *channel,
                       GError     **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  GDate check;
  static const char * const replies[] = { "invited", "accepted", "declined", "substitute", NULL };
  static const char * const channels[] = { "", "email", "phone", "other", NULL };

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  g_date_clear (&check, 1);
  if (reply == NULL || !g_strv_contains (replies, reply))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Reply: “%s” is not a reply."), reply);
      return FALSE;
    }
  /* A member's standing substitute comes when none is named. */
  if (g_str_equal (reply, "substitute") && substitute_id == 0)
    substitute_id = standing_substitute (self, id);
  if (g_str_equal (reply, "substitute") && substitute_id == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Substitute: choose who comes instead."));
      return FALSE;
    }
  if (date != NULL && date[0] != '\0' && !df_date_parse_iso (date, &check))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Reply date: “%s” is not a date (YYYY-MM-DD)."), date);
      return FALSE;
    }
  if (channel == NULL || !g_strv_contains (channels, channel))
    channel = "other";
  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self,
                           "UPDATE participant SET reply = ?2, substitute_id = nullif(?3, 0),"
                           " reply_date = nullif(?4, ''), reply_channel = ?5 WHERE id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, reply, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, g_str_equal (reply, "substitute") ? substitute_id : 0);
  sqlite3_bind_text (stmt, 4, date != NULL ? date : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, g_str_equal (reply, "invited") ? "" : channel, -1, SQLITE_TRANSIENT);
  if (!run (self, stmt, &local))
    return df_store_fail (self, error, local);
  if (sqlite3_changes (df_store_get_db (self)) == 0)
    return no_such_participant (self, error);
  return done (self, error);
}

/* A partial stay lies within the meeting, and "only own items" needs
 * an item of their own. Only what changes is checked: a stay recorded
 * before the meeting was moved, or a flag whose items were removed since,
 * does not block an edit of the notes. */
static gboolean
check_stay (DfStore        *self,
            DfParticipant  *participant,
            GError        **error)
{
  int from = df_participant_get_attend_from (participant);
  int to = df_participant_get_attend_to (participant);
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT coalesce(pa.attend_from, -1), coalesce(pa.attend_to, -1),"
                                         " m.start_time, m.end_time, pa.only_own_items, p.name,"
                                         " EXISTS (SELECT 1 FROM participant_item pi WHERE pi.participant_id = pa.id)"
                                         " OR EXISTS (SELECT 1 FROM agenda_item_presenter ap JOIN agenda_item ai"
                                         "  ON ai.id = ap.agenda_item_id WHERE ap.person_id = pa.person_id"
                                         "  AND ai.meeting_id = pa.meeting_id)"
                                         " FROM participant pa JOIN meeting m ON m.id = pa.meeting_id"
                                         " JOIN person p ON p.id = pa.person_id WHERE pa.id = ?1", error);
  int old_from, old_to, start, end, rc;
  gboolean newly_own, has_items;
  g_autofree char *name = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, df_participant_get_id (participant));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          df_store_set_sqlite_error (self, error, rc);
          return FALSE;
        }
      /* No such participant: the update says so. */
      return TRUE;
    }
  old_from = sqlite3_column_int (stmt, 0);
  old_to = sqlite3_column_int (stmt, 1);
  start = sqlite3_column_int (stmt, 2);
  end = sqlite3_column_int (stmt, 3);
  newly_own = df_participant_get_only_own_items (participant) && sqlite3_column_int (stmt, 4) == 0;
  name = g_strdup (df_stmt_text (stmt, 5));
  has_items = sqlite3_column_int (stmt, 6) != 0;
  sqlite3_reset (stmt);

  if (newly_own && !has_items)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Only own items: %s presents on no item of the agenda. Attach them to an item first."), name);
      return FALSE;
    }
  start_text = df_time_format (start);
  end_text = df_time_format (end);
  if (from >= 0 && from != old_from && (from < start || from >= end))
    {
      g_autofree char *from_text = df_time_format (from);

      if (from < start)
        g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                     _("From: %s is before the meeting begins at %s."), from_text, start_text);
      else
        g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                     _("From: %s is not before the meeting ends at %s."), from_text, end_text);
      return FALSE;
    }
  if (to >= 0 && to != old_to && (to > end || to <= start))
    {
      g_autofree char *to_text = df_time_format (to);

      if (to > end)
        g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                     _("To: %s is after the meeting ends at %s."), to_text, end_text);
      else
        g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                     _("To: %s is not after the meeting begins at %s."), to_text, start_text);
      return FALSE;
    }
  return TRUE;
}

gboolean
df_store_update_participant (DfStore        *self,
                             DfParticipant  *participant,
                             GError        **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  int from = df_participant_get_attend_from (participant);
  int to = df_participant_get_attend_to (participant);
  int attended = df_participant_get_attended (participant);

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (from >= 0 && to >= 0 && to <= from)
    {
      g_autofree char *from_text = df_time_format (from);
      g_autofree char *to_text = df_time_format (to);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("To: %s is not after the arrival at %s."), to_text, from_text);
      return FALSE;
    }
  if (!df_store_begin (self, error))
    return FALSE;
  if (!check_stay (self, participant, &local))
    return df_store_fail (self, error, local);
  stmt = df_store_prepare (self,
                           "UPDATE participant SET attend_from = nullif(?2, -1), attend_to = nullif(?3, -1),"
                           " only_own_items = ?4, dietary = ?5, accessibility = ?6, notes = ?7,"
                           " attended = nullif(?8, -1) WHERE id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, df_participant_get_id (participant));
  sqlite3_bind_int (stmt, 2, from);
  sqlite3_bind_int (stmt, 3, to);
  sqlite3_bind_int (stmt, 4, df_participant_get_only_own_items (participant) ? 1 : 0);
  sqlite3_bind_text (stmt, 5, df_participant_get_dietary (participant), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, df_participant_get_accessibility (participant), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, df_participant_get_notes (participant), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, attended < 0 ? -1 : attended > 0);
  if (!run (self, stmt, &local))
    return df_store_fail (self, error, local);
  if (sqlite3_changes (df_store_get_db (self)) == 0)
    return no_such_participant (self, error);
  return done (self, error);
}

gboolean
df_store_set_attended (DfStore  *self,
                       gint64    id,
                       int       attended,
                       GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self, "UPDATE participant SET attended = nullif(?2, -1) WHERE id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, attended < 0 ? -1 : attended > 0);
  if (!run (self, stmt, &local))
    return df_store_fail (self, error, local);
  if (sqlite3_changes (df_store_get_db (self)) == 0)
    return no_such_participant (self, error);
  return done (self, error);
}

gboolean
df_store_set_guest_items (DfStore       *self,
                          gint64         participant_id,
                          const gint64  *item_ids,
                          guint          n_items,
                          GError       **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gint64 meeting = meeting_of (self, participant_id);

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  if (!drop_guest_presenter (self, participant_id, &local))
    return df_store_fail (self, error, local);
  stmt = df_store_prepare (self, "DELETE FROM participant_item WHERE participant_id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (!run (self, stmt, &local))
    return df_store_fail (self, error, local);

  for (guint i = 0; i < n_items; i++)
    {
      /* Only items of the guest's own meeting. */
      stmt = df_store_prepare (self,
                               "INSERT INTO participant_item (participant_id, agenda_item_id)"
                               " SELECT pa.id, ai.id FROM participant pa JOIN agenda_item ai ON ai.meeting_id = pa.meeting_id"
                               " WHERE pa.id = ?1 AND ai.id = ?2", &local);
      if (stmt == NULL)
        return df_store_fail (self, error, local);
      sqlite3_bind_int64 (stmt, 1, participant_id);
      sqlite3_bind_int64 (stmt, 2, item_ids[i]);
      if (!run (self, stmt, &local))
        return df_store_fail (self, error, local);
      if (sqlite3_changes (df_store_get_db (self)) == 0)
        {
          g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                       _("The agenda item chosen is not on this meeting’s agenda."));
          return df_store_fail (self, error, local);
        }
      stmt = df_store_prepare (self,
                               "INSERT OR IGNORE INTO agenda_item_presenter (agenda_item_id, person_id, position)"
                               " SELECT ?2, pa.person_id, (SELECT coalesce(max(position), -1) + 1"
                               "  FROM agenda_item_presenter WHERE agenda_item_id = ?2)"
                               " FROM participant pa WHERE pa.id = ?1", &local);
      if (stmt == NULL)
        return df_store_fail (self, error, local);
      sqlite3_bind_int64 (stmt, 1, participant_id);
      sqlite3_bind_int64 (stmt, 2, item_ids[i]);
      if (!run (self, stmt, &local))
        return df_store_fail (self, error, local);
    }
  if (!done (self, error))
    return FALSE;
  df_store_refresh_meeting (self, meeting);
  return TRUE;
}

GArray *
df_store_list_guest_items (DfStore  *self,
                           gint64    participant_id,
                           GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT pi.agenda_item_id FROM participant_item pi"
                                         " JOIN agenda_item ai ON ai.id = pi.agenda_item_id"
                                         " WHERE pi.participant_id = ?1 ORDER BY ai.position", error);
  GArray *ids;

  if (stmt == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_int64 (stmt, 1, participant_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

/* --- Counting ---------------------------------------------------------- */

void
df_participant_counts (GListModel          *participants,
                       int                  lunch_start,
                       int                  lunch_end,
                       DfParticipantCounts *counts)
{
  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr (DfParticipant) p = g_list_model_get_item (participants, i);
      const char *reply = df_participant_get_reply (p);
      int from, to;

      counts->invited++;
      if (g_str_equal (reply, "declined"))
        counts->declined++;
      else if (g_str_equal (reply, "invited"))
        counts->unanswered++;
      else if (df_participant_is_coming (p))
        {
          counts->accepted++;
          /* At lunch unless they come after it or leave before it: by
           * hand, or as their own items' span has it. */
          df_participant_get_stay (p, &from, &to);
          if (lunch_start >= 0 && (from < 0 || from < lunch_end) && (to < 0 || to > lunch_start))
            counts->lunches++;
        }
    }
}
