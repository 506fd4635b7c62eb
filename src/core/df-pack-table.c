/* df-pack-table.c: a table's content, before it is laid out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "df-pack-private.h"

struct _DfPackTable
{
  GObject       parent_instance;

  DfPackColumn *columns;   /* titles owned */
  guint         n_columns;
  GPtrArray    *rows;      /* DfPackTableRow */
  double        min_row_height;
};

G_DEFINE_FINAL_TYPE (DfPackTable, df_pack_table, G_TYPE_OBJECT)

static void
row_free (DfPackTableRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static void
df_pack_table_finalize (GObject *object)
{
  DfPackTable *self = DF_PACK_TABLE (object);

  for (guint i = 0; i < self->n_columns; i++)
    g_free ((char *) self->columns[i].title);
  g_free (self->columns);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (df_pack_table_parent_class)->finalize (object);
}

static void
df_pack_table_class_init (DfPackTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = df_pack_table_finalize;
}

static void
df_pack_table_init (DfPackTable *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
}

DfPackTable *
df_pack_table_new (const DfPackColumn *columns,
                   guint               n_columns)
{
  DfPackTable *self;

  g_return_val_if_fail (columns != NULL && n_columns > 0, NULL);

  self = g_object_new (DF_TYPE_PACK_TABLE, NULL);
  self->n_columns = n_columns;
  self->columns = g_new0 (DfPackColumn, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      self->columns[i].title = g_strdup (columns[i].title != NULL ? columns[i].title : "");
      self->columns[i].share = columns[i].share > 0 ? columns[i].share : 1;
    }
  return self;
}

guint
df_pack_table_get_n_columns (DfPackTable *self)
{
  g_return_val_if_fail (DF_IS_PACK_TABLE (self), 0);
  return self->n_columns;
}

void
df_pack_table_add_styled_row (DfPackTable        *self,
                              DfPackRowStyle      style,
                              const char * const *cells)
{
  DfPackTableRow *row;

  g_return_if_fail (DF_IS_PACK_TABLE (self));
  g_return_if_fail (cells != NULL);

  row = g_new0 (DfPackTableRow, 1);
  row->style = style;
  row->cells = g_new0 (char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (self->rows, row);
}

void
df_pack_table_add_row (DfPackTable        *self,
                       const char * const *cells)
{
  df_pack_table_add_styled_row (self, DF_PACK_ROW_NORMAL, cells);
}

void
df_pack_table_add_group_row (DfPackTable *self,
                             const char  *text)
{
  DfPackTableRow *row;

  g_return_if_fail (DF_IS_PACK_TABLE (self));

  row = g_new0 (DfPackTableRow, 1);
  row->group = TRUE;
  row->cells = g_new0 (char *, 2);
  row->cells[0] = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (self->rows, row);
}

void
df_pack_table_set_min_row_height (DfPackTable *self,
                                  double       points)
{
  g_return_if_fail (DF_IS_PACK_TABLE (self));
  self->min_row_height = MAX (points, 0);
}

const DfPackColumn *
df_pack_table_get_columns (DfPackTable *self)
{
  return self->columns;
}

GPtrArray *
df_pack_table_get_rows (DfPackTable *self)
{
  return self->rows;
}

double
df_pack_table_get_min_row_height (DfPackTable *self)
{
  return self->min_row_height;
}
