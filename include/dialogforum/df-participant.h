/* df-participant.h: a person on a meeting's list: invited member, secretariat or guest,
 * with their reply and attendance.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_PARTICIPANT (df_participant_get_type ())
G_DECLARE_FINAL_TYPE (DfParticipant, df_participant, DF, PARTICIPANT, GObject)

gint64       df_participant_get_id (DfParticipant *self);
gint64       df_participant_get_meeting_id (DfParticipant *self);
gint64       df_participant_get_person_id (DfParticipant *self);
const char * df_participant_get_person_name (DfParticipant *self);
const char * df_participant_get_title (DfParticipant *self);
const char * df_participant_get_organisation_name (DfParticipant *self);
const char * df_participant_get_email (DfParticipant *self);
/* "member", "secretariat" or "guest" */
const char * df_participant_get_role (DfParticipant *self);
/* "invited", "accepted", "declined" or "substitute" */
const char * df_participant_get_reply (DfParticipant *self);
/* who comes instead; 0 when none */
gint64       df_participant_get_substitute_id (DfParticipant *self);
const char * df_participant_get_substitute_name (DfParticipant *self);
const char * df_participant_get_substitute_organisation (DfParticipant *self);
/* minutes after midnight; -1: from the start */
int          df_participant_get_attend_from (DfParticipant *self);
/* -1: to the end */
int          df_participant_get_attend_to (DfParticipant *self);
/* a guest who comes for their items only */
gboolean     df_participant_get_only_own_items (DfParticipant *self);
const char * df_participant_get_dietary (DfParticipant *self);
const char * df_participant_get_accessibility (DfParticipant *self);
const char * df_participant_get_notes (DfParticipant *self);
/* after the meeting: 1 came, 0 did not, -1 not recorded */
int          df_participant_get_attended (DfParticipant *self);
/* YYYY-MM-DD, or empty */
const char * df_participant_get_reply_date (DfParticipant *self);
/* "email", "phone", "other" or empty */
const char * df_participant_get_reply_channel (DfParticipant *self);
/* the member's seat kind on the meeting's date */
const char * df_participant_get_seat_name (DfParticipant *self);
/* for grouping by seat kind */
int          df_participant_get_seat_position (DfParticipant *self);
/* a guest's agenda items, by number and title */
const char * df_participant_get_items_text (DfParticipant *self);
/* the reply in the user's words */
const char * df_participant_get_reply_text (DfParticipant *self);
/* "kl. 9.30–12.00" for a partial stay, else empty */
const char * df_participant_get_span_text (DfParticipant *self);

/* The reply codes in the user's words. */
const char *df_participant_reply_label (const char *reply);
/* Whether they (or their substitute) are expected to come. */
gboolean    df_participant_is_coming   (DfParticipant *self);

G_END_DECLS
