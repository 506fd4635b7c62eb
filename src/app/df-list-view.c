/* df-list-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "df-list-view.h"

GtkSingleSelection *
df_list_view_show (GtkColumnView       *view,
                   GListModel          *items,
                   GtkFilter           *filter,
                   GCallback            changed,
                   gpointer             data,
                   GtkFilterListModel **filtered)
{
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (filtered != NULL, NULL);

  *filtered = gtk_filter_list_model_new (items, filter);
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (*filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  g_signal_connect_swapped (selection, "notify::selected-item", changed, data);
  g_signal_connect_swapped (*filtered, "items-changed", changed, data);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  return selection;
}
