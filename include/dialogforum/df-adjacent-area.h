/* df-adjacent-area.h: an area next to the social area that municipal
 * directors may also be responsible for (Danish: tilstødende fagområde).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_ADJACENT_AREA (df_adjacent_area_get_type ())
G_DECLARE_FINAL_TYPE (DfAdjacentArea, df_adjacent_area, DF, ADJACENT_AREA, GObject)

gint64      df_adjacent_area_get_id   (DfAdjacentArea *self);
const char *df_adjacent_area_get_name (DfAdjacentArea *self);

G_END_DECLS
