/* df-agenda-item.h: one item of a meeting's agenda (Danish: dagsordenspunkt).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_NO_FIXED_START (-1)

#define DF_TYPE_AGENDA_ITEM (df_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (DfAgendaItem, df_agenda_item, DF, AGENDA_ITEM, GObject)

gint64       df_agenda_item_get_id (DfAgendaItem *self);
gint64       df_agenda_item_get_meeting_id (DfAgendaItem *self);
/* 0, 1, 2 ... in the agenda's order; its number is one more */
int          df_agenda_item_get_position (DfAgendaItem *self);
const char * df_agenda_item_get_title (DfAgendaItem *self);
/* a code of df_agenda_item_formats () */
const char * df_agenda_item_get_format (DfAgendaItem *self);
/* a code of df_agenda_item_purposes (), or empty */
const char * df_agenda_item_get_purpose (DfAgendaItem *self);
/* minutes */
int          df_agenda_item_get_duration (DfAgendaItem *self);
/* a start it keeps, minutes after midnight; DF_NO_FIXED_START when none */
int          df_agenda_item_get_fixed_start (DfAgendaItem *self);
/* 0 when none */
gint64       df_agenda_item_get_responsible_id (DfAgendaItem *self);
const char * df_agenda_item_get_responsible_name (DfAgendaItem *self);
/* the presenters' names, joined */
const char * df_agenda_item_get_presenters_text (DfAgendaItem *self);
const char * df_agenda_item_get_description (DfAgendaItem *self);
/* as the agenda's timing has it, minutes after midnight */
int          df_agenda_item_get_start (DfAgendaItem *self);
int          df_agenda_item_get_end (DfAgendaItem *self);
/* with a fixed start: how many minutes the items before run past it */
int          df_agenda_item_get_late (DfAgendaItem *self);
/* on the first item to end after the meeting's planned end: how many
 * minutes the whole agenda runs past it */
int          df_agenda_item_get_past_end (DfAgendaItem *self);
/* the two above in words, or empty */
const char * df_agenda_item_get_timing_note (DfAgendaItem *self);
/* "Bilag 1, Bilag 2" */
const char * df_agenda_item_get_attachments_text (DfAgendaItem *self);

/* The formats and the purposes of an item, as codes and in the user's
 * words; an empty purpose is none. */
const char * const *df_agenda_item_formats        (void);
const char         *df_agenda_item_format_label   (const char *format);
const char * const *df_agenda_item_purposes       (void);
const char         *df_agenda_item_purpose_label  (const char *purpose);

G_END_DECLS
