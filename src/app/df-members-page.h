/* df-members-page.h: the Medlemmer page, the register of people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_MEMBERS_PAGE (df_members_page_get_type ())
G_DECLARE_FINAL_TYPE (DfMembersPage, df_members_page, DF, MEMBERS_PAGE, GtkWidget)

void df_members_page_set_store (DfMembersPage *self,
                                DfStore       *store);

G_END_DECLS
