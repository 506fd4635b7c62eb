/* df-followup-page.c: the Opfølgning page.
 *
 * Every action agreed at every meeting in a column view over filter and
 * sort models: by owner, by status, and only those overdue today. An
 * action is marked done, dropped or open again from here; the minutes
 * that agree them are written in the minutes editor, opened from here.
 * Below, the working groups with their members, meetings and actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-followup-page"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"

#include "df-followup-page.h"
#include "df-list-view.h"
#include "df-minutes-editor.h"

/* The status filter's choices, in order; the last shows all. */
static const char * const shown_statuses[] = { "open", "done", "dropped", NULL };

typedef struct
{
  gint64 person_id;
  gint64 organisation_id;
} Owner;

struct _DfFollowupPage
{
  GtkWidget            parent_instance;

  DfStore             *store;
  GListModel          *actions;
  GtkFilterListModel  *filtered;
  GtkCustomFilter     *filter;        /* owner, status and overdue */
  GtkFilter           *search_filter; /* the search entry's */
  GtkSingleSelection  *selection;
  GArray              *owners;        /* Owner, beside the owner filter's choices */
  char                *today;         /* what "overdue" is measured by */

  GtkSearchEntry      *search_entry;
  GtkDropDown         *owner_dropdown;
  GtkDropDown         *status_dropdown;
  GtkCheckButton      *overdue_check;
  GtkMenuButton       *set_status_button;
  GtkColumnView       *actions_view;
  GtkColumnViewColumn *due_column;
  GtkLabel            *groups_label;
  GtkListBox          *groups_list;
  GtkLabel            *status_label;
};

G_DEFINE_FINAL_TYPE (DfFollowupPage, df_followup_page, GTK_TYPE_WIDGET)

static DfAction *
selected_action (DfFollowupPage *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
update_status (DfFollowupPage *self)
{
  guint shown = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  g_autoptr (GPtrArray) overdue = self->actions ? df_actions_overdue_on (self->actions, self->today) : NULL;
  guint n_overdue = overdue != NULL ? overdue->len : 0;
  g_autofree char *shown_text = g_strdup_printf (ngettext ("%u action shown", "%u actions shown", shown), shown);
  g_autofree char *overdue_text = g_strdup_printf (ngettext ("%u overdue in all", "%u overdue in all", n_overdue), n_overdue);
  g_autofree char *text = g_strdup_printf ("%s · %s", shown_text, overdue_text);

  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->set_status_button), selected_action (self) != NULL);
}

static gboolean
match_action (gpointer item,
              gpointer user_data)
{
  DfFollowupPage *self = user_data;
  DfAction *action = item;
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  if (owner > 0 && owner < self->owners->len)
    {
      Owner *chosen = &g_array_index (self->owners, Owner, owner);

      if (df_action_get_owner_person_id (action) != chosen->person_id ||
          df_action_get_owner_organisation_id (action) != chosen->organisation_id)
        return FALSE;
    }
  if (status < G_N_ELEMENTS (shown_statuses) - 1 &&
      !g_str_equal (df_action_get_status (action), shown_statuses[status]))
    return FALSE;
  return !gtk_check_button_get_active (self->overdue_check) || df_action_is_overdue_on (action, self->today);
}

static void
refresh_today (DfFollowupPage *self)
{
  g_free (self->today);
  self->today = df_date_today_iso ();
}

static void
on_filter_changed (DfFollowupPage *self)
{
  refresh_today (self);
  if (self->search_filter != NULL)
    df_list_view_set_search (self->search_filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_status (self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The owners the actions have, by name; the choice made stays made. */
static void
fill_owners (DfFollowupPage *self)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  Owner all = { 0, 0 };
  Owner chosen = all;
  guint selected = gtk_drop_down_get_selected (self->owner_dropdown);

  if (selected > 0 && selected < self->owners->len)
    chosen = g_array_index (self->owners, Owner, selected);
  for (guint i = 0; i < g_list_model_get_n_items (self->actions); i++)
    {
      g_autoptr (DfAction) action = g_list_model_get_item (self->actions, i);
      Owner owner = { df_action_get_owner_person_id (action), df_action_get_owner_organisation_id (action) };
      const char *name = df_action_get_owner_name (action);
      char *key;

      if (g_hash_table_contains (seen, name))
        continue;
      key = g_strdup (name);
      g_ptr_array_add (names, key);
      g_hash_table_insert (seen, key, g_memdup2 (&owner, sizeof owner));
    }
  g_ptr_array_sort (names, compare_names);

  g_array_set_size (self->owners, 0);
  gtk_string_list_append (choices, _("All owners"));
  g_array_append_val (self->owners, all);
  selected = 0;
  for (guint i = 0; i < names->len; i++)
    {
      Owner *owner = g_hash_table_lookup (seen, g_ptr_array_index (names, i));

      gtk_string_list_append (choices, g_ptr_array_index (names, i));
      g_array_append_val (self->owners, *owner);
      if (owner->person_id == chosen.person_id && owner->organisation_id == chosen.organisation_id)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->owner_dropdown, selected);
}

static GtkWindow *
toplevel (DfFollowupPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* The meeting whose minutes to open: the selected action's, else the
 * last meeting held, else the first there is. */
static gint64
meeting_for_minutes (DfFollowupPage *self)
{
  g_autoptr (GListModel) meetings = NULL;
  gint64 chosen = 0;

  if (selected_action (self) != NULL)
    return df_action_get_meeting_id (selected_action (self));
  meetings = df_store_list_meetings (self->store, NULL);
  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      if (chosen == 0 || g_str_equal (df_meeting_get_status (meeting), "held"))
        chosen = df_meeting_get_id (meeting);
    }
  return chosen;
}

static DfMinutesEditor *
open_minutes (DfFollowupPage *self)
{
  DfMinutesEditor *editor;

  if (self->store == NULL)
    return NULL;
  editor = df_minutes_editor_new (self->store, meeting_for_minutes (self));
  gtk_window_set_transient_for (GTK_WINDOW (editor), toplevel (self));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

/* Ctrl+N: an action is agreed under an agenda item, so a new one is
 * written in the minutes, beside the selected action's item. */
static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DfFollowupPage *self = DF_FOLLOWUP_PAGE (widget);
  DfAction *selected = selected_action (self);
  DfMinutesEditor *editor = open_minutes (self);

  if (editor != NULL)
    df_minutes_editor_start_action (editor, selected != NULL ? df_action_get_agenda_item_id (selected) : 0);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (DF_FOLLOWUP_PAGE (widget)->search_entry));
}

static void
minutes_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_minutes (DF_FOLLOWUP_PAGE (widget));
}

static void
on_row_activated (DfFollowupPage *self,
                  guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
  open_minutes (self);
}

static void
set_status_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DfFollowupPage *self = DF_FOLLOWUP_PAGE (widget);
  DfAction *action = selected_action (self);
  g_autoptr (GError) error = NULL;

  if (action != NULL &&
      !df_store_set_action_status (self->store, df_action_get_id (action), g_variant_get_string (parameter, NULL), &error))
    {
      GtkWidget *dialog = gtk_message_dialog_new (toplevel (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                  GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", error->message);

      g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

void
df_followup_page_show_action (DfFollowupPage *self,
                              gint64          id)
{
  g_return_if_fail (DF_IS_FOLLOWUP_PAGE (self));

  if (self->selection == NULL)
    return;
  /* Whatever the filters hid, the action is to be seen. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, G_N_ELEMENTS (shown_statuses) - 1);
  gtk_check_button_set_active (self->overdue_check, FALSE);
  on_filter_changed (self);
  df_list_view_select_id (self->selection, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->actions_view));
}

/* --- Working groups ---------------------------------------------------- */

static GtkWidget *
group_row (gpointer item,
           gpointer user_data)
{
  DfWorkingGroup *group = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (df_working_group_get_name (group));
  GtkWidget *details;
  int n_meetings = df_working_group_get_n_meetings (group);
  int n_open = df_working_group_get_n_open_actions (group);
  g_autofree char *meetings = g_strdup_printf (ngettext ("%d meeting", "%d meetings", n_meetings), n_meetings);
  g_autofree char *open = g_strdup_printf (ngettext ("%d open action", "%d open actions", n_open), n_open);
  g_autofree char *text = g_strdup_printf ("%s · %s · %s · %s", df_working_group_get_term_text (group),
                                           df_working_group_get_members_text (group), meetings, open);

  details = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_tooltip_text (box, df_working_group_get_mandate (group));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  return box;
}

static void
update_groups_label (DfFollowupPage *self)
{
  GListModel *groups = G_LIST_MODEL (g_object_get_data (G_OBJECT (self->groups_list), "groups"));
  guint n = groups != NULL ? g_list_model_get_n_items (groups) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u working group", "%u working groups", n), n);

  gtk_label_set_text (self->groups_label, text);
}

/* --- Following the store ----------------------------------------------- */

/* Filters and sorters look at an item when it arrives, not when its
 * properties change; an edit in place has to tell them. */
static void
on_store_changed (DfFollowupPage *self)
{
  fill_owners (self);
  on_filter_changed (self);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->actions_view), GTK_SORTER_CHANGE_DIFFERENT);
  update_groups_label (self);
}

void
df_followup_page_set_store (DfFollowupPage *self,
                            DfStore        *store)
{
  static const char * const searched[] = { "description", "owner-name", "source-text", "working-group-name", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) groups = NULL;
  GtkEveryFilter *every;

  g_return_if_fail (DF_IS_FOLLOWUP_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->actions = df_store_list_actions (store, &error);
  groups = self->actions != NULL ? df_store_list_working_groups (store, &error) : NULL;
  if (groups == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  fill_owners (self);
  self->filter = gtk_custom_filter_new (match_action, self, NULL);
  /* The search looks in what the row shows: the description, the owner,
   * the meeting and item it comes from, and the working group. */
  self->search_filter = df_list_view_search_filter (DF_TYPE_ACTION, searched);
  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (self->search_filter));
  self->selection = df_list_view_show (self->actions_view, g_object_ref (self->actions), GTK_FILTER (every),
                                       G_CALLBACK (update_status), self, &self->filtered);
  gtk_column_view_sort_by_column (self->actions_view, self->due_column, GTK_SORT_ASCENDING);

  gtk_list_box_bind_model (self->groups_list, groups, group_row, NULL, NULL);
  g_object_set_data_full (G_OBJECT (self->groups_list), "groups", g_steal_pointer (&groups), g_object_unref);
  g_signal_connect_object (store, "changed::followup", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::members", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::meetings", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_groups_label (self);
  update_status (self);
}

static void
df_followup_page_dispose (GObject *object)
{
  DfFollowupPage *self = DF_FOLLOWUP_PAGE (object);
  GtkWidget *child;

  /* The column view's sorter changes as it goes, and the lists with it:
   * the labels that show them are going too. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_FOLLOWUP_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->actions);
  g_clear_object (&self->store);
  g_clear_pointer (&self->owners, g_array_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_object (&self->search_filter);

  G_OBJECT_CLASS (df_followup_page_parent_class)->dispose (object);
}

static void
df_followup_page_class_init (DfFollowupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_followup_page_dispose;

  g_type_ensure (DF_TYPE_ACTION);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-followup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, overdue_check);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, set_status_button);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, actions_view);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, groups_label);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, groups_list);
  gtk_widget_class_bind_template_child (widget_class, DfFollowupPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "followup.minutes", NULL, minutes_activated);
  gtk_widget_class_install_action (widget_class, "followup.set-status", "s", set_status_activated);
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_followup_page_init (DfFollowupPage *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);

  self->owners = g_array_new (FALSE, FALSE, sizeof (Owner));
  self->today = df_date_today_iso ();
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; shown_statuses[i] != NULL; i++)
    gtk_string_list_append (statuses, df_action_status_label (shown_statuses[i]));
  gtk_string_list_append (statuses, C_("action status", "All"));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
}
