/* df-actors-page.c: the Aktører page.
 *
 * The invited actors (people marked external: other state agencies,
 * regional social directors, interest organisations, education and
 * research, and others) in a column view over filter and sort models:
 * search as you type and a category to show. They are people of the
 * register like any other, added and edited in the person editor; the
 * Members page keeps them under "Everyone", where a person is deleted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-actors-page"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-store-members.h"

#include "df-a11y.h"
#include "df-actors-page.h"
#include "df-list-view.h"
#include "df-person-editor.h"

struct _DfActorsPage
{
  GtkWidget            parent_instance;

  DfStore             *store;
  GtkFilterListModel  *filtered;
  GtkCustomFilter     *actor_filter;
  GtkStringFilter     *search_filter;
  GtkSingleSelection  *selection;

  GtkSearchEntry      *search_entry;
  GtkDropDown         *category_dropdown;
  GtkColumnView       *actors_view;
  GtkColumnViewColumn *organisation_column;
  GtkLabel            *status_label;
};

G_DEFINE_FINAL_TYPE (DfActorsPage, df_actors_page, GTK_TYPE_WIDGET)

static DfPerson *
selected_actor (DfActorsPage *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
update_status (DfActorsPage *self)
{
  guint shown = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u actor shown", "%u actors shown", shown), shown);

  gtk_label_set_text (self->status_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actors.edit", selected_actor (self) != NULL);
}

/* The external people of the category chosen; the first choice is all. */
static gboolean
match_actor (gpointer item,
             gpointer user_data)
{
  DfActorsPage *self = user_data;
  guint category = gtk_drop_down_get_selected (self->category_dropdown);

  if (!df_person_get_is_external (item))
    return FALSE;
  return category == 0 || category == GTK_INVALID_LIST_POSITION ||
         g_strcmp0 (df_person_get_actor_category (item), df_person_actor_categories ()[category - 1]) == 0;
}

static void
on_search_changed (DfActorsPage *self)
{
  df_list_view_set_folded_search (self->search_filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_category_changed (DfActorsPage *self)
{
  if (self->actor_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->actor_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Filters and sorters look at an item when it arrives, not when its
 * properties change: a person made an actor, or no longer one, has to
 * be looked at again. */
static void
on_store_changed (DfActorsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->actor_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->actors_view), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
present_editor (DfActorsPage   *self,
                DfPersonEditor *editor)
{
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_row_activated (DfActorsPage *self,
                  guint         position)
{
  g_autoptr (DfPerson) actor = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  present_editor (self, df_person_editor_new (self->store, actor));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DfActorsPage *self = DF_ACTORS_PAGE (widget);

  if (self->store != NULL)
    present_editor (self, df_person_editor_new_actor (self->store));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfActorsPage *self = DF_ACTORS_PAGE (widget);

  if (selected_actor (self) != NULL)
    present_editor (self, df_person_editor_new (self->store, selected_actor (self)));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (DF_ACTORS_PAGE (widget)->search_entry));
}

static void
fill_category_choices (DfActorsPage *self)
{
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, _("All categories"));
  for (const char * const *category = df_person_actor_categories (); *category != NULL; category++)
    gtk_string_list_append (choices, df_person_actor_category_label (*category));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (choices));
}

void
df_actors_page_set_store (DfActorsPage *self,
                          DfStore      *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) people = NULL;
  GtkEveryFilter *filter;

  g_return_if_fail (DF_IS_ACTORS_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  people = df_store_list_people (store, &error);
  if (people == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }

  self->search_filter = df_list_view_folded_search_filter (DF_TYPE_PERSON, "search-text");
  self->actor_filter = gtk_custom_filter_new (match_actor, self, NULL);
  filter = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (GTK_FILTER (self->actor_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (GTK_FILTER (self->search_filter)));

  self->selection = df_list_view_show (self->actors_view, g_steal_pointer (&people), GTK_FILTER (filter),
                                       G_CALLBACK (update_status), self, &self->filtered);
  gtk_column_view_sort_by_column (self->actors_view, self->organisation_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (store, "changed::members", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_status (self);
}

static void
df_actors_page_dispose (GObject *object)
{
  DfActorsPage *self = DF_ACTORS_PAGE (object);
  GtkWidget *child;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_ACTORS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->actor_filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_actors_page_parent_class)->dispose (object);
}

static void
df_actors_page_class_init (DfActorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_actors_page_dispose;

  g_type_ensure (DF_TYPE_PERSON);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-actors-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfActorsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DfActorsPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfActorsPage, actors_view);
  gtk_widget_class_bind_template_child (widget_class, DfActorsPage, organisation_column);
  gtk_widget_class_bind_template_child (widget_class, DfActorsPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_category_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "actors.edit", NULL, edit_activated);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_actors_page_init (DfActorsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_category_choices (self);
  df_a11y_name_dropdown (self->category_dropdown, _("Which actors to show"));
}
