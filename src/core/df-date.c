/* df-date.c
 *
 * GDate does the calendar; only the three textual forms the secretariat
 * meets are read here, because g_date_set_parse() guesses by locale and
 * would take "03-04-2025" as March or April depending on the machine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-date.h"

static gboolean
set_checked (GDate *date,
             int    day,
             int    month,
             int    year)
{
  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
read_numbers (const char *text,
              char        separator,
              int         first_len,
              int        *a,
              int        *b,
              int        *c)
{
  int lengths[3] = { first_len, 2, first_len == 4 ? 2 : 4 };
  int *values[3] = { a, b, c };
  const char *p = text;

  for (int i = 0; i < 3; i++)
    {
      int value = 0, digits = 0;

      /* Counted to the end of the run, but no more of it read than the
       * field can hold: "2229023023" is ten digits, not an overflow. */
      while (g_ascii_isdigit (*p))
        {
          if (digits < lengths[i])
            value = value * 10 + (*p - '0');
          digits++;
          p++;
        }
      /* Day and month may drop their leading zero: "3.4.2025". */
      if (digits == 0 || digits > lengths[i] || (lengths[i] == 4 && digits != 4))
        return FALSE;
      *values[i] = value;
      if (i < 2)
        {
          if (*p != separator)
            return FALSE;
          p++;
        }
    }
  return *p == '\0';
}

gboolean
df_date_parse_iso (const char *text,
                   GDate      *date)
{
  int year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || !read_numbers (text, '-', 4, &year, &month, &day))
    return FALSE;
  return set_checked (date, day, month, year);
}

gboolean
df_date_parse (const char *text,
               GDate      *date)
{
  int day, month, year;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  clean = g_strstrip (g_strdup (text));
  if (df_date_parse_iso (clean, date))
    return TRUE;
  if (read_numbers (clean, '-', 2, &day, &month, &year) ||
      read_numbers (clean, '.', 2, &day, &month, &year))
    return set_checked (date, day, month, year);
  return FALSE;
}

char *
df_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

char *
df_date_parse_to_iso (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  GDate date;

  if (stripped[0] == '\0')
    return g_strdup ("");
  g_date_clear (&date, 1);
  return df_date_parse (stripped, &date) ? df_date_to_iso (&date) : NULL;
}

char *
df_date_today_iso (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static GDateTime *
date_time_at_noon (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);
}

char *
df_date_format_long (const GDate *date)
{
  g_autoptr (GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  dt = date_time_at_noon (date);
  /* TRANSLATORS: a date written out in full, as strftime() takes it; in
   * Danish "%A den %-e. %B %Y" gives "tirsdag den 14. marts 2023". */
  return g_date_time_format (dt, _("%A %-e %B %Y"));
}

char *
df_date_format_short (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%d.%d.%d", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

char *
df_date_iso_to_short (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!df_date_parse_iso (iso, &date))
    return g_strdup (iso != NULL ? iso : "");
  return df_date_format_short (&date);
}

char *
df_date_iso_to_long (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!df_date_parse_iso (iso, &date))
    return g_strdup (iso != NULL ? iso : "");
  return df_date_format_long (&date);
}
