/* main.c
 *
 * Copyright 2026 The Dialogforum authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "df-application.h"

/* The installed catalogues; a program run from its build tree, before it
 * is installed, finds them beside itself instead, so it is Danish too. */
static const char *
find_localedir (void)
{
  const char *override = g_getenv ("DIALOGFORUM_LOCALEDIR");
  g_autofree char *installed = g_build_filename (LOCALEDIR, "da", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *built = g_build_filename (BUILD_LOCALEDIR, "da", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (override != NULL)
    return override;
  if (!g_file_test (installed, G_FILE_TEST_EXISTS) && g_file_test (built, G_FILE_TEST_EXISTS))
    return BUILD_LOCALEDIR;
  return LOCALEDIR;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (DfApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, find_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("dialogforum");
  app = df_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
