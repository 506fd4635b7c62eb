/* df-people-csv.h: people and memberships to and from spreadsheets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

typedef enum
{
  DF_IMPORT_CREATE,
  DF_IMPORT_UPDATE,
  DF_IMPORT_SKIP,
} DfImportAction;

typedef struct
{
  guint          line;
  DfImportAction action;
  char          *name;
  char          *what;      /* in words: "ny person", "nyt medlemskab" ... */
} DfImportRow;

typedef struct _DfPeopleImport DfPeopleImport;

/* Reads @data (a CSV file's bytes; @name names it in messages) and plans
 * the import against @store without writing anything. Fails only when the
 * file as a whole cannot be read; problems with single rows are listed in
 * the plan, each naming its line and column. */
DfPeopleImport *df_people_import_prepare   (DfStore         *store,
                                            GBytes          *data,
                                            const char      *name,
                                            GError         **error);
GPtrArray      *df_people_import_get_rows  (DfPeopleImport  *plan);   /* DfImportRow */
GPtrArray      *df_people_import_get_problems (DfPeopleImport *plan); /* char *, one a problem */
guint           df_people_import_count     (DfPeopleImport  *plan,
                                            DfImportAction   action);
/* The preview in words, a line a row, then the problems. */
char           *df_people_import_to_text   (DfPeopleImport  *plan);
/* Writes the plan in one transaction: every row or none. Refused while
 * the plan has problems. */
gboolean        df_people_import_apply     (DfStore         *store,
                                            DfPeopleImport  *plan,
                                            GError         **error);
void            df_people_import_free      (DfPeopleImport  *plan);

/* People and their memberships as UTF-8 with a byte-order mark and ';'
 * separators, the way Danish Excel opens CSV; a row per membership. */
GBytes         *df_people_export_csv       (DfStore         *store,
                                            GError         **error);
/* The same, written to @path through a temporary file beside it. */
gboolean        df_people_export_csv_file  (DfStore         *store,
                                            const char      *path,
                                            GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfPeopleImport, df_people_import_free)

G_END_DECLS
