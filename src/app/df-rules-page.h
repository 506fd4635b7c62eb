/* df-rules-page.h: the Kommissorium page, the forum's rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_RULES_PAGE (df_rules_page_get_type ())
G_DECLARE_FINAL_TYPE (DfRulesPage, df_rules_page, DF, RULES_PAGE, GtkWidget)

void df_rules_page_set_store (DfRulesPage *self,
                              DfStore     *store);

G_END_DECLS
