/* df-cli.h: the command line's headless options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void df_cli_add_options (GApplication *app);

/* Runs the headless command in @options, if any, and returns its exit
 * status; -1 when the window is to open. */
int  df_cli_run         (GVariantDict *options);

G_END_DECLS
