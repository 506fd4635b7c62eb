/* df-demo-participants.c: who was invited to the demo's meetings and how
 * they replied: acceptances, a decline, a substitute, a partial stay, a
 * dietary need, a guest on one agenda item, and attendance recorded for
 * the meeting that was held.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-demo"

#include "config.h"

#include "dialogforum/df-agenda-item.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-participants.h"
#include "df-demo-private.h"
#include "df-store-private.h"

static DfParticipant *
participant_of (GListModel *participants,
                gint64      person_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr (DfParticipant) p = g_list_model_get_item (participants, i);

      if (df_participant_get_person_id (p) == person_id)
        return p;
    }
  return NULL;
}

typedef struct
{
  const char *name;
  const char *reply;
  const char *substitute;
  const char *channel;
} DemoReply;

static gboolean
fill_meeting (DfStore          *store,
              DfMeeting        *meeting,
              const DemoReply  *replies,
              guint             n_replies,
              GError          **error)
{
  gint64 id = df_meeting_get_id (meeting);
  g_autoptr (GListModel) participants = NULL;

  if (!df_store_invite_members (store, id, NULL, error))
    return FALSE;
  /* Inside the demo's transaction the live list is read afresh. */
  participants = df_store_list_participants (store, id, error);
  if (participants == NULL)
    return FALSE;
  for (guint i = 0; i < n_replies; i++)
    {
      DfParticipant *p = participant_of (participants, df_demo_person_id (store, replies[i].name));

      if (p != NULL &&
          !df_store_record_reply (store, df_participant_get_id (p), replies[i].reply,
                                  replies[i].substitute ? df_demo_person_id (store, replies[i].substitute) : 0,
                                  df_meeting_get_date (meeting), replies[i].channel, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_guest (DfStore    *store,
           DfMeeting  *meeting,
           gint64      guest_id,
           guint       item_position,
           GError    **error)
{
  g_autoptr (GListModel) agenda = df_store_list_agenda (store, df_meeting_get_id (meeting), error);
  g_autoptr (DfAgendaItem) item = NULL;
  g_autoptr (DfParticipant) stay = NULL;
  gint64 participant, item_id;

  if (agenda == NULL)
    return FALSE;
  item = g_list_model_get_item (agenda, MIN (item_position, g_list_model_get_n_items (agenda) - 1));
  item_id = df_agenda_item_get_id (item);
  participant = df_store_add_participant (store, df_meeting_get_id (meeting), guest_id, "guest", error);
  if (participant == 0 ||
      !df_store_set_guest_items (store, participant, &item_id, 1, error) ||
      !df_store_record_reply (store, participant, "accepted", 0, df_meeting_get_date (meeting), "email", error))
    return FALSE;
  /* Their stay follows the item's time on the agenda. */
  stay = g_object_new (DF_TYPE_PARTICIPANT, "id", participant, "only-own-items", TRUE, "attended", -1, NULL);
  return df_store_update_participant (store, stay, error);
}

gboolean
df_demo_fill_participants (DfStore  *store,
                           GDate    *today,
                           GError  **error)
{
  static const DemoReply held[] = {
    { "Karen Lundgaard", "accepted", NULL, "email" },
    { "Thomas Riis Mikkelsen", "accepted", NULL, "email" },
    { "Hanne Skovgaard", "accepted", NULL, "email" },
    { "Per Østergaard", "substitute", "Kasper Bruun", "phone" },
    { "Lise Brandt Nielsen", "accepted", NULL, "email" },
    { "Søren Hjort", "declined", NULL, "phone" },
    { "Camilla Frost", "accepted", NULL, "email" },
    { "Anders Lyngholm", "accepted", NULL, "email" },
    { "Jens Kragh", "accepted", NULL, "email" },
    { "Maja Winther", "accepted", NULL, "email" },
    { "Bo Kristensen", "accepted", NULL, "email" },
    { "Susanne Melgaard", "accepted", NULL, "email" },
    { "Ida Rosenkvist", "declined", NULL, "email" },
    { "Mette Kjærgaard", "accepted", NULL, "other" },
    { "Jonas Vestergaard", "accepted", NULL, "other" },
  };
  static const DemoReply coming[] = {
    { "Karen Lundgaard", "accepted", NULL, "email" },
    { "Hanne Skovgaard", "accepted", NULL, "email" },
    { "Lise Brandt Nielsen", "accepted", NULL, "phone" },
    { "Camilla Frost", "declined", NULL, "email" },
    { "Susanne Melgaard", "substitute", "Niels Bach Sørensen", "email" },
    { "Mette Kjærgaard", "accepted", NULL, "other" },
  };
  g_autoptr (GListModel) meetings = df_store_list_meetings (store, error);
  /* The researcher from VIVE, of the register of invited actors. */
  gint64 guest_id = df_demo_person_id (store, "Trine Vang");
  guint forum_meetings = 0;
  gint64 held_meeting = 0;

  if (meetings == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (meetings) && forum_meetings < 2; i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      gboolean past;
      g_autofree char *today_iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (today),
                                                    g_date_get_month (today), g_date_get_day (today));

      if (g_strcmp0 (df_meeting_get_kind (meeting), "forum") != 0 ||
          df_meeting_get_year (meeting) != g_date_get_year (today))
        continue;
      past = g_strcmp0 (df_meeting_get_date (meeting), today_iso) < 0;
      if (!fill_meeting (store, meeting, past ? held : coming, past ? G_N_ELEMENTS (held) : G_N_ELEMENTS (coming), error))
        return FALSE;
      if (guest_id != 0 && !add_guest (store, meeting, guest_id, 1, error))
        return FALSE;
      if (past)
        held_meeting = df_meeting_get_id (meeting);
      forum_meetings++;
    }
  {
    /* A partial stay and a dietary need, to show on the lists. */
    g_autoptr (DfMeeting) first = g_list_model_get_item (meetings, 0);
    g_autoptr (GListModel) participants = df_store_list_participants (store, df_meeting_get_id (first), error);
    DfParticipant *lise = participants ? participant_of (participants, df_demo_person_id (store, "Lise Brandt Nielsen")) : NULL;
    DfParticipant *hanne = participants ? participant_of (participants, df_demo_person_id (store, "Hanne Skovgaard")) : NULL;

    if (lise != NULL)
      {
        g_autoptr (DfParticipant) stay = g_object_new (DF_TYPE_PARTICIPANT, "id", df_participant_get_id (lise),
                                                       "attend-from", df_meeting_get_start_time (first),
                                                       "attend-to", 12 * 60, NULL);
        if (!df_store_update_participant (store, stay, error))
          return FALSE;
      }
    if (hanne != NULL)
      {
        g_autoptr (DfParticipant) diet = g_object_new (DF_TYPE_PARTICIPANT, "id", df_participant_get_id (hanne),
                                                       "dietary", "Vegetar", NULL);
        if (!df_store_update_participant (store, diet, error))
          return FALSE;
      }
  }
  /* Last, as the secretariat does after the meeting: who came. */
  if (held_meeting != 0)
    {
      sqlite3_stmt *stmt = df_store_prepare (store,
                                             "UPDATE participant SET attended = (reply <> 'declined')"
                                             " WHERE meeting_id = ?1", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, held_meeting);
      if (!df_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}
