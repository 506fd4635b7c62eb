/* df-error-label.h: the label under a form or list that says what went
 * wrong, hidden while nothing has; and the dialog for what went wrong
 * with no form to show it in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows @error's message in @label, or hides @label when @error is NULL. */
void df_error_label_show      (GtkLabel     *label,
                               const GError *error);
void df_error_label_show_text (GtkLabel     *label,
                               const char   *message);

/* Shows @message in @label, beside @entry, and marks @entry as wrong, for
 * the eye and for assistive technologies; NULL hides both. */
void df_error_label_show_for_entry (GtkEntry   *entry,
                                    GtkLabel   *label,
                                    const char *message);

/* A modal error dialog over @parent: @primary says what failed (NULL: the
 * error's message alone), @error's message why. */
void df_error_dialog_show     (GtkWindow    *parent,
                               const char   *primary,
                               const GError *error);

G_END_DECLS
