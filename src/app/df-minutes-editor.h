/* df-minutes-editor.h: writing a meeting's minutes (Danish: referat):
 * per agenda item a summary, the decisions and the actions agreed, and
 * the minutes' approval.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_MINUTES_EDITOR (df_minutes_editor_get_type ())
G_DECLARE_FINAL_TYPE (DfMinutesEditor, df_minutes_editor, DF, MINUTES_EDITOR, GtkWindow)

/* Opens on meeting @meeting_id's minutes; another meeting can be chosen
 * in the editor. */
DfMinutesEditor *df_minutes_editor_new (DfStore *store,
                                        gint64   meeting_id);

/* Shows agenda item @agenda_item_id (the first item when 0, or when the
 * meeting has no such item) and puts the focus in its new action's
 * description: Ctrl+N on the Opfølgning page. */
void df_minutes_editor_start_action (DfMinutesEditor *self,
                                     gint64           agenda_item_id);

G_END_DECLS
