/* df-list-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "df-list-view.h"

gboolean
df_list_view_select_id (GtkSingleSelection *selection,
                        gint64              id)
{
  GListModel *rows = G_LIST_MODEL (selection);

  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (rows, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        {
          gtk_single_selection_set_selected (selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

GtkFilter *
df_list_view_search_filter (GType               type,
                            const char * const *properties)
{
  GtkAnyFilter *any = gtk_any_filter_new ();

  for (guint i = 0; properties[i] != NULL; i++)
    {
      GtkStringFilter *filter = gtk_string_filter_new (gtk_property_expression_new (type, NULL, properties[i]));

      gtk_string_filter_set_ignore_case (filter, TRUE);
      gtk_multi_filter_append (GTK_MULTI_FILTER (any), GTK_FILTER (filter));
    }
  return GTK_FILTER (any);
}

void
df_list_view_set_search (GtkFilter  *filter,
                         const char *text)
{
  g_return_if_fail (GTK_IS_ANY_FILTER (filter));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filter)); i++)
    {
      g_autoptr (GtkStringFilter) one = g_list_model_get_item (G_LIST_MODEL (filter), i);

      gtk_string_filter_set_search (one, text);
    }
}

GtkStringFilter *
df_list_view_folded_search_filter (GType       type,
                                   const char *folded_property)
{
  GtkStringFilter *filter = gtk_string_filter_new (gtk_property_expression_new (type, NULL, folded_property));

  gtk_string_filter_set_ignore_case (filter, FALSE);
  return filter;
}

void
df_list_view_set_folded_search (GtkStringFilter *filter,
                                const char      *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  gtk_string_filter_set_search (filter, folded);
}

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
