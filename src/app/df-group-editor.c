/* df-group-editor.c: adding and editing a working group.
 *
 * The form checks the name and the dates as the user types; the members
 * are chosen from the register and saved with the group in one store
 * call. The group's meetings and the actions it owns are listed; a
 * meeting is planned or opened on the Møder page, after the group is
 * saved, since the meeting belongs to the saved group.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-group-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-members.h"

#include "df-error-label.h"
#include "df-group-editor.h"
#include "df-removable-row.h"

struct _DfGroupEditor
{
  GtkWindow       parent_instance;

  DfStore        *store;
  DfWorkingGroup *group;             /* NULL for a new one */
  GListModel     *people;
  GListStore     *members;           /* DfPerson, in order */
  gboolean        tried_to_save;

  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkTextView    *mandate_view;
  GtkEntry       *start_entry;
  GtkEntry       *end_entry;
  GtkLabel       *term_error;
  GtkListBox     *members_list;
  GtkDropDown    *person_dropdown;
  GtkListBox     *meetings_list;
  GtkListBox     *actions_list;
  GtkLabel       *save_error;
  GtkWidget      *save_button;
};

G_DEFINE_FINAL_TYPE (DfGroupEditor, df_group_editor, GTK_TYPE_WINDOW)

static const char *
text_of (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Checks the fields, shows what is wrong beside them, and says whether
 * the form can be saved. An untouched empty name is named only after a
 * first attempt to save. */
static gboolean
validate (DfGroupEditor *self)
{
  g_autofree char *start = df_date_parse_to_iso (text_of (self->start_entry));
  g_autofree char *end = df_date_parse_to_iso (text_of (self->end_entry));
  gboolean valid = TRUE;

  if (df_text_is_blank (text_of (self->name_entry)))
    {
      df_error_label_show_for_entry (self->name_entry, self->name_error,
                                     self->tried_to_save ? _("Name: a name is required.") : NULL);
      valid = FALSE;
    }
  else
    df_error_label_show_for_entry (self->name_entry, self->name_error, NULL);

  return df_error_label_check_term (self->start_entry, self->end_entry, self->term_error, start, end,
                                    _("To: the working group cannot end before it begins.")) && valid;
}

static void
on_changed (DfGroupEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
  validate (self);
}

static char *
mandate_text (DfGroupEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->mandate_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Saves the form, the members with it; the group's id, or 0 with what
 * went wrong shown. */
static gint64
save_group (DfGroupEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfWorkingGroup) group = NULL;
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *mandate = NULL;
  gint64 id;

  self->tried_to_save = TRUE;
  if (!validate (self))
    return 0;
  start = df_date_parse_to_iso (text_of (self->start_entry));
  end = df_date_parse_to_iso (text_of (self->end_entry));
  mandate = mandate_text (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->members)); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (G_LIST_MODEL (self->members), i);
      gint64 person_id = df_person_get_id (person);

      g_array_append_val (ids, person_id);
    }
  group = g_object_new (DF_TYPE_WORKING_GROUP,
                        "id", self->group ? df_working_group_get_id (self->group) : (gint64) 0,
                        "name", text_of (self->name_entry),
                        "mandate", mandate,
                        "start-date", start,
                        "end-date", end,
                        NULL);
  id = df_store_save_working_group_and_members (self->store, group, (gint64 *) ids->data, ids->len, &error);
  if (id == 0)
    df_error_label_show (self->save_error, error);
  return id;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfGroupEditor *self = DF_GROUP_EDITOR (widget);

  if (save_group (self) != 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Saves the group, then has the main window show @action ("win.show-
 * meeting", "win.new-group-meeting") for @id, and closes. */
static void
save_and_go (DfGroupEditor *self,
             const char    *action,
             gint64         id)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 group_id = save_group (self);

  if (group_id == 0)
    return;
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), action, "x", id != 0 ? id : group_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
new_meeting_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  save_and_go (DF_GROUP_EDITOR (widget), "win.new-group-meeting", 0);
}

static void
open_meeting_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  save_and_go (DF_GROUP_EDITOR (widget), "win.show-meeting", g_variant_get_int64 (parameter));
}

/* --- Members ----------------------------------------------------------- */

static gboolean
is_member (DfGroupEditor *self,
           gint64         id,
           guint         *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->members)); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (G_LIST_MODEL (self->members), i);

      if (df_person_get_id (person) == id)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
remove_member_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DfGroupEditor *self = DF_GROUP_EDITOR (widget);
  guint position;

  if (is_member (self, g_variant_get_int64 (parameter), &position))
    g_list_store_remove (self->members, position);
}

static void
add_member_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DfGroupEditor *self = DF_GROUP_EDITOR (widget);
  DfPerson *person = gtk_drop_down_get_selected_item (self->person_dropdown);
  guint position;

  if (person != NULL && !is_member (self, df_person_get_id (person), &position))
    g_list_store_append (self->members, person);
}

static GtkWidget *
member_row (gpointer item,
            gpointer user_data)
{
  DfPerson *person = item;
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s from the group"), df_person_get_name (person));

  return df_removable_row_new (df_person_get_name (person), df_person_get_organisation_name (person), remove_label,
                               "group.remove-member", df_person_get_id (person));
}

/* --- Meetings and actions ---------------------------------------------- */

/* A row of two lines: @title, and @details dimmed; @end at its end. */
static GtkWidget *
two_line_row (const char *title,
              const char *details,
              GtkWidget  *end)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *first = gtk_label_new (title);
  GtkWidget *second = gtk_label_new (details);

  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 6);
  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_xalign (GTK_LABEL (first), 0);
  gtk_label_set_wrap (GTK_LABEL (first), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (first), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (second), 0);
  gtk_label_set_wrap (GTK_LABEL (second), TRUE);
  gtk_widget_add_css_class (second, "dim-label");
  gtk_box_append (GTK_BOX (texts), first);
  gtk_box_append (GTK_BOX (texts), second);
  gtk_box_append (GTK_BOX (row), texts);
  if (end != NULL)
    {
      gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (row), end);
    }
  return row;
}

static void
fill_meetings (DfGroupEditor *self,
               gint64         id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) meetings = df_store_list_working_group_meetings (self->store, id, &error);

  if (meetings == NULL)
    {
      df_error_label_show (self->save_error, error);
      return;
    }
  for (guint i = 0; i < meetings->len; i++)
    {
      DfMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *day = df_date_iso_to_short (df_meeting_get_date (meeting));
      g_autofree char *title = g_strdup_printf ("%s · %s", day, df_meeting_get_title (meeting));
      g_autofree char *details = g_strdup_printf ("%s · %s", df_meeting_get_time_text (meeting),
                                                  df_meeting_get_status_label (meeting));
      g_autofree char *open_label = g_strdup_printf (_("Save the group and open “%s” on the Meetings page"),
                                                     df_meeting_get_title (meeting));
      GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open"));

      gtk_widget_set_tooltip_text (open, open_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, open_label, -1);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "x", df_meeting_get_id (meeting));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "group.open-meeting");
      gtk_list_box_append (self->meetings_list, two_line_row (title, details, open));
    }
}

static void
fill_actions (DfGroupEditor *self,
              gint64         id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) actions = df_store_list_actions (self->store, &error);

  if (actions == NULL)
    {
      df_error_label_show (self->save_error, error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (DfAction) action = g_list_model_get_item (actions, i);
      g_autofree char *due = NULL;
      g_autofree char *details = NULL;

      if (df_action_get_working_group_id (action) != id)
        continue;
      due = df_action_get_due_text (action)[0] != '\0'
            ? g_strdup_printf (_("due %s"), df_action_get_due_text (action))
            : g_strdup (_("no due date"));
      details = g_strdup_printf ("%s · %s · %s", df_action_get_owner_name (action),
                                 df_action_get_state_text (action), due);
      gtk_list_box_append (self->actions_list, two_line_row (df_action_get_description (action), details, NULL));
    }
}

/* --- Filling the form -------------------------------------------------- */

static void
fill_form (DfGroupEditor *self)
{
  DfWorkingGroup *group = self->group;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) members = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  self->people = df_store_list_people (self->store, NULL);
  gtk_drop_down_set_model (self->person_dropdown, self->people);
  gtk_list_box_bind_model (self->members_list, G_LIST_MODEL (self->members), member_row, NULL, NULL);
  gtk_window_set_title (GTK_WINDOW (self), group ? _("Edit Working Group") : _("New Working Group"));
  if (group == NULL)
    {
      g_autofree char *today = df_date_today_iso ();

      start = df_date_iso_to_short (today);
      gtk_editable_set_text (GTK_EDITABLE (self->start_entry), start);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), df_working_group_get_name (group));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->mandate_view), df_working_group_get_mandate (group), -1);
  start = df_date_iso_to_short (df_working_group_get_start_date (group));
  end = df_date_iso_to_short (df_working_group_get_end_date (group));
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry), end);
  members = df_store_list_working_group_members (self->store, df_working_group_get_id (group), &error);
  if (members == NULL)
    df_error_label_show (self->save_error, error);
  for (guint i = 0; members != NULL && i < members->len; i++)
    g_list_store_append (self->members, g_ptr_array_index (members, i));
  fill_meetings (self, df_working_group_get_id (group));
  fill_actions (self, df_working_group_get_id (group));
}

DfGroupEditor *
df_group_editor_new (DfStore        *store,
                     DfWorkingGroup *group)
{
  DfGroupEditor *self = g_object_new (DF_TYPE_GROUP_EDITOR, NULL);

  self->store = g_object_ref (store);
  self->group = group ? g_object_ref (group) : NULL;
  fill_form (self);
  validate (self);
  return self;
}

static void
df_group_editor_dispose (GObject *object)
{
  DfGroupEditor *self = DF_GROUP_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_GROUP_EDITOR);
  g_clear_object (&self->people);
  g_clear_object (&self->members);
  g_clear_object (&self->group);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_group_editor_parent_class)->dispose (object);
}

static void
df_group_editor_class_init (DfGroupEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_group_editor_dispose;

  g_type_ensure (DF_TYPE_PERSON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-group-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, mandate_view);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, start_entry);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, end_entry);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, term_error);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, members_list);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, actions_list);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, save_error);
  gtk_widget_class_bind_template_child (widget_class, DfGroupEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "group.add-member", NULL, add_member_activated);
  gtk_widget_class_install_action (widget_class, "group.remove-member", "x", remove_member_activated);
  gtk_widget_class_install_action (widget_class, "group.new-meeting", NULL, new_meeting_activated);
  gtk_widget_class_install_action (widget_class, "group.open-meeting", "x", open_meeting_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
df_group_editor_init (DfGroupEditor *self)
{
  self->members = g_list_store_new (DF_TYPE_PERSON);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}
