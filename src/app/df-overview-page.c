/* df-overview-page.c: the Oversigt page.
 *
 * Everything on it is derived: the wheel, the tasks, the composition, the
 * yearly plan and the attendance are read again from the store whenever
 * it changes, once the change is over. The page's own edits are the
 * deadlines' offsets and the tasks marked done, each one store call.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-action.h"
#include "dialogforum/df-attendance.h"
#include "dialogforum/df-composition.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-deadlines.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-rules.h"
#include "dialogforum/df-year-plan.h"
#include "dialogforum/df-year-wheel.h"

#include "df-attendance-chart.h"
#include "df-overview-page.h"
#include "df-year-wheel-view.h"

/* What fits beside the wheel at 1024×600 without hiding the rest. */
#define NEXT_TASKS 5
/* The narrowest a line of text on the page is set, in characters. */
#define LINE_MIN_CHARS 20
/* The late tasks shown, the latest; the rest on asking. Years of meetings
 * whose tasks were never ticked off would otherwise fill the page. */
#define LATE_TASKS 6
#define UNDO_SECONDS 10

struct _DfOverviewPage
{
  GtkWidget          parent_instance;

  DfStore           *store;
  int                year;              /* the wheel's */
  guint              refresh_source;
  guint              below_source;
  gboolean           below_pending;     /* health and attendance wait for the first frame */
  DfAttendance      *attendance;
  gboolean           showing_offsets;   /* the spins are being set from the store */
  DfTask            *marked;            /* the task just marked done, to undo */
  guint              undo_timeout;

  GtkButton         *year_button;
  GtkSpinButton     *invitation_spin;
  GtkSpinButton     *dispatch_spin;
  GtkSpinButton     *minutes_spin;
  GtkLabel          *offsets_error_label;
  DfYearWheelView   *wheel_view;
  GtkWidget         *late_heading;
  GtkListBox        *late_list;
  gboolean           all_late;     /* every late task, not just the latest */
  GtkListBox        *next_list;
  GtkRevealer       *undo_revealer;
  GtkLabel          *undo_label;
  GtkBox            *health_box;
  GtkToggleButton   *members_toggle;
  GtkLabel          *attendance_caption;
  DfAttendanceChart *attendance_chart;
};

G_DEFINE_FINAL_TYPE (DfOverviewPage, df_overview_page, GTK_TYPE_WIDGET)

static int
current_year (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static GtkWidget *
line (const char *text,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A floor under the width: a label that may break between any two
   * letters is otherwise asked how tall it is one letter wide, a line a
   * letter, and laying that out again and again for every line on the
   * page took the window a quarter of a second to show. */
  gtk_label_set_width_chars (GTK_LABEL (label), LINE_MIN_CHARS);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
clear (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

/* The wheel */

static void
refresh_wheel (DfOverviewPage *self,
               const char     *today)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *year = g_strdup_printf ("%d", self->year);
  DfYearWheel *wheel = df_store_build_year_wheel (self->store, self->year, &error);

  gtk_button_set_label (self->year_button, year);
  if (wheel == NULL)
    {
      g_warning ("The year wheel could not be read: %s", error->message);
      return;
    }
  df_year_wheel_view_set_wheel (self->wheel_view, wheel, today);
}

static void
change_year (DfOverviewPage *self,
             int             year)
{
  g_autofree char *today = df_date_today_iso ();

  self->year = year;
  refresh_wheel (self, today);
}

static void
previous_year_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *parameter)
{
  DfOverviewPage *self = DF_OVERVIEW_PAGE (widget);

  change_year (self, self->year - 1);
}

static void
next_year_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  DfOverviewPage *self = DF_OVERVIEW_PAGE (widget);

  change_year (self, self->year + 1);
}

static void
this_year_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  change_year (DF_OVERVIEW_PAGE (widget), current_year ());
}

/* The tasks */

static void
hide_undo (DfOverviewPage *self)
{
  g_clear_handle_id (&self->undo_timeout, g_source_remove);
  g_clear_pointer (&self->marked, df_task_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.undo", FALSE);
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
}

static gboolean
undo_expired (gpointer user_data)
{
  DfOverviewPage *self = user_data;

  self->undo_timeout = 0;
  hide_undo (self);
  return G_SOURCE_REMOVE;
}

/* In the undo bar: what was done, or why it could not be. */
static void
show_outcome (DfOverviewPage *self,
              const char     *message,
              DfTask         *undoable)
{
  g_clear_handle_id (&self->undo_timeout, g_source_remove);
  g_clear_pointer (&self->marked, df_task_free);
  self->marked = undoable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.undo", undoable != NULL);
  gtk_label_set_text (self->undo_label, message);
  gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
  self->undo_timeout = g_timeout_add_seconds (UNDO_SECONDS, undo_expired, self);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  DfOverviewPage *self = DF_OVERVIEW_PAGE (widget);
  g_autoptr (GError) error = NULL;

  if (self->marked == NULL)
    return;
  if (!df_store_set_task_done (self->store, self->marked->meeting_id, self->marked->kind, FALSE, &error))
    {
      show_outcome (self, error->message, NULL);
      return;
    }
  hide_undo (self);
}

static void
on_done_clicked (GtkButton      *button,
                 DfOverviewPage *self)
{
  DfTask *task = g_object_get_data (G_OBJECT (button), "task");
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (!df_store_set_task_done (self->store, task->meeting_id, task->kind, TRUE, &error))
    {
      show_outcome (self, error->message, NULL);
      return;
    }
  /* TRANSLATORS: after a task was marked done; %s is the task. */
  message = g_strdup_printf (_("Marked done: %s"), df_task_kind_label (task->kind));
  show_outcome (self, message, df_task_copy (task));
}

/* "in 3 days", "today", "5 days late". */
static char *
due_text (const DfTask *task,
          const char   *today)
{
  GDate due, now;
  int days;

  g_date_clear (&due, 1);
  g_date_clear (&now, 1);
  if (!df_date_parse_iso (task->date, &due) || !df_date_parse_iso (today, &now))
    return g_strdup ("");
  days = g_date_days_between (&now, &due);
  if (days == 0)
    return g_strdup (_("today"));
  if (days > 0)
    return g_strdup_printf (ngettext ("in %d day", "in %d days", days), days);
  return g_strdup_printf (ngettext ("%d day late", "%d days late", -days), -days);
}

/* Two lines: the task and when it is due; its date and its meeting. */
static GtkWidget *
task_row (DfOverviewPage *self,
          const DfTask   *task,
          const char     *today,
          gboolean        late)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *first = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *date = df_date_iso_to_short (task->date);
  g_autofree char *meeting_date = df_date_iso_to_short (task->meeting_date);
  /* TRANSLATORS: a task's meeting: its title and its date. */
  g_autofree char *meeting = g_strdup_printf (_("%s, %s"), task->meeting_title, meeting_date);
  /* TRANSLATORS: under a task: the date it is due, and its meeting. */
  g_autofree char *details = g_strdup_printf (_("%s · %s"), date, meeting);
  g_autofree char *due = due_text (task, today);
  GtkWidget *what = line (df_task_kind_label (task->kind), "heading");
  GtkWidget *status = line (due, late ? "error" : "dim-label");

  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 6);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);

  gtk_widget_set_hexpand (what, TRUE);
  gtk_label_set_wrap (GTK_LABEL (status), FALSE);
  gtk_label_set_width_chars (GTK_LABEL (status), -1);
  gtk_box_append (GTK_BOX (first), what);
  gtk_box_append (GTK_BOX (first), status);
  gtk_box_append (GTK_BOX (text), first);
  gtk_box_append (GTK_BOX (text), line (details, "dim-label"));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (row), text);

  if (df_task_kind_can_be_done (task->kind))
    {
      GtkWidget *done = gtk_button_new_from_icon_name ("object-select-symbolic");
      /* TRANSLATORS: the button that marks a task done, for a screen
       * reader: the task and its meeting. */
      g_autofree char *label = g_strdup_printf (_("Mark “%s” for %s done"), df_task_kind_label (task->kind), meeting);

      gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (done, _("Mark the task done"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (done), "task", df_task_copy (task), (GDestroyNotify) df_task_free);
      g_signal_connect (done, "clicked", G_CALLBACK (on_done_clicked), self);
      gtk_box_append (GTK_BOX (row), done);
    }
  return row;
}

static void refresh_tasks (DfOverviewPage *self,
                           const char     *today);

static void
on_show_all_late_clicked (DfOverviewPage *self)
{
  g_autofree char *today = df_date_today_iso ();

  self->all_late = TRUE;
  refresh_tasks (self, today);
}

/* Above the latest late tasks: how many earlier ones there are, and a
 * button that shows them. */
static GtkWidget *
show_all_late_row (DfOverviewPage *self,
                   guint           n_earlier)
{
  g_autofree char *text = g_strdup_printf (ngettext ("Show %u earlier late task",
                                                     "Show %u earlier late tasks", n_earlier),
                                           n_earlier);
  GtkWidget *button = gtk_button_new_with_label (text);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_margin_top (button, 4);
  gtk_widget_set_margin_bottom (button, 4);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_show_all_late_clicked), self);
  return button;
}

static void
refresh_tasks (DfOverviewPage *self,
               const char     *today)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) tasks = df_store_list_tasks (self->store, &error);
  g_autoptr (GPtrArray) next = NULL;
  g_autoptr (GPtrArray) late = NULL;
  guint first_late;

  clear (GTK_WIDGET (self->late_list));
  clear (GTK_WIDGET (self->next_list));
  if (tasks == NULL)
    {
      gtk_list_box_append (self->next_list, line (error->message, "error"));
      return;
    }
  df_tasks_split (tasks, today, NEXT_TASKS, &next, &late);
  first_late = self->all_late || late->len <= LATE_TASKS ? 0 : late->len - LATE_TASKS;
  if (first_late > 0)
    gtk_list_box_append (self->late_list, show_all_late_row (self, first_late));
  for (guint i = first_late; i < late->len; i++)
    gtk_list_box_append (self->late_list, task_row (self, g_ptr_array_index (late, i), today, TRUE));
  for (guint i = 0; i < next->len; i++)
    gtk_list_box_append (self->next_list, task_row (self, g_ptr_array_index (next, i), today, FALSE));
  if (next->len == 0)
    {
      GtkWidget *nothing = line (_("No tasks ahead: plan the next meeting."), "dim-label");

      gtk_widget_set_margin_start (nothing, 12);
      gtk_widget_set_margin_top (nothing, 8);
      gtk_widget_set_margin_bottom (nothing, 8);
      gtk_list_box_append (self->next_list, nothing);
    }
  gtk_widget_set_visible (self->late_heading, late->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->late_list), late->len > 0);
}

/* The deadlines' offsets */

static void
show_offsets (DfOverviewPage *self)
{
  DfDeadlineOffsets offsets;

  df_store_get_deadline_offsets (self->store, &offsets);
  self->showing_offsets = TRUE;
  gtk_spin_button_set_value (self->invitation_spin, offsets.invitation_days);
  gtk_spin_button_set_value (self->dispatch_spin, offsets.dispatch_days);
  gtk_spin_button_set_value (self->minutes_spin, offsets.minutes_days);
  self->showing_offsets = FALSE;
}

static void
on_offsets_changed (DfOverviewPage *self)
{
  g_autoptr (GError) error = NULL;
  DfDeadlineOffsets offsets;

  if (self->store == NULL || self->showing_offsets)
    return;
  offsets.invitation_days = gtk_spin_button_get_value_as_int (self->invitation_spin);
  offsets.dispatch_days = gtk_spin_button_get_value_as_int (self->dispatch_spin);
  offsets.minutes_days = gtk_spin_button_get_value_as_int (self->minutes_spin);
  if (!df_store_set_deadline_offsets (self->store, &offsets, &error))
    gtk_label_set_text (self->offsets_error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->offsets_error_label), error != NULL);
}

/* The forum's health */

/* How many actions are overdue the health names one by one; the rest are
 * on the Opfølgning page. */
#define OVERDUE_SHOWN 5

static void
on_overdue_clicked (GtkButton *button)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "action-id"));

  gtk_widget_activate_action (GTK_WIDGET (button), "win.show-action", "x", id);
}

/* One overdue action, as a link to it among the others. */
static GtkWidget *
overdue_row (DfAction *action)
{
  const char *owner = df_action_get_owner_name (action);
  g_autofree char *due = df_date_iso_to_short (df_action_get_due_date (action));
  g_autofree char *text = owner[0] != '\0'
                          ? g_strdup_printf (_("• %s (%s, due %s)"), df_action_get_description (action), owner, due)
                          : g_strdup_printf (_("• %s (due %s)"), df_action_get_description (action), due);
  GtkWidget *label = line (text, NULL);
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Show the action on the Opfølgning page"));
  g_object_set_data (G_OBJECT (button), "action-id", GSIZE_TO_POINTER (df_action_get_id (action)));
  g_signal_connect (button, "clicked", G_CALLBACK (on_overdue_clicked), NULL);
  return button;
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (df_action_get_due_date (*(DfAction * const *) a), df_action_get_due_date (*(DfAction * const *) b));
}

/* The actions agreed and not done: how many, and which are late, the
 * longest late first. */
static void
refresh_actions_health (DfOverviewPage *self,
                        const char     *today)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) actions = df_store_list_open_actions (self->store, &error);
  g_autoptr (GPtrArray) overdue = NULL;
  guint n_open = 0;
  g_autofree char *open_text = NULL;
  g_autofree char *text = NULL;

  if (actions == NULL)
    {
      gtk_box_append (self->health_box, line (error->message, "error"));
      return;
    }
  n_open = g_list_model_get_n_items (actions);
  overdue = df_actions_overdue_on (actions, today);
  g_ptr_array_sort (overdue, compare_due);
  if (n_open == 0)
    {
      text = g_strdup_printf ("✓ %s", _("No action is open."));
      gtk_box_append (self->health_box, line (text, "success"));
      return;
    }
  open_text = g_strdup_printf (ngettext ("%u open action", "%u open actions", n_open), n_open);
  if (overdue->len == 0)
    {
      text = g_strdup_printf (_("✓ %s, none overdue."), open_text);
      gtk_box_append (self->health_box, line (text, "success"));
      return;
    }
  text = g_strdup_printf (ngettext ("✗ %s, %u of them overdue:", "✗ %s, %u of them overdue:", overdue->len),
                          open_text, overdue->len);
  gtk_box_append (self->health_box, line (text, "warning"));
  for (guint i = 0; i < overdue->len && i < OVERDUE_SHOWN; i++)
    gtk_box_append (self->health_box, overdue_row (g_ptr_array_index (overdue, i)));
  if (overdue->len > OVERDUE_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("… and %u more on the Opfølgning page",
                                                         "… and %u more on the Opfølgning page",
                                                         overdue->len - OVERDUE_SHOWN),
                                               overdue->len - OVERDUE_SHOWN);

      gtk_box_append (self->health_box, line (more, "dim-label"));
    }
}

static void
refresh_health (DfOverviewPage *self,
                const char     *today)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfComposition) composition = NULL;
  g_autoptr (GListModel) meetings = NULL;
  g_autoptr (GPtrArray) checks = NULL;
  int year = current_year ();

  clear (GTK_WIDGET (self->health_box));
  composition = df_store_compose_on (self->store, today, &error);
  if (composition == NULL)
    gtk_box_append (self->health_box, line (error->message, "error"));
  else if (df_composition_meets_rules (composition))
    {
      /* ✓ and ✗ say it without colour too. */
      g_autofree char *text = g_strdup_printf ("✓ %s", _("The composition meets the kommissorium."));

      gtk_box_append (self->health_box, line (text, "success"));
    }
  else
    {
      g_autofree char *verdict = g_strdup_printf (ngettext ("The composition does not meet the kommissorium: %d deviation.",
                                                            "The composition does not meet the kommissorium: %d deviations.",
                                                            composition->deviations->len),
                                                  composition->deviations->len);
      g_autofree char *text = g_strdup_printf ("✗ %s", verdict);

      gtk_box_append (self->health_box, line (text, "error"));
      for (guint i = 0; i < composition->deviations->len; i++)
        {
          g_autofree char *item = g_strdup_printf ("• %s", (const char *) g_ptr_array_index (composition->deviations, i));

          gtk_box_append (self->health_box, line (item, NULL));
        }
    }
  for (guint i = 0; composition != NULL && i < composition->notices->len; i++)
    {
      g_autofree char *item = g_strdup_printf ("• %s", (const char *) g_ptr_array_index (composition->notices, i));

      gtk_box_append (self->health_box, line (item, NULL));
    }

  g_clear_error (&error);
  meetings = df_store_list_meetings (self->store, &error);
  if (meetings == NULL)
    {
      gtk_box_append (self->health_box, line (error->message, "error"));
      return;
    }
  /* This year's plan and the years planned ahead; the past is history. */
  checks = df_year_plan_check (meetings, df_store_get_meetings_per_year (self->store), year);
  for (guint i = 0; i < checks->len; i++)
    {
      DfYearCheck *check = g_ptr_array_index (checks, i);
      gboolean met = df_year_check_is_met (check);
      g_autofree char *text = NULL;

      if (check->year < year)
        continue;
      text = g_strdup_printf ("%s %s", met ? "✓" : "✗", check->text);
      gtk_box_append (self->health_box, line (text, met ? "success" : "warning"));
    }
  refresh_actions_health (self, today);
}

/* Attendance */

static void
show_attendance (DfOverviewPage *self)
{
  gboolean by_member = gtk_toggle_button_get_active (self->members_toggle);

  if (self->attendance == NULL)
    return;
  df_attendance_chart_set_rows (self->attendance_chart,
                                by_member ? self->attendance->members : self->attendance->municipalities,
                                by_member ? _("Attendance per member") : _("Attendance per municipality"));
}

static void
on_attendance_toggled (DfOverviewPage *self)
{
  show_attendance (self);
}

static void
refresh_attendance (DfOverviewPage *self,
                    const char     *today)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *meetings;
  guint n;

  g_clear_pointer (&self->attendance, df_attendance_free);
  self->attendance = df_store_attendance (self->store, today, DF_ATTENDANCE_MEETINGS_DEFAULT, &error);
  if (self->attendance == NULL)
    {
      gtk_label_set_text (self->attendance_caption, error->message);
      return;
    }
  meetings = self->attendance->meetings;
  n = meetings->len;
  if (n == 0)
    gtk_label_set_text (self->attendance_caption, _("No meeting of the forum has been held yet."));
  else
    {
      g_autofree char *first = df_date_iso_to_short (df_meeting_get_date (g_ptr_array_index (meetings, 0)));
      g_autofree char *last = df_date_iso_to_short (df_meeting_get_date (g_ptr_array_index (meetings, n - 1)));
      g_autofree char *caption = n == 1
                                 ? g_strdup_printf (_("At the last meeting of the forum, %s."), first)
                                 : g_strdup_printf (ngettext ("At the last %u meeting of the forum, %s to %s.",
                                                              "At the last %u meetings of the forum, %s to %s.", n),
                                                    n, first, last);

      gtk_label_set_text (self->attendance_caption, caption);
    }
  show_attendance (self);
}

static void
refresh (DfOverviewPage *self)
{
  g_autofree char *today = df_date_today_iso ();

  refresh_wheel (self, today);
  refresh_tasks (self, today);
  if (!self->below_pending)
    {
      refresh_health (self, today);
      refresh_attendance (self, today);
    }
  show_offsets (self);
}

/* The health and the attendance are below the fold: they are filled in
 * once the window has shown its first frame, which need not wait for
 * them, when the main loop has nothing more pressing to do. */
static gboolean
fill_below (gpointer user_data)
{
  DfOverviewPage *self = user_data;
  g_autofree char *today = df_date_today_iso ();

  self->below_source = 0;
  self->below_pending = FALSE;
  refresh_health (self, today);
  refresh_attendance (self, today);
  return G_SOURCE_REMOVE;
}

static void
on_first_paint (GdkFrameClock  *clock,
                DfOverviewPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  if (self->below_source == 0)
    self->below_source = g_idle_add (fill_below, self);
}

static void
on_first_map (DfOverviewPage *self)
{
  g_signal_handlers_disconnect_by_func (self, on_first_map, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_first_paint), self, 0);
}

static gboolean
refresh_later (gpointer user_data)
{
  DfOverviewPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* An edit may touch several parts of the register at once: the page is
 * read again once, when they are all told. */
static void
on_store_changed (DfOverviewPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_later, self);
}

void
df_overview_page_set_store (DfOverviewPage *self,
                            DfStore        *store)
{
  g_return_if_fail (DF_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->below_pending = TRUE;
      g_signal_connect (self, "map", G_CALLBACK (on_first_map), NULL);
    }
  refresh (self);
}

static void
df_overview_page_dispose (GObject *object)
{
  DfOverviewPage *self = DF_OVERVIEW_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_OVERVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->below_source, g_source_remove);
  g_clear_handle_id (&self->undo_timeout, g_source_remove);
  g_clear_pointer (&self->marked, df_task_free);
  g_clear_pointer (&self->attendance, df_attendance_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_overview_page_parent_class)->dispose (object);
}

static void
df_overview_page_class_init (DfOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_overview_page_dispose;

  g_type_ensure (DF_TYPE_YEAR_WHEEL_VIEW);
  g_type_ensure (DF_TYPE_ATTENDANCE_CHART);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, year_button);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, invitation_spin);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, dispatch_spin);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, offsets_error_label);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, wheel_view);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, late_heading);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, late_list);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, next_list);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, undo_label);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, health_box);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, members_toggle);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, attendance_caption);
  gtk_widget_class_bind_template_child (widget_class, DfOverviewPage, attendance_chart);
  gtk_widget_class_bind_template_callback (widget_class, on_offsets_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_attendance_toggled);
  gtk_widget_class_install_action (widget_class, "overview.previous-year", NULL, previous_year_activated);
  gtk_widget_class_install_action (widget_class, "overview.next-year", NULL, next_year_activated);
  gtk_widget_class_install_action (widget_class, "overview.this-year", NULL, this_year_activated);
  gtk_widget_class_install_action (widget_class, "overview.undo", NULL, undo_activated);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_overview_page_init (DfOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->year = current_year ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.undo", FALSE);
}
