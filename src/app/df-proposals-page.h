/* df-proposals-page.h: the Forslag page, the members' proposals for the
 * agenda from the day they are received.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_PROPOSALS_PAGE (df_proposals_page_get_type ())
G_DECLARE_FINAL_TYPE (DfProposalsPage, df_proposals_page, DF, PROPOSALS_PAGE, GtkWidget)

void df_proposals_page_set_store (DfProposalsPage *self,
                                  DfStore         *store);

G_END_DECLS
