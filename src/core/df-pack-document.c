/* df-pack-document.c: measure, paginate, then draw.
 *
 * Blocks become boxes when they are added: each box is laid out at the
 * sheet's width with a Pango context of its own (72 dpi, no hinting, no
 * rounding), so a box measures the same whatever it is later drawn on.
 * Pagination only stacks boxes onto pages; drawing only paints them.
 *
 * All text is laid out at one size, REFERENCE_SIZE, and drawn scaled to
 * its own: unhinted and unrounded, Pango's measures grow in proportion to
 * the size, while each new size costs Pango 1.50 a font set of its own
 * (two threads, a fontconfig sort, the font's metrics from a sample
 * text), about half a millisecond each, a sixth of a whole pack's export.
 * A layout carries its scale; df_pack_layout_width(), _height(),
 * _set_width() and df_pack_show_layout() speak in points at its size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-pack"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include "df-pack-private.h"
#include "df-poppler-private.h"

/* One family, named as the font describes itself: Pango measures each
 * font's metrics with a layout in that description, which then finds the
 * font set already made instead of making one more. Fontconfig supplies
 * the fallbacks, DejaVu among them, when a glyph is missing. */
#define FONT_FAMILY "Cantarell"
#define REFERENCE_SIZE 10.0

/* The page, in points. */
#define MM DF_PACK_MM
#define A4_SHORT_SIDE (210 * MM)
#define A4_LONG_SIDE (297 * MM)
#define SIDE_MARGIN (20 * MM)
#define HEADER_TOP (11 * MM)
#define HEADER_RULE (22 * MM)
#define BODY_TOP (29 * MM)
#define BODY_BOTTOM_MARGIN (22 * MM)
#define FOOTER_RULE_FROM_BOTTOM (16 * MM)
#define BAND_HEIGHT (10 * MM)
#define STAMP_HEIGHT (13 * MM)
#define ATTACHMENT_MARGIN (12 * MM)

#define FRAME_SIZE 8.5
#define BAND_SIZE 7.5
#define BODY_SIZE 10.5
#define TABLE_SIZE 9.5
#define KEY_WIDTH (40 * MM)
#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.5
#define RULE_GAP 4.0

typedef struct
{
  double r, g, b;
} Colour;

static const Colour INK = { 0.10, 0.10, 0.10 };
static const Colour MUTED = { 0.40, 0.40, 0.40 };
/* The marking in a dark red that still reads as black on a grey printer. */
static const Colour MARK = { 0.64, 0.09, 0.13 };
static const Colour RULE = { 0.62, 0.62, 0.62 };
static const Colour HEADER_FILL = { 0.87, 0.87, 0.87 };
static const Colour GROUP_FILL = { 0.95, 0.95, 0.95 };

typedef enum
{
  BOX_TEXT,         /* a heading, or one line of a paragraph */
  BOX_KEY_VALUE,
  BOX_ROW,          /* a table's row, header row or group row */
  BOX_ANCHOR,       /* where an outline entry points: no height */
  BOX_BREAK,
  BOX_PAINTED,      /* a page of its own, drawn by a DfPackPainter */
  BOX_ATTACHMENT,   /* a page of an attached PDF */
} BoxKind;

typedef enum
{
  ROW_BODY,
  ROW_MUTED,
  ROW_HEADER,
  ROW_GROUP,
} RowKind;

typedef struct _Box Box;
struct _Box
{
  BoxKind        kind;
  double         height;
  double         space_before;   /* dropped at the top of a page */
  gboolean       keep_with_next;

  /* text and key-value: */
  PangoLayout   *layout;         /* the key of a key-value */
  int            line;           /* a paragraph's line, or -1: the whole layout */
  double         line_x;
  double         baseline;       /* of that line, from the box's top */
  gboolean       rule_below;
  const Colour  *colour;
  PangoLayout   *value;
  double         value_x;

  /* row: */
  RowKind        row_kind;
  GPtrArray     *cells;          /* PangoLayout, one per column; one for a group */
  double        *column_x;       /* each column's left edge, and the right edge */
  guint          n_columns;
  Box           *header;         /* the table's header row, repeated after a break */

  /* anchor: */
  int            outline_id;

  /* painted: */
  DfPackFrame    frame;
  DfPackPainter  painter;
  gpointer       user_data;
  GDestroyNotify destroy;

  /* attachment: */
  PopplerPage   *page;
  double         page_width, page_height;
  char          *stamp;
  char          *stamp_title;
};

typedef struct
{
  char              *title;
  char              *date;      /* YYYY-MM-DD or NULL */
  DfPackOrientation  orientation;
  GPtrArray         *boxes;
} Sheet;

typedef struct
{
  int     parent;
  char   *title;
  int     page;   /* set by pagination */
  double  y;
} OutlineEntry;

typedef struct
{
  Box    *box;
  double  y;      /* from the top of the body */
} Placement;

typedef struct
{
  Sheet  *sheet;
  double  width;
  double  height;
  Box    *whole;        /* a painted or attached page; NULL for a flow of boxes */
  GArray *placements;
} Page;

struct _DfPackDocument
{
  GObject       parent_instance;

  char         *forum_name;
  char         *meeting_title;
  char         *meeting_date;
  char         *marking;
  char         *title;
  char         *author;
  char         *subject;

  PangoContext *context;
  GPtrArray    *sheets;        /* Sheet */
  GArray       *outline;       /* OutlineEntry; an entry's id is its index + 1 */
  int           n_attachments;
  const DfPoppler *poppler;    /* once an attachment is read */
  GPtrArray    *pages;         /* Page; NULL until paginated */
};

G_DEFINE_FINAL_TYPE (DfPackDocument, df_pack_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (df-pack-error-quark, df_pack_error)

static void
box_free (Box *box)
{
  g_clear_object (&box->layout);
  g_clear_object (&box->value);
  g_clear_pointer (&box->cells, g_ptr_array_unref);
  g_free (box->column_x);
  if (box->destroy != NULL)
    box->destroy (box->user_data);
  g_clear_object (&box->page);
  g_free (box->stamp);
  g_free (box->stamp_title);
  g_free (box);
}

static void
sheet_free (Sheet *sheet)
{
  g_free (sheet->title);
  g_free (sheet->date);
  g_ptr_array_unref (sheet->boxes);
  g_free (sheet);
}

static void
outline_entry_clear (OutlineEntry *entry)
{
  g_free (entry->title);
}

static void
page_free (Page *page)
{
  g_clear_pointer (&page->placements, g_array_unref);
  g_free (page);
}

static void
df_pack_document_finalize (GObject *object)
{
  DfPackDocument *self = DF_PACK_DOCUMENT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_object (&self->context);
  g_free (self->forum_name);
  g_free (self->meeting_title);
  g_free (self->meeting_date);
  g_free (self->marking);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);

  G_OBJECT_CLASS (df_pack_document_parent_class)->finalize (object);
}

static void
df_pack_document_class_init (DfPackDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = df_pack_document_finalize;
}

static void
df_pack_document_init (DfPackDocument *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  g_autoptr (PangoFontMap) fonts = pango_cairo_font_map_new ();

  /* A font map of its own, not the thread's default, so that a long
   * export may run in a worker thread. Unhinted metrics and unrounded
   * positions: a line breaks in the same place in the preview, on paper
   * and in the PDF. The map's resolution is the context's, so that the
   * contexts Pango makes for fonts' metrics share the font sets too. */
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (fonts), 72);
  self->context = pango_font_map_create_context (fonts);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (self->context, 72);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("da-dk"));

  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  self->outline = g_array_new (FALSE, TRUE, sizeof (OutlineEntry));
  g_array_set_clear_func (self->outline, (GDestroyNotify) outline_entry_clear);
}

static void
replace_text (char       **field,
              const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

DfPackDocument *
df_pack_document_new (const DfPackHeader *header)
{
  DfPackDocument *self = g_object_new (DF_TYPE_PACK_DOCUMENT, NULL);

  self->forum_name = g_strdup (header != NULL && header->forum_name != NULL
                               ? header->forum_name : "Strategisk dialogforum på det sociale område");
  if (header != NULL && header->meeting_title != NULL && *header->meeting_title != '\0')
    self->meeting_title = g_strdup (header->meeting_title);
  if (header != NULL && header->meeting_date != NULL && *header->meeting_date != '\0')
    self->meeting_date = g_strdup (header->meeting_date);
  /* TRANSLATORS: the marking printed on every page of the meeting pack. */
  self->marking = g_strdup (header != NULL && header->marking != NULL ? header->marking : P_("CONFIDENTIAL"));
  return self;
}

void
df_pack_document_set_metadata (DfPackDocument *self,
                               const char     *title,
                               const char     *author,
                               const char     *subject)
{
  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));

  if (title != NULL)
    replace_text (&self->title, title);
  if (author != NULL)
    replace_text (&self->author, author);
  if (subject != NULL)
    replace_text (&self->subject, subject);
}

const char *
df_pack_document_get_forum_name (DfPackDocument *self)
{
  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (self), NULL);
  return self->forum_name;
}

static void
invalidate (DfPackDocument *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

static Sheet *
current_sheet (DfPackDocument *self)
{
  return self->sheets->len > 0 ? g_ptr_array_index (self->sheets, self->sheets->len - 1) : NULL;
}

static void
page_size (DfPackOrientation  orientation,
           double            *width,
           double            *height)
{
  *width = orientation == DF_PACK_LANDSCAPE ? A4_LONG_SIDE : A4_SHORT_SIDE;
  *height = orientation == DF_PACK_LANDSCAPE ? A4_SHORT_SIDE : A4_LONG_SIDE;
}

static double
body_width (DfPackOrientation orientation)
{
  double width, height;

  page_size (orientation, &width, &height);
  return width - 2 * SIDE_MARGIN;
}

static double
body_height (DfPackOrientation orientation)
{
  double width, height;

  page_size (orientation, &width, &height);
  return height - BODY_TOP - BODY_BOTTOM_MARGIN;
}

/* A layout's size and measure, in points, kept on the layout. */
typedef struct
{
  double scale;   /* its size over REFERENCE_SIZE */
  double width;   /* the width it wraps or ellipsizes at, or 0: none */
} Measure;

static G_DEFINE_QUARK (df-pack-measure, measure)

static Measure *
get_measure (PangoLayout *layout)
{
  return g_object_get_qdata (G_OBJECT (layout), measure_quark ());
}

static double
layout_scale (PangoLayout *layout)
{
  Measure *measure = get_measure (layout);

  return measure != NULL ? measure->scale : 1.0;
}

static PangoLayout *
new_layout (DfPackDocument *self,
            double          size,
            PangoWeight     weight,
            PangoStyle      style,
            double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  PangoAttrList *attributes = pango_attr_list_new ();
  Measure *measure = g_new0 (Measure, 1);

  pango_font_description_set_absolute_size (font, REFERENCE_SIZE * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  /* A word broken for want of room gets no hyphen: the text must come
   * back out of the PDF as it went in. */
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  measure->scale = size / REFERENCE_SIZE;
  g_object_set_qdata_full (G_OBJECT (layout), measure_quark (), measure, g_free);
  if (width > 0)
    {
      df_pack_layout_set_width (layout, width);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

PangoLayout *
df_pack_document_create_layout (DfPackDocument *self,
                                double          size,
                                PangoWeight     weight)
{
  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (self), NULL);
  return new_layout (self, size, weight, PANGO_STYLE_NORMAL, 0);
}

double
df_pack_layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return layout_scale (layout) * height / PANGO_SCALE;
}

double
df_pack_layout_width (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return layout_scale (layout) * width / PANGO_SCALE;
}

void
df_pack_layout_set_width (PangoLayout *layout,
                          double       width)
{
  Measure *measure = get_measure (layout);

  g_return_if_fail (measure != NULL);
  measure->width = MAX (width, 0);
  /* Rounded up: a text measured to fit @width exactly must not wrap. */
  pango_layout_set_width (layout, width > 0 ? (int) ceil (width / measure->scale * PANGO_SCALE) : -1);
}

void
df_pack_layout_set_size (PangoLayout *layout,
                         double       size)
{
  Measure *measure = get_measure (layout);

  g_return_if_fail (measure != NULL);
  measure->scale = size / REFERENCE_SIZE;
  if (measure->width > 0)
    df_pack_layout_set_width (layout, measure->width);
}

/* Shows @line of @layout, or the whole layout when @line is NULL, at
 * the current point and at the layout's size. */
static void
show_scaled (cairo_t         *cr,
             PangoLayout     *layout,
             PangoLayoutLine *line)
{
  double scale = layout_scale (layout);
  double x, y;

  cairo_get_current_point (cr, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_move_to (cr, 0, 0);
  if (line != NULL)
    pango_cairo_show_layout_line (cr, line);
  else
    pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

void
df_pack_show_layout (cairo_t     *cr,
                     PangoLayout *layout)
{
  show_scaled (cr, layout, NULL);
}

static Box *
add_box (DfPackDocument *self,
         BoxKind         kind)
{
  Sheet *sheet = current_sheet (self);
  Box *box = g_new0 (Box, 1);

  box->kind = kind;
  box->line = -1;
  box->colour = &INK;
  g_ptr_array_add (sheet->boxes, box);
  invalidate (self);
  return box;
}

int
df_pack_document_begin_sheet (DfPackDocument    *self,
                              const char        *title,
                              DfPackOrientation  orientation)
{
  Sheet *sheet;

  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (self), 0);
  g_return_val_if_fail (title != NULL, 0);

  sheet = g_new0 (Sheet, 1);
  sheet->title = g_strdup (title);
  sheet->orientation = orientation;
  sheet->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  g_ptr_array_add (self->sheets, sheet);
  return df_pack_document_add_outline_entry (self, 0, title);
}

void
df_pack_document_set_sheet_date (DfPackDocument *self,
                                 const char     *iso_date)
{
  Sheet *sheet;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail ((sheet = current_sheet (self)) != NULL);

  replace_text (&sheet->date, iso_date);
  invalidate (self);
}

int
df_pack_document_add_outline_entry (DfPackDocument *self,
                                    int             parent,
                                    const char     *title)
{
  OutlineEntry entry = { 0 };
  Box *box;

  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (self), 0);
  g_return_val_if_fail (current_sheet (self) != NULL, 0);
  g_return_val_if_fail (parent >= 0 && parent <= (int) self->outline->len, 0);

  entry.parent = parent;
  entry.title = g_strdup (title);
  g_array_append_val (self->outline, entry);
  box = add_box (self, BOX_ANCHOR);
  box->outline_id = self->outline->len;
  return box->outline_id;
}

void
df_pack_document_add_heading (DfPackDocument *self,
                              int             level,
                              const char     *text)
{
  static const double sizes[] = { 19, 13.5, 11.5 };
  static const double space[] = { 0, 16, 12 };
  Sheet *sheet;
  Box *box;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail ((sheet = current_sheet (self)) != NULL);
  g_return_if_fail (level >= 1 && level <= 3);

  box = add_box (self, BOX_TEXT);
  box->layout = new_layout (self, sizes[level - 1], PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                            body_width (sheet->orientation));
  pango_layout_set_text (box->layout, text, -1);
  box->height = df_pack_layout_height (box->layout);
  box->space_before = space[level - 1];
  box->keep_with_next = TRUE;
  /* A sheet's title stands over a rule, so a glance finds where it starts. */
  if (level == 1)
    {
      box->rule_below = TRUE;
      box->height += 2 * RULE_GAP;
    }
}

void
df_pack_document_add_paragraph (DfPackDocument *self,
                                const char     *text)
{
  g_autoptr (PangoLayout) layout = NULL;
  PangoLayoutIter *iter;
  Sheet *sheet;
  guint first, n_lines;
  double scale;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail ((sheet = current_sheet (self)) != NULL);

  layout = new_layout (self, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                       body_width (sheet->orientation));
  pango_layout_set_text (layout, text, -1);

  /* One box a line, so a long paragraph can continue on the next page. */
  first = sheet->boxes->len;
  n_lines = 0;
  scale = layout_scale (layout) / PANGO_SCALE;
  iter = pango_layout_get_iter (layout);
  do
    {
      Box *box = add_box (self, BOX_TEXT);
      PangoRectangle logical;
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box->layout = g_object_ref (layout);
      box->line = n_lines++;
      box->line_x = scale * logical.x;
      box->baseline = scale * (pango_layout_iter_get_baseline (iter) - top);
      box->height = scale * (bottom - top);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  /* No first line alone at the foot of a page, no last line alone at the
   * top of the next. */
  ((Box *) g_ptr_array_index (sheet->boxes, first))->space_before = 6;
  if (n_lines >= 2)
    {
      ((Box *) g_ptr_array_index (sheet->boxes, first))->keep_with_next = TRUE;
      ((Box *) g_ptr_array_index (sheet->boxes, first + n_lines - 2))->keep_with_next = TRUE;
    }
}

void
df_pack_document_add_key_value (DfPackDocument *self,
                                const char     *key,
                                const char     *value)
{
  Sheet *sheet;
  Box *box;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail ((sheet = current_sheet (self)) != NULL);

  box = add_box (self, BOX_KEY_VALUE);
  box->layout = new_layout (self, BODY_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, KEY_WIDTH - 6);
  pango_layout_set_text (box->layout, key, -1);
  box->value = new_layout (self, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                           body_width (sheet->orientation) - KEY_WIDTH);
  pango_layout_set_text (box->value, value, -1);
  box->value_x = KEY_WIDTH;
  box->height = MAX (df_pack_layout_height (box->layout), df_pack_layout_height (box->value));
  box->space_before = 3;
}

static Box *
add_row_box (DfPackDocument *self,
             DfPackTable    *table,
             RowKind         kind,
             const char    **texts,
             double          min_height)
{
  const DfPackColumn *columns = df_pack_table_get_columns (table);
  guint n_columns = df_pack_table_get_n_columns (table);
  double width = body_width (current_sheet (self)->orientation);
  double total = 0, x = 0, tallest = 0;
  Box *box = add_box (self, BOX_ROW);

  box->row_kind = kind;
  box->n_columns = n_columns;
  box->column_x = g_new0 (double, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    total += columns[i].share;
  for (guint i = 0; i < n_columns; i++)
    {
      box->column_x[i] = x;
      x += width * columns[i].share / total;
    }
  box->column_x[n_columns] = width;

  box->cells = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < (kind == ROW_GROUP ? 1 : n_columns); i++)
    {
      double cell_width = kind == ROW_GROUP ? width : box->column_x[i + 1] - box->column_x[i];
      PangoLayout *cell = new_layout (self, kind == ROW_GROUP ? BODY_SIZE : TABLE_SIZE,
                                      kind == ROW_HEADER || kind == ROW_GROUP ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                      kind == ROW_MUTED ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL,
                                      cell_width - 2 * CELL_PAD_X);

      pango_layout_set_text (cell, texts[i], -1);
      tallest = MAX (tallest, df_pack_layout_height (cell));
      g_ptr_array_add (box->cells, cell);
    }
  box->height = MAX (tallest + 2 * CELL_PAD_Y, min_height);
  box->colour = kind == ROW_MUTED ? &MUTED : &INK;
  /* A header row or a group's title is never the last row on a page. */
  box->keep_with_next = kind == ROW_HEADER || kind == ROW_GROUP;
  return box;
}

void
df_pack_document_add_table (DfPackDocument *self,
                            DfPackTable    *table)
{
  const DfPackColumn *columns;
  GPtrArray *rows;
  g_autofree const char **titles = NULL;
  guint n_columns;
  Box *header;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail (DF_IS_PACK_TABLE (table));
  g_return_if_fail (current_sheet (self) != NULL);

  columns = df_pack_table_get_columns (table);
  n_columns = df_pack_table_get_n_columns (table);
  titles = g_new0 (const char *, n_columns);
  for (guint i = 0; i < n_columns; i++)
    titles[i] = columns[i].title;
  header = add_row_box (self, table, ROW_HEADER, titles, 0);
  header->space_before = 10;

  rows = df_pack_table_get_rows (table);
  for (guint r = 0; r < rows->len; r++)
    {
      DfPackTableRow *row = g_ptr_array_index (rows, r);
      RowKind kind = row->group ? ROW_GROUP : row->style == DF_PACK_ROW_MUTED ? ROW_MUTED : ROW_BODY;
      Box *box = add_row_box (self, table, kind, (const char **) row->cells,
                              row->group ? 0 : df_pack_table_get_min_row_height (table));

      box->header = header;
    }
}

void
df_pack_document_add_page_break (DfPackDocument *self)
{
  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail (current_sheet (self) != NULL);

  add_box (self, BOX_BREAK);
}

void
df_pack_document_add_painted_page (DfPackDocument *self,
                                   DfPackFrame     frame,
                                   DfPackPainter   painter,
                                   gpointer        user_data,
                                   GDestroyNotify  destroy)
{
  Box *box;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail (painter != NULL);
  g_return_if_fail (current_sheet (self) != NULL);

  box = add_box (self, BOX_PAINTED);
  box->frame = frame;
  box->painter = painter;
  box->user_data = user_data;
  box->destroy = destroy;
}

gboolean
df_pack_document_add_attachment (DfPackDocument  *self,
                                 GBytes          *pdf,
                                 const char      *title,
                                 GError         **error)
{
  g_autoptr (GObject) document = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *sheet_title = NULL;
  g_autoptr (GPtrArray) pages = NULL;
  int n_pages;

  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (self), FALSE);
  g_return_val_if_fail (pdf != NULL, FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  if (self->poppler == NULL && (self->poppler = df_poppler_get (error)) == NULL)
    {
      g_prefix_error (error, _("The attachment “%s” cannot be added to the meeting pack. "), title);
      return FALSE;
    }
  document = G_OBJECT (self->poppler->document_new_from_bytes (pdf, NULL, &local_error));
  n_pages = document != NULL ? self->poppler->document_get_n_pages ((PopplerDocument *) document) : 0;
  if (n_pages == 0)
    {
      g_set_error (error, DF_PACK_ERROR, DF_PACK_ERROR_ATTACHMENT,
                   _("The attachment “%s” cannot be added to the meeting pack: it is not a PDF file that can be read (%s)."),
                   title, local_error != NULL ? local_error->message : _("it has no pages"));
      return FALSE;
    }

  /* A damaged file may count pages it cannot give: every page is read
   * before the pack takes any of them. */
  pages = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = self->poppler->document_get_page ((PopplerDocument *) document, i);

      if (page == NULL)
        {
          g_set_error (error, DF_PACK_ERROR, DF_PACK_ERROR_ATTACHMENT,
                       _("The attachment “%s” cannot be added to the meeting pack: page %d of %d cannot be read; "
                         "the PDF file is damaged."),
                       title, i + 1, n_pages);
          return FALSE;
        }
      g_ptr_array_add (pages, page);
    }

  /* TRANSLATORS: the stamp on each page of an attachment (Danish: bilag). */
  stamp = g_strdup_printf (P_("Attachment %d"), ++self->n_attachments);
  sheet_title = g_strdup_printf ("%s: %s", stamp, title);
  df_pack_document_begin_sheet (self, sheet_title, DF_PACK_PORTRAIT);
  for (guint i = 0; i < pages->len; i++)
    {
      Box *box = add_box (self, BOX_ATTACHMENT);

      box->page = g_object_ref (g_ptr_array_index (pages, i));
      self->poppler->page_get_size (box->page, &box->page_width, &box->page_height);
      box->stamp = g_strdup (stamp);
      box->stamp_title = g_strdup (title);
      box->frame = DF_PACK_FRAME_BAND;
    }
  return TRUE;
}

/* Pagination */

static gboolean
box_flows (Box *box)
{
  return box->kind == BOX_TEXT || box->kind == BOX_KEY_VALUE || box->kind == BOX_ROW;
}

/* The height @box needs free on a page: its own and that of every box
 * it is kept with. A chain taller than a page cannot be kept. */
static double
chain_height (Sheet  *sheet,
              guint   index,
              double  body)
{
  Box *box = g_ptr_array_index (sheet->boxes, index);
  Box *last = box;
  double height = box->height;

  for (guint i = index + 1; last->keep_with_next && i < sheet->boxes->len; i++)
    {
      Box *next = g_ptr_array_index (sheet->boxes, i);

      if (next->kind == BOX_ANCHOR)
        continue;
      if (!box_flows (next))
        break;
      height += next->space_before + next->height;
      last = next;
    }
  return height <= body ? height : box->height;
}

static Page *
append_page (DfPackDocument *self,
             Sheet          *sheet,
             Box            *whole)
{
  Page *page = g_new0 (Page, 1);

  page->sheet = sheet;
  page->whole = whole;
  page->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  if (whole != NULL && whole->kind == BOX_ATTACHMENT)
    {
      /* An attachment keeps its own orientation. */
      page_size (whole->page_width > whole->page_height ? DF_PACK_LANDSCAPE : DF_PACK_PORTRAIT,
                 &page->width, &page->height);
    }
  else
    page_size (sheet->orientation, &page->width, &page->height);
  g_ptr_array_add (self->pages, page);
  return page;
}

static void
place (Page   *page,
       Box    *box,
       double  y)
{
  Placement placement = { box, y };

  g_array_append_val (page->placements, placement);
}

static void
resolve_anchors (DfPackDocument *self,
                 GArray         *pending,
                 double          y)
{
  for (guint i = 0; i < pending->len; i++)
    {
      OutlineEntry *entry = &g_array_index (self->outline, OutlineEntry, g_array_index (pending, int, i) - 1);

      entry->page = self->pages->len - 1;
      entry->y = y;
    }
  g_array_set_size (pending, 0);
}

static void
paginate_sheet (DfPackDocument *self,
                Sheet          *sheet)
{
  g_autoptr (GArray) pending = g_array_new (FALSE, FALSE, sizeof (int));
  double body = body_height (sheet->orientation);
  guint first_page = self->pages->len;
  Page *page = NULL;
  double y = 0;

  for (guint i = 0; i < sheet->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (sheet->boxes, i);
      double space;

      switch (box->kind)
        {
        case BOX_ANCHOR:
          g_array_append_val (pending, box->outline_id);
          continue;
        case BOX_BREAK:
          page = NULL;
          continue;
        case BOX_PAINTED:
        case BOX_ATTACHMENT:
          append_page (self, sheet, box);
          resolve_anchors (self, pending, 0);
          page = NULL;
          continue;
        case BOX_TEXT:
        case BOX_KEY_VALUE:
        case BOX_ROW:
        default:
          break;
        }

      if (page == NULL)
        {
          page = append_page (self, sheet, NULL);
          y = 0;
        }
      space = page->placements->len > 0 ? box->space_before : 0;
      if (page->placements->len > 0 && y + space + chain_height (sheet, i, body) > body)
        {
          page = append_page (self, sheet, NULL);
          y = space = 0;
          if (box->header != NULL)
            {
              place (page, box->header, 0);
              y = box->header->height;
            }
        }
      resolve_anchors (self, pending, BODY_TOP + y + space);
      place (page, box, y + space);
      y += space + box->height;
    }

  if (self->pages->len == first_page)
    append_page (self, sheet, NULL);
  resolve_anchors (self, pending, 0);
}

static void
paginate (DfPackDocument *self)
{
  if (self->pages != NULL)
    return;
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  for (guint i = 0; i < self->sheets->len; i++)
    paginate_sheet (self, g_ptr_array_index (self->sheets, i));
}

int
df_pack_document_get_n_pages (DfPackDocument *self)
{
  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (self), 0);

  paginate (self);
  return self->pages->len;
}

void
df_pack_document_get_page_size (DfPackDocument *self,
                                int             page_nr,
                                double         *width,
                                double         *height)
{
  Page *page;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail (page_nr >= 0 && page_nr < df_pack_document_get_n_pages (self));

  page = g_ptr_array_index (self->pages, page_nr);
  if (width != NULL)
    *width = page->width;
  if (height != NULL)
    *height = page->height;
}

/* Drawing */

static void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

static void
show_layout_at (cairo_t      *cr,
                PangoLayout  *layout,
                const Colour *colour,
                double        x,
                double        y)
{
  set_colour (cr, colour);
  cairo_move_to (cr, x, y);
  show_scaled (cr, layout, NULL);
}

static void
draw_rule (cairo_t      *cr,
           const Colour *colour,
           double        width,
           double        x0,
           double        x1,
           double        y)
{
  set_colour (cr, colour);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
draw_row (cairo_t *cr,
          Box     *box,
          double   x,
          double   y)
{
  double width = box->column_x[box->n_columns];

  if (box->row_kind == ROW_HEADER || box->row_kind == ROW_GROUP)
    {
      set_colour (cr, box->row_kind == ROW_HEADER ? &HEADER_FILL : &GROUP_FILL);
      cairo_rectangle (cr, x, y, width, box->height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < box->cells->len; i++)
    show_layout_at (cr, g_ptr_array_index (box->cells, i), box->colour,
                    x + box->column_x[i] + CELL_PAD_X, y + CELL_PAD_Y);
  if (box->row_kind == ROW_HEADER)
    draw_rule (cr, &INK, 0.8, x, x + width, y + box->height);
  else
    draw_rule (cr, &RULE, 0.4, x, x + width, y + box->height);
}

static void
draw_box (cairo_t *cr,
          Box     *box,
          double   x,
          double   y,
          double   width)
{
  switch (box->kind)
    {
    case BOX_TEXT:
      if (box->line < 0)
        {
          show_layout_at (cr, box->layout, box->colour, x, y);
          if (box->rule_below)
            draw_rule (cr, &INK, 1.0, x, x + width, y + box->height - RULE_GAP);
        }
      else
        {
          set_colour (cr, box->colour);
          cairo_move_to (cr, x + box->line_x, y + box->baseline);
          show_scaled (cr, box->layout, pango_layout_get_line_readonly (box->layout, box->line));
        }
      break;
    case BOX_KEY_VALUE:
      show_layout_at (cr, box->layout, box->colour, x, y);
      show_layout_at (cr, box->value, box->colour, x + box->value_x, y);
      break;
    case BOX_ROW:
      draw_row (cr, box, x, y);
      break;
    case BOX_ANCHOR:
    case BOX_BREAK:
    case BOX_PAINTED:
    case BOX_ATTACHMENT:
    default:
      break;
    }
}

static PangoLayout *
frame_layout (DfPackDocument *self,
              const char     *text,
              double          size,
              PangoWeight     weight,
              double          max_width)
{
  PangoLayout *layout = new_layout (self, size, weight, PANGO_STYLE_NORMAL, 0);

  pango_layout_set_text (layout, text, -1);
  if (max_width > 0)
    {
      df_pack_layout_set_width (layout, max_width);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static char *
page_of_pages (int page_nr,
               int n_pages)
{
  /* TRANSLATORS: the page number on every page of the meeting pack. */
  return g_strdup_printf (P_("Page %d of %d"), page_nr + 1, n_pages);
}

/* The meeting and its date, or the sheet's own date. */
static char *
meeting_line (DfPackDocument *self,
              Sheet          *sheet)
{
  const char *iso = self->meeting_date != NULL ? self->meeting_date : sheet->date;
  g_autofree char *date = iso != NULL ? df_pack_format_date_iso (iso) : NULL;

  if (self->meeting_title != NULL && date != NULL)
    return g_strdup_printf ("%s · %s", self->meeting_title, date);
  if (self->meeting_title != NULL)
    return g_strdup (self->meeting_title);
  return g_strdup (date != NULL ? date : "");
}

static void
draw_full_frame (DfPackDocument *self,
                 cairo_t        *cr,
                 Page           *page,
                 int             page_nr)
{
  double right = page->width - SIDE_MARGIN;
  double footer = page->height - FOOTER_RULE_FROM_BOTTOM;
  g_autoptr (PangoLayout) marking = frame_layout (self, self->marking, FRAME_SIZE + 1, PANGO_WEIGHT_BOLD, 0);
  double text_width = right - SIDE_MARGIN - df_pack_layout_width (marking) - 6 * MM;
  g_autoptr (PangoLayout) forum = frame_layout (self, self->forum_name, FRAME_SIZE, PANGO_WEIGHT_BOLD, text_width);
  g_autofree char *meeting_text = meeting_line (self, page->sheet);
  g_autoptr (PangoLayout) meeting = frame_layout (self, meeting_text, FRAME_SIZE, PANGO_WEIGHT_NORMAL, text_width);
  g_autofree char *number_text = page_of_pages (page_nr, self->pages->len);
  g_autoptr (PangoLayout) number = frame_layout (self, number_text, FRAME_SIZE, PANGO_WEIGHT_NORMAL, 0);
  g_autoptr (PangoLayout) sheet = frame_layout (self, page->sheet->title, FRAME_SIZE, PANGO_WEIGHT_NORMAL,
                                                right - SIDE_MARGIN - df_pack_layout_width (number) - 6 * MM);

  show_layout_at (cr, forum, &INK, SIDE_MARGIN, HEADER_TOP);
  show_layout_at (cr, meeting, &MUTED, SIDE_MARGIN, HEADER_TOP + df_pack_layout_height (forum) + 1);
  show_layout_at (cr, marking, &MARK, right - df_pack_layout_width (marking), HEADER_TOP);
  draw_rule (cr, &RULE, 0.6, SIDE_MARGIN, right, HEADER_RULE);

  draw_rule (cr, &RULE, 0.6, SIDE_MARGIN, right, footer);
  show_layout_at (cr, sheet, &MUTED, SIDE_MARGIN, footer + 2 * MM);
  show_layout_at (cr, number, &INK, right - df_pack_layout_width (number), footer + 2 * MM);
}

static void
draw_band (DfPackDocument *self,
           cairo_t        *cr,
           Page           *page,
           int             page_nr)
{
  double margin = ATTACHMENT_MARGIN;
  g_autoptr (PangoLayout) marking = frame_layout (self, self->marking, BAND_SIZE, PANGO_WEIGHT_BOLD, 0);
  g_autofree char *number_text = page_of_pages (page_nr, self->pages->len);
  g_autoptr (PangoLayout) number = frame_layout (self, number_text, BAND_SIZE, PANGO_WEIGHT_NORMAL, 0);
  double y = page->height - BAND_HEIGHT + (BAND_HEIGHT - df_pack_layout_height (number)) / 2;

  show_layout_at (cr, marking, &MARK, margin, y);
  show_layout_at (cr, number, &MUTED, page->width - margin - df_pack_layout_width (number), y);
}

static void
draw_attachment (DfPackDocument *self,
                 cairo_t        *cr,
                 Page           *page)
{
  Box *box = page->whole;
  g_autoptr (PangoLayout) stamp = frame_layout (self, box->stamp, 11, PANGO_WEIGHT_BOLD, 0);
  double title_x = ATTACHMENT_MARGIN + df_pack_layout_width (stamp) + 3 * MM;
  g_autoptr (PangoLayout) title = frame_layout (self, box->stamp_title, FRAME_SIZE + 0.5, PANGO_WEIGHT_NORMAL,
                                                page->width - ATTACHMENT_MARGIN - title_x);
  double area_width = page->width - 2 * ATTACHMENT_MARGIN;
  double area_height = page->height - STAMP_HEIGHT - BAND_HEIGHT;
  double width = box->page_width, height = box->page_height, scale;

  show_layout_at (cr, stamp, &INK, ATTACHMENT_MARGIN, (STAMP_HEIGHT - df_pack_layout_height (stamp)) / 2);
  show_layout_at (cr, title, &MUTED, title_x,
                  (STAMP_HEIGHT - df_pack_layout_height (stamp)) / 2 + df_pack_layout_height (stamp) - df_pack_layout_height (title));

  /* Shrunk, never enlarged, to leave room for the stamp and the band. */
  scale = MIN (1.0, MIN (area_width / width, area_height / height));
  cairo_save (cr);
  cairo_translate (cr, ATTACHMENT_MARGIN + (area_width - width * scale) / 2,
                   STAMP_HEIGHT + (area_height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  self->poppler->page_render_for_printing (box->page, cr);
  cairo_reset_clip (cr);
  cairo_set_line_width (cr, 0.5 / scale);
  set_colour (cr, &RULE);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_painted (DfPackDocument *self,
              cairo_t        *cr,
              Page           *page)
{
  Box *box = page->whole;
  cairo_rectangle_t area;

  if (box->frame == DF_PACK_FRAME_FULL)
    area = (cairo_rectangle_t) { SIDE_MARGIN, BODY_TOP, page->width - 2 * SIDE_MARGIN,
                                 page->height - BODY_TOP - BODY_BOTTOM_MARGIN };
  else
    area = (cairo_rectangle_t) { 0, 0, page->width, page->height - BAND_HEIGHT };
  cairo_save (cr);
  box->painter (self, cr, page->width, page->height, &area, box->user_data);
  cairo_restore (cr);
}

void
df_pack_document_draw_page (DfPackDocument *self,
                            cairo_t        *cr,
                            int             page_nr,
                            double          width,
                            double          height)
{
  Page *page;
  double scale;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_nr >= 0 && page_nr < df_pack_document_get_n_pages (self));

  page = g_ptr_array_index (self->pages, page_nr);
  scale = MIN (width / page->width, height / page->height);

  cairo_save (cr);
  cairo_translate (cr, (width - page->width * scale) / 2, (height - page->height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, page->width, page->height);
  cairo_clip (cr);

  if (page->whole != NULL && page->whole->kind == BOX_ATTACHMENT)
    draw_attachment (self, cr, page);
  else if (page->whole != NULL)
    draw_painted (self, cr, page);
  else
    for (guint i = 0; i < page->placements->len; i++)
      {
        Placement *placement = &g_array_index (page->placements, Placement, i);

        draw_box (cr, placement->box, SIDE_MARGIN, BODY_TOP + placement->y, page->width - 2 * SIDE_MARGIN);
      }

  if (page->whole != NULL && page->whole->frame == DF_PACK_FRAME_BAND)
    draw_band (self, cr, page, page_nr);
  else
    draw_full_frame (self, cr, page, page_nr);
  cairo_restore (cr);
}

/* PDF */

/* Cairo hands the PDF over a few bytes at a time, a thousand times for a
 * page: they are gathered and written a buffer at a time. */
#define SINK_BUFFER_SIZE (64 * 1024)

typedef struct
{
  int         fd;
  int         saved_errno;
  GByteArray *pending;
} Sink;

static gboolean
write_all (Sink          *sink,
           const guint8  *data,
           gsize          length)
{
  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          return FALSE;
        }
      data += written;
      length -= written;
    }
  return TRUE;
}

static gboolean
sink_flush (Sink *sink)
{
  gboolean ok = write_all (sink, sink->pending->data, sink->pending->len);

  g_byte_array_set_size (sink->pending, 0);
  return ok;
}

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  Sink *sink = closure;

  if (sink->pending->len + length > SINK_BUFFER_SIZE && !sink_flush (sink))
    return CAIRO_STATUS_WRITE_ERROR;
  if (length >= SINK_BUFFER_SIZE)
    return write_all (sink, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
  g_byte_array_append (sink->pending, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
add_outline (DfPackDocument  *self,
             cairo_surface_t *surface)
{
  g_autofree int *ids = g_new0 (int, self->outline->len + 1);

  ids[0] = CAIRO_PDF_OUTLINE_ROOT;
  for (guint i = 0; i < self->outline->len; i++)
    {
      OutlineEntry *entry = &g_array_index (self->outline, OutlineEntry, i);
      /* Whole points, in C's notation whatever LC_NUMERIC says. */
      g_autofree char *target = g_strdup_printf ("page=%d pos=[0 %d]", entry->page + 1, (int) floor (entry->y));

      ids[i + 1] = cairo_pdf_surface_add_outline (surface, ids[entry->parent], entry->title, target,
                                                  entry->parent == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
    }
}

static void
set_metadata (DfPackDocument  *self,
              cairo_surface_t *surface)
{
  Sheet *first = g_ptr_array_index (self->sheets, 0);
  g_autofree char *author = g_strdup_printf (P_("Secretariat of %s"), self->forum_name);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  self->title != NULL ? self->title
                                  : self->meeting_title != NULL ? self->meeting_title : first->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  self->author != NULL ? self->author : author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  self->subject != NULL ? self->subject : P_("Meeting pack"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Dialogforum " PACKAGE_VERSION);
}

/* Returns a cairo status; @sink's errno when writing failed. */
static cairo_status_t
write_pdf (DfPackDocument *self,
           Sink           *sink)
{
  Page *first = g_ptr_array_index (self->pages, 0);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_fd, sink, first->width, first->height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  set_metadata (self, surface);
  add_outline (self, surface);
  for (guint i = 0; i < self->pages->len && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      Page *page = g_ptr_array_index (self->pages, i);

      cairo_pdf_surface_set_size (surface, page->width, page->height);
      df_pack_document_draw_page (self, cr, i, page->width, page->height);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, DF_PACK_ERROR, DF_PACK_ERROR_WRITE,
               _("The PDF file could not be saved as “%s”: %s. No file was written."),
               name, reason);
}

gboolean
df_pack_document_render_pdf (DfPackDocument  *self,
                             const char      *path,
                             GError         **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *partial_name = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *failure = NULL;
  g_autoptr (GByteArray) pending = g_byte_array_sized_new (SINK_BUFFER_SIZE);
  Sink sink = { -1, 0, pending };
  cairo_status_t status;

  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (df_pack_document_get_n_pages (self) == 0)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, DF_PACK_ERROR, DF_PACK_ERROR_EMPTY,
                   _("Nothing was written to “%s”: the meeting pack has no pages. Choose at least one sheet."),
                   name);
      return FALSE;
    }

  /* Written beside the target under a hidden name and renamed when
   * whole, so a failure leaves neither a half-written PDF nor a
   * damaged older one. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  partial_name = g_strdup_printf (".%s.XXXXXX", base);
  partial = g_build_filename (dir, partial_name, NULL);
  sink.fd = g_mkstemp_full (partial, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      set_write_error (error, path, g_strerror (errno));
      return FALSE;
    }

  status = write_pdf (self, &sink);
  if (status == CAIRO_STATUS_SUCCESS && !sink_flush (&sink))
    status = CAIRO_STATUS_WRITE_ERROR;
  if (status != CAIRO_STATUS_SUCCESS)
    failure = g_strdup (sink.saved_errno != 0 ? g_strerror (sink.saved_errno) : cairo_status_to_string (status));
  else if (fsync (sink.fd) != 0)
    failure = g_strdup (g_strerror (errno));
  if (close (sink.fd) != 0 && failure == NULL)
    failure = g_strdup (g_strerror (errno));
  if (failure == NULL && g_rename (partial, path) != 0)
    failure = g_strdup (g_strerror (errno));

  if (failure != NULL)
    {
      g_unlink (partial);
      set_write_error (error, path, failure);
      return FALSE;
    }
  return TRUE;
}
