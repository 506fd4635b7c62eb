/* df-meetings-page.h: the Meetings page: the yearly plan and the meeting
 * editor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_MEETINGS_PAGE (df_meetings_page_get_type ())
G_DECLARE_FINAL_TYPE (DfMeetingsPage, df_meetings_page, DF, MEETINGS_PAGE, GtkWidget)

void df_meetings_page_set_store (DfMeetingsPage *self,
                                 DfStore        *store);
/* Opens meeting @id in the page's editor, at its agenda. */
void df_meetings_page_show_meeting (DfMeetingsPage *self,
                                    gint64          id);
/* Plans a new meeting of working group @group_id and opens it in the
 * editor, at its details; a failure is said on the page. */
void df_meetings_page_plan_group_meeting (DfMeetingsPage *self,
                                          gint64          group_id);

G_END_DECLS
