/* df-year-plan.c
 *
 * Plurals come through g_dngettext() with the core's own domain: a library
 * must not rely on the program having called textdomain().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-year-plan.h"

void
df_year_check_free (DfYearCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->text);
  g_free (check);
}

gboolean
df_year_check_is_met (const DfYearCheck *check)
{
  g_return_val_if_fail (check != NULL, FALSE);
  return check->planned == check->required;
}

static char *
describe (const DfYearCheck *check)
{
  if (check->planned == check->required)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%d of %d meeting planned in %d",
                                         "%d of %d meetings planned in %d", check->required),
                            check->planned, check->required, check->year);
  if (check->planned == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "No meetings planned in %d; the kommissorium calls for %d meeting",
                                         "No meetings planned in %d; the kommissorium calls for %d meetings",
                                         check->required),
                            check->year, check->required);
  if (check->planned < check->required)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Only %d of %d meeting planned in %d",
                                         "Only %d of %d meetings planned in %d", check->required),
                            check->planned, check->required, check->year);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%d meeting planned in %d, more than the kommissorium’s %d",
                                       "%d meetings planned in %d, more than the kommissorium’s %d", check->planned),
                          check->planned, check->year, check->required);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  const DfYearCheck *x = *(DfYearCheck * const *) a;
  const DfYearCheck *y = *(DfYearCheck * const *) b;

  return (x->year > y->year) - (x->year < y->year);
}

GPtrArray *
df_year_plan_check (GListModel *meetings,
                    int         meetings_per_year,
                    int         current_year)
{
  g_autoptr (GHashTable) by_year = g_hash_table_new (g_direct_hash, g_direct_equal);
  GPtrArray *checks = g_ptr_array_new_with_free_func ((GDestroyNotify) df_year_check_free);
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), checks);

  g_hash_table_insert (by_year, GINT_TO_POINTER (current_year), GINT_TO_POINTER (0));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      GDate date;
      int year, counted;

      g_date_clear (&date, 1);
      if (!df_date_parse_iso (df_meeting_get_date (meeting), &date))
        continue;
      year = g_date_get_year (&date);
      counted = GPOINTER_TO_INT (g_hash_table_lookup (by_year, GINT_TO_POINTER (year)));
      if (df_meeting_counts_for_year (meeting))
        counted++;
      g_hash_table_insert (by_year, GINT_TO_POINTER (year), GINT_TO_POINTER (counted));
    }

  g_hash_table_iter_init (&iter, by_year);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DfYearCheck *check = g_new0 (DfYearCheck, 1);

      check->year = GPOINTER_TO_INT (key);
      check->planned = GPOINTER_TO_INT (value);
      check->required = meetings_per_year;
      check->text = describe (check);
      g_ptr_array_add (checks, check);
    }
  g_ptr_array_sort (checks, compare_years);
  return checks;
}
