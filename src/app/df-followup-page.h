/* df-followup-page.h: the Opfølgning page, the actions agreed at the
 * meetings and how far they have come, and the working groups.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_FOLLOWUP_PAGE (df_followup_page_get_type ())
G_DECLARE_FINAL_TYPE (DfFollowupPage, df_followup_page, DF, FOLLOWUP_PAGE, GtkWidget)

void df_followup_page_set_store (DfFollowupPage *self,
                                 DfStore        *store);
/* Shows every action and selects action @id. */
void df_followup_page_show_action (DfFollowupPage *self,
                                   gint64          id);

G_END_DECLS
