/* df-agenda-row.h: one item in the agenda list, edited in place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-agenda-item.h"

G_BEGIN_DECLS

#define DF_TYPE_AGENDA_ROW (df_agenda_row_get_type ())
G_DECLARE_FINAL_TYPE (DfAgendaRow, df_agenda_row, DF, AGENDA_ROW, GtkListBoxRow)

/* The row follows @item's notifications; what the user changes in it
 * comes out as the signals "duration-edited" and "item-dropped" (another
 * row's item dropped on this one). */
GtkWidget    *df_agenda_row_new      (DfAgendaItem *item);
DfAgendaItem *df_agenda_row_get_item (DfAgendaRow  *self);

G_END_DECLS
