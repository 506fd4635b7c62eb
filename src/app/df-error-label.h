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

/* Checks a term's two date fields as read by df_date_parse_to_iso()
 * (@start and @end: "" when empty, NULL when not a date): the first day is
 * required, the last may be left empty and may not come before the first,
 * which @reversed says ("To: the membership cannot end before it
 * begins."). What is wrong is shown in @label beside its field; both
 * fields are cleared first. FALSE when the term is wrong. */
gboolean df_error_label_check_term (GtkEntry   *start_entry,
                                    GtkEntry   *end_entry,
                                    GtkLabel   *label,
                                    const char *start,
                                    const char *end,
                                    const char *reversed);

/* A modal error dialog over @parent: @primary says what failed (NULL: the
 * error's message alone), @error's message why. */
void df_error_dialog_show     (GtkWindow    *parent,
                               const char   *primary,
                               const GError *error);

G_END_DECLS
