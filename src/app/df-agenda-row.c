/* df-agenda-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-time.h"

#include "df-agenda-row.h"

struct _DfAgendaRow
{
  GtkListBoxRow     parent_instance;

  DfAgendaItem     *item;

  GtkLabel         *number_label;
  GtkLabel         *time_label;
  GtkWidget        *fixed_icon;
  GtkLabel         *title_label;
  GtkLabel         *details_label;
  GtkLabel         *timing_label;
  GtkSpinButton    *duration_spin;
  GtkWidget        *remove_button;
};

G_DEFINE_FINAL_TYPE (DfAgendaRow, df_agenda_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_DURATION_EDITED,
  SIGNAL_ITEM_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
append_detail (GString    *details,
               const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  if (details->len > 0)
    g_string_append (details, " · ");
  g_string_append (details, text);
}

static void
update (DfAgendaRow *self)
{
  DfAgendaItem *item = self->item;
  const char *purpose = df_agenda_item_get_purpose (item);
  const char *note = df_agenda_item_get_timing_note (item);
  gboolean fixed = df_agenda_item_get_fixed_start (item) != DF_NO_FIXED_START;
  g_autofree char *number = g_strdup_printf ("%d.", df_agenda_item_get_position (item) + 1);
  g_autofree char *time = df_time_format (df_agenda_item_get_start (item));
  g_autofree char *accessible = NULL;
  g_autoptr (GString) details = g_string_new (NULL);

  append_detail (details, df_agenda_item_format_label (df_agenda_item_get_format (item)));
  if (purpose[0] != '\0')
    append_detail (details, df_agenda_item_purpose_label (purpose));
  append_detail (details, df_agenda_item_get_presenters_text (item));
  append_detail (details, df_agenda_item_get_attachments_text (item));

  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->time_label, time);
  /* Hidden by opacity, so that every title starts at the same place. */
  gtk_widget_set_opacity (self->fixed_icon, fixed ? 1 : 0);
  gtk_widget_set_has_tooltip (self->fixed_icon, fixed);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->fixed_icon), GTK_ACCESSIBLE_STATE_HIDDEN, !fixed, -1);
  gtk_label_set_text (self->title_label, df_agenda_item_get_title (item));
  gtk_label_set_text (self->details_label, details->str);
  gtk_label_set_text (self->timing_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->timing_label), note[0] != '\0');
  if (gtk_spin_button_get_value_as_int (self->duration_spin) != df_agenda_item_get_duration (item))
    gtk_spin_button_set_value (self->duration_spin, df_agenda_item_get_duration (item));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x", df_agenda_item_get_id (item));

  accessible = g_strdup_printf ("%s %s %s. %s", number, time, df_agenda_item_get_title (item), note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
on_duration_changed (DfAgendaRow *self)
{
  int duration = gtk_spin_button_get_value_as_int (self->duration_spin);

  if (duration == df_agenda_item_get_duration (self->item))
    return;
  g_signal_emit (self, signals[SIGNAL_DURATION_EDITED], 0, duration);
  /* Refused or not, the row shows what the store holds. */
  update (self);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 DfAgendaRow   *self)
{
  g_autoptr (GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  return gdk_content_provider_new_typed (DF_TYPE_AGENDA_ITEM, self->item);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         DfAgendaRow   *self)
{
  DfAgendaItem *dropped = g_value_get_object (value);

  if (dropped == NULL || dropped == self->item)
    return FALSE;
  g_signal_emit (self, signals[SIGNAL_ITEM_DROPPED], 0, dropped);
  return TRUE;
}

GtkWidget *
df_agenda_row_new (DfAgendaItem *item)
{
  DfAgendaRow *self;

  g_return_val_if_fail (DF_IS_AGENDA_ITEM (item), NULL);

  self = g_object_new (DF_TYPE_AGENDA_ROW, NULL);
  self->item = g_object_ref (item);
  g_signal_connect_object (item, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

DfAgendaItem *
df_agenda_row_get_item (DfAgendaRow *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ROW (self), NULL);
  return self->item;
}

static void
df_agenda_row_dispose (GObject *object)
{
  DfAgendaRow *self = DF_AGENDA_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_AGENDA_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (df_agenda_row_parent_class)->dispose (object);
}

static void
df_agenda_row_class_init (DfAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_agenda_row_dispose;

  signals[SIGNAL_DURATION_EDITED] =
    g_signal_new ("duration-edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SIGNAL_ITEM_DROPPED] =
    g_signal_new ("item-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DF_TYPE_AGENDA_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DfAgendaRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, DfAgendaRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, DfAgendaRow, fixed_icon);
  gtk_widget_class_bind_template_child (widget_class, DfAgendaRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DfAgendaRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, DfAgendaRow, timing_label);
  gtk_widget_class_bind_template_child (widget_class, DfAgendaRow, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, DfAgendaRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_duration_changed);
}

static void
df_agenda_row_init (DfAgendaRow *self)
{
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (DF_TYPE_AGENDA_ITEM, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
