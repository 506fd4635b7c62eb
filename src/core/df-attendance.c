/* df-attendance.c
 *
 * Plurals come through g_dngettext() with the core's own domain: a library
 * must not rely on the program having called textdomain().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-attendance.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-participant.h"
#include "dialogforum/df-person.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-participants.h"

/* One member's, or municipality's, presence at one meeting; the larger
 * wins when a municipality has several members there. */
typedef enum
{
  PRESENCE_UNRECORDED,
  PRESENCE_ABSENT,
  PRESENCE_SUBSTITUTED,
  PRESENCE_ATTENDED,
} Presence;

static void
row_free (DfAttendanceRow *row)
{
  g_free (row->name);
  g_free (row);
}

void
df_attendance_free (DfAttendance *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->meetings);
  g_ptr_array_unref (self->members);
  g_ptr_array_unref (self->municipalities);
  g_free (self);
}

guint
df_attendance_row_get_unrecorded (const DfAttendanceRow *row)
{
  g_return_val_if_fail (row != NULL, 0);
  return row->meetings - row->attended - row->substituted - row->absent;
}

char *
df_attendance_row_describe (const DfAttendanceRow *row)
{
  GString *text;
  guint came, unrecorded;

  g_return_val_if_fail (row != NULL, NULL);

  came = row->attended + row->substituted;
  unrecorded = df_attendance_row_get_unrecorded (row);
  text = g_string_new (NULL);
  /* TRANSLATORS: a member's or a municipality's attendance: the name,
   * the meetings they came to and the meetings counted. */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s: came to %u of %u meeting",
                                             "%s: came to %u of %u meetings", row->meetings),
                          row->name, came, row->meetings);
  if (row->substituted > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u by substitute", "%u by substitute",
                                                 row->substituted), row->substituted);
    }
  if (row->absent > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u absent", "%u absent", row->absent),
                              row->absent);
    }
  if (unrecorded > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u not recorded", "%u not recorded", unrecorded),
                              unrecorded);
    }
  return g_string_free (text, FALSE);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  DfMeeting *x = *(DfMeeting * const *) a;
  DfMeeting *y = *(DfMeeting * const *) b;

  return g_strcmp0 (df_meeting_get_date (x), df_meeting_get_date (y));
}

GPtrArray *
df_attendance_choose_meetings (GListModel *meetings,
                               const char *date,
                               guint       n)
{
  g_autoptr (GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), chosen);
  g_return_val_if_fail (date != NULL, chosen);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      int when = g_strcmp0 (df_meeting_get_date (meeting), date);

      /* A past meeting was held unless cancelled, whether or not its
       * status was brought up to date; today's, once marked held. */
      if (!df_meeting_counts_for_year (meeting) || when > 0 ||
          (when == 0 && g_strcmp0 (df_meeting_get_status (meeting), "held") != 0))
        continue;
      g_ptr_array_add (held, g_steal_pointer (&meeting));
    }
  g_ptr_array_sort (held, compare_meetings);
  for (guint i = held->len > n ? held->len - n : 0; i < held->len; i++)
    g_ptr_array_add (chosen, g_object_ref (g_ptr_array_index (held, i)));
  return chosen;
}

static Presence
presence_of (DfParticipant *participant)
{
  switch (df_participant_get_attended (participant))
    {
    case 1:
      return g_strcmp0 (df_participant_get_reply (participant), "substitute") == 0 &&
             df_participant_get_substitute_id (participant) != 0
             ? PRESENCE_SUBSTITUTED : PRESENCE_ATTENDED;
    case 0:
      return PRESENCE_ABSENT;
    default:
      /* Apologies sent tell as much as a record of the day would. */
      return g_strcmp0 (df_participant_get_reply (participant), "declined") == 0
             ? PRESENCE_ABSENT : PRESENCE_UNRECORDED;
    }
}

static void
count (DfAttendanceRow *row,
       Presence         presence)
{
  row->meetings++;
  if (presence == PRESENCE_ATTENDED)
    row->attended++;
  else if (presence == PRESENCE_SUBSTITUTED)
    row->substituted++;
  else if (presence == PRESENCE_ABSENT)
    row->absent++;
}

/* The row of @id in @rows (id -> row), made with @name on first use. */
static DfAttendanceRow *
row_for (GHashTable *rows,
         gint64      id,
         const char *name)
{
  DfAttendanceRow *row = g_hash_table_lookup (rows, &id);

  if (row == NULL)
    {
      row = g_new0 (DfAttendanceRow, 1);
      row->name = g_strdup (name);
      g_hash_table_insert (rows, g_memdup2 (&id, sizeof id), row);
    }
  return row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const DfAttendanceRow *x = *(DfAttendanceRow * const *) a;
  const DfAttendanceRow *y = *(DfAttendanceRow * const *) b;

  return g_utf8_collate (x->name, y->name);
}

static GPtrArray *
sorted_rows (GHashTable *rows)
{
  GPtrArray *sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  GHashTableIter iter;
  gpointer id, row;

  /* The rows move to the array; their keys go. */
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    {
      g_ptr_array_add (sorted, row);
      g_hash_table_iter_steal (&iter);
      g_free (id);
    }
  g_ptr_array_sort (sorted, compare_rows);
  return sorted;
}

DfAttendance *
df_attendance_compute (GPtrArray  *meetings,
                       GPtrArray  *participants,
                       GListModel *people)
{
  g_autoptr (GHashTable) members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) row_free);
  g_autoptr (GHashTable) municipalities = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) row_free);
  g_autoptr (GHashTable) people_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  DfAttendance *self;

  g_return_val_if_fail (meetings != NULL && participants != NULL, NULL);
  g_return_val_if_fail (meetings->len == participants->len, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (people), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      DfPerson *person = g_list_model_get_item (people, i);
      gint64 id = df_person_get_id (person);

      g_hash_table_insert (people_by_id, g_memdup2 (&id, sizeof id), person);
    }

  for (guint m = 0; m < meetings->len; m++)
    {
      GListModel *list = g_ptr_array_index (participants, m);
      /* organisation id -> the best Presence of its members at this meeting */
      g_autoptr (GHashTable) present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      GHashTableIter iter;
      gpointer key, value;

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr (DfParticipant) participant = g_list_model_get_item (list, i);
          gint64 person_id = df_participant_get_person_id (participant);
          DfPerson *person = g_hash_table_lookup (people_by_id, &person_id);
          Presence presence;

          if (g_strcmp0 (df_participant_get_role (participant), "member") != 0)
            continue;
          presence = presence_of (participant);
          count (row_for (members, person_id, df_participant_get_person_name (participant)), presence);
          if (person != NULL && g_strcmp0 (df_person_get_organisation_kind (person), "municipality") == 0)
            {
              gint64 organisation_id = df_person_get_organisation_id (person);
              gpointer best = NULL;

              if (!g_hash_table_lookup_extended (present, &organisation_id, NULL, &best) ||
                  presence > (Presence) GPOINTER_TO_INT (best))
                g_hash_table_insert (present, g_memdup2 (&organisation_id, sizeof organisation_id),
                                     GINT_TO_POINTER (presence));
              row_for (municipalities, organisation_id, df_person_get_organisation_name (person));
            }
        }
      g_hash_table_iter_init (&iter, present);
      while (g_hash_table_iter_next (&iter, &key, &value))
        count (g_hash_table_lookup (municipalities, key), GPOINTER_TO_INT (value));
    }

  self = g_new0 (DfAttendance, 1);
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint m = 0; m < meetings->len; m++)
    g_ptr_array_add (self->meetings, g_object_ref (g_ptr_array_index (meetings, m)));
  self->members = sorted_rows (members);
  self->municipalities = sorted_rows (municipalities);
  return self;
}

DfAttendance *
df_store_attendance (DfStore     *store,
                     const char  *date,
                     guint        n,
                     GError     **error)
{
  g_autoptr (GListModel) meetings = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GPtrArray) chosen = NULL;
  g_autoptr (GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (DF_IS_STORE (store), NULL);

  if ((meetings = df_store_list_meetings (store, error)) == NULL)
    return NULL;
  chosen = df_attendance_choose_meetings (meetings, date, n);
  for (guint i = 0; i < chosen->len; i++)
    {
      GListModel *list = df_store_list_participants (store, df_meeting_get_id (g_ptr_array_index (chosen, i)), error);

      if (list == NULL)
        return NULL;
      g_ptr_array_add (participants, list);
      for (guint p = 0; p < g_list_model_get_n_items (list); p++)
        {
          g_autoptr (DfParticipant) participant = g_list_model_get_item (list, p);
          gint64 id = df_participant_get_person_id (participant);

          g_array_append_val (ids, id);
        }
    }
  /* Only the people who were asked to these meetings, not the register. */
  if ((people = df_store_list_people_among (store, (const gint64 *) ids->data, ids->len, error)) == NULL)
    return NULL;
  return df_attendance_compute (chosen, participants, people);
}
