/* df-cli.c: the headless options of the dialogforum binary.
 *
 * They run in GApplication's handle-local-options, before any display is
 * opened, so they work on a server or in CI. Errors go to stderr with exit
 * status 2; a check that finds problems exits 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "dialogforum/df-demo.h"
#include "dialogforum/df-store.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-time.h"

#include "df-cli.h"

enum {
  EXIT_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_ERROR = 2,
};

void
df_cli_add_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Show the program’s version and exit"), NULL },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database FILE instead of the default one"), N_("FILE") },
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open the window on a fresh demo database"), NULL },
    { "create-demo", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a demo database to FILE and exit"), N_("FILE") },
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check the database’s integrity and exit: 0 when sound, 1 when not"), NULL },
    { "list-meetings", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("List the meetings, one a line: id, date, time, kind and title, separated by tabs"), NULL },
    { "year", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --list-meetings: only the meetings of YEAR"), N_("YEAR") },
    { "quit-after-first-frame", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
      "Quit once the main window has painted its first frame", NULL },
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
  g_application_set_option_context_summary (app, _("Keeps the register, meetings and meeting packs of Strategisk dialogforum på det sociale område."));
}

static void
print_error (const GError *error)
{
  g_printerr ("dialogforum: %s\n", error->message);
}

static int
run_check (const char *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);
  g_autoptr (GString) report = g_string_new (NULL);
  gboolean clean = FALSE;

  if (store == NULL || !df_store_check (store, &clean, report, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  fputs (report->str, stdout);
  return clean ? EXIT_OK : EXIT_PROBLEMS;
}

static int
run_create_demo (const char *path)
{
  g_autoptr (GError) error = NULL;

  if (!df_demo_create (path, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  return EXIT_OK;
}

/* Titles come from people; a tab or a line break in one must not break
 * the lines and columns that scripts read. */
static char *
one_field (const char *text)
{
  char *field = g_strdup (text);

  g_strdelimit (field, "\t\r\n", ' ');
  return field;
}

static int
run_list_meetings (const char *database,
                   const char *year_text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GListModel) meetings = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  guint64 year = 0;

  if (year_text != NULL &&
      (strlen (year_text) != 4 || !g_ascii_string_to_unsigned (year_text, 10, 1, 9999, &year, NULL)))
    {
      g_autofree char *message = g_strdup_printf (_("--year: “%s” is not a year; give four digits, such as 2027."),
                                                  year_text);

      g_printerr ("dialogforum: %s\n", message);
      return EXIT_ERROR;
    }
  store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || (meetings = df_store_list_meetings (store, &error)) == NULL)
    {
      print_error (error);
      return EXIT_ERROR;
    }
  /* The kind in the kommissorium's words and the times as "9.30" in every
   * language, so that scripts read the same columns everywhere. */
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      g_autofree char *title = NULL;

      if (year != 0 && df_meeting_get_year (meeting) != (int) year)
        continue;
      start = df_time_format (df_meeting_get_start_time (meeting));
      end = df_time_format (df_meeting_get_end_time (meeting));
      title = one_field (df_meeting_get_title (meeting));
      g_string_append_printf (out, "%" G_GINT64_FORMAT "\t%s\t%s–%s\t%s\t%s\n",
                              df_meeting_get_id (meeting), df_meeting_get_date (meeting), start, end,
                              df_meeting_kind_danish (df_meeting_get_kind (meeting)), title);
    }
  fputs (out->str, stdout);
  return EXIT_OK;
}

int
df_cli_run (GVariantDict *options)
{
  g_autofree char *database = NULL;
  g_autofree char *demo_target = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("dialogforum %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  g_variant_dict_lookup (options, "database", "^ay", &database);

  if (g_variant_dict_lookup (options, "create-demo", "^ay", &demo_target))
    return run_create_demo (demo_target);
  if (g_variant_dict_contains (options, "check"))
    return run_check (database);
  if (g_variant_dict_contains (options, "list-meetings"))
    {
      g_autofree char *year = NULL;

      g_variant_dict_lookup (options, "year", "s", &year);
      return run_list_meetings (database, year);
    }

  return -1;
}
