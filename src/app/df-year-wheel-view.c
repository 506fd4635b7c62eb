/* df-year-wheel-view.c: the year wheel on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-year-wheel-view"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"

#include "df-year-wheel-view.h"

/* Enough to tell what is there; the rest lies under the same spot. */
#define TOOLTIP_MARKS 4

struct _DfYearWheelView
{
  GtkDrawingArea         parent_instance;

  DfYearWheel           *wheel;
  char                  *today;
  const DfYearWheelMark *hovered;   /* borrowed from the wheel */
};

G_DEFINE_FINAL_TYPE (DfYearWheelView, df_year_wheel_view, GTK_TYPE_DRAWING_AREA)

static cairo_rectangle_t
drawn_area (DfYearWheelView *self)
{
  return (cairo_rectangle_t) { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                               gtk_widget_get_height (GTK_WIDGET (self)) };
}

static void
draw (GtkDrawingArea *area,
      cairo_t        *cr,
      int             width,
      int             height,
      gpointer        user_data)
{
  DfYearWheelView *self = DF_YEAR_WHEEL_VIEW (area);
  cairo_rectangle_t rectangle = { 0, 0, width, height };
  DfYearWheelStyle style = { .today = self->today, .highlight = self->hovered };
  GdkRGBA colour;

  if (self->wheel == NULL)
    return;
  /* The theme's text colour: the wheel reads in the dark style too. */
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &colour);
  style.foreground[0] = colour.red;
  style.foreground[1] = colour.green;
  style.foreground[2] = colour.blue;
  style.foreground[3] = colour.alpha;
  df_year_wheel_draw (self->wheel, cr, gtk_widget_get_pango_context (GTK_WIDGET (self)), &rectangle, &style);
}

static char *
when_text (const DfYearWheelMark *mark)
{
  g_autofree char *from = df_date_iso_to_long (mark->date);
  g_autofree char *to = NULL;

  if (mark->end_date == NULL)
    return g_steal_pointer (&from);
  to = df_date_iso_to_long (mark->end_date);
  return g_strdup_printf ("%s–%s", from, to);
}

/* One line a mark, "Møde i Strategisk dialogforum — Møde, tirsdag den 8.
 * december 2026": the same words for the tooltip and the screen reader. */
static char *
describe_marks (GPtrArray *marks,
                guint      max)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < marks->len && i < max; i++)
    {
      const DfYearWheelMark *mark = g_ptr_array_index (marks, i);
      g_autofree char *when = when_text (mark);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a mark on the year wheel: what it is about, what
       * kind of date it is, and the date. */
      g_string_append_printf (text, _("%s — %s, %s"), mark->subject,
                              df_year_wheel_kind_label (mark->kind), when);
    }
  if (marks->len > max)
    {
      guint rest = marks->len - max;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("… and %u more", "… and %u more", rest), rest);
    }
  return g_string_free (text, FALSE);
}

char *
df_year_wheel_view_describe_at (DfYearWheelView *self,
                                double           x,
                                double           y)
{
  cairo_rectangle_t area;
  g_autoptr (GPtrArray) marks = NULL;

  g_return_val_if_fail (DF_IS_YEAR_WHEEL_VIEW (self), NULL);

  if (self->wheel == NULL)
    return NULL;
  area = drawn_area (self);
  marks = df_year_wheel_marks_at (self->wheel, &area, x, y);
  return marks->len > 0 ? describe_marks (marks, TOOLTIP_MARKS) : NULL;
}

static gboolean
on_query_tooltip (DfYearWheelView *self,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip)
{
  g_autofree char *text = keyboard ? NULL : df_year_wheel_view_describe_at (self, x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* What the nearest mark at @x, @y that opens something opens. */
static DfYearWheelTarget
target_at (DfYearWheelView *self,
           double           x,
           double           y,
           gint64          *id)
{
  cairo_rectangle_t area = drawn_area (self);
  g_autoptr (GPtrArray) marks = NULL;

  *id = 0;
  if (self->wheel == NULL)
    return DF_YEAR_WHEEL_TARGET_NONE;
  marks = df_year_wheel_marks_at (self->wheel, &area, x, y);
  for (guint i = 0; i < marks->len; i++)
    {
      DfYearWheelTarget target = df_year_wheel_mark_get_target (g_ptr_array_index (marks, i), id);

      if (target != DF_YEAR_WHEEL_TARGET_NONE)
        return target;
    }
  return DF_YEAR_WHEEL_TARGET_NONE;
}

/* The window's actions that show what a mark belongs to. */
static const char *
target_action (DfYearWheelTarget target)
{
  switch (target)
    {
    case DF_YEAR_WHEEL_TARGET_MEETING:
      return "win.show-meeting";
    case DF_YEAR_WHEEL_TARGET_ACTION:
      return "win.show-action";
    case DF_YEAR_WHEEL_TARGET_WORKING_GROUP:
      return "win.show-working-group";
    case DF_YEAR_WHEEL_TARGET_NONE:
    default:
      return NULL;
    }
}

gboolean
df_year_wheel_view_activate_at (DfYearWheelView *self,
                                double           x,
                                double           y)
{
  gint64 id;
  const char *action;

  g_return_val_if_fail (DF_IS_YEAR_WHEEL_VIEW (self), FALSE);

  action = target_action (target_at (self, x, y, &id));
  if (action == NULL)
    return FALSE;
  /* The window shows the meeting, action or group; the wheel only says
   * which. */
  return gtk_widget_activate_action (GTK_WIDGET (self), action, "x", id);
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             DfYearWheelView *self)
{
  if (n_press == 1)
    df_year_wheel_view_activate_at (self, x, y);
}

static void
set_hovered (DfYearWheelView       *self,
             const DfYearWheelMark *mark)
{
  gint64 id;

  if (mark == self->hovered)
    return;
  self->hovered = mark;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   mark != NULL && target_action (df_year_wheel_mark_get_target (mark, &id)) != NULL
                                   ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           DfYearWheelView          *self)
{
  cairo_rectangle_t area = drawn_area (self);
  g_autoptr (GPtrArray) marks = NULL;

  if (self->wheel == NULL)
    return;
  marks = df_year_wheel_marks_at (self->wheel, &area, x, y);
  set_hovered (self, marks->len > 0 ? g_ptr_array_index (marks, 0) : NULL);
}

static void
on_leave (GtkEventControllerMotion *controller,
          DfYearWheelView          *self)
{
  set_hovered (self, NULL);
}

/* The wheel in words for a screen reader: every mark by date. */
static void
update_accessible (DfYearWheelView *self)
{
  GPtrArray *marks = df_year_wheel_get_marks (self->wheel);
  g_autofree char *label = g_strdup_printf (_("Year wheel %d"), df_year_wheel_get_year (self->wheel));
  g_autofree char *description = marks->len > 0 ? describe_marks (marks, marks->len) : g_strdup (_("No dates in this year."));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
df_year_wheel_view_set_wheel (DfYearWheelView *self,
                              DfYearWheel     *wheel,
                              const char      *today)
{
  g_return_if_fail (DF_IS_YEAR_WHEEL_VIEW (self));
  g_return_if_fail (wheel != NULL);

  self->hovered = NULL;
  g_clear_pointer (&self->wheel, df_year_wheel_free);
  self->wheel = wheel;
  g_free (self->today);
  self->today = g_strdup (today);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
df_year_wheel_view_finalize (GObject *object)
{
  DfYearWheelView *self = DF_YEAR_WHEEL_VIEW (object);

  g_clear_pointer (&self->wheel, df_year_wheel_free);
  g_free (self->today);

  G_OBJECT_CLASS (df_year_wheel_view_parent_class)->finalize (object);
}

static void
df_year_wheel_view_class_init (DfYearWheelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = df_year_wheel_view_finalize;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "yearwheel");
}

static void
df_year_wheel_view_init (DfYearWheelView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw, NULL, NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}
