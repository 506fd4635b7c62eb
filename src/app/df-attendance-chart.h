/* df-attendance-chart.h: attendance as horizontal bars, one a member or
 * municipality, each meeting a segment: came, came by substitute, absent,
 * not recorded. The numbers are the chart's accessible description too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-attendance.h"

G_BEGIN_DECLS

#define DF_TYPE_ATTENDANCE_CHART (df_attendance_chart_get_type ())
G_DECLARE_FINAL_TYPE (DfAttendanceChart, df_attendance_chart, DF, ATTENDANCE_CHART, GtkDrawingArea)

/* Shows @rows (DfAttendanceRow, kept by reference) under the accessible
 * name @label. */
void        df_attendance_chart_set_rows (DfAttendanceChart *self,
                                          GPtrArray         *rows,
                                          const char        *label);
/* The bars in words, one line a bar, as the screen reader hears them. */
const char *df_attendance_chart_get_text (DfAttendanceChart *self);

G_END_DECLS
