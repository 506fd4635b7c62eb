/* fuzz-time.c: libFuzzer target for the times of day the secretariat
 * types (a meeting's start and end, an item's fixed start, a partial
 * stay) and the list of sheets given to --export-pack --sheets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-pack-meeting.h"
#include "dialogforum/df-time.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr (GError) error = NULL;
  DfPackSheets sheets = 0;
  int minutes = -1;

  for (int midnight = 0; midnight <= 1; midnight++)
    if (df_time_parse (text, midnight, &minutes))
      {
        g_autofree char *shown = df_time_format (minutes);
        int again = -1;

        /* What was read is a time of day, and reads back as itself. */
        g_assert (minutes >= 0 && minutes <= (midnight ? DF_MINUTES_PER_DAY : DF_MINUTES_PER_DAY - 1));
        g_assert (df_time_parse (shown, midnight, &again));
        g_assert (again == minutes);
      }

  if (df_pack_sheets_parse (text, &sheets, &error))
    g_assert (error == NULL);
  else
    g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
  return 0;
}
