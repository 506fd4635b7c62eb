/* df-composition-page.h: the Sammensætning page, the composition on a
 * date checked against the kommissorium.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_COMPOSITION_PAGE (df_composition_page_get_type ())
G_DECLARE_FINAL_TYPE (DfCompositionPage, df_composition_page, DF, COMPOSITION_PAGE, GtkWidget)

void df_composition_page_set_store (DfCompositionPage *self,
                                    DfStore           *store);
/* @date as YYYY-MM-DD. */
void df_composition_page_set_date  (DfCompositionPage *self,
                                    const char        *date);

G_END_DECLS
