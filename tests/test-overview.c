/* test-overview.c: what the Oversigt page shows, without a display: the
 * deadlines derived from crafted meetings and offsets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-date.h"
#include "dialogforum/df-deadlines.h"
#include "dialogforum/df-store-meetings.h"
#include "df-test-util.h"

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
  return g_test_run ();
}
