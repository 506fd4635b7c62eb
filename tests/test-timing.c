/* test-timing.c: the agenda's timing and the yearly plan, as pure
 * functions over crafted agendas and meetings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "dialogforum/df-agenda-timing.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-year-plan.h"
#include "df-test-util.h"

#define HM(h, m) ((h) * 60 + (m))
#define NONE DF_NO_FIXED_START

typedef struct
{
  DfTimingSlot slots[8];
  int          agenda_end;
} Timing;

static void
compute (Timing                *timing,
         int                    start,
         int                    planned_end,
         const DfTimingRequest *items,
         guint                  n_items)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (n_items, <=, G_N_ELEMENTS (timing->slots));
  g_assert_true (df_agenda_timing_compute (start, planned_end, items, n_items, timing->slots,
                                           &timing->agenda_end, &error));
  g_assert_no_error (error);
}

static void
test_time_text (void)
{
  struct { const char *text; gboolean midnight; int minutes; } good[] = {
    { "9.30", FALSE, HM (9, 30) }, { "9:30", FALSE, HM (9, 30) }, { "09.30", FALSE, HM (9, 30) },
    { " 930 ", FALSE, HM (9, 30) }, { "0930", FALSE, HM (9, 30) }, { "9", FALSE, HM (9, 0) },
    { "0.00", FALSE, 0 }, { "23.59", FALSE, HM (23, 59) }, { "24.00", TRUE, HM (24, 0) }, { "24", TRUE, HM (24, 0) },
  };
  const char *bad[] = { "", "x", "9.3", "9.60", "25", "24.00", "9.30.1", "-1", "12345", "9,30",
                        /* Digits enough to overflow an int (found by fuzzing). */
                        "4444444444:30", "99999999999999999999", NULL };
  int minutes = -1;
  g_autofree char *morning = df_time_format (HM (9, 30));
  g_autofree char *midnight = df_time_format (HM (0, 5));
  g_autofree char *end = df_time_format (HM (24, 0));

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (df_time_parse (good[i].text, good[i].midnight, &minutes));
      g_assert_cmpint (minutes, ==, good[i].minutes);
    }
  for (guint i = 0; bad[i] != NULL; i++)
    g_assert_false (df_time_parse (bad[i], FALSE, &minutes));
  g_assert_false (df_time_parse ("24.01", TRUE, &minutes));

  g_assert_cmpstr (morning, ==, "9.30");
  g_assert_cmpstr (midnight, ==, "0.05");
  g_assert_cmpstr (end, ==, "24.00");
}

static void
test_date_text (void)
{
  struct { const char *text; int day, month, year; } good[] = {
    { "2026-11-24", 24, 11, 2026 }, { "24-11-2026", 24, 11, 2026 }, { "24.11.2026", 24, 11, 2026 },
    { "3.4.2025", 3, 4, 2025 }, { " 1-1-2026 ", 1, 1, 2026 }, { "29.02.2024", 29, 2, 2024 },
  };
  const char *bad[] = { "", "x", "29-02-2023", "2026-13-01", "32.1.2026", "1.1.26", "2026-1-1x", "1..2026",
                        /* Digits enough to overflow an int (found by fuzzing). */
                        "2229023023", "1.1.99999999999", "2026-11-9999999999", NULL };
  GDate date;

  g_date_clear (&date, 1);
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (df_date_parse (good[i].text, &date));
      g_assert_cmpint (g_date_get_day (&date), ==, good[i].day);
      g_assert_cmpint (g_date_get_month (&date), ==, good[i].month);
      g_assert_cmpint (g_date_get_year (&date), ==, good[i].year);
    }
  for (guint i = 0; bad[i] != NULL; i++)
    g_assert_false (df_date_parse (bad[i], &date));
}

static void
test_empty_agenda (void)
{
  Timing timing;
  g_autofree char *summary = NULL;

  compute (&timing, HM (9, 30), HM (12, 0), NULL, 0);
  g_assert_cmpint (timing.agenda_end, ==, HM (9, 30));
  summary = df_agenda_timing_summary (timing.slots, 0, timing.agenda_end, HM (12, 0));
  g_assert_cmpstr (summary, ==, "");
}

static void
test_items_follow_each_other (void)
{
  const DfTimingRequest items[] = {
    { "Velkomst", 15, NONE }, { "Oplæg", 30, NONE }, { "Eventuelt", 0, NONE }, { "Drøftelse", 45, NONE },
  };
  Timing timing;

  compute (&timing, HM (9, 30), HM (12, 0), items, G_N_ELEMENTS (items));
  g_assert_cmpint (timing.slots[0].start, ==, HM (9, 30));
  g_assert_cmpint (timing.slots[1].start, ==, HM (9, 45));
  g_assert_cmpint (timing.slots[2].start, ==, HM (10, 15));
  g_assert_cmpint (timing.slots[2].end, ==, HM (10, 15));
  g_assert_cmpint (timing.slots[3].start, ==, HM (10, 15));
  g_assert_cmpint (timing.slots[3].end, ==, HM (11, 0));
  g_assert_cmpint (timing.agenda_end, ==, HM (11, 0));
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autofree char *note = df_agenda_timing_describe (&timing.slots[i], items[i].fixed_start, HM (12, 0));

      g_assert_cmpint (timing.slots[i].late, ==, 0);
      g_assert_cmpint (timing.slots[i].past_end, ==, 0);
      g_assert_cmpstr (note, ==, "");
    }
}

static void
test_fixed_start_anchors (void)
{
  /* Lunch at 12.00 with half an hour to spare before it; what follows
   * lunch begins when lunch ends. */
  const DfTimingRequest items[] = {
    { "Oplæg", 90, NONE }, { "Frokost", 45, HM (12, 0) }, { "Workshop", 60, NONE },
  };
  Timing timing;

  compute (&timing, HM (10, 0), HM (14, 0), items, G_N_ELEMENTS (items));
  g_assert_cmpint (timing.slots[0].end, ==, HM (11, 30));
  g_assert_cmpint (timing.slots[1].start, ==, HM (12, 0));
  g_assert_cmpint (timing.slots[1].late, ==, 0);
  g_assert_cmpint (timing.slots[2].start, ==, HM (12, 45));
  g_assert_cmpint (timing.agenda_end, ==, HM (13, 45));
}

/* A guest's items: from the earliest start to the latest end, in
 * whatever order they are picked; an anchored item may start before the
 * long item ahead of it ends. */
static void
test_span_of_items (void)
{
  const DfTimingRequest items[] = {
    { "Velkomst", 15, NONE }, { "Oplæg", 30, NONE }, { "Drøftelse", 45, NONE },
    { "Frokost", 45, HM (12, 0) }, { "Workshop", 150, NONE }, { "Afrunding", 20, HM (14, 0) },
  };
  const guint two[] = { 2, 1 };
  const guint anchored[] = { 5, 4 };
  Timing timing;
  int start = 0, end = 0;

  compute (&timing, HM (9, 30), HM (15, 0), items, G_N_ELEMENTS (items));
  g_assert_true (df_agenda_timing_span (timing.slots, two, G_N_ELEMENTS (two), &start, &end));
  g_assert_cmpint (start, ==, HM (9, 45));
  g_assert_cmpint (end, ==, HM (11, 0));
  /* The workshop runs 12.45–15.15, past the anchored 14.00 item. */
  g_assert_true (df_agenda_timing_span (timing.slots, anchored, G_N_ELEMENTS (anchored), &start, &end));
  g_assert_cmpint (start, ==, HM (12, 45));
  g_assert_cmpint (end, ==, HM (15, 15));
  g_assert_false (df_agenda_timing_span (timing.slots, NULL, 0, &start, &end));
  g_assert_cmpint (start, ==, -1);
  g_assert_cmpint (end, ==, -1);
}

static void
test_items_run_past_fixed_start (void)
{
  const DfTimingRequest items[] = {
    { "Oplæg", 120, NONE }, { "Drøftelse", 40, NONE }, { "Frokost", 45, HM (12, 0) }, { "Workshop", 60, NONE },
  };
  Timing timing;
  g_autofree char *note = NULL;
  g_autofree char *summary = NULL;

  compute (&timing, HM (9, 30), HM (14, 0), items, G_N_ELEMENTS (items));
  /* 9.30 + 160 minutes is 12.10: ten minutes into lunch, which keeps its
   * time, and the workshop follows lunch. */
  g_assert_cmpint (timing.slots[1].end, ==, HM (12, 10));
  g_assert_cmpint (timing.slots[2].start, ==, HM (12, 0));
  g_assert_cmpint (timing.slots[2].late, ==, 10);
  g_assert_cmpint (timing.slots[0].late, ==, 0);
  g_assert_cmpint (timing.slots[1].late, ==, 0);
  g_assert_cmpint (timing.slots[3].late, ==, 0);
  g_assert_cmpint (timing.slots[3].start, ==, HM (12, 45));
  g_assert_cmpint (timing.agenda_end, ==, HM (13, 45));

  note = df_agenda_timing_describe (&timing.slots[2], HM (12, 0), HM (14, 0));
  g_assert_nonnull (strstr (note, "10 minutes"));
  g_assert_nonnull (strstr (note, "12.00"));
  summary = df_agenda_timing_summary (timing.slots, G_N_ELEMENTS (items), timing.agenda_end, HM (14, 0));
  g_assert_nonnull (strstr (summary, "10 minutes"));
}

static void
test_fixed_start_before_meeting (void)
{
  const DfTimingRequest items[] = { { "Velkomst", 15, HM (9, 0) } };
  Timing timing;

  compute (&timing, HM (9, 30), HM (12, 0), items, G_N_ELEMENTS (items));
  g_assert_cmpint (timing.slots[0].start, ==, HM (9, 0));
  g_assert_cmpint (timing.slots[0].late, ==, 30);
}

static void
test_runs_past_planned_end (void)
{
  const DfTimingRequest items[] = {
    { "Velkomst", 10, NONE }, { "Oplæg", 60, NONE }, { "Workshop", 120, NONE }, { "Eventuelt", 15, NONE },
  };
  Timing timing;
  g_autofree char *note = NULL;
  g_autofree char *summary = NULL;

  /* 9.30 to 12.55 against a planned end at 12.30: the workshop is the
   * item that crosses the end, and it carries the whole 25 minutes. */
  compute (&timing, HM (9, 30), HM (12, 30), items, G_N_ELEMENTS (items));
  g_assert_cmpint (timing.agenda_end, ==, HM (12, 55));
  g_assert_cmpint (timing.slots[0].past_end, ==, 0);
  g_assert_cmpint (timing.slots[1].past_end, ==, 0);
  g_assert_cmpint (timing.slots[2].past_end, ==, 25);
  g_assert_cmpint (timing.slots[3].past_end, ==, 0);

  note = df_agenda_timing_describe (&timing.slots[2], NONE, HM (12, 30));
  g_assert_nonnull (strstr (note, "25 minutes"));
  g_assert_nonnull (strstr (note, "12.30"));
  summary = df_agenda_timing_summary (timing.slots, G_N_ELEMENTS (items), timing.agenda_end, HM (12, 30));
  g_assert_nonnull (strstr (summary, "25 minutes"));

  /* Ending exactly at the planned end is no overrun. */
  compute (&timing, HM (9, 30), HM (12, 55), items, G_N_ELEMENTS (items));
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_cmpint (timing.slots[i].past_end, ==, 0);
}

static void
test_past_midnight_refused (void)
{
  const DfTimingRequest late_evening[] = { { "Middag", 60, NONE }, { "Natmøde", 45, NONE } };
  const DfTimingRequest anchored[] = { { "Sen tale", 20, HM (23, 50) } };
  const DfTimingRequest to_midnight[] = { { "Middag", 60, NONE }, { "Afslutning", 0, NONE } };
  DfTimingSlot slots[2];
  g_autoptr (GError) error = NULL;
  int end = 0;

  g_assert_false (df_agenda_timing_compute (HM (22, 30), HM (24, 0), late_evening, 2, slots, &end, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Natmøde"));
  g_clear_error (&error);

  g_assert_false (df_agenda_timing_compute (HM (9, 0), HM (12, 0), anchored, 1, slots, &end, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Up to midnight itself is still the same day. */
  g_assert_true (df_agenda_timing_compute (HM (23, 0), HM (24, 0), to_midnight, 2, slots, &end, &error));
  g_assert_no_error (error);
  g_assert_cmpint (end, ==, HM (24, 0));
}

static void
test_timing_over_objects (void)
{
  g_autoptr (DfMeeting) meeting = g_object_new (DF_TYPE_MEETING, "start-time", HM (13, 0), "end-time", HM (14, 0), NULL);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree DfTimingSlot *slots = NULL;
  g_autoptr (GError) error = NULL;
  int end = 0;

  g_ptr_array_add (items, g_object_new (DF_TYPE_AGENDA_ITEM, "title", "Oplæg", "duration", 40, NULL));
  g_ptr_array_add (items, g_object_new (DF_TYPE_AGENDA_ITEM, "title", "Drøftelse", "duration", 30, NULL));
  slots = df_agenda_timing_for_items (meeting, items, &end, &error);
  g_assert_no_error (error);
  g_assert_cmpint (slots[1].start, ==, HM (13, 40));
  g_assert_cmpint (slots[1].past_end, ==, 10);
  g_assert_cmpint (end, ==, HM (14, 10));
}

static DfMeeting *
meeting_on (const char *date,
            const char *kind,
            const char *status)
{
  return g_object_new (DF_TYPE_MEETING, "title", "Møde", "date", date, "kind", kind, "status", status, NULL);
}

static const DfYearCheck *
check_for (GPtrArray *checks,
           int        year)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const DfYearCheck *check = g_ptr_array_index (checks, i);

      if (check->year == year)
        return check;
    }
  g_assert_not_reached ();
}

static GListStore *
crafted_years (void)
{
  GListStore *meetings = g_list_store_new (DF_TYPE_MEETING);
  const char *rows[][3] = {
    { "2026-05-12", "forum", "held" },
    { "2026-09-08", "study-trip", "held" },          /* besides the count */
    { "2026-12-08", "forum", "invited" },
    { "2027-05-11", "forum", "planned" },
    { "2027-11-09", "forum", "cancelled" },          /* does not count */
    { "2027-06-01", "working-group", "planned" },
    { "2029-03-06", "forum", "planned" },
    { "2029-06-05", "forum", "planned" },
    { "2029-10-02", "forum", "planned" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (DfMeeting) meeting = meeting_on (rows[i][0], rows[i][1], rows[i][2]);

      g_list_store_append (meetings, meeting);
    }
  return meetings;
}

static void
test_year_plan (void)
{
  g_autoptr (GListStore) meetings = crafted_years ();
  g_autoptr (GPtrArray) checks = df_year_plan_check (G_LIST_MODEL (meetings), 2, 2028);
  const DfYearCheck *check;

  /* Every year with a meeting and the current one, earliest first. */
  g_assert_cmpuint (checks->len, ==, 4);
  for (guint i = 1; i < checks->len; i++)
    g_assert_cmpint (((DfYearCheck *) g_ptr_array_index (checks, i - 1))->year, <,
                     ((DfYearCheck *) g_ptr_array_index (checks, i))->year);

  check = check_for (checks, 2026);
  g_assert_cmpint (check->planned, ==, 2);
  g_assert_true (df_year_check_is_met (check));
  g_assert_cmpstr (check->text, ==, "2 of 2 meetings planned in 2026");

  check = check_for (checks, 2027);
  g_assert_cmpint (check->planned, ==, 1);
  g_assert_false (df_year_check_is_met (check));
  g_assert_cmpstr (check->text, ==, "Only 1 of 2 meetings planned in 2027");

  check = check_for (checks, 2028);
  g_assert_cmpint (check->planned, ==, 0);
  g_assert_false (df_year_check_is_met (check));
  g_assert_nonnull (strstr (check->text, "No meetings planned in 2028"));

  check = check_for (checks, 2029);
  g_assert_cmpint (check->planned, ==, 3);
  g_assert_false (df_year_check_is_met (check));
  g_assert_cmpstr (check->text, ==, "3 meetings planned in 2029, more than the kommissorium’s 2");
}

static void
test_year_plan_one_a_year (void)
{
  g_autoptr (GListStore) meetings = g_list_store_new (DF_TYPE_MEETING);
  g_autoptr (DfMeeting) meeting = meeting_on ("2027-05-11", "forum", "planned");
  g_autoptr (GPtrArray) checks = NULL;

  g_list_store_append (meetings, meeting);
  checks = df_year_plan_check (G_LIST_MODEL (meetings), 1, 2027);
  g_assert_cmpuint (checks->len, ==, 1);
  g_assert_cmpstr (((DfYearCheck *) g_ptr_array_index (checks, 0))->text, ==, "1 of 1 meeting planned in 2027");
}

static void
test_year_plan_in_danish (void)
{
  const char *localedir = g_getenv ("DIALOGFORUM_LOCALEDIR");
  g_autoptr (GListStore) meetings = crafted_years ();
  g_autoptr (GPtrArray) checks = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  if (localedir == NULL || setlocale (LC_ALL, "da_DK.UTF-8") == NULL)
    {
      g_test_skip ("no Danish locale or catalogue");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  checks = df_year_plan_check (G_LIST_MODEL (meetings), 2, 2028);
  g_assert_cmpstr (check_for (checks, 2026)->text, ==, "2 af 2 møder planlagt i 2026");
  g_assert_cmpstr (check_for (checks, 2027)->text, ==, "Kun 1 af 2 møder planlagt i 2027");
  setlocale (LC_ALL, saved);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add_func ("/timing/time-text", test_time_text);
  g_test_add_func ("/timing/date-text", test_date_text);
  g_test_add_func ("/timing/empty-agenda", test_empty_agenda);
  g_test_add_func ("/timing/items-follow-each-other", test_items_follow_each_other);
  g_test_add_func ("/timing/fixed-start-anchors", test_fixed_start_anchors);
  g_test_add_func ("/timing/span-of-items", test_span_of_items);
  g_test_add_func ("/timing/items-run-past-fixed-start", test_items_run_past_fixed_start);
  g_test_add_func ("/timing/fixed-start-before-meeting", test_fixed_start_before_meeting);
  g_test_add_func ("/timing/runs-past-planned-end", test_runs_past_planned_end);
  g_test_add_func ("/timing/past-midnight-refused", test_past_midnight_refused);
  g_test_add_func ("/timing/over-objects", test_timing_over_objects);
  g_test_add_func ("/year-plan/check", test_year_plan);
  g_test_add_func ("/year-plan/one-a-year", test_year_plan_one_a_year);
  g_test_add_func ("/year-plan/in-danish", test_year_plan_in_danish);
  return g_test_run ();
}
