/* df-time.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-time.h"

gboolean
df_time_parse (const char *text,
               gboolean    allow_midnight,
               int        *minutes)
{
  g_autofree char *clean = NULL;
  const char *p;
  int hours = 0, mins = 0, digits = 0;

  g_return_val_if_fail (minutes != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  clean = g_strstrip (g_strdup (text));
  /* A fifth digit is already too many; reading on could overflow. */
  for (p = clean; g_ascii_isdigit (*p) && digits <= 4; p++, digits++)
    hours = hours * 10 + (*p - '0');
  if (digits == 0 || digits > 4)
    return FALSE;
  if (*p == '.' || *p == ':')
    {
      if (digits > 2 || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) || p[3] != '\0')
        return FALSE;
      mins = (p[1] - '0') * 10 + (p[2] - '0');
    }
  else if (*p != '\0')
    return FALSE;
  else if (digits > 2)
    {
      /* "930" and "0930", as typed on a number pad. */
      mins = hours % 100;
      hours /= 100;
    }
  if (mins > 59 || hours > 24 || (hours == 24 && (mins > 0 || !allow_midnight)))
    return FALSE;
  *minutes = hours * 60 + mins;
  return TRUE;
}

char *
df_time_format (int minutes)
{
  return g_strdup_printf ("%d.%02d", minutes / 60, minutes % 60);
}

char *
df_time_format_at (int minutes)
{
  g_autofree char *time = df_time_format (minutes);

  /* TRANSLATORS: a time of day, "9.30"; Danish writes "kl. 9.30". */
  return g_strdup_printf (_("at %s"), time);
}

char *
df_time_format_span (int start,
                     int end)
{
  g_autofree char *from = df_time_format (start);
  g_autofree char *to = df_time_format (end);

  /* TRANSLATORS: from one time of day to another, "9.30–15.00"; Danish
   * writes "kl. 9.30–15.00". */
  return g_strdup_printf (_("%s–%s"), from, to);
}
