/* df-pack-yearwheel.c: the year wheel sheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-pack-yearwheel.h"
#include "df-pack-private.h"

#define TITLE_SIZE 16

typedef struct
{
  DfYearWheel *wheel;
  char        *today;
} Sheet;

static void
sheet_free (Sheet *sheet)
{
  df_year_wheel_free (sheet->wheel);
  g_free (sheet->today);
  g_free (sheet);
}

static void
paint_year_wheel (DfPackDocument          *document,
                  cairo_t                 *cr,
                  double                   page_width,
                  double                   page_height,
                  const cairo_rectangle_t *area,
                  gpointer                 user_data)
{
  Sheet *sheet = user_data;
  /* TRANSLATORS: the year wheel sheet's heading; %d is the year. */
  g_autofree char *text = g_strdup_printf (P_("Year wheel %d"), df_year_wheel_get_year (sheet->wheel));
  g_autoptr (PangoLayout) title = df_pack_document_create_layout (document, TITLE_SIZE, PANGO_WEIGHT_BOLD);
  DfYearWheelStyle style = {
    .foreground = { 0.1, 0.1, 0.1, 1 },
    .today = sheet->today,
    .pack_language = TRUE,
    .list_marks = TRUE,
  };
  cairo_rectangle_t wheel_area;
  double gap = 4 * DF_PACK_MM;

  pango_layout_set_text (title, text, -1);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_move_to (cr, area->x, area->y);
  df_pack_show_layout (cr, title);
  wheel_area = (cairo_rectangle_t) { area->x, area->y + df_pack_layout_height (title) + gap, area->width,
                                     area->height - df_pack_layout_height (title) - gap };
  /* The document's own fonts: a pack may be drawn in a worker thread. */
  df_year_wheel_draw (sheet->wheel, cr, pango_layout_get_context (title), &wheel_area, &style);
}

void
df_pack_add_yearwheel (DfPackDocument *document,
                       DfYearWheel    *wheel,
                       const char     *today)
{
  Sheet *sheet;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (document));
  g_return_if_fail (wheel != NULL);

  sheet = g_new0 (Sheet, 1);
  sheet->wheel = wheel;
  sheet->today = g_strdup (today);
  /* TRANSLATORS: the year wheel sheet's title (Danish: Årshjul). */
  df_pack_document_begin_sheet (document, P_("Year wheel"), DF_PACK_LANDSCAPE);
  df_pack_document_add_painted_page (document, DF_PACK_FRAME_FULL, paint_year_wheel, sheet,
                                     (GDestroyNotify) sheet_free);
}

gboolean
df_pack_add_yearwheel_sheet (DfPackDocument  *document,
                             DfStore         *store,
                             int              year,
                             GError         **error)
{
  DfYearWheel *wheel;
  g_autofree char *today = NULL;

  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (document), FALSE);
  g_return_val_if_fail (DF_IS_STORE (store), FALSE);

  wheel = df_store_build_year_wheel (store, year, error);
  if (wheel == NULL)
    return FALSE;
  today = df_date_today_iso ();
  df_pack_add_yearwheel (document, wheel, today);
  return TRUE;
}
