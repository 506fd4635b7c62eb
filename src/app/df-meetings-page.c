/* df-meetings-page.c: the Meetings page.
 *
 * The meetings in a column view, upcoming first and past ones after
 * them, with each year checked against the kommissorium above; a meeting
 * opens in the editor on the same page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-meetings-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-rules.h"
#include "dialogforum/df-year-plan.h"

#include "df-error-label.h"
#include "df-list-view.h"
#include "df-meeting-editor.h"
#include "df-meetings-page.h"

/* A new meeting is first placed four weeks ahead; the date is the first
 * thing the editor asks for. */
#define NEW_MEETING_DAYS 28

struct _DfMeetingsPage
{
  GtkWidget           parent_instance;

  DfStore            *store;
  GListModel         *meetings;
  GtkCustomSorter    *sorter;
  GtkFilter          *filter;         /* the search */
  GtkSingleSelection *selection;
  char               *today;          /* YYYY-MM-DD, for the sorting */

  GtkStack           *page_stack;
  GtkMenuButton      *new_button;
  GtkSearchEntry     *search_entry;
  GtkFlowBox         *year_checks_box;
  GtkLabel           *error_label;
  GtkColumnView      *meetings_view;
  DfMeetingEditor    *editor;
};

G_DEFINE_FINAL_TYPE (DfMeetingsPage, df_meetings_page, GTK_TYPE_WIDGET)

/* Upcoming meetings first, soonest first; then past ones, latest first. */
static int
compare_upcoming_first (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  DfMeetingsPage *self = user_data;
  DfMeeting *x = (DfMeeting *) a;
  DfMeeting *y = (DfMeeting *) b;
  gboolean x_past = strcmp (df_meeting_get_date (x), self->today) < 0;
  gboolean y_past = strcmp (df_meeting_get_date (y), self->today) < 0;
  int order;

  if (x_past != y_past)
    return x_past ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
  order = strcmp (df_meeting_get_date (x), df_meeting_get_date (y));
  if (order == 0)
    order = df_meeting_get_start_time (x) - df_meeting_get_start_time (y);
  if (x_past)
    order = -order;
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
on_search_changed (DfMeetingsPage *self)
{
  df_list_view_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static GtkWidget *
year_check_widget (const DfYearCheck *check)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gboolean met = df_year_check_is_met (check);
  GtkWidget *icon = gtk_image_new_from_icon_name (met ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (check->text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  met ? _("As planned") : _("Warning"), -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (!met)
    gtk_widget_add_css_class (label, "error");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
update_year_checks (DfMeetingsPage *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GPtrArray) checks = NULL;
  GtkWidget *child;

  g_free (self->today);
  self->today = g_date_time_format (now, "%Y-%m-%d");
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->year_checks_box))) != NULL)
    gtk_flow_box_remove (self->year_checks_box, child);
  checks = df_year_plan_check (self->meetings, df_store_get_meetings_per_year (self->store),
                               g_date_time_get_year (now));
  for (guint i = 0; i < checks->len; i++)
    gtk_flow_box_append (self->year_checks_box, year_check_widget (g_ptr_array_index (checks, i)));
}

static DfMeeting *
selected_meeting (DfMeetingsPage *self)
{
  return self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
update_actions (DfMeetingsPage *self)
{
  gboolean selected = selected_meeting (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.open", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.copy", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.delete", selected);
}

/* The editor is made when the first meeting is opened: most sessions
 * begin on the overview, and the window need not wait for it. */
static DfMeetingEditor *
ensure_editor (DfMeetingsPage *self)
{
  if (self->editor == NULL)
    {
      self->editor = g_object_new (DF_TYPE_MEETING_EDITOR, NULL);
      gtk_stack_add_named (self->page_stack, GTK_WIDGET (self->editor), "editor");
      if (self->store != NULL)
        df_meeting_editor_set_store (self->editor, self->store);
    }
  return self->editor;
}

static void
open_meeting (DfMeetingsPage *self,
              gint64          id,
              gboolean        details)
{
  df_error_label_show (self->error_label, NULL);
  df_meeting_editor_show_meeting (ensure_editor (self), id, details);
  gtk_stack_set_visible_child_name (self->page_stack, "editor");
}

void
df_meetings_page_show_meeting (DfMeetingsPage *self,
                               gint64          id)
{
  g_return_if_fail (DF_IS_MEETINGS_PAGE (self));

  open_meeting (self, id, FALSE);
}

static void
on_meeting_activated (DfMeetingsPage *self,
                      guint           position)
{
  g_autoptr (DfMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (meeting != NULL)
    open_meeting (self, df_meeting_get_id (meeting), FALSE);
}

static void
open_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  DfMeetingsPage *self = DF_MEETINGS_PAGE (widget);
  DfMeeting *meeting = selected_meeting (self);

  if (meeting != NULL)
    open_meeting (self, df_meeting_get_id (meeting), FALSE);
}

static void
back_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  DfMeetingsPage *self = DF_MEETINGS_PAGE (widget);
  gint64 shown = self->editor != NULL ? df_meeting_editor_get_meeting_id (self->editor) : 0;

  /* The meeting just edited, or made, is the one selected in the list. */
  if (self->selection != NULL)
    df_list_view_select_id (self->selection, shown);
  gtk_stack_set_visible_child_name (self->page_stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->meetings_view));
}

static void
show_list (DfMeetingsPage *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "list") != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "meetings.back", NULL);
}

/* Ctrl+N: the choice of template, from the list. */
static void
page_new_activated (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  DfMeetingsPage *self = DF_MEETINGS_PAGE (widget);

  show_list (self);
  gtk_menu_button_popup (self->new_button);
}

/* Ctrl+F: the list's search, from the editor too. */
static void
page_search_activated (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  DfMeetingsPage *self = DF_MEETINGS_PAGE (widget);

  show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static char *
new_meeting_date (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) ahead = g_date_time_add_days (now, NEW_MEETING_DAYS);
  int weekday = g_date_time_get_day_of_week (ahead);
  g_autoptr (GDateTime) workday = g_date_time_add_days (ahead, weekday > 5 ? 8 - weekday : 0);

  return g_date_time_format (workday, "%Y-%m-%d");
}

static void
created (DfMeetingsPage *self,
         gint64          id,
         GError         *error)
{
  if (id == 0)
    {
      df_error_label_show (self->error_label, error);
      return;
    }
  open_meeting (self, id, TRUE);
}

static void
new_meeting_activated (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  DfMeetingsPage *self = DF_MEETINGS_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *date = new_meeting_date ();
  DfMeetingTemplate template = g_str_equal (action, "meetings.new-full-day") ? DF_MEETING_TEMPLATE_FULL_DAY
                                                                            : DF_MEETING_TEMPLATE_HALF_DAY;

  created (self, df_store_create_meeting (self->store, template, date, &error), error);
}

void
df_meetings_page_plan_group_meeting (DfMeetingsPage *self,
                                     gint64          group_id)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *date = new_meeting_date ();

  g_return_if_fail (DF_IS_MEETINGS_PAGE (self));

  created (self, df_store_create_working_group_meeting (self->store, group_id, date, &error), error);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  DfMeetingsPage *self = DF_MEETINGS_PAGE (widget);
  DfMeeting *meeting = selected_meeting (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *date = new_meeting_date ();

  if (meeting != NULL)
    created (self, df_store_copy_meeting (self->store, df_meeting_get_id (meeting), date, &error), error);
}

static void
on_delete_response (GtkDialog      *dialog,
                    int             response,
                    DfMeetingsPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "meeting-id"));
  g_autoptr (GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  if (!df_store_delete_meeting (self->store, id, &error))
    df_error_label_show (self->error_label, error);
  else
    df_error_label_show (self->error_label, NULL);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  DfMeetingsPage *self = DF_MEETINGS_PAGE (widget);
  DfMeeting *meeting = selected_meeting (self);
  GtkWidget *dialog;
  GtkWidget *remove;

  /* The Delete key reaches the page from the editor too: there it is the
   * editor's business. */
  if (meeting == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "list") != 0)
    return;
  dialog = gtk_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Delete “%s” on %s?"),
                                   df_meeting_get_title (meeting), df_meeting_get_date_text (meeting));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Its agenda and attachments are deleted with it. A meeting that was planned but will not be held can be marked as cancelled instead."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  remove = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data (G_OBJECT (dialog), "meeting-id", GSIZE_TO_POINTER (df_meeting_get_id (meeting)));
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_store_changed (DfStore        *store,
                  const char     *topic,
                  DfMeetingsPage *self)
{
  g_autoptr (GError) error = NULL;

  /* A person's new name shows in the list; the list reads it again. */
  if (g_strcmp0 (topic, "members") == 0)
    {
      g_autoptr (GListModel) again = df_store_list_meetings (store, &error);

      if (again == NULL)
        df_error_label_show (self->error_label, error);
    }
  update_year_checks (self);
}

void
df_meetings_page_set_store (DfMeetingsPage *self,
                            DfStore        *store)
{
  g_autoptr (GError) error = NULL;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  g_return_if_fail (DF_IS_MEETINGS_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  if (self->editor != NULL)
    df_meeting_editor_set_store (self->editor, store);
  self->meetings = df_store_list_meetings (store, &error);
  if (self->meetings == NULL)
    {
      df_error_label_show (self->error_label, error);
      return;
    }
  filtered = gtk_filter_list_model_new (g_object_ref (self->meetings), g_object_ref (self->filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), g_object_ref (GTK_SORTER (self->sorter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (update_actions), self);
  gtk_column_view_set_model (self->meetings_view, GTK_SELECTION_MODEL (self->selection));
  update_year_checks (self);
  update_actions (self);
  g_signal_connect_object (store, "changed::meetings", G_CALLBACK (on_store_changed), self, 0);
  g_signal_connect_object (store, "changed::rules", G_CALLBACK (on_store_changed), self, 0);
  g_signal_connect_object (store, "changed::members", G_CALLBACK (on_store_changed), self, 0);
}

static void
df_meetings_page_dispose (GObject *object)
{
  DfMeetingsPage *self = DF_MEETINGS_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_MEETINGS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter);
  g_clear_object (&self->meetings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (df_meetings_page_parent_class)->dispose (object);
}

static void
df_meetings_page_class_init (DfMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_meetings_page_dispose;

  gtk_widget_class_install_action (widget_class, "meetings.new-half-day", NULL, new_meeting_activated);
  gtk_widget_class_install_action (widget_class, "meetings.new-full-day", NULL, new_meeting_activated);
  gtk_widget_class_install_action (widget_class, "meetings.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "meetings.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "meetings.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "meetings.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "page.new", NULL, page_new_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, page_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "meetings.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "meetings.delete", NULL);

  g_type_ensure (DF_TYPE_MEETING);
  g_type_ensure (DF_TYPE_MEETING_EDITOR);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfMeetingsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingsPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingsPage, year_checks_box);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingsPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingsPage, meetings_view);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_meetings_page_init (DfMeetingsPage *self)
{
  static const char * const searched[] = { "title", "date-text", "kind-label", "venue-name", "status-label", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->today = df_date_today_iso ();
  self->sorter = gtk_custom_sorter_new (compare_upcoming_first, self, NULL);
  /* The search looks in what the list shows, and in the venue. */
  self->filter = df_list_view_search_filter (DF_TYPE_MEETING, searched);
  update_actions (self);
}
