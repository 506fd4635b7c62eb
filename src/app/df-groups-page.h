/* df-groups-page.h: the Arbejdsgrupper page, the forum's working groups
 * with their members, meetings and actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_GROUPS_PAGE (df_groups_page_get_type ())
G_DECLARE_FINAL_TYPE (DfGroupsPage, df_groups_page, DF, GROUPS_PAGE, GtkWidget)

void df_groups_page_set_store (DfGroupsPage *self,
                               DfStore      *store);
/* Selects working group @id, whatever the search hid, and opens it in
 * the editor. */
void df_groups_page_show_group (DfGroupsPage *self,
                                gint64        id);

G_END_DECLS
