/* df-list-view.h: a page's list, filtered, sorted by its column headers,
 * with a selection that may stay empty.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows @items (taken) through @filter (taken) in @view, sorted by the
 * view's own column sorter, with a selection that is not made on its own
 * and may be undone. @changed is called as a swapped handler, with @data,
 * when the selection or the filtered rows change. The filter model comes
 * back in @filtered and the selection as the result: references the
 * caller keeps. */
GtkSingleSelection *df_list_view_show (GtkColumnView       *view,
                                       GListModel          *items,
                                       GtkFilter           *filter,
                                       GCallback            changed,
                                       gpointer             data,
                                       GtkFilterListModel **filtered);

/* Selects the row of @selection whose item has @id in its "id" property;
 * FALSE, and the selection as it was, when no row shows it. */
gboolean            df_list_view_select_id     (GtkSingleSelection  *selection,
                                                gint64               id);

/* A filter that passes an item of @type when the search text occurs,
 * ignoring case, in any of its string @properties (NULL-terminated); with
 * no search text it passes every item. */
GtkFilter          *df_list_view_search_filter (GType                type,
                                                const char * const  *properties);
/* Sets the search text of a filter made by df_list_view_search_filter(). */
void                df_list_view_set_search    (GtkFilter           *filter,
                                                const char          *text);

/* A filter that passes an item of @type when the search text occurs in
 * its @folded_property, a text the item keeps case-folded already: the
 * search is folded once a keystroke, not every row (the register's ten
 * thousand people). */
GtkStringFilter    *df_list_view_folded_search_filter (GType            type,
                                                       const char      *folded_property);
/* Sets @text, case-folded, as the search of such a filter. */
void                df_list_view_set_folded_search    (GtkStringFilter *filter,
                                                       const char      *text);

G_END_DECLS
