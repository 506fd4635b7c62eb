/* df-agenda-timing.h: when each item of an agenda begins, and where the
 * agenda does not fit its day.
 *
 * Pure functions of the durations: no store, no display. An item begins
 * when the one before it ends, the first at the meeting's start; an item
 * with a fixed start begins then whatever comes before it, and so anchors
 * the items after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-agenda-item.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store.h"
#include "dialogforum/df-time.h"

G_BEGIN_DECLS

typedef struct
{
  const char *title;        /* names the item in messages */
  int         duration;     /* minutes */
  int         fixed_start;  /* minutes after midnight, or DF_NO_FIXED_START */
} DfTimingRequest;

typedef struct
{
  int start;                /* minutes after midnight */
  int end;
  /* On an item with a fixed start: by how many minutes the items before
   * it run past that start; 0 when they fit. */
  int late;
  /* On the first item that ends after the meeting's planned end: by how
   * many minutes the whole agenda runs past it; 0 elsewhere. */
  int past_end;
} DfTimingSlot;

/* Fills @slots (@n_items of them) for an agenda that starts at
 * @meeting_start and is planned to end at @planned_end, and sets
 * *@agenda_end, when given, to the end of its last item (@meeting_start
 * for an empty agenda). Refuses, with DF_STORE_ERROR_INVALID, an agenda
 * with an item that would end after midnight. */
gboolean df_agenda_timing_compute (int                     meeting_start,
                                   int                     planned_end,
                                   const DfTimingRequest  *items,
                                   guint                   n_items,
                                   DfTimingSlot           *slots,
                                   int                    *agenda_end,
                                   GError                **error);

/* The same over model objects: @items holds the meeting's DfAgendaItems
 * in the agenda's order; returns a new array of n slots, or NULL. */
DfTimingSlot *df_agenda_timing_for_items (DfMeeting   *meeting,
                                          GPtrArray   *items,
                                          int         *agenda_end,
                                          GError     **error);

/* The time some of an agenda's items take together, such as those a
 * guest presents on: from the earliest start to the latest end among
 * @slots[@picked[0]] … @slots[@picked[@n_picked - 1]]. FALSE, with
 * *@start and *@end -1, when nothing is picked. */
gboolean df_agenda_timing_span     (const DfTimingSlot *slots,
                                    const guint        *picked,
                                    guint               n_picked,
                                    int                *start,
                                    int                *end);

/* What is wrong with one slot's timing, in words ("The items before run
 * 10 minutes past its fixed start at 12.00."); empty when nothing is. */
char    *df_agenda_timing_describe (const DfTimingSlot *slot,
                                    int                 fixed_start,
                                    int                 planned_end);

/* The whole agenda's timing in one sentence for lists ("Runs 15 minutes
 * past the planned end."), or empty when it fits. */
char    *df_agenda_timing_summary  (const DfTimingSlot *slots,
                                    guint               n_slots,
                                    int                 agenda_end,
                                    int                 planned_end);

G_END_DECLS
