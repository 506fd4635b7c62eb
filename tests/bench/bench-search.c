/* bench-search.c: search as you type over the large register.
 *
 * Times one keystroke's refilter of the members list (the very filter
 * model the Medlemmer page uses) at 10,000 people, against a baseline
 * measured in the same run: a bare loop doing the least any search must
 * do, one substring test per person. Reports the median of many
 * keystrokes; the aim is under one frame (16 ms).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "dialogforum/df-store-members.h"

#include "df-list-view.h"

#define ROUNDS 41

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const keystrokes[] = { "s", "sø", "sør", "søre", "søren", "søre", "sør", "sø", "s", "" };
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GtkFilterListModel) filtered = NULL;
  g_autoptr (GArray) filter_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) baseline_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GtkStringFilter *filter;
  guint n;

  if (argc != 2)
    {
      g_printerr ("usage: bench-search LARGE-DATABASE\n");
      return 2;
    }
  store = df_store_open (argv[1], DF_STORE_OPEN_DEFAULT, &error);
  people = store ? df_store_list_people (store, &error) : NULL;
  if (people == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (DfPerson) p = g_list_model_get_item (people, i);

      g_ptr_array_add (texts, g_strdup (df_person_get_search_text (p)));
    }

  filter = df_list_view_folded_search_filter (DF_TYPE_PERSON, "search-text");
  filtered = gtk_filter_list_model_new (g_object_ref (people), GTK_FILTER (filter));
  gtk_filter_list_model_set_incremental (filtered, FALSE);

  for (guint round = 0; round < ROUNDS; round++)
    {
      const char *key = keystrokes[round % G_N_ELEMENTS (keystrokes)];
      gint64 start = g_get_monotonic_time ();
      guint shown, counted = 0;
      double elapsed;

      df_list_view_set_folded_search (filter, key);
      shown = g_list_model_get_n_items (G_LIST_MODEL (filtered));
      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (filter_times, elapsed);

      start = g_get_monotonic_time ();
      for (guint i = 0; i < texts->len; i++)
        counted += strstr (g_ptr_array_index (texts, i), key) != NULL;
      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (baseline_times, elapsed);
      g_assert (shown == counted);
    }

  {
    double filter_ms = median (filter_times);
    double baseline_ms = median (baseline_times);

    g_print ("search\t%u people\tkeystroke %.2f ms\tbaseline %.2f ms\tratio %.1f\taim < 16 ms: %s\n",
             n, filter_ms, baseline_ms, filter_ms / MAX (baseline_ms, 0.001), filter_ms < 16.0 ? "met" : "MISSED");
  }
  return 0;
}
