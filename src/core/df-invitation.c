/* df-invitation.c: the invitation to a meeting, as text to copy and as a
 * mailto: link for the mail program.
 *
 * The invitation goes to the members, so it is written in the forum's
 * language whatever the desktop's, like the printed papers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-agenda-item.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-participants.h"
#include "dialogforum/df-time.h"
#include "df-pack-private.h"
#include "df-store-private.h"

/* Replies are asked for two weeks ahead, so the venue and the catering
 * can be told in time. */
#define REPLY_DAYS_BEFORE 14

char *
df_invitation_text (DfStore  *store,
                    gint64    meeting_id,
                    GError  **error)
{
  DfMeeting *meeting = df_store_require_meeting (store, meeting_id, error);
  g_autoptr (GListModel) agenda = NULL;
  g_autoptr (GString) text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *deadline = NULL;
  GDate reply_by;

  if (meeting == NULL)
    return NULL;
  agenda = df_store_list_agenda (store, meeting_id, error);
  if (agenda == NULL)
    return NULL;

  date = df_pack_format_date_iso (df_meeting_get_date (meeting));
  from = df_time_format (df_meeting_get_start_time (meeting));
  to = df_time_format (df_meeting_get_end_time (meeting));
  g_date_clear (&reply_by, 1);
  df_date_parse_iso (df_meeting_get_date (meeting), &reply_by);
  g_date_subtract_days (&reply_by, REPLY_DAYS_BEFORE);
  deadline = df_pack_format_date (&reply_by);

  text = g_string_new (NULL);
  g_string_append_printf (text, P_("Invitation: %s"), df_meeting_get_title (meeting));
  g_string_append (text, "\n\n");
  g_string_append (text, P_("Dear members of Strategisk dialogforum på det sociale område,"));
  g_string_append (text, "\n\n");
  g_string_append_printf (text, P_("You are invited to %s on %s, at %s–%s."),
                          df_meeting_get_title (meeting), date, from, to);
  g_string_append (text, "\n");
  if (df_meeting_get_venue_name (meeting)[0] != '\0')
    {
      g_string_append_printf (text, P_("Venue: %s"), df_meeting_get_venue_name (meeting));
      if (df_meeting_get_venue_address (meeting)[0] != '\0')
        g_string_append_printf (text, ", %s", df_meeting_get_venue_address (meeting));
      g_string_append (text, "\n");
    }
  if (df_meeting_get_online_link (meeting)[0] != '\0')
    {
      g_string_append_printf (text, P_("Online: %s"), df_meeting_get_online_link (meeting));
      g_string_append (text, "\n");
    }
  if (g_list_model_get_n_items (agenda) > 0)
    {
      g_string_append (text, "\n");
      g_string_append (text, P_("Agenda:"));
      g_string_append (text, "\n");
      for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
        {
          g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, i);
          g_autofree char *start = df_time_format (df_agenda_item_get_start (item));

          g_string_append_printf (text, "%u. %s %s\n", i + 1, start, df_agenda_item_get_title (item));
        }
    }
  g_string_append (text, "\n");
  g_string_append_printf (text, P_("Please reply by %s, and tell us of any dietary or accessibility needs."), deadline);
  g_string_append (text, "\n");
  g_string_append (text, P_("The meeting is confidential."));
  g_string_append (text, "\n\n");
  g_string_append (text, P_("Kind regards"));
  g_string_append (text, "\n");
  if (df_meeting_get_responsible_name (meeting)[0] != '\0')
    g_string_append_printf (text, "%s\n", df_meeting_get_responsible_name (meeting));
  g_string_append (text, P_("The secretariat, Socialstyrelsen"));
  g_string_append (text, "\n");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
df_invitation_mailto (DfStore  *store,
                      gint64    meeting_id,
                      GError  **error)
{
  g_autofree char *body = df_invitation_text (store, meeting_id, error);
  g_autoptr (GListModel) participants = NULL;
  g_autoptr (GString) bcc = g_string_new (NULL);
  g_autofree char *subject = NULL;
  g_autofree char *escaped_subject = NULL;
  g_autofree char *escaped_body = NULL;
  DfMeeting *meeting;

  if (body == NULL)
    return NULL;
  participants = df_store_list_participants (store, meeting_id, error);
  if (participants == NULL)
    return NULL;
  meeting = df_store_find_meeting (store, meeting_id);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr (DfParticipant) p = g_list_model_get_item (participants, i);
      const char *email = df_participant_get_email (p);

      if (email[0] == '\0')
        continue;
      if (bcc->len > 0)
        g_string_append_c (bcc, ',');
      /* An address is safe in a URI as it is, but for the odd character. */
      g_string_append_uri_escaped (bcc, email, "@.+-_", FALSE);
    }
  subject = g_strdup_printf (P_("Invitation: %s"), df_meeting_get_title (meeting));
  escaped_subject = g_uri_escape_string (subject, NULL, FALSE);
  escaped_body = g_uri_escape_string (body, NULL, FALSE);
  return g_strdup_printf ("mailto:?bcc=%s&subject=%s&body=%s", bcc->str, escaped_subject, escaped_body);
}
