/* df-gui.c: the window's module, loaded by the program (main.c) when the
 * command line gives it no job of its own. It takes the core from the
 * program, so the two must come from the same version: the program
 * checks df_gui_version before it calls df_gui_main().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gmodule.h>

#include "df-application.h"

G_MODULE_EXPORT extern const char df_gui_version[];
G_MODULE_EXPORT int df_gui_main (int   argc,
                                 char *argv[]);

const char df_gui_version[] = PACKAGE_VERSION;

G_MODULE_EXPORT int
df_gui_main (int   argc,
             char *argv[])
{
  g_autoptr (DfApplication) app = df_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
