/* df-meeting-choice.h: the meetings as a dropdown's choices, "8.12.2026 ·
 * Møde i Strategisk dialogforum", with their ids kept beside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* Fills @dropdown with @first (when not NULL, "All meetings" or "No
 * meeting", standing for id 0) and the meetings of @store by date (only
 * those still to be held when @coming_only), and @ids with their ids;
 * selects @selected_id when it is among them, else the first choice. */
void   df_meeting_choice_fill         (GtkDropDown *dropdown,
                                       DfStore     *store,
                                       const char  *first,
                                       gboolean     coming_only,
                                       GArray      *ids,
                                       gint64       selected_id);
/* The id of the meeting chosen; 0 for @first or nothing. */
gint64 df_meeting_choice_get_selected (GtkDropDown *dropdown,
                                       GArray      *ids);
/* Selects meeting @id; FALSE, and nothing changed, when it is no choice. */
gboolean df_meeting_choice_select     (GtkDropDown *dropdown,
                                       GArray      *ids,
                                       gint64       id);

G_END_DECLS
