/* main.c
 *
 * Copyright 2026 The Dialogforum authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include <gmodule.h>

#include "df-cli.h"

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

/* The window's module: beside the program when it runs from its build
 * tree, else where it was installed. */
static char *
find_gui_module (void)
{
  const char *override = g_getenv ("DIALOGFORUM_GUI_MODULE");
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *beside = NULL;

  if (override != NULL)
    return g_strdup (override);
  self = g_file_read_link ("/proc/self/exe", NULL);
  dir = self != NULL ? g_path_get_dirname (self) : NULL;
  beside = dir != NULL ? g_build_filename (dir, GUI_MODULE_NAME, NULL) : NULL;
  if (beside != NULL && g_file_test (beside, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&beside);
  return g_strdup (GUI_MODULE);
}

static int
run_window (int   argc,
            char *argv[])
{
  g_autofree char *path = find_gui_module ();
  g_autofree char *name = g_filename_display_name (path);
  GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL);
  int (*gui_main) (int, char **) = NULL;
  const char *version = NULL;

  if (module == NULL || !g_module_symbol (module, "df_gui_version", (gpointer *) &version) ||
      !g_module_symbol (module, "df_gui_main", (gpointer *) &gui_main))
    {
      /* TRANSLATORS: the next line names the module's file and the
       * system's reason. */
      g_printerr ("dialogforum: %s\n", _("The window cannot be opened: its part of the program is missing or damaged."));
      g_printerr ("dialogforum: %s: %s\n", name, g_module_error ());
      return 2;
    }
  /* The module runs on the program's core: another version's would
   * misread it. */
  if (strcmp (version, PACKAGE_VERSION) != 0)
    {
      g_autofree char *message = g_strdup_printf (_("The window cannot be opened: its part of the program is from "
                                                    "version %s, the program is version %s. Install them again together."),
                                                  version, PACKAGE_VERSION);

      g_printerr ("dialogforum: %s\n", message);
      g_printerr ("dialogforum: %s\n", name);
      return 2;
    }
  /* The module stays loaded until the program ends. */
  return gui_main (argc, argv);
}

static int
on_handle_local_options (GApplication *launcher,
                         GVariantDict *options,
                         gboolean     *window)
{
  int status = df_cli_run (options);

  *window = status < 0;
  return status < 0 ? 0 : status;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GApplication) launcher = NULL;
  gboolean window = FALSE;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, find_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("dialogforum");

  /* A job given on the command line is done here, without GTK; only when
   * there is none is the window's module loaded, and it reads the same
   * options again. This GApplication only reads them: it never
   * registers on the bus. */
  launcher = g_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  df_cli_add_options (launcher);
  g_signal_connect (launcher, "handle-local-options", G_CALLBACK (on_handle_local_options), &window);
  status = g_application_run (launcher, argc, argv);
  if (!window)
    return status;
  g_clear_object (&launcher);
  return run_window (argc, argv);
}
