/* df-overview-page.h: the Oversigt page, the one the secretariat opens
 * first: the year wheel, the next and the late tasks, how the forum is
 * composed today, the yearly plan, and attendance at the last meetings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_OVERVIEW_PAGE (df_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (DfOverviewPage, df_overview_page, DF, OVERVIEW_PAGE, GtkWidget)

void df_overview_page_set_store (DfOverviewPage *self,
                                 DfStore        *store);

G_END_DECLS
