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
/* a guest who comes for their items only ("kun til egne punkter") */
gboolean     df_participant_get_only_own_items (DfParticipant *self);
/* The span of the agenda items they present on or are a guest of: the
 * earliest start and the latest end, minutes after midnight, as the
 * agenda's timing had it when the list was read; -1 when they have no
 * items. Computed, never stored: moving an item moves it. */
int          df_participant_get_items_start (DfParticipant *self);
int          df_participant_get_items_end (DfParticipant *self);
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
/* the agenda items a guest, or someone who comes for their own items
 * only, is a guest of or presents on, by number and title */
const char * df_participant_get_items_text (DfParticipant *self);
/* the reply in the user's words */
const char * df_participant_get_reply_text (DfParticipant *self);
/* "kl. 9.30–12.00" for a partial stay, "kl. 10.15–11.00 (egne punkter)"
 * for a stay that follows their items, else empty */
const char * df_participant_get_span_text (DfParticipant *self);

/* The stay they are expected for, in minutes after midnight, -1 for
 * the meeting's own start (*@from) or end (*@to); TRUE when it is not the
 * whole meeting. The rule: a time given by hand ("fra", "til") always
 * holds, for its own side; with only-own-items, a side left open is the
 * start or the end of their items' span, so that a guest who will stay on
 * for lunch needs only a "til". Without any item the flag changes
 * nothing: they are expected for the whole meeting. */
gboolean    df_participant_get_stay    (DfParticipant *self,
                                        int           *from,
                                        int           *to);
/* Whether their items' span shapes the stay: only-own-items with items. */
gboolean    df_participant_has_own_items_stay (DfParticipant *self);

/* The reply codes in the user's words. */
const char *df_participant_reply_label (const char *reply);
/* Whether they (or their substitute) are expected to come. */
gboolean    df_participant_is_coming   (DfParticipant *self);

G_END_DECLS
