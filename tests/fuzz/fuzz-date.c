/* fuzz-date.c: libFuzzer target for the date fields the secretariat types
 * and imports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-date.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  GDate date;

  g_date_clear (&date, 1);
  if (df_date_parse (text, &date))
    {
      g_autofree char *iso = df_date_to_iso (&date);
      GDate again;

      /* What was read is a real day, and reads back as itself. */
      g_date_clear (&again, 1);
      g_assert (g_date_valid (&date));
      g_assert (df_date_parse_iso (iso, &again));
      g_assert (g_date_compare (&date, &again) == 0);
    }
  return 0;
}
