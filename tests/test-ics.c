/* test-ics.c: meetings as an iCalendar file, written by the core and read
 * back by python3-icalendar as a calendar program would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "dialogforum/df-ics.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-time.h"
#include "df-test-util.h"

#define HM(h, m) ((h) * 60 + (m))

static char *
export (DfStore *store,
        gint64   meeting_id,
        int      year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = df_ics_export (store, meeting_id, year, &error);
  gsize size = 0;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_utf8_validate (data, size, NULL));
  return g_strndup (data, size);
}

/* The values of the content lines called @name, unfolded, in order. */
static GStrv
values_of (const char *ics,
           const char *name)
{
  g_autoptr (GRegex) fold = g_regex_new ("\r\n ", 0, 0, NULL);
  g_autofree char *unfolded = g_regex_replace_literal (fold, ics, -1, 0, "", 0, NULL);
  g_auto (GStrv) lines = g_strsplit (unfolded, "\r\n", -1);
  g_autofree char *prefix = g_strconcat (name, ":", NULL);
  g_autoptr (GStrvBuilder) values = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      g_strv_builder_add (values, lines[i] + strlen (prefix));
  return g_strv_builder_end (values);
}

static char *
value_of (const char *ics,
          const char *name)
{
  g_auto (GStrv) values = values_of (ics, name);

  g_assert_cmpuint (g_strv_length (values), ==, 1);
  return g_strdup (values[0]);
}

static void
assert_value (const char *ics,
              const char *name,
              const char *expected)
{
  g_autofree char *value = value_of (ics, name);

  g_assert_cmpstr (value, ==, expected);
}

static void
assert_folded (const char *ics)
{
  g_auto (GStrv) lines = g_strsplit (ics, "\r\n", -1);

  g_assert_true (g_str_has_suffix (ics, "\r\n"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

static char *
folded (const char *line)
{
  GString *out = g_string_new (NULL);

  df_ics_append_line (out, line);
  return g_string_free (out, FALSE);
}

static void
test_escape (void)
{
  const struct { const char *text, *escaped; } cases[] = {
    { "Møde i dialogforum", "Møde i dialogforum" },
    { "Odense C, 5000", "Odense C\\, 5000" },
    { "a;b", "a\\;b" },
    { "C:\\bilag", "C:\\\\bilag" },
    { "1.\n2.\r\n3.\r4.", "1.\\n2.\\n3.\\n4." },
    { "tab\tstays, bell\a goes", "tab\tstays\\, bell goes" },
    { "\\,;\n", "\\\\\\,\\;\\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = df_ics_escape_text (cases[i].text);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
    }
}

static void
test_fold (void)
{
  g_autofree char *a73 = g_strnfill (73, 'a');
  g_autofree char *a74 = g_strnfill (74, 'a');
  g_autofree char *a75 = g_strnfill (75, 'a');
  g_autofree char *b73 = g_strnfill (73, 'b');
  g_autofree char *exact = folded (a75);
  g_autofree char *exact_expected = g_strconcat (a75, "\r\n", NULL);
  /* 74 octets and a two-octet ø: 76, and the ø moves whole. */
  g_autofree char *oe = g_strconcat (a74, "ø", NULL);
  g_autofree char *oe_folded = folded (oe);
  g_autofree char *oe_expected = g_strconcat (a74, "\r\n ø\r\n", NULL);
  /* 73 octets and an æ end at exactly 75: the fold comes after it. */
  g_autofree char *ae = g_strconcat (a73, "æx", NULL);
  g_autofree char *ae_folded = folded (ae);
  g_autofree char *ae_expected = g_strconcat (a73, "æ\r\n x\r\n", NULL);
  /* A continuation holds 74 octets after its space. */
  g_autofree char *aa = g_strconcat (a75, b73, "å", NULL);
  g_autofree char *aa_folded = folded (aa);
  g_autofree char *aa_expected = g_strconcat (a75, "\r\n ", b73, "\r\n å\r\n", NULL);
  g_autoptr (GString) danish = g_string_new ("SUMMARY:");
  g_autofree char *long_folded = NULL;
  g_autoptr (GRegex) fold = g_regex_new ("\r\n ", 0, 0, NULL);
  g_autofree char *unfolded = NULL;

  g_assert_cmpstr (exact, ==, exact_expected);
  g_assert_cmpstr (oe_folded, ==, oe_expected);
  g_assert_cmpstr (ae_folded, ==, ae_expected);
  g_assert_cmpstr (aa_folded, ==, aa_expected);

  /* Danish letters and an en dash, at every possible place of a fold. */
  for (guint i = 0; i < 60; i++)
    g_string_append (danish, i % 3 == 0 ? "æøå" : i % 3 == 1 ? "–x" : "Ø");
  long_folded = folded (danish->str);
  assert_folded (long_folded);
  unfolded = g_regex_replace_literal (fold, long_folded, -1, 0, "", 0, NULL);
  g_assert_true (g_str_has_suffix (unfolded, "\r\n"));
  unfolded[strlen (unfolded) - 2] = '\0';
  g_assert_cmpstr (unfolded, ==, danish->str);
}

static void
test_calendar (DfTestFixture *f,
               gconstpointer  data)
{
  g_autofree char *ics = export (f->store, 0, 0);
  g_auto (GStrv) events = values_of (ics, "BEGIN");
  g_auto (GStrv) classes = values_of (ics, "CLASS");
  g_auto (GStrv) starts = values_of (ics, "DTSTART;TZID=Europe/Copenhagen");
  g_auto (GStrv) stamps = values_of (ics, "DTSTAMP");
  g_autoptr (GRegex) utc = g_regex_new ("^[0-9]{8}T[0-9]{6}Z$", 0, 0, NULL);
  const char *calendar =
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Dialogforum//Dialogforum " PACKAGE_VERSION "//DA\r\n"
    "VERSION:2.0\r\n"
    "CALSCALE:GREGORIAN\r\n"
    "METHOD:PUBLISH\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Copenhagen\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "TZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n";

  g_assert_true (g_str_has_prefix (ics, calendar));
  g_assert_true (g_str_has_suffix (ics, "END:VEVENT\r\nEND:VCALENDAR\r\n"));
  assert_folded (ics);
  /* The demo's five meetings (one a working group's), each confidential,
   * each in Danish time. */
  g_assert_cmpuint (g_strv_length (events), ==, 1 + 1 + 2 + 5);
  g_assert_cmpuint (g_strv_length (classes), ==, 5);
  g_assert_cmpuint (g_strv_length (starts), ==, 5);
  g_assert_cmpuint (g_strv_length (stamps), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpstr (classes[i], ==, "CONFIDENTIAL");
      g_assert_true (g_regex_match (utc, stamps[i], 0, NULL));
    }
}

static void
test_uid_stable (DfTestFixture *f,
                 gconstpointer  data)
{
  g_autofree char *first = export (f->store, 0, 0);
  g_autofree char *second = export (f->store, 0, 0);
  g_autofree char *reopened = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *pattern = NULL;
  g_auto (GStrv) uids = values_of (first, "UID");
  g_auto (GStrv) uids_again = values_of (second, "UID");
  g_auto (GStrv) uids_reopened = NULL;
  DfTestFixture other = { 0 };
  g_autofree char *other_ics = NULL;
  g_auto (GStrv) other_uids = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (g_strv_length (uids), ==, 5);
  g_assert_cmpstrv (uids, uids_again);
  df_test_fixture_reopen (f);
  reopened = export (f->store, 0, 0);
  uids_reopened = values_of (reopened, "UID");
  g_assert_cmpstrv (uids, uids_reopened);

  /* The database's UUID, made once and kept. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM forum_setting WHERE key = 'database-uuid'"), ==, 1);
  uuid = df_store_get_database_uuid (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (uuid));
  pattern = g_strdup_printf ("^meeting-[0-9]+-%s@dialogforum$", uuid);
  for (guint i = 0; uids[i] != NULL; i++)
    g_assert_true (g_regex_match_simple (pattern, uids[i], 0, 0));

  /* Another database with the very same meetings: other UIDs. */
  df_test_fixture_set_up_demo (&other, NULL);
  other_ics = export (other.store, 0, 0);
  other_uids = values_of (other_ics, "UID");
  g_assert_cmpuint (g_strv_length (other_uids), ==, 5);
  for (guint i = 0; other_uids[i] != NULL; i++)
    g_assert_false (g_strv_contains ((const char * const *) uids, other_uids[i]));
  df_test_fixture_tear_down (&other, NULL);
}

static gint64
save_meeting (DfStore    *store,
              gint64      id,
              const char *title,
              const char *date)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfMeeting) meeting = g_object_new (DF_TYPE_MEETING,
                                                "id", id,
                                                "title", title,
                                                "date", date,
                                                "start-time", HM (9, 30),
                                                "end-time", HM (12, 30),
                                                "venue-name", "Socialstyrelsen",
                                                NULL);
  gint64 saved = df_store_save_meeting (store, meeting, &error);

  g_assert_no_error (error);
  return saved;
}

static void
test_changed_meeting (DfTestFixture *f,
                      gconstpointer  data)
{
  gint64 id = save_meeting (f->store, 0, "Møde i Strategisk dialogforum", "2027-03-09");
  g_autofree char *first = export (f->store, id, 0);
  g_autofree char *again = export (f->store, id, 0);
  g_autofree char *changed = NULL;
  g_autofree char *changed_again = NULL;
  g_autofree char *tampered = NULL;
  g_autofree char *tampered_modified = NULL;
  g_autofree char *uid = value_of (first, "UID");
  g_autofree char *modified = value_of (first, "LAST-MODIFIED");

  /* Exported again unchanged: the same entry, the same revision. */
  assert_value (first, "SEQUENCE", "0");
  assert_value (again, "SEQUENCE", "0");
  assert_value (again, "UID", uid);
  assert_value (again, "LAST-MODIFIED", modified);

  /* Moved and renamed: the same entry, a later revision. */
  save_meeting (f->store, id, "Møde i Strategisk dialogforum (flyttet)", "2027-03-16");
  changed = export (f->store, id, 0);
  assert_value (changed, "UID", uid);
  assert_value (changed, "SUMMARY", "Møde i Strategisk dialogforum (flyttet)");
  assert_value (changed, "DTSTART;TZID=Europe/Copenhagen", "20270316T093000");
  assert_value (changed, "SEQUENCE", "1");

  /* Remembered in the file, not in the program. */
  df_test_fixture_reopen (f);
  changed_again = export (f->store, 0, 0);
  assert_value (changed_again, "UID", uid);
  assert_value (changed_again, "SEQUENCE", "1");

  /* What another program left under the key, with the right checksum
   * but no time, is not copied into the file. */
  g_clear_object (&f->store);
  df_test_sqlite_exec (f->path,
                       "UPDATE forum_setting SET value = '7 ' || substr(value, instr(value, ' ') + 1, 64)"
                       " || ' 1' || char(13, 10) || 'X-INJECTED:1' WHERE key LIKE 'ics-meeting-%'");
  df_test_fixture_reopen (f);
  tampered = export (f->store, 0, 0);
  g_assert_null (strstr (tampered, "X-INJECTED"));
  assert_value (tampered, "SEQUENCE", "0");
  tampered_modified = value_of (tampered, "LAST-MODIFIED");
  g_assert_true (g_regex_match_simple ("^[0-9]{8}T[0-9]{6}Z$", tampered_modified, 0, 0));
}

static void
test_selection (DfTestFixture *f,
                gconstpointer  data)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (f->store, NULL);
  g_autoptr (DfMeeting) last = g_list_model_get_item (meetings, g_list_model_get_n_items (meetings) - 1);
  g_autofree char *one = export (f->store, df_meeting_get_id (last), 0);
  g_autofree char *next_year = export (f->store, 0, df_meeting_get_year (last));
  g_autofree char *this_year = export (f->store, 0, df_meeting_get_year (last) - 1);
  g_autofree char *none = export (f->store, 0, 1999);
  g_autofree char *uid = value_of (one, "UID");
  g_autofree char *prefix = g_strdup_printf ("meeting-%" G_GINT64_FORMAT "-", df_meeting_get_id (last));
  g_auto (GStrv) next_uids = values_of (next_year, "UID");
  g_auto (GStrv) this_uids = values_of (this_year, "UID");
  g_auto (GStrv) no_uids = values_of (none, "UID");

  g_assert_true (g_str_has_prefix (uid, prefix));
  g_assert_cmpuint (g_strv_length (next_uids), ==, 1);
  g_assert_cmpstr (next_uids[0], ==, uid);
  g_assert_cmpuint (g_strv_length (this_uids), ==, 4);
  /* No meetings that year: a calendar with only its time zone. */
  g_assert_cmpuint (g_strv_length (no_uids), ==, 0);
  g_assert_true (g_str_has_suffix (none, "END:VTIMEZONE\r\nEND:VCALENDAR\r\n"));
}

static void
test_unknown_meeting (DfTestFixture *f,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "kalender.ics", NULL);
  int settings = df_test_sqlite_int (f->path, "SELECT count(*) FROM forum_setting");

  g_assert_null (df_ics_export (f->store, 4242, 0, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_clear_error (&error);
  g_assert_false (df_ics_export_file (f->store, 4242, 0, path, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Nothing was written, not even the database's UUID. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM forum_setting"), ==, settings);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM forum_setting WHERE key = 'database-uuid'"), ==, 0);
}

static void
test_unwritable_file (DfTestFixture *f,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "missing-folder", "kalender.ics", NULL);

  g_assert_false (df_ics_export_file (f->store, 0, 0, path, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "kalender.ics"));
}

/* "NAME HEX" lines from parse-ics.py, each record (the calendar, then an
 * event a "BEGIN") as a table of name -> value; repeated names' values
 * are joined by newlines. */
static GPtrArray *
parse_with_icalendar (const char *path)
{
  const char *script = g_getenv ("DIALOGFORUM_PARSE_ICS");
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  GHashTable *record = NULL;

  g_assert_nonnull (script);
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error));
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (process))
    g_error ("parse-ics.py: %s", err);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto (GStrv) parts = g_strsplit (lines[i], " ", 2);
      gsize n = strlen (parts[1]) / 2;
      g_autofree char *value = g_malloc0 (n + 1);
      const char *old;

      for (gsize k = 0; k < n; k++)
        value[k] = (char) (g_ascii_xdigit_value (parts[1][2 * k]) * 16 + g_ascii_xdigit_value (parts[1][2 * k + 1]));
      if (record == NULL || g_str_equal (parts[0], "BEGIN"))
        {
          record = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          g_ptr_array_add (records, record);
        }
      old = g_hash_table_lookup (record, parts[0]);
      g_hash_table_insert (record, g_strdup (parts[0]),
                           old ? g_strconcat (old, "\n", value, NULL) : g_steal_pointer (&value));
    }
  return records;
}

static void
test_parsed_by_icalendar (DfTestFixture *f,
                          gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "kalender.ics", NULL);
  const char *title = "Dialogmøde om børn, unge; og \"alt\" \\ det andet – en titel så lang, at den "
                      "må foldes over flere linjer i kalenderfilen";
  g_autoptr (DfMeeting) meeting = g_object_new (DF_TYPE_MEETING,
                                                "title", title,
                                                "date", "2027-03-09",
                                                "start-time", HM (9, 30),
                                                "end-time", HM (15, 0),
                                                "venue-name", "Socialstyrelsen",
                                                "venue-address", "Edisonsvej 1\n5000 Odense C",
                                                "online-link", "https://moede.example/dialogforum?rum=1,2",
                                                "status", "invited",
                                                NULL);
  g_autoptr (DfMeeting) cancelled = g_object_new (DF_TYPE_MEETING,
                                                  "title", "Aflyst aftenmøde",
                                                  "date", "2027-10-31",
                                                  "start-time", HM (20, 0),
                                                  "end-time", DF_MINUTES_PER_DAY,
                                                  "status", "cancelled",
                                                  NULL);
  gint64 id;
  gint64 cancelled_id;
  const char *items[] = { "Velkomst", "Drøftelse; del 1, og 2" };
  const int durations[] = { 15, 45 };
  g_autofree char *uuid = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *cancelled_uid = NULL;
  g_autoptr (GPtrArray) records = NULL;
  GHashTable *calendar, *event;

  id = df_store_save_meeting (f->store, meeting, &error);
  g_assert_no_error (error);
  cancelled_id = df_store_save_meeting (f->store, cancelled, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr (DfAgendaItem) item = g_object_new (DF_TYPE_AGENDA_ITEM, "meeting-id", id, "title", items[i],
                                                    "duration", durations[i], "position", (int) i, NULL);

      g_assert_cmpint (df_store_save_agenda_item (f->store, item, &error), >, 0);
      g_assert_no_error (error);
    }
  /* A link no web address, as another program may have written it. */
  g_clear_object (&f->store);
  df_test_sqlite_exec (f->path, "UPDATE meeting SET online_link = 'moede.example/aften' WHERE status = 'cancelled'");
  df_test_fixture_reopen (f);

  g_assert_true (df_ics_export_file (f->store, 0, 0, path, &error));
  g_assert_no_error (error);
  uuid = df_store_get_database_uuid (f->store, &error);
  g_assert_no_error (error);
  uid = g_strdup_printf ("meeting-%" G_GINT64_FORMAT "-%s@dialogforum", id, uuid);
  cancelled_uid = g_strdup_printf ("meeting-%" G_GINT64_FORMAT "-%s@dialogforum", cancelled_id, uuid);

  records = parse_with_icalendar (path);
  g_assert_cmpuint (records->len, ==, 3);
  calendar = g_ptr_array_index (records, 0);
  g_assert_cmpstr (g_hash_table_lookup (calendar, "VERSION"), ==, "2.0");
  g_assert_cmpstr (g_hash_table_lookup (calendar, "CALSCALE"), ==, "GREGORIAN");
  g_assert_cmpstr (g_hash_table_lookup (calendar, "METHOD"), ==, "PUBLISH");
  g_assert_cmpstr (g_hash_table_lookup (calendar, "PRODID"), ==, "-//Dialogforum//Dialogforum " PACKAGE_VERSION "//DA");
  g_assert_cmpstr (g_hash_table_lookup (calendar, "TZID"), ==, "Europe/Copenhagen");
  /* Summer time from 2.00 on the last Sunday of March to 3.00 on the last
   * Sunday of October, by the file's own VTIMEZONE. */
  g_assert_cmpstr (g_hash_table_lookup (calendar, "OFFSET"), ==,
                   "2027-03-28T01:59+0100\n2027-03-28T03:00+0200\n2027-10-31T01:00+0200\n2027-10-31T03:30+0100");

  event = g_ptr_array_index (records, 1);
  g_assert_cmpstr (g_hash_table_lookup (event, "UID"), ==, uid);
  g_assert_cmpstr (g_hash_table_lookup (event, "SUMMARY"), ==, title);
  g_assert_cmpstr (g_hash_table_lookup (event, "LOCATION"), ==, "Socialstyrelsen, Edisonsvej 1, 5000 Odense C");
  g_assert_cmpstr (g_hash_table_lookup (event, "DESCRIPTION"), ==,
                   "Dagsorden:\n"
                   "1. 9.30–9.45 Velkomst\n"
                   "2. 9.45–10.30 Drøftelse; del 1, og 2\n"
                   "\n"
                   "Deltag online: https://moede.example/dialogforum?rum=1,2");
  g_assert_cmpstr (g_hash_table_lookup (event, "URL"), ==, "https://moede.example/dialogforum?rum=1,2");
  g_assert_cmpstr (g_hash_table_lookup (event, "CLASS"), ==, "CONFIDENTIAL");
  g_assert_cmpstr (g_hash_table_lookup (event, "STATUS"), ==, "CONFIRMED");
  g_assert_cmpstr (g_hash_table_lookup (event, "SEQUENCE"), ==, "0");
  g_assert_cmpstr (g_hash_table_lookup (event, "DTSTART"), ==, "2027-03-09T09:30+0100");
  g_assert_cmpstr (g_hash_table_lookup (event, "DTSTART-TZID"), ==, "Europe/Copenhagen");
  g_assert_cmpstr (g_hash_table_lookup (event, "DTEND"), ==, "2027-03-09T15:00+0100");
  g_assert_cmpstr (g_hash_table_lookup (event, "DTEND-TZID"), ==, "Europe/Copenhagen");
  g_assert_cmpstr (g_hash_table_lookup (event, "DTSTAMP-OFFSET"), ==, "0:00:00");

  /* Cancelled, ending at midnight, with no venue, no agenda and a link
   * that is no URI: that one stays in the description only. */
  event = g_ptr_array_index (records, 2);
  g_assert_cmpstr (g_hash_table_lookup (event, "UID"), ==, cancelled_uid);
  g_assert_cmpstr (g_hash_table_lookup (event, "SUMMARY"), ==, "Aflyst aftenmøde");
  g_assert_cmpstr (g_hash_table_lookup (event, "STATUS"), ==, "CANCELLED");
  g_assert_cmpstr (g_hash_table_lookup (event, "DTSTART"), ==, "2027-10-31T20:00+0100");
  g_assert_cmpstr (g_hash_table_lookup (event, "DTEND"), ==, "2027-11-01T00:00+0100");
  g_assert_cmpstr (g_hash_table_lookup (event, "DESCRIPTION"), ==, "Deltag online: moede.example/aften");
  g_assert_false (g_hash_table_contains (event, "LOCATION"));
  g_assert_false (g_hash_table_contains (event, "URL"));
  g_assert_cmpstr (g_hash_table_lookup (event, "CLASS"), ==, "CONFIDENTIAL");
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add_func ("/ics/escape", test_escape);
  g_test_add_func ("/ics/fold", test_fold);
  g_test_add ("/ics/calendar", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_calendar,
              df_test_fixture_tear_down);
  g_test_add ("/ics/uid-stable", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_uid_stable,
              df_test_fixture_tear_down);
  g_test_add ("/ics/changed-meeting", DfTestFixture, NULL, df_test_fixture_set_up, test_changed_meeting,
              df_test_fixture_tear_down);
  g_test_add ("/ics/selection", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_selection,
              df_test_fixture_tear_down);
  g_test_add ("/ics/unknown-meeting", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_unknown_meeting,
              df_test_fixture_tear_down);
  g_test_add ("/ics/unwritable-file", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_unwritable_file,
              df_test_fixture_tear_down);
  g_test_add ("/ics/parsed-by-icalendar", DfTestFixture, NULL, df_test_fixture_set_up, test_parsed_by_icalendar,
              df_test_fixture_tear_down);
  return g_test_run ();
}
