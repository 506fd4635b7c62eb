/* df-attendance-chart.c: the attendance bar chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-attendance-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "df-attendance-chart.h"

#define ROW_HEIGHT 24
/* The legend in two rows of two: it fits the narrow column beside the
 * year wheel in every language. */
#define LEGEND_ROW 22
#define LEGEND_HEIGHT (2 * LEGEND_ROW + 4)
#define BAR_HEIGHT 14
#define GAP 8
#define SWATCH 10

typedef enum
{
  PART_CAME,
  PART_SUBSTITUTE,
  PART_ABSENT,
  PART_UNRECORDED,
  N_PARTS,
} Part;

/* The GNOME palette's middle tones: they read on light and dark alike.
 * Not recorded is drawn in the text's colour, faintly. */
static const double part_colours[N_PARTS][3] = {
  [PART_CAME] = { 0.149, 0.635, 0.412 },
  [PART_SUBSTITUTE] = { 0.208, 0.518, 0.894 },
  [PART_ABSENT] = { 0.878, 0.106, 0.141 },
};

static const char * const part_labels[N_PARTS] = {
  [PART_CAME] = N_("Came"),
  [PART_SUBSTITUTE] = N_("By substitute"),
  [PART_ABSENT] = N_("Absent"),
  [PART_UNRECORDED] = N_("Not recorded"),
};

struct _DfAttendanceChart
{
  GtkDrawingArea  parent_instance;

  GPtrArray      *rows;   /* DfAttendanceRow */
  char           *text;
};

G_DEFINE_FINAL_TYPE (DfAttendanceChart, df_attendance_chart, GTK_TYPE_DRAWING_AREA)

static void
set_part_colour (cairo_t       *cr,
                 Part           part,
                 const GdkRGBA *foreground)
{
  if (part == PART_UNRECORDED)
    cairo_set_source_rgba (cr, foreground->red, foreground->green, foreground->blue, 0.18);
  else
    cairo_set_source_rgb (cr, part_colours[part][0], part_colours[part][1], part_colours[part][2]);
}

static PangoLayout *
text_layout (DfAttendanceChart *self,
             const char        *text,
             int                width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static void
show_text (cairo_t       *cr,
           PangoLayout   *layout,
           const GdkRGBA *foreground,
           double         x,
           double         middle)
{
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gdk_cairo_set_source_rgba (cr, foreground);
  cairo_move_to (cr, x, middle - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_legend (DfAttendanceChart *self,
             cairo_t           *cr,
             int                width,
             const GdkRGBA     *foreground)
{
  for (Part part = 0; part < N_PARTS; part++)
    {
      double x = (part % 2) * width / 2.0, middle = (part / 2 + 0.5) * LEGEND_ROW;
      g_autoptr (PangoLayout) layout = text_layout (self, _(part_labels[part]), width / 2 - SWATCH - 4 - GAP);

      set_part_colour (cr, part, foreground);
      cairo_rectangle (cr, x, middle - SWATCH / 2.0, SWATCH, SWATCH);
      cairo_fill (cr);
      show_text (cr, layout, foreground, x + SWATCH + 4, middle);
    }
}

static void
draw (GtkDrawingArea *area,
      cairo_t        *cr,
      int             width,
      int             height,
      gpointer        user_data)
{
  DfAttendanceChart *self = DF_ATTENDANCE_CHART (area);
  int name_width = MIN (width * 2 / 5, 220), count_width = 56;
  double bar_x = name_width + GAP, bar_width = width - name_width - count_width - 2 * GAP;
  guint most = 1;
  GdkRGBA foreground;

  if (self->rows == NULL || self->rows->len == 0)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &foreground);
  draw_legend (self, cr, width, &foreground);
  for (guint i = 0; i < self->rows->len; i++)
    most = MAX (most, ((DfAttendanceRow *) g_ptr_array_index (self->rows, i))->meetings);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const DfAttendanceRow *row = g_ptr_array_index (self->rows, i);
      double middle = LEGEND_HEIGHT + (i + 0.5) * ROW_HEIGHT, segment = bar_width / most;
      const guint parts[N_PARTS] = { row->attended, row->substituted, row->absent,
                                     df_attendance_row_get_unrecorded (row) };
      /* TRANSLATORS: at the end of a bar: meetings come to, of those counted. */
      g_autofree char *count = g_strdup_printf (_("%u of %u"), row->attended + row->substituted, row->meetings);
      g_autoptr (PangoLayout) name = text_layout (self, row->name, name_width);
      g_autoptr (PangoLayout) numbers = text_layout (self, count, -1);
      guint n = 0;

      show_text (cr, name, &foreground, 0, middle);
      /* One segment a meeting: the parts side by side, in their order. */
      for (Part part = 0; part < N_PARTS; part++)
        for (guint j = 0; j < parts[part]; j++, n++)
          {
            set_part_colour (cr, part, &foreground);
            cairo_rectangle (cr, bar_x + n * segment, middle - BAR_HEIGHT / 2.0, MAX (1, segment - 2), BAR_HEIGHT);
            cairo_fill (cr);
          }
      show_text (cr, numbers, &foreground, bar_x + bar_width + GAP, middle);
    }
}

void
df_attendance_chart_set_rows (DfAttendanceChart *self,
                              GPtrArray         *rows,
                              const char        *label)
{
  GString *text = g_string_new (NULL);

  g_return_if_fail (DF_IS_ATTENDANCE_CHART (self));
  g_return_if_fail (rows != NULL);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_ptr_array_ref (rows);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *line = df_attendance_row_describe (g_ptr_array_index (rows, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  g_free (self->text);
  self->text = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->text,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->text);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self),
                                       rows->len > 0 ? LEGEND_HEIGHT + (int) rows->len * ROW_HEIGHT : 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
df_attendance_chart_get_text (DfAttendanceChart *self)
{
  g_return_val_if_fail (DF_IS_ATTENDANCE_CHART (self), NULL);
  return self->text != NULL ? self->text : "";
}

static void
df_attendance_chart_finalize (GObject *object)
{
  DfAttendanceChart *self = DF_ATTENDANCE_CHART (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->text);

  G_OBJECT_CLASS (df_attendance_chart_parent_class)->finalize (object);
}

static void
df_attendance_chart_class_init (DfAttendanceChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = df_attendance_chart_finalize;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
df_attendance_chart_init (DfAttendanceChart *self)
{
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw, NULL, NULL);
}
