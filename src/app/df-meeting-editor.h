/* df-meeting-editor.h: one meeting's details and agenda.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_MEETING_EDITOR (df_meeting_editor_get_type ())
G_DECLARE_FINAL_TYPE (DfMeetingEditor, df_meeting_editor, DF, MEETING_EDITOR, GtkWidget)

void   df_meeting_editor_set_store      (DfMeetingEditor *self,
                                         DfStore         *store);
/* Shows meeting @id: its details first when @details, else its agenda. */
void   df_meeting_editor_show_meeting   (DfMeetingEditor *self,
                                         gint64           id,
                                         gboolean         details);
/* The meeting shown; 0 when none. */
gint64 df_meeting_editor_get_meeting_id (DfMeetingEditor *self);

G_END_DECLS
