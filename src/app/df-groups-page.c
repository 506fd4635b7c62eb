/* df-groups-page.c: the Arbejdsgrupper page.
 *
 * The working groups in a column view over filter and sort models:
 * search as you type in the name, the members and the mandate. A group
 * is added and edited in the group editor; deleting it can be undone for
 * a few seconds, its members, meetings and actions with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-groups-page"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-store-followup.h"

#include "df-error-label.h"
#include "df-group-editor.h"
#include "df-groups-page.h"
#include "df-list-view.h"

/* Long enough to read the message and reach the button. */
#define UNDO_SECONDS 8

struct _DfGroupsPage
{
  GtkWidget              parent_instance;

  DfStore               *store;
  GtkFilterListModel    *filtered;
  GtkFilter             *search_filter;
  GtkSingleSelection    *selection;
  DfRemovedWorkingGroup *deleted;        /* kept for undo */
  guint                  undo_timeout;

  GtkSearchEntry        *search_entry;
  GtkColumnView         *groups_view;
  GtkRevealer           *undo_revealer;
  GtkLabel              *undo_label;
  GtkLabel              *status_label;
};

G_DEFINE_FINAL_TYPE (DfGroupsPage, df_groups_page, GTK_TYPE_WIDGET)

static DfWorkingGroup *
selected_group (DfGroupsPage *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
update_status (DfGroupsPage *self)
{
  guint shown = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u working group shown", "%u working groups shown", shown), shown);
  gboolean selected = selected_group (self) != NULL;

  gtk_label_set_text (self->status_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.delete", selected);
}

static void
on_search_changed (DfGroupsPage *self)
{
  if (self->search_filter != NULL)
    df_list_view_set_search (self->search_filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static GtkWindow *
toplevel (DfGroupsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
open_editor (DfGroupsPage   *self,
             DfWorkingGroup *group)
{
  DfGroupEditor *editor = df_group_editor_new (self->store, group);

  gtk_window_set_transient_for (GTK_WINDOW (editor), toplevel (self));
  gtk_window_present (GTK_WINDOW (editor));
}

void
df_groups_page_show_group (DfGroupsPage *self,
                           gint64        id)
{
  g_return_if_fail (DF_IS_GROUPS_PAGE (self));

  if (self->selection == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_changed (self);
  if (df_list_view_select_id (self->selection, id))
    open_editor (self, selected_group (self));
}

static void
on_row_activated (DfGroupsPage *self,
                  guint         position)
{
  g_autoptr (DfWorkingGroup) group = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  open_editor (self, group);
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DfGroupsPage *self = DF_GROUPS_PAGE (widget);

  if (self->store != NULL)
    open_editor (self, NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfGroupsPage *self = DF_GROUPS_PAGE (widget);

  if (selected_group (self) != NULL)
    open_editor (self, selected_group (self));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (DF_GROUPS_PAGE (widget)->search_entry));
}

/* --- Deleting, and the undo -------------------------------------------- */

static void
hide_undo (DfGroupsPage *self)
{
  g_clear_handle_id (&self->undo_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
  g_clear_pointer (&self->deleted, df_removed_working_group_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.undo", FALSE);
}

static gboolean
undo_expired (gpointer user_data)
{
  DfGroupsPage *self = user_data;

  self->undo_timeout = 0;
  hide_undo (self);
  return G_SOURCE_REMOVE;
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DfGroupsPage *self = DF_GROUPS_PAGE (widget);
  DfWorkingGroup *group = selected_group (self);
  g_autoptr (GError) error = NULL;
  DfRemovedWorkingGroup *removed;
  g_autofree char *message = NULL;

  if (group == NULL)
    return;
  removed = df_store_delete_working_group (self->store, df_working_group_get_id (group), &error);
  if (removed == NULL)
    {
      df_error_dialog_show (toplevel (self), _("The working group could not be deleted"), error);
      return;
    }
  hide_undo (self);
  self->deleted = removed;
  message = g_strdup_printf (_("“%s” was deleted; its meetings and actions are kept."),
                             df_removed_working_group_get_name (removed));
  gtk_label_set_text (self->undo_label, message);
  gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.undo", TRUE);
  self->undo_timeout = g_timeout_add_seconds (UNDO_SECONDS, undo_expired, self);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfGroupsPage *self = DF_GROUPS_PAGE (widget);
  g_autoptr (GError) error = NULL;
  DfRemovedWorkingGroup *removed = g_steal_pointer (&self->deleted);

  hide_undo (self);
  if (removed != NULL && df_store_restore_working_group (self->store, removed, &error) == 0)
    df_error_dialog_show (toplevel (self), _("The working group could not be put back"), error);
  g_clear_pointer (&removed, df_removed_working_group_free);
}

/* --- Following the store ----------------------------------------------- */

/* Filters and sorters look at an item when it arrives, not when its
 * properties change; an edit in place has to tell them. */
static void
on_store_changed (DfGroupsPage *self)
{
  gtk_filter_changed (self->search_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->groups_view), GTK_SORTER_CHANGE_DIFFERENT);
  update_status (self);
}

void
df_groups_page_set_store (DfGroupsPage *self,
                          DfStore      *store)
{
  static const char * const searched[] = { "name", "members-text", "mandate", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) groups = NULL;

  g_return_if_fail (DF_IS_GROUPS_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  groups = df_store_list_working_groups (store, &error);
  if (groups == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  self->search_filter = df_list_view_search_filter (DF_TYPE_WORKING_GROUP, searched);
  on_search_changed (self);
  self->selection = df_list_view_show (self->groups_view, g_steal_pointer (&groups),
                                       g_object_ref (self->search_filter),
                                       G_CALLBACK (update_status), self, &self->filtered);
  g_signal_connect_object (store, "changed::followup", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::members", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::meetings", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_status (self);
}

static void
df_groups_page_dispose (GObject *object)
{
  DfGroupsPage *self = DF_GROUPS_PAGE (object);
  GtkWidget *child;

  /* The column view's sorter changes as it goes, and the lists with it:
   * the labels that show them are going too. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  g_clear_handle_id (&self->undo_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_GROUPS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->deleted, df_removed_working_group_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_groups_page_parent_class)->dispose (object);
}

static void
df_groups_page_class_init (DfGroupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_groups_page_dispose;

  g_type_ensure (DF_TYPE_WORKING_GROUP);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-groups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfGroupsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DfGroupsPage, groups_view);
  gtk_widget_class_bind_template_child (widget_class, DfGroupsPage, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, DfGroupsPage, undo_label);
  gtk_widget_class_bind_template_child (widget_class, DfGroupsPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "groups.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "groups.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "groups.undo", NULL, undo_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "groups.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "groups.undo", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_groups_page_init (DfGroupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "groups.undo", FALSE);
}
