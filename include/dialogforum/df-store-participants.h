/* df-store-participants.h: who is invited to a meeting, their replies,
 * substitutes and attendance, and the guests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-participant.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint invited;      /* everyone on the list */
  guint accepted;     /* coming, themselves or by substitute */
  guint declined;
  guint unanswered;
  guint lunches;      /* those there at lunch time, for a full day */
} DfParticipantCounts;

/* The participants of meeting @meeting_id, members by seat kind first,
 * then guests, then the secretariat; a live list. */
GListModel *df_store_list_participants  (DfStore        *self,
                                         gint64          meeting_id,
                                         GError        **error);
/* Puts the members on the meeting's date and the secretariat on the list,
 * leaving out those already there. */
gboolean    df_store_invite_members     (DfStore        *self,
                                         gint64          meeting_id,
                                         guint          *n_added,
                                         GError        **error);
gint64      df_store_add_participant    (DfStore        *self,
                                         gint64          meeting_id,
                                         gint64          person_id,
                                         const char     *role,
                                         GError        **error);
gboolean    df_store_remove_participant (DfStore        *self,
                                         gint64          id,
                                         GError        **error);
/* Records a reply that came on @date (YYYY-MM-DD) by @channel ("email",
 * "phone", "other"); @substitute_id with the reply "substitute", or 0 for
 * the member's standing substitute. */
gboolean    df_store_record_reply       (DfStore        *self,
                                         gint64          id,
                                         const char     *reply,
                                         gint64          substitute_id,
                                         const char     *date,
                                         const char     *channel,
                                         GError        **error);
/* Saves the partial stay, "only own items", diet, accessibility, notes
 * and attendance of @participant (by its id). Refuses a stay outside the
 * meeting, and "only own items" for someone who presents on no item. */
gboolean    df_store_update_participant (DfStore        *self,
                                         DfParticipant  *participant,
                                         GError        **error);
/* After the meeting: 1 came, 0 did not, -1 not recorded. */
gboolean    df_store_set_attended       (DfStore        *self,
                                         gint64          id,
                                         int             attended,
                                         GError        **error);
/* The agenda items a guest takes part in; they become the items'
 * presenters. */
gboolean    df_store_set_guest_items    (DfStore        *self,
                                         gint64          participant_id,
                                         const gint64   *item_ids,
                                         guint           n_items,
                                         GError        **error);
GArray     *df_store_list_guest_items   (DfStore        *self,
                                         gint64          participant_id,
                                         GError        **error);

/* Counts over a participant list; @lunch_start and @lunch_end (minutes
 * after midnight) bound lunch, or are -1 when the meeting has none. Lunch
 * counts those whose stay (df_participant_get_stay ()) covers part of it. */
void        df_participant_counts       (GListModel          *participants,
                                         int                  lunch_start,
                                         int                  lunch_end,
                                         DfParticipantCounts *counts);

/* The invitation for meeting @meeting_id, in Danish, ready to copy:
 * title, date, time, venue, the agenda's headlines, the reply deadline. */
char       *df_invitation_text          (DfStore        *self,
                                         gint64          meeting_id,
                                         GError        **error);
/* A mailto: URI with every invited address in Bcc and the invitation as
 * its body. */
char       *df_invitation_mailto        (DfStore        *self,
                                         gint64          meeting_id,
                                         GError        **error);

G_END_DECLS
