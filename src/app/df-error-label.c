/* df-error-label.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "df-error-label.h"

void
df_error_label_show (GtkLabel     *label,
                     const GError *error)
{
  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

void
df_error_label_show_text (GtkLabel   *label,
                          const char *message)
{
  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

void
df_error_label_show_for_entry (GtkEntry   *entry,
                               GtkLabel   *label,
                               const char *message)
{
  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

gboolean
df_error_label_check_term (GtkEntry   *start_entry,
                           GtkEntry   *end_entry,
                           GtkLabel   *label,
                           const char *start,
                           const char *end,
                           const char *reversed)
{
  df_error_label_show_for_entry (start_entry, label, NULL);
  df_error_label_show_for_entry (end_entry, label, NULL);
  if (start == NULL || start[0] == '\0')
    df_error_label_show_for_entry (start_entry, label, _("From: give the first day, as dd-mm-yyyy."));
  else if (end == NULL)
    df_error_label_show_for_entry (end_entry, label, _("To: give the last day as dd-mm-yyyy, or leave it empty."));
  /* ISO dates compare as text. */
  else if (end[0] != '\0' && g_strcmp0 (end, start) < 0)
    df_error_label_show_for_entry (end_entry, label, reversed);
  else
    return TRUE;
  return FALSE;
}

void
df_error_dialog_show (GtkWindow    *parent,
                      const char   *primary,
                      const GError *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                              primary != NULL ? primary : error->message);

  if (primary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
