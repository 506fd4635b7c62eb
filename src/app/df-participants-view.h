/* df-participants-view.h: the Deltagere tab of a meeting: who is
 * invited, their replies, substitutes, stays and attendance.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_PARTICIPANTS_VIEW (df_participants_view_get_type ())
G_DECLARE_FINAL_TYPE (DfParticipantsView, df_participants_view, DF, PARTICIPANTS_VIEW, GtkWidget)

/* Shows meeting @meeting_id of @store; 0 shows nothing. */
void df_participants_view_set_meeting (DfParticipantsView *self,
                                       DfStore            *store,
                                       gint64              meeting_id);

G_END_DECLS
