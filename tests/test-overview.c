/* test-overview.c: what the Oversigt page shows, without a display: the
 * deadlines derived from crafted meetings, the year wheel's marks and
 * where they fall, attendance, and the year wheel sheet read back from a
 * PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <poppler.h>

#include "dialogforum/df-action.h"
#include "dialogforum/df-attendance.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-deadlines.h"
#include "dialogforum/df-demo.h"
#include "dialogforum/df-membership.h"
#include "dialogforum/df-pack-meeting.h"
#include "dialogforum/df-pack-yearwheel.h"
#include "dialogforum/df-participant.h"
#include "dialogforum/df-person.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-working-group.h"
#include "dialogforum/df-year-wheel.h"
#include "df-test-util.h"

/* poppler-glib 22.12 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)

static DfMeeting *
crafted_meeting (gint64      id,
                 const char *kind,
                 const char *date,
                 const char *status,
                 const char *proposal_deadline)
{
  return g_object_new (DF_TYPE_MEETING,
                       "id", id,
                       "title", g_strcmp0 (kind, "forum") == 0 ? "Møde i Strategisk dialogforum" : "Studietur",
                       "kind", kind,
                       "date", date,
                       "status", status,
                       "proposal-deadline", proposal_deadline,
                       NULL);
}

/* A list of @type holding the objects given, which it takes. */
static GListModel *
list_of (GType    type,
         gpointer first,
         ...)
{
  GListStore *list = g_list_store_new (type);
  va_list args;

  va_start (args, first);
  for (gpointer item = first; item != NULL; item = va_arg (args, gpointer))
    {
      g_list_store_append (list, item);
      g_object_unref (item);
    }
  va_end (args);
  return G_LIST_MODEL (list);
}

static void
assert_task (GPtrArray  *tasks,
             guint       index,
             DfTaskKind  kind,
             const char *date,
             gboolean    done)
{
  DfTask *task;

  g_assert_cmpuint (index, <, tasks->len);
  task = g_ptr_array_index (tasks, index);
  g_assert_cmpint (task->kind, ==, kind);
  g_assert_cmpstr (task->date, ==, date);
  g_assert_cmpint (task->done, ==, done);
}

/* Deadlines */

static void
test_deadlines_default_offsets (void)
{
  g_autoptr (DfMeeting) meeting = crafted_meeting (7, "forum", "2027-03-16", "planned", "2027-02-15");
  g_autoptr (GPtrArray) tasks = NULL;
  DfDeadlineOffsets offsets;

  df_deadline_offsets_init_default (&offsets);
  g_assert_cmpint (offsets.invitation_days, ==, 56);
  g_assert_cmpint (offsets.dispatch_days, ==, 7);
  g_assert_cmpint (offsets.minutes_days, ==, 14);

  tasks = df_tasks_for_meeting (meeting, &offsets, 0);
  g_assert_cmpuint (tasks->len, ==, 4);
  /* Eight weeks before, the meeting's own proposal deadline, a week
   * before, two weeks after: by date. */
  assert_task (tasks, 0, DF_TASK_INVITATION, "2027-01-19", FALSE);
  assert_task (tasks, 1, DF_TASK_PROPOSAL_DEADLINE, "2027-02-15", FALSE);
  assert_task (tasks, 2, DF_TASK_DISPATCH, "2027-03-09", FALSE);
  assert_task (tasks, 3, DF_TASK_MINUTES, "2027-03-30", FALSE);
  for (guint i = 0; i < tasks->len; i++)
    {
      DfTask *task = g_ptr_array_index (tasks, i);

      g_assert_cmpint (task->meeting_id, ==, 7);
      g_assert_cmpstr (task->meeting_date, ==, "2027-03-16");
      g_assert_cmpstr (task->meeting_title, ==, "Møde i Strategisk dialogforum");
    }
}

static void
test_deadlines_crafted_offsets (void)
{
  const DfDeadlineOffsets offsets = { 30, 10, 21 };
  const DfDeadlineOffsets same_day = { 0, 0, 0 };
  /* A leap year's February, and a meeting early in January whose
   * invitation goes out the year before. */
  g_autoptr (DfMeeting) leap = crafted_meeting (1, "forum", "2024-03-01", "planned", "");
  g_autoptr (DfMeeting) january = crafted_meeting (2, "forum", "2027-01-12", "planned", "");
  g_autoptr (GPtrArray) tasks = NULL;

  tasks = df_tasks_for_meeting (leap, &offsets, 0);
  g_assert_cmpuint (tasks->len, ==, 3);
  assert_task (tasks, 0, DF_TASK_INVITATION, "2024-01-31", FALSE);
  assert_task (tasks, 1, DF_TASK_DISPATCH, "2024-02-20", FALSE);
  assert_task (tasks, 2, DF_TASK_MINUTES, "2024-03-22", FALSE);
  g_clear_pointer (&tasks, g_ptr_array_unref);

  tasks = df_tasks_for_meeting (january, &offsets, 0);
  assert_task (tasks, 0, DF_TASK_INVITATION, "2026-12-13", FALSE);
  assert_task (tasks, 1, DF_TASK_DISPATCH, "2027-01-02", FALSE);
  assert_task (tasks, 2, DF_TASK_MINUTES, "2027-02-02", FALSE);
  g_clear_pointer (&tasks, g_ptr_array_unref);

  tasks = df_tasks_for_meeting (january, &same_day, 0);
  assert_task (tasks, 0, DF_TASK_INVITATION, "2027-01-12", FALSE);
  assert_task (tasks, 1, DF_TASK_DISPATCH, "2027-01-12", FALSE);
  assert_task (tasks, 2, DF_TASK_MINUTES, "2027-01-12", FALSE);
}

static void
test_deadlines_what_is_done (void)
{
  DfDeadlineOffsets offsets;
  g_autoptr (DfMeeting) invited = crafted_meeting (1, "forum", "2026-12-08", "invited", "2026-11-10");
  g_autoptr (DfMeeting) held = crafted_meeting (2, "forum", "2026-05-12", "held", "");
  g_autoptr (DfMeeting) cancelled = crafted_meeting (3, "forum", "2026-06-16", "cancelled", "2026-05-01");
  g_autoptr (DfMeeting) trip = crafted_meeting (4, "study-trip", "2026-09-08", "planned", "");
  g_autoptr (GPtrArray) tasks = NULL;

  df_deadline_offsets_init_default (&offsets);

  /* Invited: the invitation went out. */
  tasks = df_tasks_for_meeting (invited, &offsets, 0);
  assert_task (tasks, 0, DF_TASK_INVITATION, "2026-10-13", TRUE);
  assert_task (tasks, 1, DF_TASK_PROPOSAL_DEADLINE, "2026-11-10", FALSE);
  assert_task (tasks, 2, DF_TASK_DISPATCH, "2026-12-01", FALSE);
  assert_task (tasks, 3, DF_TASK_MINUTES, "2026-12-22", FALSE);
  g_clear_pointer (&tasks, g_ptr_array_unref);

  /* Held: the papers too; the minutes only when marked. */
  tasks = df_tasks_for_meeting (held, &offsets, 0);
  assert_task (tasks, 0, DF_TASK_INVITATION, "2026-03-17", TRUE);
  assert_task (tasks, 1, DF_TASK_DISPATCH, "2026-05-05", TRUE);
  assert_task (tasks, 2, DF_TASK_MINUTES, "2026-05-26", FALSE);
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = df_tasks_for_meeting (held, &offsets, 1 << DF_TASK_MINUTES);
  assert_task (tasks, 2, DF_TASK_MINUTES, "2026-05-26", TRUE);
  g_clear_pointer (&tasks, g_ptr_array_unref);

  /* A cancelled meeting has no tasks; a study trip no minutes. */
  tasks = df_tasks_for_meeting (cancelled, &offsets, 0);
  g_assert_cmpuint (tasks->len, ==, 0);
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = df_tasks_for_meeting (trip, &offsets, 1 << DF_TASK_DISPATCH);
  g_assert_cmpuint (tasks->len, ==, 2);
  assert_task (tasks, 0, DF_TASK_INVITATION, "2026-07-14", FALSE);
  assert_task (tasks, 1, DF_TASK_DISPATCH, "2026-09-01", TRUE);
}

static void
test_deadlines_next_and_late (void)
{
  g_autoptr (GListModel) meetings = list_of (DF_TYPE_MEETING, crafted_meeting (1, "forum", "2026-05-12", "held", ""),
                                                              crafted_meeting (2, "forum", "2026-12-08", "planned", "2026-11-10"),
                                                              crafted_meeting (3, "forum", "2027-05-11", "planned", "2027-04-13"),
                                                              NULL);
  g_autoptr (GHashTable) marks = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) tasks = NULL;
  g_autoptr (GPtrArray) next = NULL;
  g_autoptr (GPtrArray) late = NULL;
  gint64 held = 1;
  DfDeadlineOffsets offsets;

  df_deadline_offsets_init_default (&offsets);
  tasks = df_tasks_for_meetings (meetings, &offsets, NULL);
  g_assert_cmpuint (tasks->len, ==, 3 + 4 + 4);

  /* On 24 November: the May minutes and the December invitation are
   * late; the proposal deadline of 10 November has just passed. */
  df_tasks_split (tasks, "2026-11-24", 3, &next, &late);
  g_assert_cmpuint (late->len, ==, 2);
  assert_task (late, 0, DF_TASK_MINUTES, "2026-05-26", FALSE);
  assert_task (late, 1, DF_TASK_INVITATION, "2026-10-13", FALSE);
  g_assert_cmpuint (next->len, ==, 3);
  assert_task (next, 0, DF_TASK_DISPATCH, "2026-12-01", FALSE);
  assert_task (next, 1, DF_TASK_MINUTES, "2026-12-22", FALSE);
  assert_task (next, 2, DF_TASK_INVITATION, "2027-03-16", FALSE);
  g_assert_true (df_task_is_late (g_ptr_array_index (late, 0), "2026-11-24"));
  g_assert_false (df_task_is_late (g_ptr_array_index (next, 0), "2026-11-24"));
  /* Due today is not late yet. */
  g_assert_false (df_task_is_late (g_ptr_array_index (next, 0), "2026-12-01"));
  g_clear_pointer (&next, g_ptr_array_unref);
  g_clear_pointer (&late, g_ptr_array_unref);

  /* Marked done, the May minutes are not late any more. */
  g_hash_table_insert (marks, &held, GUINT_TO_POINTER (1 << DF_TASK_MINUTES));
  g_clear_pointer (&tasks, g_ptr_array_unref);
  tasks = df_tasks_for_meetings (meetings, &offsets, marks);
  df_tasks_split (tasks, "2026-11-24", 10, &next, &late);
  g_assert_cmpuint (late->len, ==, 1);
  assert_task (late, 0, DF_TASK_INVITATION, "2026-10-13", FALSE);
  /* The rest from today on, the passing proposal deadline among them. */
  g_assert_cmpuint (next->len, ==, 6);
  assert_task (next, 3, DF_TASK_PROPOSAL_DEADLINE, "2027-04-13", FALSE);
}

static void
on_changed (DfStore    *store,
            const char *topic,
            GPtrArray  *topics)
{
  g_ptr_array_add (topics, g_strdup (topic));
}

static void
test_deadlines_in_the_store (DfTestFixture *f,
                             gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) topics = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) tasks = NULL;
  const DfDeadlineOffsets changed = { 42, 10, 7 };
  const DfDeadlineOffsets invalid = { 42, -1, 7 };
  DfDeadlineOffsets offsets;
  gint64 id;

  /* Unset: the defaults. */
  df_store_get_deadline_offsets (f->store, &offsets);
  g_assert_cmpint (offsets.invitation_days, ==, 56);
  g_assert_cmpint (offsets.dispatch_days, ==, 7);
  g_assert_cmpint (offsets.minutes_days, ==, 14);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), topics);
  g_assert_true (df_store_set_deadline_offsets (f->store, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (g_ptr_array_find_with_equal_func (topics, "deadlines", g_str_equal, NULL));
  g_assert_false (df_store_set_deadline_offsets (f->store, &invalid, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Kept as the forum's settings, read back in a new session. */
  df_test_fixture_reopen (f);
  df_store_get_deadline_offsets (f->store, &offsets);
  g_assert_cmpint (offsets.invitation_days, ==, 42);
  g_assert_cmpint (offsets.dispatch_days, ==, 10);
  g_assert_cmpint (offsets.minutes_days, ==, 7);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT value FROM forum_setting WHERE key = 'deadline-invitation-days'"), ==, 42);

  id = df_store_create_meeting (f->store, DF_MEETING_TEMPLATE_HALF_DAY, "2027-03-16", &error);
  g_assert_no_error (error);
  tasks = df_store_list_tasks (f->store, &error);
  g_assert_no_error (error);
  /* A new meeting's proposal deadline is four weeks before it. */
  g_assert_cmpuint (tasks->len, ==, 4);
  assert_task (tasks, 0, DF_TASK_INVITATION, "2027-02-02", FALSE);
  assert_task (tasks, 1, DF_TASK_PROPOSAL_DEADLINE, "2027-02-16", FALSE);
  assert_task (tasks, 2, DF_TASK_DISPATCH, "2027-03-06", FALSE);
  assert_task (tasks, 3, DF_TASK_MINUTES, "2027-03-23", FALSE);
  g_clear_pointer (&tasks, g_ptr_array_unref);

  /* Marked done, and undone. */
  g_assert_true (df_store_set_task_done (f->store, id, DF_TASK_DISPATCH, TRUE, &error));
  g_assert_no_error (error);
  tasks = df_store_list_tasks (f->store, &error);
  assert_task (tasks, 2, DF_TASK_DISPATCH, "2027-03-06", TRUE);
  g_clear_pointer (&tasks, g_ptr_array_unref);
  g_assert_true (df_store_set_task_done (f->store, id, DF_TASK_DISPATCH, FALSE, &error));
  tasks = df_store_list_tasks (f->store, &error);
  assert_task (tasks, 2, DF_TASK_DISPATCH, "2027-03-06", FALSE);
  g_clear_pointer (&tasks, g_ptr_array_unref);

  /* A mark holds for the meeting's date: moved, it is to do again. */
  g_assert_true (df_store_set_task_done (f->store, id, DF_TASK_MINUTES, TRUE, &error));
  {
    DfMeeting *live = df_store_find_meeting (f->store, id);
    g_autoptr (DfMeeting) moved = g_object_new (DF_TYPE_MEETING, "id", id, "title", df_meeting_get_title (live),
                                                "date", "2027-03-23",
                                                "start-time", df_meeting_get_start_time (live),
                                                "end-time", df_meeting_get_end_time (live), NULL);

    g_assert_cmpint (df_store_save_meeting (f->store, moved, &error), ==, id);
    g_assert_no_error (error);
  }
  tasks = df_store_list_tasks (f->store, &error);
  assert_task (tasks, tasks->len - 1, DF_TASK_MINUTES, "2027-03-30", FALSE);

  /* The proposal deadline passes; no meeting, no mark. */
  g_assert_false (df_store_set_task_done (f->store, id, DF_TASK_PROPOSAL_DEADLINE, TRUE, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (df_store_set_task_done (f->store, id + 100, DF_TASK_MINUTES, TRUE, &error));
  g_assert_nonnull (error);
}

/* The year wheel */

static double
angle_of (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (df_date_parse_iso (iso, &date));
  return df_year_wheel_angle_of (&date);
}

static void
test_wheel_angles (void)
{
  /* 1 January's middle just past the top; 2 July 2025, the 183rd of 365
   * days, straight down; a quarter of the way round in early April. */
  g_assert_cmpfloat_with_epsilon (angle_of ("2025-01-01"), 2 * G_PI * 0.5 / 365, 1e-12);
  g_assert_cmpfloat_with_epsilon (angle_of ("2025-07-02"), G_PI, 1e-12);
  g_assert_cmpfloat_with_epsilon (angle_of ("2025-04-01"), 2 * G_PI * 90.5 / 365, 1e-12);
  g_assert_cmpfloat_with_epsilon (angle_of ("2025-12-31"), 2 * G_PI * 364.5 / 365, 1e-12);
  /* A leap year has a day more: 1 July is its 183rd of 366. */
  g_assert_cmpfloat_with_epsilon (angle_of ("2024-07-01"), 2 * G_PI * 182.5 / 366, 1e-12);
  g_assert_cmpfloat_with_epsilon (angle_of ("2024-12-31"), 2 * G_PI * 365.5 / 366, 1e-12);
  g_assert_cmpfloat (angle_of ("2024-02-29"), <, angle_of ("2024-03-01"));
}

static DfYearWheelMark *
find_mark (DfYearWheel     *wheel,
           DfYearWheelKind  kind,
           const char      *date)
{
  GPtrArray *marks = df_year_wheel_get_marks (wheel);

  for (guint i = 0; i < marks->len; i++)
    {
      DfYearWheelMark *mark = g_ptr_array_index (marks, i);

      if (mark->kind == kind && g_strcmp0 (mark->date, date) == 0)
        return mark;
    }
  return NULL;
}

static GListModel *
crafted_memberships (void)
{
  GListStore *list = g_list_store_new (DF_TYPE_MEMBERSHIP);
  const struct { gint64 id; const char *name; const char *end; } rows[] = {
    { 1, "Hanne Skovgaard", "2025-06-30" },
    { 2, "Per Østergaard", "" },
    { 3, "Lise Brandt Nielsen", "2026-01-31" },
    { 4, "Bo Kristensen", "2025-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (DfMembership) m = g_object_new (DF_TYPE_MEMBERSHIP, "id", rows[i].id, "person-name", rows[i].name,
                                                 "seat-kind-name", "Kommunal fagdirektør",
                                                 "start-date", "2022-01-01", "end-date", rows[i].end, NULL);

      g_list_store_append (list, m);
    }
  return G_LIST_MODEL (list);
}

static void
test_wheel_marks_for_crafted_year (void)
{
  g_autoptr (GListModel) meetings = list_of (DF_TYPE_MEETING, crafted_meeting (1, "forum", "2025-05-13", "held", "2025-04-15"),
                                                              crafted_meeting (2, "forum", "2025-07-02", "cancelled", ""),
                                                              crafted_meeting (3, "study-trip", "2025-09-09", "planned", ""),
                                                              crafted_meeting (4, "forum", "2026-01-13", "planned", "2025-12-09"),
                                                              crafted_meeting (5, "forum", "2024-11-12", "held", ""),
                                                              NULL);
  g_autoptr (GListModel) memberships = crafted_memberships ();
  g_autoptr (DfYearWheel) wheel = df_year_wheel_new (2025);
  DfDeadlineOffsets offsets;
  GPtrArray *marks;
  DfYearWheelMark *mark;

  df_deadline_offsets_init_default (&offsets);
  df_year_wheel_add_meetings (wheel, meetings, &offsets);
  df_year_wheel_add_membership_ends (wheel, memberships);
  marks = df_year_wheel_get_marks (wheel);

  /* May: invitation 18.3., proposals 15.4., papers 6.5., the meeting;
   * September's trip: invitation 15.7., papers 2.9., the trip; January
   * 2026's meeting: invitation 18.11. and proposals 9.12. this year, its
   * papers on 6.1. next year; two memberships ending. The cancelled July
   * meeting and last year's are not on the wheel, nor are the minutes. */
  g_assert_cmpuint (marks->len, ==, 4 + 3 + 2 + 2);
  for (guint i = 1; i < marks->len; i++)
    g_assert_cmpfloat (((DfYearWheelMark *) g_ptr_array_index (marks, i - 1))->angle, <=,
                       ((DfYearWheelMark *) g_ptr_array_index (marks, i))->angle);

  mark = find_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-05-13");
  g_assert_nonnull (mark);
  g_assert_cmpfloat_with_epsilon (mark->angle, 2 * G_PI * (133 - 0.5) / 365, 1e-12);
  g_assert_cmpfloat (mark->end_angle, ==, mark->angle);
  g_assert_null (mark->end_date);
  g_assert_cmpstr (mark->subject, ==, "Møde i Strategisk dialogforum");
  g_assert_cmpint (df_year_wheel_mark_get_meeting_id (mark), ==, 1);

  mark = find_mark (wheel, DF_YEAR_WHEEL_INVITATION, "2025-03-18");
  g_assert_nonnull (mark);
  g_assert_cmpstr (mark->subject, ==, "Møde i Strategisk dialogforum, 13.5.2025");
  g_assert_cmpint (df_year_wheel_mark_get_meeting_id (mark), ==, 1);
  g_assert_nonnull (find_mark (wheel, DF_YEAR_WHEEL_PROPOSAL_DEADLINE, "2025-04-15"));
  g_assert_nonnull (find_mark (wheel, DF_YEAR_WHEEL_DISPATCH, "2025-05-06"));
  g_assert_nonnull (find_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-09-09"));
  g_assert_nonnull (find_mark (wheel, DF_YEAR_WHEEL_INVITATION, "2025-07-15"));
  g_assert_nonnull (find_mark (wheel, DF_YEAR_WHEEL_DISPATCH, "2025-09-02"));
  g_assert_null (find_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-07-02"));

  /* Next year's meeting reaches back into this year. */
  mark = find_mark (wheel, DF_YEAR_WHEEL_INVITATION, "2025-11-18");
  g_assert_nonnull (mark);
  g_assert_cmpint (df_year_wheel_mark_get_meeting_id (mark), ==, 4);
  g_assert_nonnull (find_mark (wheel, DF_YEAR_WHEEL_PROPOSAL_DEADLINE, "2025-12-09"));

  mark = find_mark (wheel, DF_YEAR_WHEEL_MEMBERSHIP_END, "2025-06-30");
  g_assert_nonnull (mark);
  g_assert_cmpstr (mark->subject, ==, "Hanne Skovgaard, Kommunal fagdirektør");
  g_assert_cmpint (mark->id, ==, 1);
  g_assert_cmpint (df_year_wheel_mark_get_meeting_id (mark), ==, 0);
  mark = find_mark (wheel, DF_YEAR_WHEEL_MEMBERSHIP_END, "2025-12-31");
  g_assert_nonnull (mark);
  g_assert_cmpfloat_with_epsilon (mark->angle, 2 * G_PI * 364.5 / 365, 1e-12);
  g_assert_true (mark == g_ptr_array_index (marks, marks->len - 1));
}

static void
test_wheel_periods (void)
{
  g_autoptr (DfYearWheel) wheel = df_year_wheel_new (2025);
  DfYearWheelMark *mark;

  /* A period is clipped to the year; one outside it is not added. */
  g_assert_true (df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEETING, "2024-10-01", "2025-07-02", "Arbejdsgruppe", 9));
  g_assert_true (df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-10-01", "2026-03-31", "Arbejdsgruppe", 10));
  g_assert_false (df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEETING, "2023-10-01", "2024-12-31", "Arbejdsgruppe", 11));
  g_assert_false (df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-10-01", "2025-09-30", "Baglæns", 12));
  g_assert_false (df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEETING, "ikke en dato", NULL, "Forkert", 13));
  g_assert_cmpuint (df_year_wheel_get_marks (wheel)->len, ==, 2);

  mark = g_ptr_array_index (df_year_wheel_get_marks (wheel), 0);
  g_assert_cmpstr (mark->date, ==, "2024-10-01");
  g_assert_cmpstr (mark->end_date, ==, "2025-07-02");
  g_assert_cmpfloat (mark->angle, ==, 0);
  g_assert_cmpfloat_with_epsilon (mark->end_angle, G_PI, 1e-12);
  mark = g_ptr_array_index (df_year_wheel_get_marks (wheel), 1);
  g_assert_cmpfloat_with_epsilon (mark->angle, angle_of ("2025-10-01"), 1e-12);
  g_assert_cmpfloat (mark->end_angle, ==, 2 * G_PI);
}

static DfAction *
crafted_action (gint64      id,
                const char *description,
                const char *owner,
                const char *due,
                const char *status)
{
  return g_object_new (DF_TYPE_ACTION, "id", id, "description", description, "owner-name", owner,
                       "due-date", due, "status", status, NULL);
}

static DfWorkingGroup *
crafted_group (gint64      id,
               const char *name,
               const char *start,
               const char *end)
{
  return g_object_new (DF_TYPE_WORKING_GROUP, "id", id, "name", name, "start-date", start, "end-date", end, NULL);
}

/* The actions' due dates (not the dropped ones, nor those without a
 * date) and the working groups' terms, clipped to the year; both open
 * what they belong to. */
static void
test_wheel_actions_and_groups (void)
{
  g_autoptr (GListModel) actions = list_of (DF_TYPE_ACTION,
                                            crafted_action (1, "Notat om barrierer", "Hanne Skovgaard", "2025-04-13", "open"),
                                            crafted_action (2, "Analysen sendes ud", "", "2025-05-19", "done"),
                                            crafted_action (3, "Ekstra temamøde", "Sekretariatet", "2025-06-11", "dropped"),
                                            crafted_action (4, "Uden frist", "Sekretariatet", "", "open"),
                                            crafted_action (5, "Næste år", "Sekretariatet", "2026-02-01", "open"),
                                            NULL);
  g_autoptr (GListModel) groups = list_of (DF_TYPE_WORKING_GROUP,
                                           crafted_group (7, "Voksne med komplekse støttebehov", "2025-03-01", ""),
                                           crafted_group (8, "Rekruttering", "2024-09-01", "2025-02-28"),
                                           crafted_group (9, "Fremtidens ældrepleje", "2026-01-01", ""),
                                           crafted_group (10, "Data", "2023-01-01", "2024-12-31"),
                                           NULL);
  g_autoptr (DfYearWheel) wheel = df_year_wheel_new (2025);
  DfYearWheelMark *mark;
  gint64 id = 0;

  df_year_wheel_add_actions (wheel, actions);
  df_year_wheel_add_working_groups (wheel, groups);
  g_assert_cmpuint (df_year_wheel_get_marks (wheel)->len, ==, 2 + 2);

  mark = find_mark (wheel, DF_YEAR_WHEEL_ACTION_DUE, "2025-04-13");
  g_assert_nonnull (mark);
  g_assert_cmpstr (mark->subject, ==, "Notat om barrierer (Hanne Skovgaard)");
  g_assert_cmpfloat_with_epsilon (mark->angle, angle_of ("2025-04-13"), 1e-12);
  g_assert_cmpint (df_year_wheel_mark_get_target (mark, &id), ==, DF_YEAR_WHEEL_TARGET_ACTION);
  g_assert_cmpint (id, ==, 1);
  g_assert_cmpint (df_year_wheel_mark_get_meeting_id (mark), ==, 0);
  mark = find_mark (wheel, DF_YEAR_WHEEL_ACTION_DUE, "2025-05-19");
  g_assert_nonnull (mark);
  g_assert_cmpstr (mark->subject, ==, "Analysen sendes ud");
  g_assert_null (find_mark (wheel, DF_YEAR_WHEEL_ACTION_DUE, "2025-06-11"));

  /* Still at work: from its start to the year's end. */
  mark = find_mark (wheel, DF_YEAR_WHEEL_WORKING_GROUP, "2025-03-01");
  g_assert_nonnull (mark);
  g_assert_cmpstr (mark->end_date, ==, "2025-12-31");
  g_assert_cmpfloat (mark->end_angle, >, mark->angle);
  g_assert_cmpint (df_year_wheel_mark_get_target (mark, &id), ==, DF_YEAR_WHEEL_TARGET_WORKING_GROUP);
  g_assert_cmpint (id, ==, 7);
  /* Begun last year: from the year's start. */
  mark = find_mark (wheel, DF_YEAR_WHEEL_WORKING_GROUP, "2024-09-01");
  g_assert_nonnull (mark);
  g_assert_cmpfloat (mark->angle, ==, 0);
  g_assert_cmpfloat_with_epsilon (mark->end_angle, angle_of ("2025-02-28"), 1e-12);

  /* A meeting's marks open the meeting; an ending opens nothing. */
  df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_DISPATCH, "2025-05-06", NULL, "Møde", 3);
  df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEMBERSHIP_END, "2025-06-30", NULL, "Hanne Skovgaard", 4);
  g_assert_cmpint (df_year_wheel_mark_get_target (find_mark (wheel, DF_YEAR_WHEEL_DISPATCH, "2025-05-06"), &id), ==,
                   DF_YEAR_WHEEL_TARGET_MEETING);
  g_assert_cmpint (id, ==, 3);
  g_assert_cmpint (df_year_wheel_mark_get_target (find_mark (wheel, DF_YEAR_WHEEL_MEMBERSHIP_END, "2025-06-30"), &id), ==,
                   DF_YEAR_WHEEL_TARGET_NONE);
  g_assert_cmpint (id, ==, 0);
}

/* The wheel's endings, read on their own, are those of the whole
 * register that fall in the year. */
static void
test_wheel_membership_ends_in_store (DfTestFixture *f,
                                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) all = df_store_list_memberships (f->store, &error);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  guint expected = 0;

  g_assert_no_error (error);
  for (int y = year - 1; y <= year + 1; y++)
    {
      g_autoptr (GListModel) ends = df_store_list_membership_ends (f->store, y, &error);
      g_autofree char *prefix = g_strdup_printf ("%04d-", y);

      g_assert_no_error (error);
      expected = 0;
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr (DfMembership) m = g_list_model_get_item (all, i);

          if (g_str_has_prefix (df_membership_get_end_date (m), prefix))
            expected++;
        }
      g_assert_cmpuint (g_list_model_get_n_items (ends), ==, expected);
      for (guint i = 0; i < g_list_model_get_n_items (ends); i++)
        {
          g_autoptr (DfMembership) m = g_list_model_get_item (ends, i);

          g_assert_true (g_str_has_prefix (df_membership_get_end_date (m), prefix));
          g_assert_cmpstr (df_membership_get_person_name (m), !=, "");
        }
    }
  /* The demo has an ending this year or next: the test is not empty. */
  g_assert_cmpuint (expected + g_list_model_get_n_items (all), >, 0);
}

/* Where on @area the marks at @wanted are found: the centre of the
 * points where df_year_wheel_marks_at() finds it first. */
static gboolean
find_on_area (DfYearWheel             *wheel,
              const cairo_rectangle_t *area,
              DfYearWheelMark         *wanted,
              double                  *x,
              double                  *y)
{
  double sum_x = 0, sum_y = 0;
  int n = 0;

  for (double py = area->y; py < area->y + area->height; py += 1)
    for (double px = area->x; px < area->x + area->width; px += 1)
      {
        g_autoptr (GPtrArray) marks = df_year_wheel_marks_at (wheel, area, px, py);

        if (marks->len > 0 && g_ptr_array_index (marks, 0) == wanted)
          {
            sum_x += px;
            sum_y += py;
            n++;
          }
      }
  if (n == 0)
    return FALSE;
  *x = sum_x / n;
  *y = sum_y / n;
  return TRUE;
}

static void
assert_pixel_is (cairo_surface_t *image,
                 double           x,
                 double           y,
                 guint8           red,
                 guint8           green,
                 guint8           blue)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  const guint8 *pixel = data + (int) y * cairo_image_surface_get_stride (image) + (int) x * 4;

  /* CAIRO_FORMAT_RGB24: blue, green, red in memory on a little-endian
   * machine; the word's order is what counts. */
  guint32 word = *(const guint32 *) pixel;

  g_assert_cmpint (ABS ((int) ((word >> 16) & 0xff) - red), <=, 2);
  g_assert_cmpint (ABS ((int) ((word >> 8) & 0xff) - green), <=, 2);
  g_assert_cmpint (ABS ((int) (word & 0xff) - blue), <=, 2);
}

/* What the pointer finds is what is drawn there, where the date says. */
static void
test_wheel_drawn_where_found (void)
{
  const cairo_rectangle_t area = { 10, 20, 400, 500 };
  g_autoptr (DfYearWheel) wheel = df_year_wheel_new (2025);
  g_autoptr (PangoFontMap) fonts = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (fonts);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 420, 540);
  cairo_t *cr = cairo_create (image);
  DfYearWheelStyle style = { .foreground = { 0, 0, 0, 1 } };
  DfYearWheelMark *july, *april, *ending;
  double july_x = 0, july_y = 0, april_x = 0, april_y = 0, ending_x = 0, ending_y = 0;
  g_autoptr (GPtrArray) nothing = NULL;

  df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-07-02", NULL, "Sommermøde", 1);
  df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-04-02", NULL, "Forårsmøde", 2);
  df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEMBERSHIP_END, "2025-04-02", NULL, "Hanne Skovgaard", 3);
  july = find_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-07-02");
  april = find_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-04-02");
  ending = find_mark (wheel, DF_YEAR_WHEEL_MEMBERSHIP_END, "2025-04-02");

  g_assert_true (find_on_area (wheel, &area, july, &july_x, &july_y));
  g_assert_true (find_on_area (wheel, &area, april, &april_x, &april_y));
  g_assert_true (find_on_area (wheel, &area, ending, &ending_x, &ending_y));
  /* 2 July straight below the centre; 2 April (91.5 of 365 days, a
   * hair past the quarter) level with it, to the right. */
  g_assert_cmpfloat (fabs (july_x - (area.x + area.width / 2)), <, 1.0);
  g_assert_cmpfloat (april_x, >, july_x + 50);
  g_assert_cmpfloat (july_y, >, april_y + 50);
  /* An ending is on a track of its own, nearer the centre. */
  g_assert_cmpfloat (ending_x, <, april_x - 10);
  g_assert_cmpfloat (fabs (ending_y - april_y), <, 2.0);
  nothing = df_year_wheel_marks_at (wheel, &area, area.x + area.width / 2, area.y + 2);
  g_assert_cmpuint (nothing->len, ==, 0);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  df_year_wheel_draw (wheel, cr, context, &area, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (image);
  /* A meeting is a blue dot. */
  assert_pixel_is (image, july_x, july_y, 0x35, 0x84, 0xe4);
  assert_pixel_is (image, april_x, april_y, 0x35, 0x84, 0xe4);
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  g_object_unref (context);
}

static void
test_wheel_from_demo (DfTestFixture *f,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (DfYearWheel) wheel = df_store_build_year_wheel (f->store, g_date_time_get_year (now), &error);
  GPtrArray *marks;
  guint meetings = 0;

  g_assert_no_error (error);
  marks = df_year_wheel_get_marks (wheel);
  for (guint i = 0; i < marks->len; i++)
    meetings += ((DfYearWheelMark *) g_ptr_array_index (marks, i))->kind == DF_YEAR_WHEEL_MEETING;
  /* This year's two meetings of the forum, the study trip and the working
   * group's meeting. */
  g_assert_cmpuint (meetings, ==, 4);
}

/* Attendance */

static DfParticipant *
participant (gint64      meeting_id,
             gint64      person_id,
             const char *name,
             const char *role,
             const char *reply,
             int         attended)
{
  return g_object_new (DF_TYPE_PARTICIPANT, "meeting-id", meeting_id, "person-id", person_id, "person-name", name,
                       "role", role, "reply", reply, "substitute-id", (gint64) (g_strcmp0 (reply, "substitute") == 0 ? 99 : 0),
                       "attended", attended, NULL);
}

static GListModel *
crafted_people (void)
{
  GListStore *list = g_list_store_new (DF_TYPE_PERSON);
  const struct { gint64 id; const char *name; gint64 organisation; const char *organisation_name; const char *kind; } rows[] = {
    { 1, "Anne Aarhus", 10, "Aarhus Kommune", "municipality" },
    { 2, "Bent Aarhus", 10, "Aarhus Kommune", "municipality" },
    { 3, "Carl Odense", 11, "Odense Kommune", "municipality" },
    { 4, "Dorte KL", 12, "Kommunernes Landsforening", "association" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON, "id", rows[i].id, "name", rows[i].name,
                                                  "organisation-id", rows[i].organisation,
                                                  "organisation-name", rows[i].organisation_name,
                                                  "organisation-kind", rows[i].kind, NULL);

      g_list_store_append (list, person);
    }
  return G_LIST_MODEL (list);
}

static DfAttendanceRow *
row_named (GPtrArray  *rows,
           const char *name)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((DfAttendanceRow *) g_ptr_array_index (rows, i))->name, name))
      return g_ptr_array_index (rows, i);
  return NULL;
}

static void
assert_row (GPtrArray  *rows,
            const char *name,
            guint       meetings,
            guint       attended,
            guint       substituted,
            guint       absent)
{
  DfAttendanceRow *row = row_named (rows, name);

  g_assert_nonnull (row);
  g_assert_cmpuint (row->meetings, ==, meetings);
  g_assert_cmpuint (row->attended, ==, attended);
  g_assert_cmpuint (row->substituted, ==, substituted);
  g_assert_cmpuint (row->absent, ==, absent);
}

static void
test_attendance_chooses_held_meetings (void)
{
  g_autoptr (GListModel) meetings = list_of (DF_TYPE_MEETING, crafted_meeting (1, "forum", "2025-05-13", "held", ""),
                                                              crafted_meeting (2, "forum", "2025-12-09", "invited", ""),
                                                              crafted_meeting (3, "study-trip", "2026-03-10", "held", ""),
                                                              crafted_meeting (4, "forum", "2026-04-14", "cancelled", ""),
                                                              crafted_meeting (5, "forum", "2026-05-12", "planned", ""),
                                                              crafted_meeting (6, "forum", "2026-12-08", "planned", ""),
                                                              NULL);
  g_autoptr (GPtrArray) chosen = NULL;

  /* The forum's own, not cancelled, up to the date; the one of the day
   * only once marked held. */
  chosen = df_attendance_choose_meetings (meetings, "2026-05-12", 2);
  g_assert_cmpuint (chosen->len, ==, 2);
  g_assert_cmpint (df_meeting_get_id (g_ptr_array_index (chosen, 0)), ==, 1);
  g_assert_cmpint (df_meeting_get_id (g_ptr_array_index (chosen, 1)), ==, 2);
  g_clear_pointer (&chosen, g_ptr_array_unref);

  chosen = df_attendance_choose_meetings (meetings, "2026-05-13", 2);
  g_assert_cmpint (df_meeting_get_id (g_ptr_array_index (chosen, 0)), ==, 2);
  g_assert_cmpint (df_meeting_get_id (g_ptr_array_index (chosen, 1)), ==, 5);
  g_clear_pointer (&chosen, g_ptr_array_unref);

  chosen = df_attendance_choose_meetings (meetings, "2025-01-01", 4);
  g_assert_cmpuint (chosen->len, ==, 0);
}

static void
test_attendance_per_member_and_municipality (void)
{
  g_autoptr (GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GListModel) people = crafted_people ();
  g_autoptr (DfAttendance) attendance = NULL;
  g_autofree char *described = NULL;

  g_ptr_array_add (meetings, crafted_meeting (1, "forum", "2025-05-13", "held", ""));
  g_ptr_array_add (lists, list_of (DF_TYPE_PARTICIPANT, participant (1, 1, "Anne Aarhus", "member", "accepted", 1),
                                                        participant (1, 3, "Carl Odense", "member", "substitute", 1),
                                                        participant (1, 4, "Dorte KL", "member", "declined", -1),
                                                        participant (1, 50, "Sekretær", "secretariat", "accepted", 1),
                                                        participant (1, 60, "Gæst", "guest", "accepted", 1),
                                                        NULL));
  g_ptr_array_add (meetings, crafted_meeting (2, "forum", "2025-12-09", "held", ""));
  /* Aarhus has two members this time: one came, so Aarhus was there. */
  g_ptr_array_add (lists, list_of (DF_TYPE_PARTICIPANT, participant (2, 1, "Anne Aarhus", "member", "accepted", 0),
                                                        participant (2, 2, "Bent Aarhus", "member", "accepted", 1),
                                                        participant (2, 3, "Carl Odense", "member", "accepted", 0),
                                                        participant (2, 4, "Dorte KL", "member", "accepted", 1),
                                                        NULL));
  g_ptr_array_add (meetings, crafted_meeting (3, "forum", "2026-05-12", "held", ""));
  g_ptr_array_add (lists, list_of (DF_TYPE_PARTICIPANT, participant (3, 1, "Anne Aarhus", "member", "accepted", -1),
                                                        participant (3, 3, "Carl Odense", "member", "accepted", -1),
                                                        NULL));

  attendance = df_attendance_compute (meetings, lists, people);
  g_assert_cmpuint (attendance->meetings->len, ==, 3);

  /* Members only, by name. */
  g_assert_cmpuint (attendance->members->len, ==, 4);
  g_assert_cmpstr (((DfAttendanceRow *) g_ptr_array_index (attendance->members, 0))->name, ==, "Anne Aarhus");
  assert_row (attendance->members, "Anne Aarhus", 3, 1, 0, 1);
  assert_row (attendance->members, "Bent Aarhus", 1, 1, 0, 0);
  assert_row (attendance->members, "Carl Odense", 3, 0, 1, 1);
  /* Apologies count as absence. */
  assert_row (attendance->members, "Dorte KL", 2, 1, 0, 1);
  g_assert_cmpuint (df_attendance_row_get_unrecorded (row_named (attendance->members, "Anne Aarhus")), ==, 1);
  g_assert_null (row_named (attendance->members, "Sekretær"));
  g_assert_null (row_named (attendance->members, "Gæst"));

  /* Municipalities, once a meeting each; KL is none. */
  g_assert_cmpuint (attendance->municipalities->len, ==, 2);
  assert_row (attendance->municipalities, "Aarhus Kommune", 3, 2, 0, 0);
  assert_row (attendance->municipalities, "Odense Kommune", 3, 0, 1, 1);

  described = df_attendance_row_describe (row_named (attendance->members, "Carl Odense"));
  g_assert_nonnull (strstr (described, "Carl Odense"));
  g_assert_nonnull (strstr (described, "1"));
  g_assert_nonnull (strstr (described, "3"));
}

static void
test_attendance_from_demo (DfTestFixture *f,
                           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *today = df_date_today_iso ();
  g_autoptr (DfAttendance) attendance = df_store_attendance (f->store, today, DF_ATTENDANCE_MEETINGS_DEFAULT, &error);
  guint came = 0, absent = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < attendance->members->len; i++)
    {
      DfAttendanceRow *row = g_ptr_array_index (attendance->members, i);

      g_assert_cmpuint (row->meetings, <=, attendance->meetings->len);
      came += row->attended + row->substituted;
      absent += row->absent;
    }
  /* The demo's held meeting of the forum, if this year's spring has been,
   * has its attendance recorded: someone came, someone sent apologies. */
  if (attendance->meetings->len > 0)
    {
      g_assert_cmpuint (came, >, 0);
      g_assert_cmpuint (absent, >, 0);
      g_assert_cmpuint (attendance->municipalities->len, >, 0);
    }
}

/* The sheet */

static PopplerDocument *
render (DfPackDocument *document,
        const char     *dir)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "hjul.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *pdf;

  g_assert_true (df_pack_document_render_pdf (document, path, &error));
  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return pdf;
}

static char *
page_words (PopplerDocument *pdf,
            int              page_nr)
{
  g_autoptr (GObject) page = G_OBJECT (poppler_document_get_page (pdf, page_nr));
  g_autofree char *text = poppler_page_get_text (POPPLER_PAGE (page));
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strjoinv (" ", lines);
}

static void
assert_landscape (PopplerDocument *pdf,
                  int              page_nr)
{
  g_autoptr (GObject) page = G_OBJECT (poppler_document_get_page (pdf, page_nr));
  double width, height;

  poppler_page_get_size (POPPLER_PAGE (page), &width, &height);
  g_assert_cmpfloat (width, >, height);
}

static void
test_sheet_in_pdf (void)
{
  g_autofree char *dir = df_test_make_dir ();
  const DfPackHeader header = { NULL, NULL, NULL, NULL };
  g_autoptr (DfPackDocument) document = df_pack_document_new (&header);
  DfYearWheel *wheel = df_year_wheel_new (2025);
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autofree char *words = NULL;

  df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEETING, "2025-09-09", NULL, "Studietur til Aarhus", 1);
  df_year_wheel_add_mark (wheel, DF_YEAR_WHEEL_MEMBERSHIP_END, "2025-12-31", NULL, "Bo Kristensen, BKF", 2);
  df_pack_add_yearwheel (document, wheel, "2025-11-24");
  pdf = render (document, dir);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  assert_landscape (pdf, 0);
  words = page_words (pdf, 0);
  /* Danish whatever the locale: the title, the months by name, the
   * legend, and the marks by date. */
  g_assert_nonnull (strstr (words, "Årshjul"));
  g_assert_nonnull (strstr (words, "Årshjul 2025"));
  g_assert_nonnull (strstr (words, "september"));
  g_assert_nonnull (strstr (words, "december"));
  g_assert_nonnull (strstr (words, "Møde"));
  g_assert_nonnull (strstr (words, "I dag"));
  g_assert_nonnull (strstr (words, "Studietur til Aarhus"));
  g_assert_nonnull (strstr (words, "9.9."));
  g_assert_nonnull (strstr (words, "Bo Kristensen, BKF"));
  g_assert_nonnull (strstr (words, "FORTROLIGT"));
  df_test_remove_dir (dir);
}

static void
test_sheet_in_the_pack (DfTestFixture *f,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPackDocument) document = df_pack_build_for_meeting (f->store, 1, DF_PACK_SHEET_YEARWHEEL, &error);
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autofree char *words = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (df_pack_document_get_n_pages (document), ==, 1);
  pdf = render (document, f->dir);
  assert_landscape (pdf, 0);
  words = page_words (pdf, 0);
  g_assert_nonnull (strstr (words, "Årshjul"));
  g_assert_nonnull (strstr (words, "september"));
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add_func ("/deadlines/default-offsets", test_deadlines_default_offsets);
  g_test_add_func ("/deadlines/crafted-offsets", test_deadlines_crafted_offsets);
  g_test_add_func ("/deadlines/what-is-done", test_deadlines_what_is_done);
  g_test_add_func ("/deadlines/next-and-late", test_deadlines_next_and_late);
  g_test_add ("/deadlines/in-the-store", DfTestFixture, NULL, df_test_fixture_set_up, test_deadlines_in_the_store,
              df_test_fixture_tear_down);
  g_test_add_func ("/wheel/angles", test_wheel_angles);
  g_test_add_func ("/wheel/marks-for-crafted-year", test_wheel_marks_for_crafted_year);
  g_test_add_func ("/wheel/periods", test_wheel_periods);
  g_test_add_func ("/wheel/actions-and-groups", test_wheel_actions_and_groups);
  g_test_add ("/wheel/membership-ends-in-store", DfTestFixture, NULL, df_test_fixture_set_up_demo,
              test_wheel_membership_ends_in_store, df_test_fixture_tear_down);
  g_test_add_func ("/wheel/drawn-where-found", test_wheel_drawn_where_found);
  g_test_add ("/wheel/from-demo", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_wheel_from_demo,
              df_test_fixture_tear_down);
  g_test_add_func ("/attendance/chooses-held-meetings", test_attendance_chooses_held_meetings);
  g_test_add_func ("/attendance/per-member-and-municipality", test_attendance_per_member_and_municipality);
  g_test_add ("/attendance/from-demo", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_attendance_from_demo,
              df_test_fixture_tear_down);
  g_test_add_func ("/sheet/in-pdf", test_sheet_in_pdf);
  g_test_add ("/sheet/in-the-pack", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_sheet_in_the_pack,
              df_test_fixture_tear_down);
  return g_test_run ();
}
