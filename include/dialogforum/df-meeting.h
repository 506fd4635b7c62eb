/* df-meeting.h: a meeting of the forum, or one of its other activities: a
 * follow-up meeting, a working group, a study trip, a visit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_MEETING (df_meeting_get_type ())
G_DECLARE_FINAL_TYPE (DfMeeting, df_meeting, DF, MEETING, GObject)

gint64       df_meeting_get_id (DfMeeting *self);
const char * df_meeting_get_title (DfMeeting *self);
/* a code of df_meeting_kinds () */
const char * df_meeting_get_kind (DfMeeting *self);
/* ISO 8601, YYYY-MM-DD */
const char * df_meeting_get_date (DfMeeting *self);
/* minutes after midnight */
int          df_meeting_get_start_time (DfMeeting *self);
/* the planned end, minutes after midnight (1440: midnight) */
int          df_meeting_get_end_time (DfMeeting *self);
/* a full-day meeting (Danish: heldagsmøde), else a half-day one */
gboolean     df_meeting_get_full_day (DfMeeting *self);
const char * df_meeting_get_venue_name (DfMeeting *self);
const char * df_meeting_get_venue_address (DfMeeting *self);
/* a web address for those who join online, or empty */
const char * df_meeting_get_online_link (DfMeeting *self);
/* a code of df_meeting_statuses () */
const char * df_meeting_get_status (DfMeeting *self);
/* printed on every page of its papers (Danish: mærkning), "FORTROLIGT" */
const char * df_meeting_get_marking (DfMeeting *self);
/* the person in the secretariat in charge; 0 when none */
gint64       df_meeting_get_responsible_id (DfMeeting *self);
const char * df_meeting_get_responsible_name (DfMeeting *self);
/* the last day for agenda proposals, YYYY-MM-DD, or empty */
const char * df_meeting_get_proposal_deadline (DfMeeting *self);
const char * df_meeting_get_notes (DfMeeting *self);
/* the year of its date */
int          df_meeting_get_year (DfMeeting *self);
/* the date in words, "tirsdag den 14. marts 2023" */
const char * df_meeting_get_date_text (DfMeeting *self);
/* "kl. 9.30–15.00" */
const char * df_meeting_get_time_text (DfMeeting *self);
const char * df_meeting_get_kind_label (DfMeeting *self);
const char * df_meeting_get_status_label (DfMeeting *self);
/* when its agenda ends as planned, minutes after midnight */
int          df_meeting_get_agenda_end (DfMeeting *self);
/* what is wrong with its agenda's timing, in words, or empty */
const char * df_meeting_get_timing_note (DfMeeting *self);

/* The kinds of meeting, as codes, in the user's words, and in the
 * forum's own Danish words, which do not change with the language. */
const char * const *df_meeting_kinds             (void);
const char         *df_meeting_kind_label        (const char *kind);
const char         *df_meeting_kind_danish       (const char *kind);
/* The statuses (Danish: planlagt, indkaldt, afholdt, aflyst). */
const char * const *df_meeting_statuses          (void);
const char         *df_meeting_status_label      (const char *status);
/* Whether it counts towards the meetings a year of the kommissorium: a
 * meeting of the forum itself that is not cancelled. */
gboolean            df_meeting_counts_for_year   (DfMeeting  *self);

G_END_DECLS
