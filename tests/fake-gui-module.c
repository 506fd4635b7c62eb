/* fake-gui-module.c: a stand-in for the window's module, for test-cli:
 * built once with the program's version and once with another, to show
 * that the program runs the one and refuses the other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gmodule.h>

G_MODULE_EXPORT extern const char df_gui_version[];
G_MODULE_EXPORT int df_gui_main (int   argc,
                                 char *argv[]);

const char df_gui_version[] = FAKE_GUI_VERSION;

G_MODULE_EXPORT int
df_gui_main (int   argc,
             char *argv[])
{
  g_print ("the fake window, given %d arguments\n", argc);
  return 7;
}
