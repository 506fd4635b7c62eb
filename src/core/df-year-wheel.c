/* df-year-wheel.c: the year wheel's marks and its drawing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-action.h"
#include "dialogforum/df-membership.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-working-group.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-year-wheel.h"
#include "df-pack-private.h"

#define FONT_FAMILY "Cantarell, DejaVu Sans, sans-serif"

typedef enum
{
  SHAPE_CIRCLE,
  SHAPE_TRIANGLE,
  SHAPE_SQUARE,
  SHAPE_DIAMOND,
  SHAPE_RING,
  SHAPE_FLAG,
  SHAPE_BAR,
} Shape;

/* A colour and a shape for each kind: the shape tells the kinds apart
 * for those who do not see the colours, and on a grey printer. The
 * colours are the GNOME palette's middle tones, which read on a light
 * and on a dark background alike. */
static const struct
{
  const char *label;
  double      rgb[3];
  Shape       shape;
} kinds[DF_YEAR_WHEEL_N_KINDS] = {
  [DF_YEAR_WHEEL_MEETING] = { N_("Meeting"), { 0.208, 0.518, 0.894 }, SHAPE_CIRCLE },
  [DF_YEAR_WHEEL_PROPOSAL_DEADLINE] = { N_("Proposal deadline"), { 0.753, 0.380, 0.796 }, SHAPE_TRIANGLE },
  [DF_YEAR_WHEEL_INVITATION] = { N_("Invitation goes out"), { 0.902, 0.380, 0.000 }, SHAPE_SQUARE },
  [DF_YEAR_WHEEL_DISPATCH] = { N_("Agenda goes out"), { 0.149, 0.635, 0.412 }, SHAPE_DIAMOND },
  [DF_YEAR_WHEEL_MEMBERSHIP_END] = { N_("Membership ends"), { 0.878, 0.106, 0.141 }, SHAPE_RING },
  [DF_YEAR_WHEEL_ACTION_DUE] = { N_("Action due"), { 0.710, 0.514, 0.353 }, SHAPE_FLAG },
  [DF_YEAR_WHEEL_WORKING_GROUP] = { N_("Working group"), { 0.898, 0.647, 0.039 }, SHAPE_BAR },
};

struct _DfYearWheel
{
  int        year;
  GPtrArray *marks;   /* DfYearWheelMark */
  gboolean   sorted;
};

static void
mark_free (DfYearWheelMark *mark)
{
  g_free (mark->date);
  g_free (mark->end_date);
  g_free (mark->subject);
  g_free (mark);
}

DfYearWheel *
df_year_wheel_new (int year)
{
  DfYearWheel *self;

  g_return_val_if_fail (g_date_valid_year (year), NULL);

  self = g_new0 (DfYearWheel, 1);
  self->year = year;
  self->marks = g_ptr_array_new_with_free_func ((GDestroyNotify) mark_free);
  self->sorted = TRUE;
  return self;
}

void
df_year_wheel_free (DfYearWheel *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->marks);
  g_free (self);
}

int
df_year_wheel_get_year (DfYearWheel *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->year;
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const DfYearWheelMark *x = *(DfYearWheelMark * const *) a;
  const DfYearWheelMark *y = *(DfYearWheelMark * const *) b;

  if (x->angle != y->angle)
    return x->angle < y->angle ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

GPtrArray *
df_year_wheel_get_marks (DfYearWheel *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!self->sorted)
    {
      g_ptr_array_sort (self->marks, compare_marks);
      self->sorted = TRUE;
    }
  return self->marks;
}

static int
days_in_year (int year)
{
  return g_date_is_leap_year (year) ? 366 : 365;
}

double
df_year_wheel_angle_of (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return 2 * G_PI * (g_date_get_day_of_year (date) - 0.5) / days_in_year (g_date_get_year (date));
}

/* Where @month (1 to 12; 13 for the year's end) begins on the wheel. */
static double
month_angle (int year,
             int month)
{
  GDate first;

  if (month > 12)
    return 2 * G_PI;
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  return 2 * G_PI * (g_date_get_day_of_year (&first) - 1) / days_in_year (year);
}

gboolean
df_year_wheel_add_mark (DfYearWheel     *self,
                        DfYearWheelKind  kind,
                        const char      *date,
                        const char      *end_date,
                        const char      *subject,
                        gint64           id)
{
  DfYearWheelMark *mark;
  GDate first, last;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (kind < DF_YEAR_WHEEL_N_KINDS, FALSE);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (!df_date_parse_iso (date, &first))
    return FALSE;
  if (end_date == NULL)
    last = first;
  else if (!df_date_parse_iso (end_date, &last) || g_date_compare (&last, &first) < 0)
    return FALSE;
  if (g_date_get_year (&first) > self->year || g_date_get_year (&last) < self->year)
    return FALSE;

  mark = g_new0 (DfYearWheelMark, 1);
  mark->kind = kind;
  mark->date = g_strdup (date);
  mark->end_date = g_strdup (end_date);
  mark->subject = g_strdup (subject != NULL ? subject : "");
  mark->id = id;
  /* A period that began before the year, or ends after it, runs from or
   * to the year's edge. */
  mark->angle = g_date_get_year (&first) < self->year ? 0 : df_year_wheel_angle_of (&first);
  mark->end_angle = g_date_get_year (&last) > self->year ? 2 * G_PI : df_year_wheel_angle_of (&last);
  g_ptr_array_add (self->marks, mark);
  self->sorted = FALSE;
  return TRUE;
}

static const DfYearWheelKind task_marks[DF_TASK_N_KINDS] = {
  [DF_TASK_INVITATION] = DF_YEAR_WHEEL_INVITATION,
  [DF_TASK_PROPOSAL_DEADLINE] = DF_YEAR_WHEEL_PROPOSAL_DEADLINE,
  [DF_TASK_DISPATCH] = DF_YEAR_WHEEL_DISPATCH,
  /* The minutes are the secretariat's own business: not on the wheel. */
  [DF_TASK_MINUTES] = DF_YEAR_WHEEL_N_KINDS,
};

void
df_year_wheel_add_meetings (DfYearWheel             *self,
                            GListModel              *meetings,
                            const DfDeadlineOffsets *offsets)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (meetings));
  g_return_if_fail (offsets != NULL);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr (GPtrArray) tasks = NULL;
      g_autofree char *short_date = NULL;
      g_autofree char *subject = NULL;
      gint64 id = df_meeting_get_id (meeting);

      if (g_strcmp0 (df_meeting_get_status (meeting), "cancelled") == 0)
        continue;
      df_year_wheel_add_mark (self, DF_YEAR_WHEEL_MEETING, df_meeting_get_date (meeting), NULL,
                              df_meeting_get_title (meeting), id);
      /* The meeting's date tells which of the forum's like-named meetings
       * a deadline belongs to. */
      short_date = df_date_iso_to_short (df_meeting_get_date (meeting));
      subject = g_strdup_printf ("%s, %s", df_meeting_get_title (meeting), short_date);
      tasks = df_tasks_for_meeting (meeting, offsets, 0);
      for (guint t = 0; t < tasks->len; t++)
        {
          DfTask *task = g_ptr_array_index (tasks, t);

          if (task_marks[task->kind] != DF_YEAR_WHEEL_N_KINDS)
            df_year_wheel_add_mark (self, task_marks[task->kind], task->date, NULL, subject, id);
        }
    }
}

void
df_year_wheel_add_membership_ends (DfYearWheel *self,
                                   GListModel  *memberships)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (memberships));

  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr (DfMembership) membership = g_list_model_get_item (memberships, i);
      g_autofree char *subject = NULL;

      if (df_membership_get_end_date (membership)[0] == '\0')
        continue;
      subject = g_strdup_printf ("%s, %s", df_membership_get_person_name (membership),
                                 df_membership_get_seat_kind_name (membership));
      df_year_wheel_add_mark (self, DF_YEAR_WHEEL_MEMBERSHIP_END, df_membership_get_end_date (membership), NULL,
                              subject, df_membership_get_id (membership));
    }
}

void
df_year_wheel_add_actions (DfYearWheel *self,
                           GListModel  *actions)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (actions));

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (DfAction) action = g_list_model_get_item (actions, i);
      g_autofree char *subject = NULL;

      if (df_action_get_due_date (action)[0] == '\0' || g_str_equal (df_action_get_status (action), "dropped"))
        continue;
      subject = df_action_get_owner_name (action)[0] != '\0'
                  ? g_strdup_printf ("%s (%s)", df_action_get_description (action), df_action_get_owner_name (action))
                  : g_strdup (df_action_get_description (action));
      df_year_wheel_add_mark (self, DF_YEAR_WHEEL_ACTION_DUE, df_action_get_due_date (action), NULL,
                              subject, df_action_get_id (action));
    }
}

void
df_year_wheel_add_working_groups (DfYearWheel *self,
                                  GListModel  *groups)
{
  g_autofree char *year_end = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (groups));

  year_end = g_strdup_printf ("%04d-12-31", self->year);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr (DfWorkingGroup) group = g_list_model_get_item (groups, i);
      const char *start = df_working_group_get_start_date (group);
      const char *end = df_working_group_get_end_date (group);

      if (start[0] == '\0')
        continue;
      /* Still at work: as far as the year goes, when it has begun by then. */
      if (end[0] == '\0')
        {
          if (strcmp (start, year_end) > 0)
            continue;
          end = year_end;
        }
      df_year_wheel_add_mark (self, DF_YEAR_WHEEL_WORKING_GROUP, start, end,
                              df_working_group_get_name (group), df_working_group_get_id (group));
    }
}

DfYearWheel *
df_store_build_year_wheel (DfStore  *store,
                           int       year,
                           GError  **error)
{
  g_autoptr (DfYearWheel) wheel = NULL;
  g_autoptr (GListModel) meetings = NULL;
  g_autoptr (GListModel) memberships = NULL;
  g_autoptr (GListModel) actions = NULL;
  g_autoptr (GListModel) groups = NULL;
  DfDeadlineOffsets offsets;

  g_return_val_if_fail (DF_IS_STORE (store), NULL);

  if ((meetings = df_store_list_meetings (store, error)) == NULL ||
      (memberships = df_store_list_membership_ends (store, year, error)) == NULL ||
      (actions = df_store_list_actions_due_in (store, year, error)) == NULL ||
      (groups = df_store_list_working_groups (store, error)) == NULL)
    return NULL;
  df_store_get_deadline_offsets (store, &offsets);
  wheel = df_year_wheel_new (year);
  df_year_wheel_add_meetings (wheel, meetings, &offsets);
  df_year_wheel_add_membership_ends (wheel, memberships);
  df_year_wheel_add_actions (wheel, actions);
  df_year_wheel_add_working_groups (wheel, groups);
  return g_steal_pointer (&wheel);
}

const char *
df_year_wheel_kind_label (DfYearWheelKind kind)
{
  g_return_val_if_fail (kind < DF_YEAR_WHEEL_N_KINDS, "");
  return _(kinds[kind].label);
}

DfYearWheelTarget
df_year_wheel_mark_get_target (const DfYearWheelMark *mark,
                               gint64                *id)
{
  g_return_val_if_fail (mark != NULL, DF_YEAR_WHEEL_TARGET_NONE);
  g_return_val_if_fail (id != NULL, DF_YEAR_WHEEL_TARGET_NONE);

  *id = mark->id;
  switch (mark->kind)
    {
    case DF_YEAR_WHEEL_MEETING:
    case DF_YEAR_WHEEL_PROPOSAL_DEADLINE:
    case DF_YEAR_WHEEL_INVITATION:
    case DF_YEAR_WHEEL_DISPATCH:
      return DF_YEAR_WHEEL_TARGET_MEETING;
    case DF_YEAR_WHEEL_ACTION_DUE:
      return DF_YEAR_WHEEL_TARGET_ACTION;
    case DF_YEAR_WHEEL_WORKING_GROUP:
      return DF_YEAR_WHEEL_TARGET_WORKING_GROUP;
    case DF_YEAR_WHEEL_MEMBERSHIP_END:
    case DF_YEAR_WHEEL_N_KINDS:
    default:
      *id = 0;
      return DF_YEAR_WHEEL_TARGET_NONE;
    }
}

gint64
df_year_wheel_mark_get_meeting_id (const DfYearWheelMark *mark)
{
  gint64 id;

  g_return_val_if_fail (mark != NULL, 0);

  return df_year_wheel_mark_get_target (mark, &id) == DF_YEAR_WHEEL_TARGET_MEETING ? id : 0;
}

/* Drawing */

typedef struct
{
  double            cx, cy;
  double            outer;      /* the month ring's outer edge */
  double            inner;      /* its inner edge, where the tracks begin */
  double            hub;        /* the centre's edge, where they end */
  double            step;       /* from one track to the next */
  double            font;       /* the text's size */
  gboolean          wide;       /* the legend beside the wheel, else under it */
  cairo_rectangle_t legend;
} Geometry;

/* The legend lists the kinds and today in two columns. */
#define LEGEND_ENTRIES (DF_YEAR_WHEEL_N_KINDS + 1)
#define LEGEND_ROWS ((LEGEND_ENTRIES + 1) / 2)

/* The same for drawing and for finding a mark under the pointer: from the
 * area alone, before any text is measured. A wide area has the legend
 * (and the list of marks) beside the wheel, a tall one under it. */
static void
compute_geometry (const cairo_rectangle_t *area,
                  Geometry                *g)
{
  double size;

  g->font = CLAMP (MIN (area->width, area->height) / 30.0, 7.0, 12.0);
  g->wide = area->width >= area->height * 1.25;
  if (g->wide)
    {
      size = MIN (area->height, area->width * 0.62);
      g->cx = area->x + size / 2;
      g->cy = area->y + area->height / 2;
      g->legend.x = area->x + size + 2 * g->font;
      g->legend.y = area->y;
      g->legend.width = area->x + area->width - g->legend.x;
      g->legend.height = area->height;
    }
  else
    {
      double legend_height = LEGEND_ROWS * g->font * 1.8;

      size = MAX (0, MIN (area->width, area->height - legend_height - g->font));
      g->cx = area->x + area->width / 2;
      g->cy = area->y + size / 2;
      g->legend.x = area->x + g->font;
      g->legend.y = area->y + size + g->font;
      g->legend.width = area->width - 2 * g->font;
      g->legend.height = legend_height;
    }
  /* Room outside the ring for today's pointer. */
  g->outer = MAX (0, size / 2 - g->font);
  g->inner = g->outer - g->font * 2.2;
  g->hub = g->outer * 0.2;
  g->step = MAX (0, g->inner - g->hub) / DF_YEAR_WHEEL_N_KINDS;
}

static double
track_radius (const Geometry  *g,
              DfYearWheelKind  kind)
{
  return g->inner - g->step * (kind + 0.5);
}

static double
mark_size (const Geometry  *g,
           DfYearWheelKind  kind)
{
  double size = MIN (g->step * 0.3, g->font * 0.55);

  return kind == DF_YEAR_WHEEL_MEETING ? size * 1.3 : size;
}

/* Cairo's angles start at three o'clock; the wheel's at the top. */
static double
cairo_angle (double angle)
{
  return angle - G_PI / 2;
}

static void
point_at (const Geometry *g,
          double          radius,
          double          angle,
          double         *x,
          double         *y)
{
  *x = g->cx + radius * sin (angle);
  *y = g->cy - radius * cos (angle);
}

static void
set_rgba (cairo_t      *cr,
          const double  rgba[4],
          double        alpha)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

static void
shape_path (cairo_t *cr,
            Shape    shape,
            double   x,
            double   y,
            double   s)
{
  switch (shape)
    {
    case SHAPE_TRIANGLE:
      cairo_move_to (cr, x, y - s * 1.15);
      cairo_line_to (cr, x + s * 1.05, y + s * 0.75);
      cairo_line_to (cr, x - s * 1.05, y + s * 0.75);
      cairo_close_path (cr);
      break;
    case SHAPE_SQUARE:
      cairo_rectangle (cr, x - s * 0.85, y - s * 0.85, s * 1.7, s * 1.7);
      break;
    case SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - s * 1.2);
      cairo_line_to (cr, x + s * 1.2, y);
      cairo_line_to (cr, x, y + s * 1.2);
      cairo_line_to (cr, x - s * 1.2, y);
      cairo_close_path (cr);
      break;
    case SHAPE_FLAG:
      /* A pennant on its pole: a deadline. */
      cairo_rectangle (cr, x - s * 0.9, y - s * 1.2, s * 0.35, s * 2.4);
      cairo_move_to (cr, x - s * 0.55, y - s * 1.2);
      cairo_line_to (cr, x + s * 1.1, y - s * 0.6);
      cairo_line_to (cr, x - s * 0.55, y);
      cairo_close_path (cr);
      break;
    case SHAPE_BAR:
      /* A stretch of time, as the terms are drawn on the wheel. */
      cairo_rectangle (cr, x - s * 1.3, y - s * 0.45, s * 2.6, s * 0.9);
      break;
    case SHAPE_CIRCLE:
    case SHAPE_RING:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, s, 0, 2 * G_PI);
      break;
    }
}

static void
draw_symbol (cairo_t         *cr,
             DfYearWheelKind  kind,
             double           x,
             double           y,
             double           s)
{
  const double *rgb = kinds[kind].rgb;

  cairo_new_path (cr);
  shape_path (cr, kinds[kind].shape, x, y, s);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  if (kinds[kind].shape == SHAPE_RING)
    {
      cairo_set_line_width (cr, MAX (1.0, s * 0.45));
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
}

static PangoLayout *
new_layout (PangoContext *context,
            const char   *text,
            double        size,
            PangoWeight   weight)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  *width = (double) w / PANGO_SCALE;
  *height = (double) h / PANGO_SCALE;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The wheel's words in the papers' Danish or in the user's language. */
static const char *
text_of (const DfYearWheelStyle *style,
         const char             *msgid)
{
  return style->pack_language ? df_pack_gettext (msgid) : g_dgettext (GETTEXT_PACKAGE, msgid);
}

static char *
month_name (const DfYearWheelStyle *style,
            int                     year,
            int                     month)
{
  g_autoptr (GDateTime) first = NULL;

  if (style->pack_language)
    return g_strdup (df_pack_month_name (month));
  first = g_date_time_new_utc (year, month, 1, 12, 0, 0);
  return g_date_time_format (first, "%B");
}

/* Centred on the ring at @radius, along it, the right way up in the
 * lower half too. */
static void
show_along_ring (cairo_t        *cr,
                 const Geometry *g,
                 PangoLayout    *layout,
                 double          radius,
                 double          angle)
{
  double x, y, width, height;

  point_at (g, radius, angle, &x, &y);
  layout_size (layout, &width, &height);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, angle > G_PI / 2 && angle < 3 * G_PI / 2 ? angle + G_PI : angle);
  show_layout (cr, layout, -width / 2, -height / 2);
  cairo_restore (cr);
}

static void
draw_months (DfYearWheel            *self,
             cairo_t                *cr,
             PangoContext           *context,
             const Geometry         *g,
             const DfYearWheelStyle *style)
{
  double middle = (g->outer + g->inner) / 2;
  double size = g->font;
  PangoLayout *names[12];

  for (int m = 0; m < 12; m++)
    {
      g_autofree char *name = month_name (style, self->year, m + 1);

      names[m] = new_layout (context, name, size, PANGO_WEIGHT_NORMAL);
    }
  /* Smaller where a small wheel's months are too short for their names. */
  for (int m = 0; m < 12; m++)
    {
      double width, height, room = (month_angle (self->year, m + 2) - month_angle (self->year, m + 1)) * middle * 0.9;

      layout_size (names[m], &width, &height);
      if (width > room)
        size = MIN (size, g->font * room / width);
    }

  for (int m = 0; m < 12; m++)
    {
      double from = month_angle (self->year, m + 1), to = month_angle (self->year, m + 2);

      cairo_new_path (cr);
      cairo_arc (cr, g->cx, g->cy, g->outer, cairo_angle (from), cairo_angle (to));
      cairo_arc_negative (cr, g->cx, g->cy, g->inner, cairo_angle (to), cairo_angle (from));
      cairo_close_path (cr);
      set_rgba (cr, style->foreground, m % 2 == 0 ? 0.14 : 0.07);
      cairo_fill (cr);

      if (size < g->font)
        {
          g_autoptr (PangoFontDescription) font = pango_font_description_copy (pango_layout_get_font_description (names[m]));

          pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
          pango_layout_set_font_description (names[m], font);
        }
      set_rgba (cr, style->foreground, 1);
      show_along_ring (cr, g, names[m], middle, (from + to) / 2);
      g_object_unref (names[m]);
    }

  /* The months' borders across the tracks, the quarters' stronger. */
  cairo_set_line_width (cr, MAX (0.5, g->font / 12));
  for (int m = 0; m < 12; m++)
    {
      double x0, y0, x1, y1, angle = month_angle (self->year, m + 1);

      point_at (g, g->hub, angle, &x0, &y0);
      point_at (g, g->outer, angle, &x1, &y1);
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
      set_rgba (cr, style->foreground, m % 3 == 0 ? 0.45 : 0.15);
      cairo_stroke (cr);
    }
}

static void
draw_tracks (cairo_t                *cr,
             const Geometry         *g,
             const DfYearWheelStyle *style)
{
  const double dashes[] = { g->font / 4, g->font / 4 };

  cairo_save (cr);
  cairo_set_line_width (cr, MAX (0.5, g->font / 14));
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  set_rgba (cr, style->foreground, 0.25);
  for (DfYearWheelKind kind = 0; kind < DF_YEAR_WHEEL_N_KINDS; kind++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, g->cx, g->cy, track_radius (g, kind), 0, 2 * G_PI);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_mark (cairo_t                *cr,
           const Geometry         *g,
           const DfYearWheelMark  *mark,
           const DfYearWheelStyle *style)
{
  double radius = track_radius (g, mark->kind);
  double size = mark_size (g, mark->kind);
  gboolean highlighted = mark == style->highlight;
  const double *rgb = kinds[mark->kind].rgb;
  double x, y;

  if (highlighted)
    size *= 1.5;
  if (mark->end_date != NULL)
    {
      cairo_new_path (cr);
      cairo_arc (cr, g->cx, g->cy, radius, cairo_angle (mark->angle), cairo_angle (mark->end_angle));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_width (cr, size * 1.4);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_stroke (cr);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      return;
    }
  point_at (g, radius, mark->angle, &x, &y);
  if (highlighted)
    {
      cairo_new_path (cr);
      cairo_arc (cr, x, y, size * 1.5, 0, 2 * G_PI);
      set_rgba (cr, style->foreground, 0.2);
      cairo_fill (cr);
    }
  draw_symbol (cr, mark->kind, x, y, size);
}

static void
draw_today (cairo_t                *cr,
            const Geometry         *g,
            double                  angle,
            const DfYearWheelStyle *style)
{
  double x0, y0, x1, y1, left_x, left_y, right_x, right_y;
  double spread = g->font * 0.5 / g->outer;

  /* The hand stops short of the months' names; a pointer outside the
   * ring shows where it would meet them. */
  point_at (g, g->hub, angle, &x0, &y0);
  point_at (g, g->inner, angle, &x1, &y1);
  set_rgba (cr, style->foreground, 1);
  cairo_set_line_width (cr, MAX (1.0, g->font / 7));
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  point_at (g, g->outer, angle, &x1, &y1);
  point_at (g, g->outer + g->font * 0.9, angle - spread, &left_x, &left_y);
  point_at (g, g->outer + g->font * 0.9, angle + spread, &right_x, &right_y);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, left_x, left_y);
  cairo_line_to (cr, right_x, right_y);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_hub (DfYearWheel            *self,
          cairo_t                *cr,
          PangoContext           *context,
          const Geometry         *g,
          const DfYearWheelStyle *style)
{
  g_autofree char *year = g_strdup_printf ("%d", self->year);
  g_autoptr (PangoLayout) layout = new_layout (context, year, MIN (g->font * 1.6, g->hub * 0.6), PANGO_WEIGHT_BOLD);
  double width, height;

  cairo_new_path (cr);
  cairo_arc (cr, g->cx, g->cy, g->hub, 0, 2 * G_PI);
  set_rgba (cr, style->foreground, 0.08);
  cairo_fill (cr);
  layout_size (layout, &width, &height);
  set_rgba (cr, style->foreground, 1);
  show_layout (cr, layout, g->cx - width / 2, g->cy - height / 2);
}

/* One legend entry: a symbol (a kind's, or today's hand for @kind
 * DF_YEAR_WHEEL_N_KINDS) and its text, at most @width wide. */
static const char *
legend_label (const DfYearWheelStyle *style,
              DfYearWheelKind         kind)
{
  return kind == DF_YEAR_WHEEL_N_KINDS ? text_of (style, N_("Today")) : text_of (style, kinds[kind].label);
}

static void
draw_legend_entry (cairo_t                *cr,
                   PangoContext           *context,
                   const Geometry         *g,
                   const DfYearWheelStyle *style,
                   DfYearWheelKind         kind,
                   double                  x,
                   double                  y,
                   double                  width,
                   double                  size)
{
  g_autoptr (PangoLayout) layout = new_layout (context, legend_label (style, kind), size, PANGO_WEIGHT_NORMAL);
  double text_width, text_height, symbol = g->font * 0.45;

  pango_layout_set_width (layout, (int) (MAX (1, width - 3 * g->font) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  layout_size (layout, &text_width, &text_height);
  if (kind == DF_YEAR_WHEEL_N_KINDS)
    {
      set_rgba (cr, style->foreground, 1);
      cairo_set_line_width (cr, MAX (1.0, g->font / 7));
      cairo_move_to (cr, x, y + text_height / 2);
      cairo_line_to (cr, x + symbol * 2.4, y + text_height / 2);
      cairo_stroke (cr);
    }
  else
    draw_symbol (cr, kind, x + symbol * 1.2, y + text_height / 2, symbol);
  set_rgba (cr, style->foreground, 1);
  show_layout (cr, layout, x + 2 * g->font, y);
}

/* "12.5." or "1.3.–30.6.": the year is the wheel's, and said only for a
 * period's end or start outside it ("1.9.2025–28.2."). */
static char *
day_and_month (const char *iso,
               int         year)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!df_date_parse_iso (iso, &date))
    return g_strdup ("");
  if (g_date_get_year (&date) != year)
    return g_strdup_printf ("%d.%d.%d", g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date));
  return g_strdup_printf ("%d.%d.", g_date_get_day (&date), g_date_get_month (&date));
}

static int
month_of (const DfYearWheelMark *mark,
          int                    year)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!df_date_parse_iso (mark->date, &date))
    return 0;
  /* A period that began before the year shows from January. */
  return g_date_get_year (&date) < year ? 1 : g_date_get_month (&date);
}

/* Every mark by date, each month's name beside its first, as far as there
 * is room: the dates the wheel shows only roughly, for those who read it
 * on paper. The list is set in @size; it is drawn only when @draw, and
 * says whether every mark found room. */
static gboolean
lay_out_mark_list (DfYearWheel            *self,
                   cairo_t                *cr,
                   PangoContext           *context,
                   const Geometry         *g,
                   const DfYearWheelStyle *style,
                   double                  top,
                   double                  size,
                   gboolean                draw)
{
  GPtrArray *marks = df_year_wheel_get_marks (self);
  double gap = size * 0.3, bottom = g->legend.y + g->legend.height;
  double date_x = g->legend.x + size * 6, symbol_x = date_x + size * 7.5, text_x = symbol_x + size;
  double text_width = MAX (1, g->legend.x + g->legend.width - text_x);
  int month = 0;

  for (guint i = 0; i < marks->len; i++)
    {
      DfYearWheelMark *mark = g_ptr_array_index (marks, i);
      g_autofree char *from = day_and_month (mark->date, self->year);
      g_autofree char *to = mark->end_date != NULL ? day_and_month (mark->end_date, self->year) : NULL;
      g_autofree char *when = to != NULL ? g_strdup_printf ("%s–%s", from, to) : g_strdup (from);
      g_autofree char *what = mark->kind == DF_YEAR_WHEEL_MEETING
                              ? g_strdup (mark->subject)
                              : g_strdup_printf ("%s: %s", text_of (style, kinds[mark->kind].label), mark->subject);
      g_autoptr (PangoLayout) date = new_layout (context, when, size, PANGO_WEIGHT_NORMAL);
      g_autoptr (PangoLayout) text = new_layout (context, what, size, PANGO_WEIGHT_NORMAL);
      double width, height, date_height;

      pango_layout_set_width (text, (int) (text_width * PANGO_SCALE));
      pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (date, (int) ((symbol_x - date_x) * PANGO_SCALE));
      pango_layout_set_wrap (date, PANGO_WRAP_WORD_CHAR);
      layout_size (date, &width, &date_height);
      layout_size (text, &width, &height);
      height = MAX (height, date_height);

      /* What does not fit is counted on the last line there is room for. */
      if (top + height + date_height > bottom && i + 1 < marks->len)
        {
          guint rest = marks->len - i;
          g_autofree char *more = g_strdup_printf (style->pack_language
                                                   ? PN_("… and %u more", "… and %u more", rest)
                                                   : g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more", rest),
                                                   rest);
          g_autoptr (PangoLayout) layout = new_layout (context, more, size, PANGO_WEIGHT_NORMAL);

          if (draw)
            {
              set_rgba (cr, style->foreground, 0.7);
              show_layout (cr, layout, text_x, top);
            }
          return FALSE;
        }
      if (draw)
        {
          set_rgba (cr, style->foreground, 1);
          if (month_of (mark, self->year) != month)
            {
              g_autofree char *name = NULL;
              g_autoptr (PangoLayout) heading = NULL;

              month = month_of (mark, self->year);
              name = month_name (style, self->year, month);
              heading = new_layout (context, name, size, PANGO_WEIGHT_BOLD);
              show_layout (cr, heading, g->legend.x, top);
            }
          show_layout (cr, date, date_x, top);
          show_layout (cr, text, text_x, top);
          draw_symbol (cr, mark->kind, symbol_x + size * 0.3, top + date_height / 2, size * 0.35);
        }
      top += height + gap;
    }
  return TRUE;
}

/* A full year has many marks: the list is set smaller, down to what
 * still reads on paper, before any is left out. */
static void
draw_mark_list (DfYearWheel            *self,
                cairo_t                *cr,
                PangoContext           *context,
                const Geometry         *g,
                const DfYearWheelStyle *style,
                double                  top)
{
  double size = g->font * 0.8, smallest = MIN (size, 6.5);

  while (size > smallest && !lay_out_mark_list (self, cr, context, g, style, top, size, FALSE))
    size = MAX (smallest, size - g->font * 0.05);
  lay_out_mark_list (self, cr, context, g, style, top, size, TRUE);
}

static void
draw_legend (DfYearWheel            *self,
             cairo_t                *cr,
             PangoContext           *context,
             const Geometry         *g,
             const DfYearWheelStyle *style)
{
  double row = g->font * 1.8, room = MAX (1, g->legend.width / 2 - 3 * g->font), size = g->font;

  /* Set smaller where the longest name would not fit its column, so that
   * no kind is cut short. */
  for (int i = 0; i < LEGEND_ENTRIES; i++)
    {
      g_autoptr (PangoLayout) layout = new_layout (context, legend_label (style, i), g->font, PANGO_WEIGHT_NORMAL);
      double width, height;

      layout_size (layout, &width, &height);
      if (width > room)
        size = MIN (size, MAX (g->font * 0.6, g->font * room / width));
    }
  /* The kinds down the first column and on into the second. */
  for (int i = 0; i < LEGEND_ENTRIES; i++)
    draw_legend_entry (cr, context, g, style, i,
                       g->legend.x + (i / LEGEND_ROWS) * g->legend.width / 2,
                       g->legend.y + (i % LEGEND_ROWS) * row, g->legend.width / 2, size);
  if (style->list_marks && g->wide)
    draw_mark_list (self, cr, context, g, style, g->legend.y + LEGEND_ROWS * row + g->font);
}

void
df_year_wheel_draw (DfYearWheel             *self,
                    cairo_t                 *cr,
                    PangoContext            *context,
                    const cairo_rectangle_t *area,
                    const DfYearWheelStyle  *style)
{
  GPtrArray *marks;
  Geometry g;
  GDate today;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL && PANGO_IS_CONTEXT (context));
  g_return_if_fail (area != NULL && style != NULL);

  compute_geometry (area, &g);
  if (g.step <= 0)
    return;
  marks = df_year_wheel_get_marks (self);

  cairo_save (cr);
  draw_months (self, cr, context, &g, style);
  draw_tracks (cr, &g, style);
  draw_hub (self, cr, context, &g, style);
  for (guint i = 0; i < marks->len; i++)
    draw_mark (cr, &g, g_ptr_array_index (marks, i), style);
  g_date_clear (&today, 1);
  if (style->today != NULL && df_date_parse_iso (style->today, &today) && g_date_get_year (&today) == self->year)
    draw_today (cr, &g, df_year_wheel_angle_of (&today), style);
  draw_legend (self, cr, context, &g, style);
  cairo_restore (cr);
}

typedef struct
{
  DfYearWheelMark *mark;
  double           distance;
} Hit;

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *x = a, *y = b;

  return (x->distance > y->distance) - (x->distance < y->distance);
}

/* How far apart two angles are around the circle, 0 to pi. */
static double
angle_between (double a,
               double b)
{
  double d = fmod (fabs (a - b), 2 * G_PI);

  return d > G_PI ? 2 * G_PI - d : d;
}

GPtrArray *
df_year_wheel_marks_at (DfYearWheel             *self,
                        const cairo_rectangle_t *area,
                        double                   x,
                        double                   y)
{
  GPtrArray *found = g_ptr_array_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  GPtrArray *marks;
  double dx, dy, distance, angle;
  Geometry g;
  int track;

  g_return_val_if_fail (self != NULL && area != NULL, found);

  compute_geometry (area, &g);
  dx = x - g.cx;
  dy = y - g.cy;
  distance = hypot (dx, dy);
  if (g.step <= 0 || distance > g.inner || distance < g.hub)
    return found;
  track = (int) floor ((g.inner - distance) / g.step);
  angle = atan2 (dx, -dy);
  if (angle < 0)
    angle += 2 * G_PI;

  marks = df_year_wheel_get_marks (self);
  for (guint i = 0; i < marks->len; i++)
    {
      DfYearWheelMark *mark = g_ptr_array_index (marks, i);
      double radius = track_radius (&g, mark->kind);
      double reach = MAX (mark_size (&g, mark->kind) * 1.6, 5.0);
      Hit hit = { mark, 0 };

      if ((int) mark->kind != track)
        continue;
      if (mark->end_date == NULL || angle < mark->angle || angle > mark->end_angle)
        hit.distance = radius * MIN (angle_between (angle, mark->angle), angle_between (angle, mark->end_angle));
      if (hit.distance <= reach)
        g_array_append_val (hits, hit);
    }
  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (found, g_array_index (hits, Hit, i).mark);
  return found;
}
