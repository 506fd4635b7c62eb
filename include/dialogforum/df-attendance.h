/* df-attendance.h: who came to the forum's last meetings, per member and
 * per municipality (Danish: fremmøde).
 *
 * A pure function of the model objects, and a store call that gathers
 * them: no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* Two years of the forum's meetings. */
#define DF_ATTENDANCE_MEETINGS_DEFAULT 4

typedef struct
{
  char  *name;          /* the member, or the municipality */
  guint  meetings;      /* the meetings of those counted they were invited to */
  guint  attended;      /* they came themselves */
  guint  substituted;   /* their substitute came */
  /* Recorded as not there, or sent their apologies; the rest of the
   * meetings have no attendance recorded. */
  guint  absent;
} DfAttendanceRow;

typedef struct
{
  GPtrArray *meetings;        /* DfMeeting counted, earliest first */
  GPtrArray *members;         /* DfAttendanceRow, by name */
  GPtrArray *municipalities;  /* DfAttendanceRow, by name: a municipality is
                               * there when any of its members, or their
                               * substitutes, came */
} DfAttendance;

/* The last @n meetings of the forum itself (DfMeeting from @meetings),
 * not cancelled, held on or before @date (YYYY-MM-DD), earliest first. */
GPtrArray    *df_attendance_choose_meetings (GListModel            *meetings,
                                             const char            *date,
                                             guint                  n);
/* The members' attendance at @meetings (DfMeeting); @participants holds
 * each meeting's list (a GListModel of DfParticipant) in the same order;
 * @people (DfPerson) tells the members' municipalities. */
DfAttendance *df_attendance_compute         (GPtrArray             *meetings,
                                             GPtrArray             *participants,
                                             GListModel            *people);
/* The attendance at the register's last @n meetings on or before @date. */
DfAttendance *df_store_attendance           (DfStore               *store,
                                             const char            *date,
                                             guint                  n,
                                             GError               **error);
void          df_attendance_free            (DfAttendance          *self);

guint         df_attendance_row_get_unrecorded (const DfAttendanceRow *row);
/* "Karen Lundgaard: came to 2 of 3 meetings, 1 by substitute" in the
 * user's language: what the chart shows, in words. */
char         *df_attendance_row_describe    (const DfAttendanceRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfAttendance, df_attendance_free)

G_END_DECLS
