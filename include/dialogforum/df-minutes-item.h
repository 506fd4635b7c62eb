/* df-minutes-item.h: what the minutes say under one agenda item: a summary of the
 * discussion and the decisions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_MINUTES_ITEM (df_minutes_item_get_type ())
G_DECLARE_FINAL_TYPE (DfMinutesItem, df_minutes_item, DF, MINUTES_ITEM, GObject)

gint64       df_minutes_item_get_agenda_item_id (DfMinutesItem *self);
gint64       df_minutes_item_get_meeting_id (DfMinutesItem *self);
/* the item's number on its agenda */
int          df_minutes_item_get_number (DfMinutesItem *self);
/* the item's title */
const char * df_minutes_item_get_title (DfMinutesItem *self);
/* the item's format, a code of df_agenda_item_formats () */
const char * df_minutes_item_get_format (DfMinutesItem *self);
/* of the discussion */
const char * df_minutes_item_get_summary (DfMinutesItem *self);
/* (Danish: beslutning) */
const char * df_minutes_item_get_decisions (DfMinutesItem *self);

G_END_DECLS
