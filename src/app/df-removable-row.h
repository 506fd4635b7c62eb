/* df-removable-row.h: a row of a short list edited in place (presenters,
 * members, arrangers): a name, a detail dimmed, and a button that takes
 * it off the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The button activates @action with the int64 @id; @remove_label names
 * it for the eye (a tooltip) and for assistive technologies. */
GtkWidget *df_removable_row_new (const char *name,
                                 const char *detail,
                                 const char *remove_label,
                                 const char *action,
                                 gint64      id);

G_END_DECLS
