/* df-members-page.c: the Medlemmer page.
 *
 * People in a column view over filter and sort models: search as you
 * type, current / former / everyone, sorting by any column. Adding and
 * editing happen in the person editor; deleting can be undone for a few
 * seconds, and a person with history is offered an end to the membership
 * instead. The selected person's data can be exported as the report
 * a request for access under the GDPR asks for (Danish: indsigt).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-members-page"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-pack-insight.h"
#include "dialogforum/df-store-members.h"

#include "df-a11y.h"
#include "df-error-label.h"
#include "df-list-view.h"
#include "df-members-page.h"
#include "df-person-editor.h"

/* Long enough to read the message and reach the button. */
#define UNDO_SECONDS 8

enum {
  SHOW_CURRENT,
  SHOW_FORMER,
  SHOW_EVERYONE,
};

struct _DfMembersPage
{
  GtkWidget           parent_instance;

  DfStore            *store;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *state_filter;
  GtkStringFilter    *search_filter;
  GtkSingleSelection *selection;
  DfPerson           *deleted;        /* kept for undo */
  guint               undo_timeout;

  GtkSearchEntry     *search_entry;
  GtkDropDown        *state_dropdown;
  GtkColumnView      *people_view;
  GtkColumnViewColumn *name_column;
  GtkRevealer        *undo_revealer;
  GtkLabel           *undo_label;
  GtkLabel           *status_label;
};

G_DEFINE_FINAL_TYPE (DfMembersPage, df_members_page, GTK_TYPE_WIDGET)

static DfPerson *
selected_person (DfMembersPage *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

/* A former member, or a guest or actor who was never one: nobody whose
 * seat is current or to come. */
static gboolean
can_be_anonymised (DfPerson *person)
{
  DfMemberState state = df_person_get_member_state (person);

  return (state == DF_MEMBER_STATE_FORMER || state == DF_MEMBER_STATE_NONE) && !df_person_get_anonymised (person);
}

static void
update_status (DfMembersPage *self)
{
  guint shown = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u person shown", "%u people shown", shown), shown);
  gboolean has_selection = selected_person (self) != NULL;

  gtk_label_set_text (self->status_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "members.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "members.delete", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "members.export-insight", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "members.anonymise",
                                 has_selection && can_be_anonymised (selected_person (self)));
}

static gboolean
match_state (gpointer item,
             gpointer user_data)
{
  DfMembersPage *self = user_data;
  DfMemberState state = df_person_get_member_state (item);

  switch (gtk_drop_down_get_selected (self->state_dropdown))
    {
    case SHOW_CURRENT:
      return state == DF_MEMBER_STATE_CURRENT || state == DF_MEMBER_STATE_FUTURE;
    case SHOW_FORMER:
      return state == DF_MEMBER_STATE_FORMER;
    default:
      return TRUE;
    }
}

static void
on_search_changed (DfMembersPage *self)
{
  df_list_view_set_folded_search (self->search_filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_state_changed (DfMembersPage *self)
{
  if (self->state_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->state_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static GtkWindow *
toplevel (DfMembersPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
open_editor (DfMembersPage *self,
             DfPerson      *person)
{
  DfPersonEditor *editor = df_person_editor_new (self->store, person);

  gtk_window_set_transient_for (GTK_WINDOW (editor), toplevel (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_row_activated (DfMembersPage *self,
                  guint          position)
{
  g_autoptr (DfPerson) person = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  open_editor (self, person);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_editor (DF_MEMBERS_PAGE (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfMembersPage *self = DF_MEMBERS_PAGE (widget);

  if (selected_person (self) != NULL)
    open_editor (self, selected_person (self));
}

static void
hide_undo (DfMembersPage *self)
{
  g_clear_handle_id (&self->undo_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
  g_clear_object (&self->deleted);
}

static gboolean
undo_expired (gpointer user_data)
{
  DfMembersPage *self = user_data;

  self->undo_timeout = 0;
  hide_undo (self);
  return G_SOURCE_REMOVE;
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (DF_MEMBERS_PAGE (widget)->search_entry));
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfMembersPage *self = DF_MEMBERS_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = self->deleted ? g_object_ref (self->deleted) : NULL;

  hide_undo (self);
  if (person != NULL && !df_store_restore_person (self->store, person, &error))
    df_error_dialog_show (toplevel (self), NULL, error);
}

/* Ends every open membership of @person today: what "delete" means for a
 * member whose history the forum keeps. */
static void
end_memberships (DfMembersPage *self,
                 DfPerson      *person)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = df_store_list_memberships_of (self->store, df_person_get_id (person), &error);
  g_autofree char *today = df_date_today_iso ();

  for (guint i = 0; memberships != NULL && i < memberships->len; i++)
    {
      DfMembership *m = g_ptr_array_index (memberships, i);
      const char *end = df_membership_get_end_date (m);
      const char *start = df_membership_get_start_date (m);

      if (end[0] != '\0' && g_strcmp0 (end, today) <= 0)
        continue;
      if (!df_store_end_membership (self->store, df_membership_get_id (m),
                                    g_strcmp0 (start, today) > 0 ? start : today, &error))
        break;
    }
  if (error != NULL)
    df_error_dialog_show (toplevel (self), NULL, error);
}

enum {
  RESPONSE_END_MEMBERSHIP = 1,
};

static void
on_history_response (GtkDialog     *dialog,
                     int            response,
                     DfMembersPage *self)
{
  DfPerson *person = g_object_get_data (G_OBJECT (dialog), "person");

  if (response == RESPONSE_END_MEMBERSHIP)
    end_memberships (self, person);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DfMembersPage *self = DF_MEMBERS_PAGE (widget);
  DfPerson *person = selected_person (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) kept = NULL;
  g_autofree char *message = NULL;

  if (person == NULL)
    return;
  kept = g_object_ref (person);
  if (df_store_delete_person (self->store, df_person_get_id (kept), &error))
    {
      hide_undo (self);
      self->deleted = g_steal_pointer (&kept);
      message = g_strdup_printf (_("“%s” was deleted."), df_person_get_name (self->deleted));
      gtk_label_set_text (self->undo_label, message);
      gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
      self->undo_timeout = g_timeout_add_seconds (UNDO_SECONDS, undo_expired, self);
      return;
    }
  if (g_error_matches (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE))
    {
      GtkWidget *dialog = gtk_message_dialog_new (toplevel (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                  GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                                  _("End the membership of %s instead?"), df_person_get_name (kept));

      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                                _("The forum keeps the history of its members, so a member is not deleted. "
                                                  "Ending the membership today keeps the history and takes the person off the list of current members."));
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("_End Membership"), RESPONSE_END_MEMBERSHIP);
      gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
      g_object_set_data_full (G_OBJECT (dialog), "person", g_steal_pointer (&kept), g_object_unref);
      g_signal_connect (dialog, "response", G_CALLBACK (on_history_response), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  df_error_dialog_show (toplevel (self), NULL, error);
}

/* Filters and sorters look at an item when it arrives, not when its
 * properties change; an edit in place has to tell them. */
static void
on_store_changed (DfMembersPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->state_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->people_view), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_anonymise_response (GtkDialog     *dialog,
                       int            response,
                       DfMembersPage *self)
{
  DfPerson *person = g_object_get_data (G_OBJECT (dialog), "person");
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      !df_store_anonymise_person (self->store, df_person_get_id (person), &error))
    df_error_dialog_show (toplevel (self), NULL, error);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
anonymise_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DfMembersPage *self = DF_MEMBERS_PAGE (widget);
  DfPerson *person = selected_person (self);
  GtkWidget *dialog;

  if (person == NULL)
    return;
  dialog = gtk_message_dialog_new (toplevel (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   _("Anonymise %s?"), df_person_get_name (person));
  if (df_person_get_member_state (person) == DF_MEMBER_STATE_FORMER)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                              _("The name, contact details, areas, secretary and notes, and the diet and accessibility "
                                                "noted for each meeting, are removed for good. The seat history stays, shown as "
                                                "“Anonymiseret medlem”. This cannot be undone."));
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                              _("The name, contact details, areas, secretary and notes, and the diet and accessibility "
                                                "noted for each meeting, are removed for good. The replies and attendance stay, shown as "
                                                "“Anonymiseret person”. This cannot be undone."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Anonymise"), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "person", g_object_ref (person), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_anonymise_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_insight (DfMembersPage *self,
                gint64         person_id,
                const char    *path)
{
  g_autoptr (GError) error = NULL;

  if (!df_pack_export_insight (self->store, person_id, path, &error))
    df_error_dialog_show (toplevel (self), _("The personal data could not be exported"), error);
}

static void
on_insight_chosen (GtkNativeDialog *chooser,
                   int              response,
                   DfMembersPage   *self)
{
  gint64 person_id = *(gint64 *) g_object_get_data (G_OBJECT (chooser), "person-id");
  g_autoptr (GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  g_object_unref (chooser);
  if (path != NULL)
    export_insight (self, person_id, path);
}

/* Asks where the report on the selected person goes, offering
 * "Indsigt - Karen Lundgaard.pdf". The person is kept by id: the
 * selection may change while the chooser is open. */
static void
export_insight_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DfMembersPage *self = DF_MEMBERS_PAGE (widget);
  DfPerson *person = selected_person (self);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char *safe_name = NULL;
  g_autofree char *name = NULL;
  gint64 id;

  if (person == NULL)
    return;
  id = df_person_get_id (person);
  safe_name = g_strdelimit (g_strdup (df_person_get_name (person)), "/\\", '-');
  /* TRANSLATORS: the file name offered for the report on a person (Danish: Indsigt - Karen Lundgaard.pdf). */
  name = g_strdup_printf (_("Personal Data - %s.pdf"), safe_name);
  chooser = gtk_file_chooser_native_new (_("Export Personal Data"), toplevel (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "person-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_insight_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
df_members_page_set_store (DfMembersPage *self,
                           DfStore       *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) people = NULL;
  GtkEveryFilter *filter;

  g_return_if_fail (DF_IS_MEMBERS_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  people = df_store_list_people (store, &error);
  if (people == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }

  self->search_filter = df_list_view_folded_search_filter (DF_TYPE_PERSON, "search-text");
  self->state_filter = gtk_custom_filter_new (match_state, self, NULL);
  filter = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (GTK_FILTER (self->search_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (GTK_FILTER (self->state_filter)));

  self->selection = df_list_view_show (self->people_view, g_steal_pointer (&people), GTK_FILTER (filter),
                                       G_CALLBACK (update_status), self, &self->filtered);
  gtk_column_view_sort_by_column (self->people_view, self->name_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (store, "changed::members", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::rules", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_status (self);
}

static void
df_members_page_dispose (GObject *object)
{
  DfMembersPage *self = DF_MEMBERS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->undo_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_MEMBERS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->deleted);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->state_filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_members_page_parent_class)->dispose (object);
}

static void
df_members_page_class_init (DfMembersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_members_page_dispose;

  g_type_ensure (DF_TYPE_PERSON);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-members-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfMembersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMembersPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfMembersPage, people_view);
  gtk_widget_class_bind_template_child (widget_class, DfMembersPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, DfMembersPage, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, DfMembersPage, undo_label);
  gtk_widget_class_bind_template_child (widget_class, DfMembersPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_state_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "members.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "members.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "members.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "members.anonymise", NULL, anonymise_activated);
  gtk_widget_class_install_action (widget_class, "members.export-insight", NULL, export_insight_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "members.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "members.undo", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_members_page_init (DfMembersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  df_a11y_name_dropdown (self->state_dropdown, _("Which members to show"));
}
