/* df-csv.c: CSV as Danish spreadsheets write and read it.
 *
 * Written by hand: neither GLib nor any library in Debian that the
 * project already uses parses CSV, and the dialects at hand (separator
 * detection, Windows-1252, quoted line breaks) are a page of code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-csv.h"

G_DEFINE_QUARK (df-csv-error-quark, df_csv_error)

static void
record_free (DfCsvRecord *record)
{
  g_ptr_array_unref (record->fields);
  g_free (record);
}

void
df_csv_table_free (DfCsvTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->records);
  g_free (table);
}

/* The separator the first line uses most, outside quotes. */
static char
detect_separator (const char *text)
{
  const char candidates[] = { ';', ',', '\t' };
  guint counts[3] = { 0, 0, 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

static char *
to_utf8 (GBytes      *data,
         const char  *name,
         DfCsvTable  *table,
         GError     **error)
{
  gsize length = 0;
  const char *bytes = g_bytes_get_data (data, &length);

  if (length == 0)
    {
      g_set_error (error, DF_CSV_ERROR, DF_CSV_ERROR_EMPTY, _("%s: the file is empty."), name);
      return NULL;
    }
  if (memchr (bytes, '\0', length) != NULL)
    {
      g_set_error (error, DF_CSV_ERROR, DF_CSV_ERROR_BINARY,
                   _("%s: this is not a CSV text file (it holds binary data). Save the spreadsheet as CSV and try again."),
                   name);
      return NULL;
    }
  if (length >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
    {
      table->had_bom = TRUE;
      bytes += 3;
      length -= 3;
    }
  if (g_utf8_validate_len (bytes, length, NULL))
    {
      table->encoding = "UTF-8";
      return g_strndup (bytes, length);
    }
  /* Not UTF-8: what Danish Excel writes as "CSV (semikolonsepareret)". */
  table->encoding = "WINDOWS-1252";
  {
    g_autoptr (GError) local = NULL;
    char *converted = g_convert (bytes, length, "UTF-8", "WINDOWS-1252", NULL, NULL, &local);

    if (converted == NULL)
      g_set_error (error, DF_CSV_ERROR, DF_CSV_ERROR_ENCODING,
                   _("%s: the text is neither UTF-8 nor Windows-1252 (%s)."), name, local->message);
    return converted;
  }
}

DfCsvTable *
df_csv_parse (GBytes      *data,
              const char  *name,
              GError     **error)
{
  g_autoptr (DfCsvTable) table = g_new0 (DfCsvTable, 1);
  g_autofree char *text = NULL;
  g_autoptr (GString) field = g_string_new (NULL);
  DfCsvRecord *record = NULL;
  gboolean quoted = FALSE;
  guint line = 1, quote_line = 0;
  const char *p;

  table->records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  text = to_utf8 (data, name, table, error);
  if (text == NULL)
    return NULL;
  table->separator = detect_separator (text);

  for (p = text; ; p++)
    {
      char c = *p;

      if (record == NULL && c != '\0')
        {
          record = g_new0 (DfCsvRecord, 1);
          record->fields = g_ptr_array_new_with_free_func (g_free);
          record->line = line;
        }
      if (quoted)
        {
          if (c == '\0')
            {
              g_set_error (error, DF_CSV_ERROR, DF_CSV_ERROR_UNCLOSED_QUOTE,
                           _("%s, line %u: a quoted field is never closed (a \" is missing)."), name, quote_line);
              if (record != NULL)
                record_free (record);
              return NULL;
            }
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }
      if (c == '"' && field->len == 0)
        {
          quoted = TRUE;
          quote_line = line;
        }
      else if (c == table->separator)
        {
          g_ptr_array_add (record->fields, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (c == '\r' && p[1] == '\n')
        continue;
      else if (c == '\n' || c == '\r' || c == '\0')
        {
          if (record != NULL)
            {
              g_ptr_array_add (record->fields, g_strdup (field->str));
              g_string_truncate (field, 0);
              /* A blank line is no record. */
              if (record->fields->len == 1 && ((char *) record->fields->pdata[0])[0] == '\0')
                record_free (record);
              else
                g_ptr_array_add (table->records, record);
              record = NULL;
            }
          if (c == '\0')
            break;
          line++;
        }
      else
        g_string_append_c (field, c);
    }

  if (table->records->len == 0)
    {
      g_set_error (error, DF_CSV_ERROR, DF_CSV_ERROR_EMPTY, _("%s: the file holds no rows."), name);
      return NULL;
    }
  return g_steal_pointer (&table);
}

static gboolean
looks_like_formula (const char *cell)
{
  return cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
         cell[0] == '\t' || cell[0] == '\r';
}

void
df_csv_append_record (GString            *out,
                      const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *cell = fields[i];
      g_autofree char *escaped = looks_like_formula (cell) ? g_strconcat ("'", cell, NULL) : NULL;

      if (escaped != NULL)
        cell = escaped;
      if (i > 0)
        g_string_append_c (out, ';');
      if (strpbrk (cell, ";\"\r\n") != NULL)
        {
          g_string_append_c (out, '"');
          for (const char *p = cell; *p; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, cell);
    }
  g_string_append (out, "\r\n");
}

char *
df_csv_unescape_cell (const char *cell)
{
  if (cell[0] == '\'' && looks_like_formula (cell + 1))
    return g_strdup (cell + 1);
  return g_strdup (cell);
}
