/* df-import-dialog.c: which rows create, update or change nothing, and
 * every problem with its line and column; "Importér" writes all of it in
 * one transaction, and is offered only when there is no problem.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "df-error-label.h"
#include "df-import-dialog.h"

struct _DfImportDialog
{
  GtkWindow       parent_instance;

  DfStore        *store;
  DfPeopleImport *plan;
  GtkLabel       *summary;
  GtkListBox     *rows;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (DfImportDialog, df_import_dialog, GTK_TYPE_WINDOW)

static GtkWidget *
row_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DfImportDialog *self = DF_IMPORT_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (!df_people_import_apply (self->store, self->plan, &error))
    {
      df_error_label_show (self->error_label, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

DfImportDialog *
df_import_dialog_new (DfStore        *store,
                      DfPeopleImport *plan,
                      const char     *file_name)
{
  DfImportDialog *self = g_object_new (DF_TYPE_IMPORT_DIALOG, NULL);
  GPtrArray *rows = df_people_import_get_rows (plan);
  GPtrArray *problems = df_people_import_get_problems (plan);
  g_autofree char *title = g_strdup_printf (_("Import from %s"), file_name);
  guint create = df_people_import_count (plan, DF_IMPORT_CREATE);
  guint update = df_people_import_count (plan, DF_IMPORT_UPDATE);
  g_autofree char *summary = NULL;

  self->store = g_object_ref (store);
  self->plan = plan;
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (problems->len > 0)
    summary = g_strdup_printf (ngettext ("The file has %u problem. Mend it in the spreadsheet and import again; nothing has been written.",
                                         "The file has %u problems. Mend them in the spreadsheet and import again; nothing has been written.",
                                         problems->len), problems->len);
  else
    {
      g_autofree char *created = g_strdup_printf (ngettext ("%u row adds a person or a membership",
                                                            "%u rows add people or memberships", create), create);
      g_autofree char *updated = g_strdup_printf (ngettext ("%u row updates a person",
                                                            "%u rows update people", update), update);

      summary = g_strdup_printf (_("%s; %s. Nothing is written until you choose Import."), created, updated);
    }
  gtk_label_set_text (self->summary, summary);

  for (guint i = 0; i < problems->len; i++)
    gtk_list_box_append (self->rows, row_label (g_ptr_array_index (problems, i), "error"));
  for (guint i = 0; i < rows->len; i++)
    {
      DfImportRow *row = g_ptr_array_index (rows, i);
      g_autofree char *text = g_strdup_printf (_("Line %u: %s — %s"), row->line, row->name, row->what);

      gtk_list_box_append (self->rows, row_label (text, row->action == DF_IMPORT_SKIP ? "dim-label" : NULL));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", problems->len == 0);
  return self;
}

static void
df_import_dialog_dispose (GObject *object)
{
  DfImportDialog *self = DF_IMPORT_DIALOG (object);

  g_clear_pointer (&self->plan, df_people_import_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (df_import_dialog_parent_class)->dispose (object);
}

static void
df_import_dialog_class_init (DfImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_import_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, import_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
df_import_dialog_init (DfImportDialog *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Import"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 620, 520);
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (apply), "import.apply");
  gtk_widget_add_css_class (apply, "suggested-action");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), apply);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_label_set_xalign (self->summary, 0);
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->rows = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->rows, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->rows), "frame");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rows of the file"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->rows));
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_window_set_child (GTK_WINDOW (self), box);
}
