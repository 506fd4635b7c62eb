/* df-a11y.h: small accessibility helpers the views share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Names the button inside @dropdown as @label: GTK 4.8 leaves it named
 * after its type ("GtkToggleButton") in the accessibility tree. */
void df_a11y_name_dropdown (GtkDropDown *dropdown,
                            const char  *label);

G_END_DECLS
