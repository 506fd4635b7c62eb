/* df-minutes.h: the minutes of a meeting (Danish: referat): whether they are
 * a draft or approved, and when.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_MINUTES (df_minutes_get_type ())
G_DECLARE_FINAL_TYPE (DfMinutes, df_minutes, DF, MINUTES, GObject)

gint64       df_minutes_get_meeting_id (DfMinutes *self);
/* "draft" (Danish: udkast) or "approved" (godkendt) */
const char * df_minutes_get_status (DfMinutes *self);
const char * df_minutes_get_status_label (DfMinutes *self);
/* approved: the day, YYYY-MM-DD; else empty */
const char * df_minutes_get_approved_on (DfMinutes *self);
/* "Approved 2.6.2026", or "Draft" */
const char * df_minutes_get_approved_text (DfMinutes *self);

/* The minutes' statuses in the user's words. */
const char *df_minutes_status_label (const char *status);

G_END_DECLS
