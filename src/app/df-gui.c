/* df-gui.c: the window's module, loaded by the program (main.c) when the
 * command line gives it no job of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gmodule.h>

#include "df-application.h"

G_MODULE_EXPORT int df_gui_main (int   argc,
                                 char *argv[]);

G_MODULE_EXPORT int
df_gui_main (int   argc,
             char *argv[])
{
  g_autoptr (DfApplication) app = df_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
