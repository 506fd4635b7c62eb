/* df-csv.h: reading and writing the CSV files spreadsheets exchange.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DF_CSV_ERROR (df_csv_error_quark ())

typedef enum
{
  DF_CSV_ERROR_EMPTY,
  DF_CSV_ERROR_BINARY,
  DF_CSV_ERROR_UNCLOSED_QUOTE,
  DF_CSV_ERROR_ENCODING,
} DfCsvError;

typedef struct
{
  GPtrArray *fields;     /* char *, UTF-8 */
  guint      line;       /* the line the record starts on, from 1 */
} DfCsvRecord;

typedef struct
{
  GPtrArray  *records;   /* DfCsvRecord *, the header first */
  char        separator;
  const char *encoding;  /* "UTF-8" or "WINDOWS-1252" */
  gboolean    had_bom;
} DfCsvTable;

GQuark      df_csv_error_quark (void);

/* Reads UTF-8 (with or without a byte-order mark) or Windows-1252, with
 * ';', ',' or tab as separator, whichever the first line uses most;
 * quoted fields may hold separators, doubled quotes and line breaks.
 * @name names the file in messages. */
DfCsvTable *df_csv_parse       (GBytes      *data,
                                const char  *name,
                                GError     **error);
void        df_csv_table_free  (DfCsvTable  *table);

/* Appends one record to @out as Danish Excel reads it: ';' between
 * fields, CRLF at the end, quotes where needed, and a cell a spreadsheet
 * would run as a formula made inert with a leading apostrophe. */
void        df_csv_append_record (GString            *out,
                                  const char * const *fields);
/* Undoes that apostrophe when reading our own export back. */
char       *df_csv_unescape_cell (const char         *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfCsvTable, df_csv_table_free)

G_END_DECLS
