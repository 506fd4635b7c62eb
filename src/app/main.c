/* main.c
 *
 * Copyright 2026 The Dialogforum authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "df-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (DfApplication) app = NULL;
  const char *localedir = g_getenv ("DIALOGFORUM_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* The build tree's catalogues, so an uninstalled run is Danish too. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("dialogforum");
  app = df_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
