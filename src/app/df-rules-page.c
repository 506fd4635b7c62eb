/* df-rules-page.c: the Kommissorium page.
 *
 * The seat kinds in a column view with a form for the selected one, the
 * adjacent areas as an editable list, and the number of meetings a year.
 * Every edit is one store call; the lists follow the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-rules-page"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-store-rules.h"

#include "df-error-label.h"
#include "df-rules-page.h"

struct _DfRulesPage
{
  GtkWidget           parent_instance;

  DfStore            *store;
  GtkSingleSelection *selection;
  DfSeatKind         *shown;          /* the seat kind in the form */

  GtkLabel           *source_label;
  GtkColumnView      *seat_kinds_view;
  GtkWidget          *form_frame;
  GtkEntry           *name_entry;
  GtkSpinButton      *quota_spin;
  GtkCheckButton     *minimum_check;
  GtkTextView        *description_view;
  GtkLabel           *error_label;
  GtkWidget          *remove_seat_kind_button;
  GtkListBox         *areas_list;
  GtkEntry           *new_area_entry;
  GtkLabel           *areas_error_label;
  GtkSpinButton      *meetings_spin;
};

G_DEFINE_FINAL_TYPE (DfRulesPage, df_rules_page, GTK_TYPE_WIDGET)

/* --- The seat kinds ---------------------------------------------------- */

static void
fill_form (DfRulesPage *self)
{
  DfSeatKind *kind = self->shown;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);

  gtk_widget_set_sensitive (self->form_frame, kind != NULL);
  gtk_widget_set_sensitive (self->remove_seat_kind_button, kind != NULL);
  df_error_label_show (self->error_label, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), kind ? df_seat_kind_get_name (kind) : "");
  gtk_spin_button_set_value (self->quota_spin, kind ? df_seat_kind_get_quota (kind) : 0);
  gtk_check_button_set_active (self->minimum_check, kind ? df_seat_kind_get_quota_is_minimum (kind) : FALSE);
  gtk_text_buffer_set_text (buffer, kind ? df_seat_kind_get_description (kind) : "", -1);
}

static void
on_selection_changed (DfRulesPage *self)
{
  g_set_object (&self->shown, gtk_single_selection_get_selected_item (self->selection));
  fill_form (self);
}

static void
on_save_seat_kind (DfRulesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *description = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  if (self->shown == NULL)
    return;
  gtk_spin_button_update (self->quota_spin);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!df_store_update_seat_kind (self->store,
                                  df_seat_kind_get_id (self->shown),
                                  gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                                  gtk_spin_button_get_value_as_int (self->quota_spin),
                                  gtk_check_button_get_active (self->minimum_check),
                                  g_strstrip (description),
                                  &error))
    {
      df_error_label_show (self->error_label, error);
      return;
    }
  fill_form (self);
}

static void
on_revert_seat_kind (DfRulesPage *self)
{
  fill_form (self);
}

static void
on_add_seat_kind (DfRulesPage *self)
{
  g_autoptr (GError) error = NULL;
  GListModel *kinds = G_LIST_MODEL (self->selection);
  g_autofree char *name = NULL;
  gint64 id = 0;

  /* A fresh name each time, so adding twice never collides. */
  for (int n = 1; id == 0 && n < 100; n++)
    {
      g_clear_error (&error);
      g_free (name);
      name = n == 1 ? g_strdup (_("New seat kind")) : g_strdup_printf (_("New seat kind %d"), n);
      id = df_store_add_seat_kind (self->store, name, 1, &error);
      if (error != NULL && !g_error_matches (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID))
        break;
    }
  if (id == 0)
    {
      df_error_label_show (self->error_label, error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr (DfSeatKind) kind = g_list_model_get_item (kinds, i);

      if (df_seat_kind_get_id (kind) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
on_remove_seat_kind (DfRulesPage *self)
{
  g_autoptr (GError) error = NULL;

  if (self->shown == NULL)
    return;
  if (!df_store_remove_seat_kind (self->store, df_seat_kind_get_id (self->shown), &error))
    df_error_label_show (self->error_label, error);
}

/* --- The adjacent areas ------------------------------------------------ */

static void
on_remove_area (GtkButton   *button,
                DfRulesPage *self)
{
  g_autoptr (GError) error = NULL;
  DfAdjacentArea *area = g_object_get_data (G_OBJECT (button), "area");

  if (!df_store_remove_adjacent_area (self->store, df_adjacent_area_get_id (area), &error))
    df_error_label_show (self->areas_error_label, error);
  else
    df_error_label_show (self->areas_error_label, NULL);
}

static void
on_rename_area (GtkEditableLabel *label,
                GParamSpec       *pspec,
                DfRulesPage      *self)
{
  g_autoptr (GError) error = NULL;
  DfAdjacentArea *area = g_object_get_data (G_OBJECT (label), "area");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (label));

  if (gtk_editable_label_get_editing (label) ||
      g_strcmp0 (text, df_adjacent_area_get_name (area)) == 0)
    return;
  if (!df_store_rename_adjacent_area (self->store, df_adjacent_area_get_id (area), text, &error))
    {
      df_error_label_show (self->areas_error_label, error);
      gtk_editable_set_text (GTK_EDITABLE (label), df_adjacent_area_get_name (area));
    }
  else
    df_error_label_show (self->areas_error_label, NULL);
}

static GtkWidget *
create_area_row (gpointer item,
                 gpointer user_data)
{
  DfRulesPage *self = user_data;
  DfAdjacentArea *area = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_editable_label_new (df_adjacent_area_get_name (area));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"), df_adjacent_area_get_name (area));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  g_object_bind_property (area, "name", label, "text", G_BINDING_DEFAULT);
  g_object_set_data_full (G_OBJECT (label), "area", g_object_ref (area), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Area name"), -1);
  g_signal_connect (label, "notify::editing", G_CALLBACK (on_rename_area), self);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "area", g_object_ref (area), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_area), self);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), remove);
  return box;
}

static void
on_add_area (DfRulesPage *self)
{
  g_autoptr (GError) error = NULL;

  if (df_store_add_adjacent_area (self->store,
                                  gtk_editable_get_text (GTK_EDITABLE (self->new_area_entry)),
                                  &error) == 0)
    {
      df_error_label_show (self->areas_error_label, error);
      return;
    }
  df_error_label_show (self->areas_error_label, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->new_area_entry), "");
}

/* --- Meetings a year --------------------------------------------------- */

static void
on_meetings_changed (DfRulesPage *self)
{
  g_autoptr (GError) error = NULL;
  int meetings = gtk_spin_button_get_value_as_int (self->meetings_spin);

  if (self->store == NULL || meetings == df_store_get_meetings_per_year (self->store))
    return;
  if (!df_store_set_meetings_per_year (self->store, meetings, &error))
    df_error_label_show (self->areas_error_label, error);
}

static void
on_rules_changed (DfStore     *store,
                  const char  *topic,
                  DfRulesPage *self)
{
  gtk_spin_button_set_value (self->meetings_spin, df_store_get_meetings_per_year (store));
}

void
df_rules_page_set_store (DfRulesPage *self,
                         DfStore     *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) kinds = NULL;
  g_autoptr (GListModel) areas = NULL;
  g_autofree char *source = NULL;

  g_return_if_fail (DF_IS_RULES_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  kinds = df_store_list_seat_kinds (store, &error);
  if (kinds == NULL)
    {
      df_error_label_show (self->error_label, error);
      return;
    }
  areas = df_store_list_adjacent_areas (store, &error);
  if (areas == NULL)
    {
      df_error_label_show (self->areas_error_label, error);
      return;
    }

  self->selection = gtk_single_selection_new (g_object_ref (kinds));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);
  gtk_column_view_set_model (self->seat_kinds_view, GTK_SELECTION_MODEL (self->selection));
  on_selection_changed (self);

  gtk_list_box_bind_model (self->areas_list, areas, create_area_row, self, NULL);

  source = df_store_get_setting (store, "kommissorium", "");
  gtk_label_set_text (self->source_label, source);
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source[0] != '\0');

  gtk_spin_button_set_value (self->meetings_spin, df_store_get_meetings_per_year (store));
  g_signal_connect_object (store, "changed::rules", G_CALLBACK (on_rules_changed), self, 0);
}

static void
df_rules_page_dispose (GObject *object)
{
  DfRulesPage *self = DF_RULES_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_RULES_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->shown);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_rules_page_parent_class)->dispose (object);
}

/* Ctrl+N: a new seat kind, its name ready to type. */
static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  on_add_seat_kind (DF_RULES_PAGE (widget));
}

static void
df_rules_page_class_init (DfRulesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);

  object_class->dispose = df_rules_page_dispose;

  g_type_ensure (DF_TYPE_SEAT_KIND);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-rules-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, seat_kinds_view);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, form_frame);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, quota_spin);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, minimum_check);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, remove_seat_kind_button);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, areas_list);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, new_area_entry);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, areas_error_label);
  gtk_widget_class_bind_template_child (widget_class, DfRulesPage, meetings_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_save_seat_kind);
  gtk_widget_class_bind_template_callback (widget_class, on_revert_seat_kind);
  gtk_widget_class_bind_template_callback (widget_class, on_add_seat_kind);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_seat_kind);
  gtk_widget_class_bind_template_callback (widget_class, on_add_area);
  gtk_widget_class_bind_template_callback (widget_class, on_meetings_changed);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_rules_page_init (DfRulesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
