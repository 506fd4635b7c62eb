/* df-pack-table.h: a table for a sheet of the meeting pack.
 *
 * Filled row by row, then handed to df_pack_document_add_table(). Rows
 * are never split; the table breaks between them, and the header row is
 * repeated at the top of every page the table continues on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  const char *title;
  double      share;   /* of the table's width, relative to the other columns' */
} DfPackColumn;

typedef enum
{
  DF_PACK_ROW_NORMAL,
  DF_PACK_ROW_MUTED,   /* greyed and italic: a vacant seat, a decline */
} DfPackRowStyle;

#define DF_TYPE_PACK_TABLE (df_pack_table_get_type ())
G_DECLARE_FINAL_TYPE (DfPackTable, df_pack_table, DF, PACK_TABLE, GObject)

DfPackTable *df_pack_table_new                 (const DfPackColumn *columns,
                                                guint               n_columns);
guint        df_pack_table_get_n_columns       (DfPackTable        *self);
/* @cells holds one text per column; NULL is an empty cell. Long texts wrap. */
void         df_pack_table_add_row             (DfPackTable        *self,
                                                const char * const *cells);
void         df_pack_table_add_styled_row      (DfPackTable        *self,
                                                DfPackRowStyle      style,
                                                const char * const *cells);
/* A row across all columns that titles the rows after it (a seat kind, a
 * group of guests): never left alone at the foot of a page. */
void         df_pack_table_add_group_row       (DfPackTable        *self,
                                                const char         *text);
/* Room to write in by hand, as a sign-in sheet's signature column needs. */
void         df_pack_table_set_min_row_height  (DfPackTable        *self,
                                                double              points);

G_END_DECLS
