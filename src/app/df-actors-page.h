/* df-actors-page.h: the Aktører page, the register of invited actors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_ACTORS_PAGE (df_actors_page_get_type ())
G_DECLARE_FINAL_TYPE (DfActorsPage, df_actors_page, DF, ACTORS_PAGE, GtkWidget)

void df_actors_page_set_store (DfActorsPage *self,
                               DfStore      *store);

G_END_DECLS
