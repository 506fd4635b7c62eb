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

#include "dialogforum/df-composition.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-demo.h"
#include "dialogforum/df-ics.h"
#include "dialogforum/df-pack-insight.h"
#include "dialogforum/df-pack-meeting.h"
#include "dialogforum/df-people-csv.h"
#include "dialogforum/df-store-members.h"
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
    { "scale", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("With --create-demo: add N × 500 fictional people and N × 10 past meetings, for benchmarks"), N_("N") },
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check the database’s integrity and exit: 0 when sound, 1 when not"), NULL },
    { "composition-report", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the composition and its deviations from the kommissorium and exit: 0 when it meets every rule, 1 when not"), NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("The date for --composition-report (default: today)"), N_("YYYY-MM-DD") },
    { "list-people", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("List the people in the register, tab-separated: id, name, organisation, e-mail"), NULL },
    { "import-people", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import people and memberships from a CSV file; exit 1 and write nothing when a row has a problem"), N_("FILE") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --import-people: show what the import would do, and write nothing"), NULL },
    { "export-people", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export people and memberships to a CSV file for Danish spreadsheets"), N_("FILE") },
    { "list-meetings", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("List the meetings, one a line: id, date, time, kind and title, separated by tabs"), NULL },
    { "year", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --list-meetings or --export-ics: only the meetings of YEAR"), N_("YEAR") },
    { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export the meetings to an iCalendar file for calendars"), N_("FILE") },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-ics: only the meeting with the number ID"), N_("ID") },
    { "export-pack", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write the meeting pack of meeting ID to the file given with --output"), N_("ID") },
    { "export-person", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write everything the register holds about person ID, for a request for access to personal data, to the file given with --output"),
      N_("ID") },
    { "anonymise", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Replace the personal data of person ID, a former member (“Anonymiseret medlem”) or someone never a member (“Anonymiseret person”), keeping the seat history and attendance"),
      N_("ID") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The PDF file --export-pack or --export-person writes"), N_("FILE") },
    { "sheets", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-pack: the sheets, of agenda, participants, signin, roster, minutes, cards, badges, attachments, yearwheel"),
      N_("LIST") },
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
run_create_demo (const char *path,
                 int         scale)
{
  g_autoptr (GError) error = NULL;

  if (scale < 0 || scale > 1000)
    {
      g_printerr ("dialogforum: %s\n", _("--scale: give a number from 0 to 1000."));
      return EXIT_ERROR;
    }
  if (!df_demo_create_scaled (path, scale, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  return EXIT_OK;
}

static int
run_composition_report (const char *database,
                        const char *date)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (DfComposition) composition = NULL;
  g_autofree char *today = df_date_today_iso ();
  g_autofree char *text = NULL;
  GDate check;

  g_date_clear (&check, 1);
  /* The date is checked before the database is opened: a typo should be
   * named as such, not hidden behind a problem with the file. */
  if (date != NULL && !df_date_parse_iso (date, &check))
    {
      g_printerr ("dialogforum: %s\n", _("--date: give the date as YYYY-MM-DD, a real day of the calendar."));
      return EXIT_ERROR;
    }
  store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);
  if (store != NULL)
    composition = df_store_compose_on (store, date != NULL ? date : today, &error);
  if (composition == NULL)
    {
      print_error (error);
      return EXIT_ERROR;
    }
  text = df_composition_to_text (composition);
  fputs (text, stdout);
  return df_composition_meets_rules (composition) ? EXIT_OK : EXIT_PROBLEMS;
}

static int
run_list_people (const char *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);
  g_autoptr (GListModel) people = store ? df_store_list_people (store, &error) : NULL;

  if (people == NULL)
    {
      print_error (error);
      return EXIT_ERROR;
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) p = g_list_model_get_item (people, i);

      /* Data, not prose: UTF-8 whatever the locale, for scripts. */
      fprintf (stdout, "%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", df_person_get_id (p), df_person_get_name (p),
               df_person_get_organisation_name (p), df_person_get_email (p));
    }
  return EXIT_OK;
}

static int
run_import_people (const char *database,
                   const char *file,
                   gboolean    dry_run)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) source = g_file_new_for_commandline_arg (file);
  g_autoptr (GBytes) bytes = g_file_load_bytes (source, NULL, NULL, &error);
  g_autofree char *name = g_filename_display_basename (file);
  g_autoptr (DfStore) store = NULL;
  g_autoptr (DfPeopleImport) plan = NULL;
  g_autofree char *preview = NULL;

  if (bytes == NULL)
    {
      print_error (error);
      return EXIT_ERROR;
    }
  /* An import may start a register: a new or empty file becomes one. */
  store = df_store_open (database, DF_STORE_OPEN_CREATE, &error);
  if (store != NULL)
    plan = df_people_import_prepare (store, bytes, name, &error);
  if (plan == NULL)
    {
      print_error (error);
      return EXIT_ERROR;
    }
  preview = df_people_import_to_text (plan);
  fputs (preview, stdout);
  if (df_people_import_get_problems (plan)->len > 0)
    return EXIT_PROBLEMS;
  if (dry_run)
    return EXIT_OK;
  if (!df_people_import_apply (store, plan, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  return EXIT_OK;
}

static int
run_export_people (const char *database,
                   const char *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);

  if (store == NULL || !df_people_export_csv_file (store, file, &error))
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

static int
run_export_pack (const char *database,
                 const char *meeting,
                 const char *output,
                 const char *sheet_names)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (DfPackDocument) document = NULL;
  DfPackSheets sheets = DF_PACK_SHEETS_DEFAULT;
  gint64 meeting_id = 0;

  if (!g_ascii_string_to_signed (meeting, 10, 1, G_MAXINT64, &meeting_id, NULL))
    {
      g_printerr ("dialogforum: %s\n", _("--export-pack: give the meeting’s number, as --list-meetings shows it."));
      return EXIT_ERROR;
    }
  if (output == NULL)
    {
      g_printerr ("dialogforum: %s\n", _("--export-pack: name the PDF file to write with --output."));
      return EXIT_ERROR;
    }
  if (sheet_names != NULL && !df_pack_sheets_parse (sheet_names, &sheets, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);
  if (store != NULL)
    document = df_pack_build_for_meeting (store, meeting_id, sheets, &error);
  if (document == NULL || !df_pack_document_render_pdf (document, output, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  return EXIT_OK;
}

/* A person's number as --list-people prints it, given to @option; says
 * what is wrong with it when it is none. */
static gboolean
parse_person_id (const char *option,
                 const char *text,
                 gint64     *person_id)
{
  g_autofree char *message = NULL;

  if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, person_id, NULL))
    return TRUE;
  /* TRANSLATORS: the first %s is the option, "--export-person". */
  message = g_strdup_printf (_("%s: “%s” is not a person’s number; --list-people shows them."), option, text);
  g_printerr ("dialogforum: %s\n", message);
  return FALSE;
}

static int
run_export_person (const char *database,
                   const char *person,
                   const char *output)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  gint64 person_id = 0;

  if (!parse_person_id ("--export-person", person, &person_id))
    return EXIT_ERROR;
  if (output == NULL)
    {
      g_printerr ("dialogforum: %s\n", _("--export-person: name the PDF file to write with --output."));
      return EXIT_ERROR;
    }
  store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || !df_pack_export_insight (store, person_id, output, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  return EXIT_OK;
}

static int
run_anonymise (const char *database,
               const char *person)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  gint64 person_id = 0;

  if (!parse_person_id ("--anonymise", person, &person_id))
    return EXIT_ERROR;
  store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || !df_store_anonymise_person (store, person_id, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  return EXIT_OK;
}

/* --year's value in *@year, 0 when not given; says what is wrong with it
 * when it is no year. Checked before the database is opened, so that a
 * typo is named as such. */
static gboolean
parse_year (const char *text,
            int        *year)
{
  guint64 value = 0;

  *year = 0;
  if (text == NULL)
    return TRUE;
  if (strlen (text) != 4 || !g_ascii_string_to_unsigned (text, 10, 1, 9999, &value, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("--year: “%s” is not a year; give four digits, such as 2027."),
                                                  text);

      g_printerr ("dialogforum: %s\n", message);
      return FALSE;
    }
  *year = (int) value;
  return TRUE;
}

static int
run_export_ics (const char *database,
                const char *file,
                const char *meeting_text,
                const char *year_text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  guint64 meeting_id = 0;
  int year = 0;

  if (meeting_text != NULL && year_text != NULL)
    {
      g_printerr ("dialogforum: %s\n", _("--export-ics: give either --meeting or --year, not both."));
      return EXIT_ERROR;
    }
  if (meeting_text != NULL && !g_ascii_string_to_unsigned (meeting_text, 10, 1, G_MAXINT64, &meeting_id, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("--meeting: “%s” is not a meeting’s number; --list-meetings shows them."),
                                                  meeting_text);

      g_printerr ("dialogforum: %s\n", message);
      return EXIT_ERROR;
    }
  if (!parse_year (year_text, &year))
    return EXIT_ERROR;
  store = df_store_open (database, DF_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || !df_ics_export_file (store, (gint64) meeting_id, year, file, &error))
    {
      print_error (error);
      return EXIT_ERROR;
    }
  return EXIT_OK;
}

int
df_cli_run (GVariantDict *options)
{
  g_autofree char *database = NULL;
  g_autofree char *demo_target = NULL;
  g_autofree char *date = NULL;
  g_autofree char *import_file = NULL;
  g_autofree char *export_file = NULL;
  g_autofree char *pack_meeting = NULL;
  g_autofree char *person = NULL;
  g_autofree char *ics_file = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("dialogforum %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  g_variant_dict_lookup (options, "database", "^ay", &database);

  if (g_variant_dict_lookup (options, "create-demo", "^ay", &demo_target))
    {
      int scale = 0;

      g_variant_dict_lookup (options, "scale", "i", &scale);
      return run_create_demo (demo_target, scale);
    }
  if (g_variant_dict_contains (options, "check"))
    return run_check (database);
  if (g_variant_dict_contains (options, "list-meetings"))
    {
      g_autofree char *year = NULL;

      g_variant_dict_lookup (options, "year", "s", &year);
      return run_list_meetings (database, year);
    }
  if (g_variant_dict_lookup (options, "export-ics", "^ay", &ics_file))
    {
      g_autofree char *meeting = NULL;
      g_autofree char *year = NULL;

      g_variant_dict_lookup (options, "meeting", "s", &meeting);
      g_variant_dict_lookup (options, "year", "s", &year);
      return run_export_ics (database, ics_file, meeting, year);
    }
  if (g_variant_dict_lookup (options, "export-pack", "s", &pack_meeting))
    {
      g_autofree char *output = NULL;
      g_autofree char *sheets = NULL;

      g_variant_dict_lookup (options, "output", "^ay", &output);
      g_variant_dict_lookup (options, "sheets", "s", &sheets);
      return run_export_pack (database, pack_meeting, output, sheets);
    }
  if (g_variant_dict_lookup (options, "export-person", "s", &person))
    {
      g_autofree char *output = NULL;

      g_variant_dict_lookup (options, "output", "^ay", &output);
      return run_export_person (database, person, output);
    }
  if (g_variant_dict_lookup (options, "anonymise", "s", &person))
    return run_anonymise (database, person);
  if (g_variant_dict_contains (options, "list-people"))
    return run_list_people (database);
  if (g_variant_dict_lookup (options, "import-people", "^ay", &import_file))
    return run_import_people (database, import_file, g_variant_dict_contains (options, "dry-run"));
  if (g_variant_dict_lookup (options, "export-people", "^ay", &export_file))
    return run_export_people (database, export_file);
  g_variant_dict_lookup (options, "date", "s", &date);
  if (g_variant_dict_contains (options, "composition-report"))
    return run_composition_report (database, date);
  if (date != NULL)
    {
      g_printerr ("dialogforum: %s\n", _("--date belongs with --composition-report."));
      return EXIT_ERROR;
    }

  return -1;
}
