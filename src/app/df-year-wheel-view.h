/* df-year-wheel-view.h: the year wheel on screen, drawn by the core's
 * df_year_wheel_draw(). Hovering a mark tells what it is; clicking one of
 * a meeting's marks activates "win.show-meeting" with the meeting's id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-year-wheel.h"

G_BEGIN_DECLS

#define DF_TYPE_YEAR_WHEEL_VIEW (df_year_wheel_view_get_type ())
G_DECLARE_FINAL_TYPE (DfYearWheelView, df_year_wheel_view, DF, YEAR_WHEEL_VIEW, GtkDrawingArea)

/* Shows @wheel (taken), with @today (YYYY-MM-DD) marked when it falls in
 * the wheel's year. */
void         df_year_wheel_view_set_wheel (DfYearWheelView *self,
                                           DfYearWheel     *wheel,
                                           const char      *today);
/* What a tooltip at @x, @y shows, or NULL where there is no mark. */
char        *df_year_wheel_view_describe_at (DfYearWheelView *self,
                                             double           x,
                                             double           y);
/* Acts as a click at @x, @y: TRUE when a mark there opened its meeting,
 * action or working group (through "win.show-meeting", "win.show-action"
 * or "win.show-working-group"). */
gboolean     df_year_wheel_view_activate_at (DfYearWheelView *self,
                                             double           x,
                                             double           y);

G_END_DECLS
