/* df-pack-dialog.c: the sheets to print, and how.
 *
 * "Udskriv…" opens GTK's print dialog with its preview; "Eksportér som
 * PDF…" asks for a file and writes the same pages there, in a worker
 * thread while a progress bar pulses, since a pack with many attachments
 * takes a while. Errors are shown in a dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-pack-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-meeting.h"
#include "dialogforum/df-pack-meeting.h"
#include "dialogforum/df-store-meetings.h"

#include "df-error-label.h"
#include "df-pack-dialog.h"
#include "df-print-operation.h"

static const DfPackSheets offered[] = {
  DF_PACK_SHEET_AGENDA, DF_PACK_SHEET_PARTICIPANTS, DF_PACK_SHEET_SIGNIN, DF_PACK_SHEET_ROSTER,
  DF_PACK_SHEET_MINUTES, DF_PACK_SHEET_CARDS, DF_PACK_SHEET_BADGES, DF_PACK_SHEET_ATTACHMENTS,
  DF_PACK_SHEET_YEARWHEEL,
};

struct _DfPackDialog
{
  GtkWindow  parent_instance;

  DfStore   *store;
  gint64     meeting_id;
  GtkWidget *checks[G_N_ELEMENTS (offered)];
  GtkWidget *progress;
  GtkWidget *status;
  guint      pulse;
};

G_DEFINE_FINAL_TYPE (DfPackDialog, df_pack_dialog, GTK_TYPE_WINDOW)

static DfPackSheets
chosen_sheets (DfPackDialog *self)
{
  DfPackSheets sheets = 0;

  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->checks[i])))
      sheets |= offered[i];
  return sheets;
}

static DfPackDocument *
build (DfPackDialog *self)
{
  g_autoptr (GError) error = NULL;
  DfPackSheets sheets = chosen_sheets (self);
  DfPackDocument *document;

  if (sheets == 0)
    {
      g_set_error_literal (&error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Choose at least one sheet."));
      df_error_dialog_show (GTK_WINDOW (self), _("The meeting pack could not be made"), error);
      return NULL;
    }
  /* Laid out here, in the main thread: it reads the store's live lists. */
  document = df_pack_build_for_meeting (self->store, self->meeting_id, sheets, &error);
  if (document == NULL)
    df_error_dialog_show (GTK_WINDOW (self), _("The meeting pack could not be made"), error);
  return document;
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr (GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      df_error_dialog_show (parent, _("The meeting pack could not be printed"), error);
    }
  g_object_unref (operation);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DfPackDialog *self = DF_PACK_DIALOG (widget);
  g_autoptr (DfPackDocument) document = build (self);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  DfPrintOperation *operation;
  g_autoptr (GError) error = NULL;

  if (document == NULL)
    return;
  operation = df_print_operation_new (document);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), parent);
  gtk_window_destroy (GTK_WINDOW (self));
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    df_error_dialog_show (parent, _("The meeting pack could not be printed"), error);
}

/* --- Export ------------------------------------------------------------ */

static void
render_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;

  if (df_pack_document_render_pdf (task_data, g_object_get_data (G_OBJECT (task), "path"), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
pulse (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (DF_PACK_DIALOG (user_data)->progress));
  return G_SOURCE_CONTINUE;
}

static void
on_rendered (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DfPackDialog *self = DF_PACK_DIALOG (source);
  g_autoptr (GError) error = NULL;

  g_clear_handle_id (&self->pulse, g_source_remove);
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      gtk_label_set_text (GTK_LABEL (self->status), "");
      df_error_dialog_show (GTK_WINDOW (self), _("The meeting pack could not be exported"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

void
df_pack_dialog_export_to (DfPackDialog *self,
                          const char   *path)
{
  g_autoptr (DfPackDocument) document = build (self);
  g_autoptr (GTask) task = NULL;

  if (document == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  gtk_widget_set_visible (self->progress, TRUE);
  gtk_label_set_text (GTK_LABEL (self->status), _("Writing the meeting pack…"));
  self->pulse = g_timeout_add (100, pulse, self);
  task = g_task_new (self, NULL, on_rendered, NULL);
  g_task_set_task_data (task, g_steal_pointer (&document), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "path", g_strdup (path), g_free);
  g_task_run_in_thread (task, render_in_thread);
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  DfPackDialog    *self)
{
  g_autoptr (GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  g_object_unref (chooser);
  if (path != NULL)
    df_pack_dialog_export_to (self, path);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DfPackDialog *self = DF_PACK_DIALOG (widget);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export the Meeting Pack"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("meeting-pack.pdf"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
df_pack_dialog_dispose (GObject *object)
{
  DfPackDialog *self = DF_PACK_DIALOG (object);

  g_clear_handle_id (&self->pulse, g_source_remove);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (df_pack_dialog_parent_class)->dispose (object);
}

static void
df_pack_dialog_class_init (DfPackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_pack_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "pack.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "pack.export", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
df_pack_dialog_init (DfPackDialog *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("Export as _PDF…"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Sheets"));

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "pack.print");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "pack.export");
  gtk_widget_add_css_class (print, "suggested-action");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), print);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), export);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    {
      self->checks[i] = gtk_check_button_new_with_label (df_pack_sheet_title (offered[i]));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->checks[i]), (offered[i] & DF_PACK_SHEETS_DEFAULT) != 0);
      gtk_box_append (GTK_BOX (box), self->checks[i]);
    }
  self->status = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  self->progress = gtk_progress_bar_new ();
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress of the export"), -1);
  gtk_box_append (GTK_BOX (box), self->status);
  gtk_box_append (GTK_BOX (box), self->progress);
  gtk_window_set_child (GTK_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), print);
}

DfPackDialog *
df_pack_dialog_new (DfStore *store,
                    gint64   meeting_id)
{
  DfPackDialog *self = g_object_new (DF_TYPE_PACK_DIALOG, NULL);
  DfMeeting *meeting = df_store_find_meeting (store, meeting_id);
  g_autofree char *title = g_strdup_printf (_("Meeting Pack: %s"), meeting ? df_meeting_get_title (meeting) : "");

  self->store = g_object_ref (store);
  self->meeting_id = meeting_id;
  gtk_window_set_title (GTK_WINDOW (self), title);
  return self;
}
