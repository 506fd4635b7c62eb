/* df-pack-language.c: the Danish catalogue, read from the program itself.
 *
 * The catalogue is po/da.po compiled by msgfmt at build time and kept as a
 * resource, so the pack is Danish even where the program runs from its
 * build tree or under a locale with no catalogue (a server, CI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-pack"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-date.h"
#include "df-pack-private.h"
#include "df-pack-resources.h"

#define CATALOGUE_PATH RESOURCE_BASE "/pack/da.mo"
#define MO_MAGIC 0x950412deU

static GBytes     *catalogue_bytes;
static GHashTable *catalogue;   /* msgid (with "context\004") -> translation, into catalogue_bytes */

static guint32
read_word (const guint8 *data,
           gsize         offset,
           gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* A GNU .mo file: a header, then two tables of (length, offset) pairs,
 * originals and translations in the same order. Plural entries hold
 * "singular\0plural" and their forms NUL-separated; the singular keys them. */
static GHashTable *
parse_catalogue (GBytes *bytes)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean swapped;
  guint32 n, originals, translations;

  if (size < 28)
    return table;
  swapped = read_word (data, 0, FALSE) != MO_MAGIC;
  if (read_word (data, 0, swapped) != MO_MAGIC)
    return table;
  n = read_word (data, 8, swapped);
  originals = read_word (data, 12, swapped);
  translations = read_word (data, 16, swapped);
  if ((guint64) originals + 8 * (guint64) n > size || (guint64) translations + 8 * (guint64) n > size)
    return table;

  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_len = read_word (data, originals + 8 * i, swapped);
      guint32 id_off = read_word (data, originals + 8 * i + 4, swapped);
      guint32 str_len = read_word (data, translations + 8 * i, swapped);
      guint32 str_off = read_word (data, translations + 8 * i + 4, swapped);

      /* msgfmt ends every string with a NUL beyond its length. */
      if ((guint64) id_off + id_len >= size || (guint64) str_off + str_len >= size || id_len == 0)
        continue;
      g_hash_table_insert (table, (gpointer) (data + id_off), (gpointer) (data + str_off));
    }
  return table;
}

static GHashTable *
get_catalogue (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      /* Registered by hand: the linker would drop a static library's
       * resource that nothing refers to. */
      df_pack_register_resource ();
      catalogue_bytes = g_resources_lookup_data (CATALOGUE_PATH, 0, NULL);
      if (catalogue_bytes == NULL)
        catalogue_bytes = g_bytes_new_static ("", 0);
      catalogue = parse_catalogue (catalogue_bytes);
      g_once_init_leave (&loaded, 1);
    }
  return catalogue;
}

const char *
df_pack_gettext (const char *msgid)
{
  const char *translation;

  g_return_val_if_fail (msgid != NULL, NULL);

  translation = g_hash_table_lookup (get_catalogue (), msgid);
  return translation != NULL && *translation != '\0' ? translation : msgid;
}

const char *
df_pack_pgettext (const char *context,
                  const char *msgid)
{
  g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
  const char *translation = g_hash_table_lookup (get_catalogue (), key);

  return translation != NULL && *translation != '\0' ? translation : msgid;
}

const char *
df_pack_ngettext (const char *msgid,
                  const char *msgid_plural,
                  gulong      n)
{
  const char *forms = g_hash_table_lookup (get_catalogue (), msgid);

  /* Danish has English's plural rule: one form for 1, one for the rest. */
  if (forms == NULL || *forms == '\0')
    return n == 1 ? msgid : msgid_plural;
  return n == 1 ? forms : forms + strlen (forms) + 1;
}

static const char * const months[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

const char *
df_pack_month_name (GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);
  return df_pack_pgettext ("month", months[month - 1]);
}

char *
df_pack_format_date (const GDate *date)
{
  static const char * const weekdays[] = {
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
  };

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* TRANSLATORS: a date written out in full on the printed papers:
   * weekday, day of the month, month, year; in Danish
   * "tirsdag den 14. marts 2023". */
  return g_strdup_printf (PC_("long date", "%s %d %s %d"),
                          df_pack_pgettext ("weekday", weekdays[g_date_get_weekday (date) - 1]),
                          g_date_get_day (date),
                          df_pack_month_name (g_date_get_month (date)),
                          g_date_get_year (date));
}

char *
df_pack_format_date_iso (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!df_date_parse_iso (iso, &date))
    return g_strdup (iso != NULL ? iso : "");
  return df_pack_format_date (&date);
}

char *
df_pack_format_day (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* TRANSLATORS: a date without its weekday on the printed papers: day
   * of the month, month, year; in Danish "14. marts 2023". */
  return g_strdup_printf (PC_("day", "%d %s %d"), g_date_get_day (date),
                          df_pack_month_name (g_date_get_month (date)), g_date_get_year (date));
}

char *
df_pack_format_day_iso (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!df_date_parse_iso (iso, &date))
    return g_strdup (iso != NULL ? iso : "");
  return df_pack_format_day (&date);
}
