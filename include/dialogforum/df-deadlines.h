/* df-deadlines.h: the secretariat's tasks derived from each meeting (Danish:
 * frister): send the invitation, the members' proposal deadline, send the
 * agenda and attachments, send the minutes.
 *
 * The offsets are the forum's data, kept as settings the secretariat can
 * change; the derivation and the choice of next and late tasks are pure
 * functions of the meetings: no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* 8 weeks, 1 week and 2 weeks: the secretariat's custom. */
#define DF_DEADLINE_INVITATION_DAYS_DEFAULT 56
#define DF_DEADLINE_DISPATCH_DAYS_DEFAULT 7
#define DF_DEADLINE_MINUTES_DAYS_DEFAULT 14
#define DF_DEADLINE_MAX_DAYS 365

typedef struct
{
  int invitation_days;   /* the invitation goes out this many days before */
  int dispatch_days;     /* the agenda and attachments, this many days before */
  int minutes_days;      /* the minutes, this many days after */
} DfDeadlineOffsets;

typedef enum
{
  DF_TASK_INVITATION,
  DF_TASK_PROPOSAL_DEADLINE,
  DF_TASK_DISPATCH,
  DF_TASK_MINUTES,
  DF_TASK_N_KINDS,
} DfTaskKind;

typedef struct
{
  DfTaskKind  kind;
  char       *date;            /* YYYY-MM-DD: when it is due */
  gint64      meeting_id;
  char       *meeting_title;
  char       *meeting_date;    /* YYYY-MM-DD */
  /* Known to be done: the invitation of a meeting that is invited or
   * held, the papers of a held meeting, or what the secretariat marked. */
  gboolean    done;
} DfTask;

/* The secretariat's custom: 56, 7 and 14 days. */
void        df_deadline_offsets_init_default (DfDeadlineOffsets       *offsets);

/* The tasks of @meeting, earliest first; none for a cancelled meeting,
 * no proposal deadline when it has none, and minutes only for the
 * meetings that take decisions (the forum's own and follow-up meetings).
 * @marked_done is a set of bits, 1 << DfTaskKind, of the tasks the
 * secretariat has marked done. */
GPtrArray  *df_tasks_for_meeting      (DfMeeting               *meeting,
                                       const DfDeadlineOffsets *offsets,
                                       guint                    marked_done);
/* Every meeting's tasks in @meetings (DfMeeting), by date; @marked_done
 * maps a meeting's id (gint64 *) to its bits, or is NULL. */
GPtrArray  *df_tasks_for_meetings     (GListModel              *meetings,
                                       const DfDeadlineOffsets *offsets,
                                       GHashTable              *marked_done);
/* Not done and due before @date (YYYY-MM-DD). A proposal deadline is the
 * members' and is never late: it passes. */
gboolean    df_task_is_late           (const DfTask            *task,
                                       const char              *date);
/* Of @tasks (DfTask, by date): the late ones, and the first @max_next
 * still to come from @date on; both borrowed from @tasks, by date. */
void        df_tasks_split            (GPtrArray               *tasks,
                                       const char              *date,
                                       guint                    max_next,
                                       GPtrArray              **next,
                                       GPtrArray              **late);
/* "Send the invitation", in the user's language. */
const char *df_task_kind_label        (DfTaskKind               kind);
/* Whether the secretariat ticks it off; a proposal deadline just passes. */
gboolean    df_task_kind_can_be_done  (DfTaskKind               kind);
DfTask     *df_task_copy              (const DfTask            *task);
void        df_task_free              (DfTask                  *task);

/* The offsets of the register in @store. */
void        df_store_get_deadline_offsets (DfStore                 *store,
                                           DfDeadlineOffsets       *offsets);
/* Refused with DF_STORE_ERROR_INVALID for a number of days outside
 * 0..DF_DEADLINE_MAX_DAYS. */
gboolean    df_store_set_deadline_offsets (DfStore                 *store,
                                           const DfDeadlineOffsets *offsets,
                                           GError                 **error);
/* Marks the task of kind @kind of meeting @meeting_id done, or not. The
 * mark holds for the meeting on its present date: a meeting moved to
 * another day has its tasks to do again. */
gboolean    df_store_set_task_done        (DfStore                 *store,
                                           gint64                   meeting_id,
                                           DfTaskKind               kind,
                                           gboolean                 done,
                                           GError                 **error);
/* Every meeting's tasks with the register's offsets and marks, by date. */
GPtrArray  *df_store_list_tasks           (DfStore                 *store,
                                           GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfTask, df_task_free)

G_END_DECLS
