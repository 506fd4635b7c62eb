/* df-pack-names.c: table cards and name badges.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "dialogforum/df-pack-names.h"
#include "df-pack-private.h"

#define MM DF_PACK_MM
#define CARD_MARGIN (18 * MM)
#define BADGE_WIDTH (85 * MM)
#define BADGE_HEIGHT (55 * MM)
#define BADGE_COLUMNS 2
#define BADGE_ROWS 4
#define BADGE_PADDING (6 * MM)
#define CUT_MARK_GAP (2 * MM)
#define CUT_MARK_LENGTH (5 * MM)

typedef struct
{
  char *name;
  char *title;
  char *organisation;
} Name;

static Name *
name_copy (const DfPackName *name)
{
  Name *copy = g_new0 (Name, 1);

  copy->name = g_strdup (name->name != NULL ? name->name : "");
  copy->title = g_strdup (name->title != NULL ? name->title : "");
  copy->organisation = g_strdup (name->organisation != NULL ? name->organisation : "");
  return copy;
}

static void
name_free (Name *name)
{
  g_free (name->name);
  g_free (name->title);
  g_free (name->organisation);
  g_free (name);
}

static PangoLayout *
layout_at (DfPackDocument *document,
           const char     *text,
           double          size,
           PangoWeight     weight)
{
  PangoLayout *layout = df_pack_document_create_layout (document, size, weight);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* @text at @size, or a whole point smaller at a time down to @min_size,
 * the largest that fits on one line of @width; wrapped at @width when even
 * the smallest is too wide. Drawn to scale (see df-pack-document.c), a
 * text's width is in proportion to its size: the size that fits is
 * worked out from the one measure at @size. The hundredth of a point
 * spared keeps a text that fits exactly from wrapping on a rounding. */
static PangoLayout *
fitted_layout (DfPackDocument *document,
               const char     *text,
               double          size,
               double          min_size,
               PangoWeight     weight,
               double          width)
{
  PangoLayout *layout = layout_at (document, text, size, weight);
  double natural = df_pack_layout_width (layout);

  if (natural > width - 0.01 && size - 1 >= min_size)
    {
      /* The sizes tried are @size less whole points. */
      double smallest = size - floor (size - min_size);
      double fitting = size * (width - 0.01) / natural;

      df_pack_layout_set_size (layout, MAX (size - ceil (size - fitting), smallest));
    }
  df_pack_layout_set_width (layout, width);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
show_at (cairo_t     *cr,
         PangoLayout *layout,
         double       grey,
         double       x,
         double       y)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_move_to (cr, x, y);
  df_pack_show_layout (cr, layout);
}

static void
begin_names_sheet (DfPackDocument    *document,
                   const char        *title,
                   DfPackOrientation  orientation,
                   guint              n_names)
{
  df_pack_document_begin_sheet (document, title, orientation);
  if (n_names == 0)
    {
      df_pack_document_add_heading (document, 1, title);
      df_pack_document_add_paragraph (document, P_("There are no names to print."));
    }
}

/* Table cards */

/* One half of a card, upright in a box of @width × @height: the name
 * and, below it, the organisation, centred. */
static void
draw_card_half (cairo_t     *cr,
                PangoLayout *person,
                PangoLayout *organisation,
                double       gap,
                double       height)
{
  double top = (height - df_pack_layout_height (person) - gap - df_pack_layout_height (organisation)) / 2;

  show_at (cr, person, 0.05, CARD_MARGIN, top);
  show_at (cr, organisation, 0.30, CARD_MARGIN, top + df_pack_layout_height (person) + gap);
}

static void
paint_table_card (DfPackDocument          *document,
                  cairo_t                 *cr,
                  double                   page_width,
                  double                   page_height,
                  const cairo_rectangle_t *area,
                  gpointer                 user_data)
{
  const Name *name = user_data;
  double fold = page_height / 2;
  /* The band runs along the bottom edge; the upper half leaves the same
   * room at the top edge, so the two halves mirror each other exactly. */
  double half = fold - (page_height - area->height);
  static const double dashes[] = { 3 * MM, 2 * MM };
  double text_width = page_width - 2 * CARD_MARGIN;
  /* The halves are the same text: laid out once, drawn twice. */
  g_autoptr (PangoLayout) person = fitted_layout (document, name->name, 54, 28, PANGO_WEIGHT_BOLD, text_width);
  g_autoptr (PangoLayout) organisation = fitted_layout (document, name->organisation, 20, 12,
                                                        PANGO_WEIGHT_NORMAL, text_width);
  double gap = *name->organisation != '\0' ? 5 * MM : 0;

  pango_layout_set_alignment (person, PANGO_ALIGN_CENTER);
  pango_layout_set_alignment (organisation, PANGO_ALIGN_CENTER);

  cairo_save (cr);
  cairo_translate (cr, 0, fold);
  draw_card_half (cr, person, organisation, gap, half);
  cairo_restore (cr);

  /* Upside down: folded into a tent, both sides face their readers. */
  cairo_save (cr);
  cairo_translate (cr, page_width, fold);
  cairo_rotate (cr, G_PI);
  draw_card_half (cr, person, organisation, gap, half);
  cairo_restore (cr);

  cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
  cairo_set_line_width (cr, 0.4);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, 0, fold);
  cairo_line_to (cr, page_width, fold);
  cairo_stroke (cr);
}

void
df_pack_add_table_cards_sheet (DfPackDocument   *document,
                               const DfPackName *names,
                               guint             n_names)
{
  g_return_if_fail (DF_IS_PACK_DOCUMENT (document));
  g_return_if_fail (names != NULL || n_names == 0);

  /* TRANSLATORS: the table cards sheet's title (Danish: Bordkort). */
  begin_names_sheet (document, P_("Table cards"), DF_PACK_LANDSCAPE, n_names);
  for (guint i = 0; i < n_names; i++)
    df_pack_document_add_painted_page (document, DF_PACK_FRAME_BAND, paint_table_card,
                                       name_copy (&names[i]), (GDestroyNotify) name_free);
}

/* Name badges */

static void
draw_badge (DfPackDocument *document,
            cairo_t        *cr,
            const Name     *name,
            double          x,
            double          y)
{
  double width = BADGE_WIDTH - 2 * BADGE_PADDING;
  g_autoptr (PangoLayout) forum = fitted_layout (document, df_pack_document_get_forum_name (document),
                                                 6.5, 5, PANGO_WEIGHT_NORMAL, width);
  g_autoptr (PangoLayout) person = fitted_layout (document, name->name, 17, 11, PANGO_WEIGHT_BOLD, width);
  g_autoptr (PangoLayout) title = fitted_layout (document, name->title, 9, 7, PANGO_WEIGHT_NORMAL, width);
  g_autoptr (PangoLayout) organisation = fitted_layout (document, name->organisation, 10, 7,
                                                        PANGO_WEIGHT_NORMAL, width);
  double title_gap = *name->title != '\0' ? 1.5 * MM : 0;
  double organisation_gap = *name->organisation != '\0' ? 1 * MM : 0;
  double block = df_pack_layout_height (person) + title_gap + df_pack_layout_height (title) + organisation_gap + df_pack_layout_height (organisation);
  double top = y + BADGE_PADDING + df_pack_layout_height (forum);
  double text_y = top + (y + BADGE_HEIGHT - BADGE_PADDING - top - block) / 2;

  show_at (cr, forum, 0.45, x + BADGE_PADDING, y + BADGE_PADDING);
  show_at (cr, person, 0.05, x + BADGE_PADDING, text_y);
  text_y += df_pack_layout_height (person) + title_gap;
  show_at (cr, title, 0.30, x + BADGE_PADDING, text_y);
  text_y += df_pack_layout_height (title) + organisation_gap;
  show_at (cr, organisation, 0.15, x + BADGE_PADDING, text_y);
}

/* Short strokes outside the grid on every cutting line, so the sheet can
 * be cut with a guillotine and no line shows on a badge. */
static void
draw_cut_marks (cairo_t *cr,
                double   left,
                double   top,
                int      rows)
{
  double right = left + BADGE_COLUMNS * BADGE_WIDTH;
  double bottom = top + rows * BADGE_HEIGHT;

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 0.4);
  for (int c = 0; c <= BADGE_COLUMNS; c++)
    {
      double x = left + c * BADGE_WIDTH;

      cairo_move_to (cr, x, top - CUT_MARK_GAP);
      cairo_rel_line_to (cr, 0, -CUT_MARK_LENGTH);
      cairo_move_to (cr, x, bottom + CUT_MARK_GAP);
      cairo_rel_line_to (cr, 0, CUT_MARK_LENGTH);
    }
  for (int r = 0; r <= rows; r++)
    {
      double y = top + r * BADGE_HEIGHT;

      cairo_move_to (cr, left - CUT_MARK_GAP, y);
      cairo_rel_line_to (cr, -CUT_MARK_LENGTH, 0);
      cairo_move_to (cr, right + CUT_MARK_GAP, y);
      cairo_rel_line_to (cr, CUT_MARK_LENGTH, 0);
    }
  cairo_stroke (cr);
}

static void
paint_badges (DfPackDocument          *document,
              cairo_t                 *cr,
              double                   page_width,
              double                   page_height,
              const cairo_rectangle_t *area,
              gpointer                 user_data)
{
  GPtrArray *names = user_data;
  int rows = (names->len + BADGE_COLUMNS - 1) / BADGE_COLUMNS;
  double left = area->x + (area->width - BADGE_COLUMNS * BADGE_WIDTH) / 2;
  double top = area->y + (area->height - BADGE_ROWS * BADGE_HEIGHT) / 2;

  for (guint i = 0; i < names->len; i++)
    draw_badge (document, cr, g_ptr_array_index (names, i),
                left + (i % BADGE_COLUMNS) * BADGE_WIDTH, top + (i / BADGE_COLUMNS) * BADGE_HEIGHT);
  draw_cut_marks (cr, left, top, rows);
}

void
df_pack_add_name_badges_sheet (DfPackDocument   *document,
                               const DfPackName *names,
                               guint             n_names)
{
  const guint per_page = BADGE_COLUMNS * BADGE_ROWS;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (document));
  g_return_if_fail (names != NULL || n_names == 0);

  /* TRANSLATORS: the name badges sheet's title (Danish: Navneskilte). */
  begin_names_sheet (document, P_("Name badges"), DF_PACK_PORTRAIT, n_names);
  for (guint first = 0; first < n_names; first += per_page)
    {
      GPtrArray *page = g_ptr_array_new_with_free_func ((GDestroyNotify) name_free);

      for (guint i = first; i < MIN (first + per_page, n_names); i++)
        g_ptr_array_add (page, name_copy (&names[i]));
      df_pack_document_add_painted_page (document, DF_PACK_FRAME_FULL, paint_badges,
                                         page, (GDestroyNotify) g_ptr_array_unref);
    }
}
