/* test-meetings.c: meetings, agendas and attachments through the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-deadlines.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-time.h"
#include "df-test-util.h"

#define HM(h, m) ((h) * 60 + (m))

typedef struct
{
  char    *dir;
  char    *path;
  DfStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  f->dir = df_test_make_dir ();
  f->path = g_build_filename (f->dir, "meetings.sqlite", NULL);
  f->store = df_store_open (f->path, DF_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  df_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
reopen (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&f->store);
  f->store = df_store_open (f->path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static gint64
add_meeting (Fixture    *f,
             const char *date,
             int         start,
             int         end)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfMeeting) meeting = g_object_new (DF_TYPE_MEETING,
                                                "title", "Møde i Strategisk dialogforum",
                                                "date", date,
                                                "start-time", start,
                                                "end-time", end,
                                                NULL);
  gint64 id = df_store_save_meeting (f->store, meeting, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_item (Fixture    *f,
          gint64      meeting_id,
          const char *title,
          int         duration,
          int         position)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfAgendaItem) item = g_object_new (DF_TYPE_AGENDA_ITEM,
                                                "meeting-id", meeting_id,
                                                "title", title,
                                                "duration", duration,
                                                "position", position,
                                                NULL);
  gint64 id = df_store_save_agenda_item (f->store, item, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static DfAgendaItem *
item_at (GListModel *agenda,
         guint       position)
{
  DfAgendaItem *item = g_list_model_get_item (agenda, position);

  g_object_unref (item); /* the list keeps it alive */
  return item;
}

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON, "name", name, NULL);
  gint64 id = df_store_save_person (f->store, person, &error);

  g_assert_no_error (error);
  return id;
}

static GBytes *
random_bytes (gsize size)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (4);
  guint8 *data = g_malloc (size);

  for (gsize i = 0; i < size; i++)
    data[i] = (guint8) g_rand_int_range (rand, 0, 256);
  /* A PDF's start, and the bytes text handling would trip on. */
  memcpy (data, "%PDF-1.5\n\0\r\n\xff\xfe", 15);
  return g_bytes_new_take (data, size);
}

static void
test_meeting_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfMeeting) meeting = NULL;
  gint64 person = add_person (f, "Mette Kjærgaard");
  DfMeeting *found;
  gint64 id;

  meeting = g_object_new (DF_TYPE_MEETING,
                          "title", "  Møde i Strategisk dialogforum  ",
                          "kind", "study-trip",
                          "date", "2027-03-09",
                          "start-time", HM (9, 30),
                          "end-time", HM (15, 0),
                          "full-day", TRUE,
                          "venue-name", "Socialstyrelsen",
                          "venue-address", "Edisonsvej 1, 5000 Odense C",
                          "online-link", "https://moede.example/dialogforum",
                          "status", "invited",
                          "responsible-id", person,
                          "proposal-deadline", "2027-02-09",
                          "notes", "Frokost til 20.",
                          NULL);
  id = df_store_save_meeting (f->store, meeting, &error);
  g_assert_no_error (error);
  reopen (f);

  found = df_store_find_meeting (f->store, id);
  g_assert_nonnull (found);
  g_assert_cmpstr (df_meeting_get_title (found), ==, "Møde i Strategisk dialogforum");
  g_assert_cmpstr (df_meeting_get_kind (found), ==, "study-trip");
  g_assert_cmpstr (df_meeting_kind_danish (df_meeting_get_kind (found)), ==, "studietur");
  g_assert_cmpstr (df_meeting_get_date (found), ==, "2027-03-09");
  g_assert_cmpint (df_meeting_get_start_time (found), ==, HM (9, 30));
  g_assert_cmpint (df_meeting_get_end_time (found), ==, HM (15, 0));
  g_assert_true (df_meeting_get_full_day (found));
  g_assert_cmpstr (df_meeting_get_venue_address (found), ==, "Edisonsvej 1, 5000 Odense C");
  g_assert_cmpstr (df_meeting_get_online_link (found), ==, "https://moede.example/dialogforum");
  g_assert_cmpstr (df_meeting_get_status (found), ==, "invited");
  g_assert_cmpstr (df_meeting_get_marking (found), ==, "FORTROLIGT");
  g_assert_cmpint (df_meeting_get_responsible_id (found), ==, person);
  g_assert_cmpstr (df_meeting_get_responsible_name (found), ==, "Mette Kjærgaard");
  g_assert_cmpstr (df_meeting_get_proposal_deadline (found), ==, "2027-02-09");
  g_assert_cmpint (df_meeting_get_year (found), ==, 2027);
  g_assert_cmpint (df_meeting_get_agenda_end (found), ==, HM (9, 30));
  g_assert_cmpstr (df_meeting_get_timing_note (found), ==, "");
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM meeting"), ==, 1);
}

static void
assert_meeting_refused (Fixture    *f,
                        const char *first_property,
                        ...)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfMeeting) meeting = g_object_new (DF_TYPE_MEETING,
                                                "title", "Møde", "date", "2027-03-09",
                                                "start-time", HM (9, 0), "end-time", HM (12, 0), NULL);
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (meeting), first_property, args);
  va_end (args);
  g_assert_cmpint (df_store_save_meeting (f->store, meeting, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM meeting"), ==, 0);
}

static void
test_meeting_refusals (Fixture       *f,
                       gconstpointer  data)
{
  assert_meeting_refused (f, "title", "  ", NULL);
  assert_meeting_refused (f, "kind", "party", NULL);
  assert_meeting_refused (f, "date", "9.3.2027", NULL);
  assert_meeting_refused (f, "end-time", HM (8, 0), NULL);
  assert_meeting_refused (f, "end-time", HM (24, 30), NULL);
  assert_meeting_refused (f, "status", "postponed", NULL);
  assert_meeting_refused (f, "marking", "", NULL);
  assert_meeting_refused (f, "online-link", "teams", NULL);
  assert_meeting_refused (f, "proposal-deadline", "2027-04-01", NULL);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              int        *count)
{
  (*count)++;
}

static void
test_agenda_times_follow (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 meeting = add_meeting (f, "2027-03-09", HM (9, 30), HM (12, 0));
  g_autoptr (GListModel) agenda = df_store_list_agenda (f->store, meeting, &error);
  g_autoptr (DfAgendaItem) longer = NULL;
  DfAgendaItem *talk, *last;
  int notified = 0;

  g_assert_no_error (error);
  add_item (f, meeting, "Velkomst", 15, 0);
  add_item (f, meeting, "Oplæg", 30, 1);
  add_item (f, meeting, "Drøftelse", 45, 2);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 3);
  talk = item_at (agenda, 1);
  last = item_at (agenda, 2);
  g_assert_cmpint (df_agenda_item_get_start (talk), ==, HM (9, 45));
  g_assert_cmpint (df_agenda_item_get_start (last), ==, HM (10, 15));
  g_assert_cmpstr (df_agenda_item_get_timing_note (last), ==, "");

  /* The talk grows by 90 minutes: the same objects change in place, the
   * discussion moves and now ends past the planned end. */
  g_signal_connect (last, "notify::start", G_CALLBACK (count_notify), &notified);
  longer = g_object_new (DF_TYPE_AGENDA_ITEM,
                         "id", df_agenda_item_get_id (talk),
                         "title", "Oplæg",
                         "duration", 120,
                         NULL);
  g_assert_cmpint (df_store_save_agenda_item (f->store, longer, &error), ==, df_agenda_item_get_id (talk));
  g_assert_no_error (error);
  g_assert_true (item_at (agenda, 2) == last);
  g_assert_cmpint (notified, ==, 1);
  g_assert_cmpint (df_agenda_item_get_start (last), ==, HM (11, 45));
  g_assert_cmpint (df_agenda_item_get_past_end (last), ==, 30);
  g_assert_nonnull (strstr (df_agenda_item_get_timing_note (last), "30 minutes"));
  g_assert_cmpint (df_agenda_item_get_past_end (talk), ==, 0);
  /* The meeting list says so too. */
  g_assert_cmpint (df_meeting_get_agenda_end (df_store_find_meeting (f->store, meeting)), ==, HM (12, 30));
  g_assert_cmpstr (df_meeting_get_timing_note (df_store_find_meeting (f->store, meeting)), !=, "");

  /* An item inserted at the front moves everything after it. */
  add_item (f, meeting, "Kaffe", 10, 0);
  g_assert_cmpstr (df_agenda_item_get_title (item_at (agenda, 0)), ==, "Kaffe");
  g_assert_cmpint (df_agenda_item_get_start (item_at (agenda, 1)), ==, HM (9, 40));
  g_assert_cmpint (df_agenda_item_get_position (item_at (agenda, 3)), ==, 3);
}

static void
test_move_item (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 meeting = add_meeting (f, "2027-03-09", HM (9, 0), HM (12, 0));
  g_autoptr (GListModel) agenda = df_store_list_agenda (f->store, meeting, &error);
  gint64 first = add_item (f, meeting, "Velkomst", 10, 0);
  gint64 second = add_item (f, meeting, "Oplæg", 30, 1);
  gint64 third = add_item (f, meeting, "Pause", 15, 2);

  g_assert_true (df_store_move_agenda_item (f->store, first, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_agenda_item_get_id (item_at (agenda, 0)), ==, second);
  g_assert_cmpint (df_agenda_item_get_id (item_at (agenda, 1)), ==, third);
  g_assert_cmpint (df_agenda_item_get_id (item_at (agenda, 2)), ==, first);
  g_assert_cmpint (df_agenda_item_get_start (item_at (agenda, 1)), ==, HM (9, 30));
  g_assert_cmpint (df_agenda_item_get_start (item_at (agenda, 2)), ==, HM (9, 45));

  /* Past the end means last; back to the top. */
  g_assert_true (df_store_move_agenda_item (f->store, second, 99, &error));
  g_assert_true (df_store_move_agenda_item (f->store, first, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_agenda_item_get_id (item_at (agenda, 0)), ==, first);
  g_assert_cmpint (df_agenda_item_get_id (item_at (agenda, 1)), ==, third);
  g_assert_cmpint (df_agenda_item_get_id (item_at (agenda, 2)), ==, second);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT group_concat(position, '') FROM"
                                                " (SELECT position FROM agenda_item ORDER BY position)"), ==, 12);

  g_assert_false (df_store_move_agenda_item (f->store, 4242, 0, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
}

static void
test_past_midnight_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 meeting = add_meeting (f, "2027-03-09", HM (21, 0), HM (23, 0));
  g_autoptr (DfAgendaItem) night = g_object_new (DF_TYPE_AGENDA_ITEM,
                                                 "meeting-id", meeting, "title", "Natmøde", "duration", 120, NULL);
  g_autoptr (DfMeeting) later = NULL;
  gint64 dinner = add_item (f, meeting, "Middag", 90, 0);

  g_assert_cmpint (df_store_save_agenda_item (f->store, night, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM agenda_item"), ==, 1);

  /* Nor may the meeting start so late that its agenda would. */
  later = g_object_new (DF_TYPE_MEETING, "id", meeting, "title", "Møde", "date", "2027-03-09",
                        "start-time", HM (23, 0), "end-time", HM (23, 59), NULL);
  g_assert_cmpint (df_store_save_meeting (f->store, later, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT start_time FROM meeting"), ==, HM (21, 0));
  g_assert_cmpint (dinner, >, 0);
}

static void
test_attachment_round_trip (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 meeting = add_meeting (f, "2027-03-09", HM (9, 0), HM (12, 0));
  gint64 welcome = add_item (f, meeting, "Velkomst", 10, 0);
  gint64 talk = add_item (f, meeting, "Oplæg", 30, 1);
  g_autoptr (GBytes) pdf = random_bytes (300 * 1024 + 7);
  g_autoptr (GBytes) small = random_bytes (64);
  g_autoptr (GBytes) loaded = NULL;
  g_autoptr (GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr (GListModel) attachments = NULL;
  g_autoptr (DfAttachment) first = NULL;
  g_autoptr (DfAttachment) second = NULL;
  gint64 id, other;

  id = df_store_add_attachment (f->store, talk, "Notat om tidlig indsats", "notat.pdf", "application/pdf", pdf, &error);
  g_assert_no_error (error);
  other = df_store_add_attachment (f->store, welcome, "Program", "program.pdf", "application/pdf", small, &error);
  g_assert_no_error (error);
  reopen (f);

  loaded = df_store_load_attachment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (loaded, pdf));

  /* Numbered through the meeting in the agenda's order. */
  attachments = df_store_list_attachments (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attachments), ==, 2);
  first = g_list_model_get_item (attachments, 0);
  second = g_list_model_get_item (attachments, 1);
  g_assert_cmpint (df_attachment_get_id (first), ==, other);
  g_assert_cmpint (df_attachment_get_number (first), ==, 1);
  g_assert_cmpint (df_attachment_get_id (second), ==, id);
  g_assert_cmpint (df_attachment_get_number (second), ==, 2);
  g_assert_cmpint (df_attachment_get_size (second), ==, g_bytes_get_size (pdf));
  g_assert_cmpstr (df_attachment_get_content_type (second), ==, "application/pdf");

  g_assert_true (df_store_move_agenda_item (f->store, talk, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_attachment_get_number (second), ==, 1);
  g_assert_cmpint (df_attachment_get_number (first), ==, 2);

  g_assert_true (df_store_rename_attachment (f->store, id, "Notat", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (df_attachment_get_title (second), ==, "Notat");

  g_assert_cmpint (df_store_add_attachment (f->store, talk, "Tom", "tom.pdf", "application/pdf", empty, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (df_store_add_attachment (f->store, talk, " ", "x.pdf", "application/pdf", small, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (df_store_remove_attachment (f->store, other, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attachments), ==, 1);
  g_assert_null (df_store_load_attachment (f->store, other, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
}

static void
test_remove_and_restore_item (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 meeting = add_meeting (f, "2027-03-09", HM (9, 0), HM (12, 0));
  g_autoptr (GListModel) agenda = df_store_list_agenda (f->store, meeting, &error);
  gint64 presenter = add_person (f, "Trine Vang");
  gint64 talk, restored;
  g_autoptr (GBytes) pdf = random_bytes (4096);
  g_autoptr (GBytes) loaded = NULL;
  g_autoptr (GPtrArray) presenters = NULL;
  g_autoptr (DfRemovedAgendaItem) removed = NULL;
  gint64 attachment;

  add_item (f, meeting, "Velkomst", 10, 0);
  talk = add_item (f, meeting, "Oplæg", 30, 1);
  add_item (f, meeting, "Pause", 15, 2);
  g_assert_true (df_store_set_presenters (f->store, talk, &presenter, 1, &error));
  attachment = df_store_add_attachment (f->store, talk, "Notat", "notat.pdf", "application/pdf", pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (df_agenda_item_get_presenters_text (item_at (agenda, 1)), ==, "Trine Vang");

  removed = df_store_remove_agenda_item (f->store, talk, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removed);
  g_assert_cmpstr (df_removed_agenda_item_get_title (removed), ==, "Oplæg");
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 2);
  g_assert_cmpint (df_agenda_item_get_start (item_at (agenda, 1)), ==, HM (9, 10));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM attachment"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM agenda_item_presenter"), ==, 0);

  restored = df_store_restore_agenda_item (f->store, removed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, talk);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 3);
  g_assert_cmpint (df_agenda_item_get_id (item_at (agenda, 1)), ==, talk);
  g_assert_cmpint (df_agenda_item_get_start (item_at (agenda, 2)), ==, HM (9, 40));
  g_assert_cmpstr (df_agenda_item_get_attachments_text (item_at (agenda, 1)), ==, "Attachment 1");
  presenters = df_store_list_presenters (f->store, talk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (presenters->len, ==, 1);
  g_assert_cmpstr (df_person_get_name (g_ptr_array_index (presenters, 0)), ==, "Trine Vang");
  loaded = df_store_load_attachment (f->store, attachment, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (loaded, pdf));
}

static void
test_people_on_agendas_are_kept (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 meeting = add_meeting (f, "2027-03-09", HM (9, 0), HM (12, 0));
  gint64 talk = add_item (f, meeting, "Oplæg", 30, 0);
  gint64 presenter = add_person (f, "Trine Vang");
  gint64 people[] = { presenter, presenter };

  /* Named twice, listed once. */
  g_assert_true (df_store_set_presenters (f->store, talk, people, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM agenda_item_presenter"), ==, 1);
  g_assert_false (df_store_delete_person (f->store, presenter, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  people[0] = 4242;
  g_assert_false (df_store_set_presenters (f->store, talk, people, 1, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM agenda_item_presenter"), ==, 1);
}

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 half = df_store_create_meeting (f->store, DF_MEETING_TEMPLATE_HALF_DAY, "2027-03-09", &error);
  gint64 full = df_store_create_meeting (f->store, DF_MEETING_TEMPLATE_FULL_DAY, "2027-09-14", &error);
  g_autoptr (GListModel) half_agenda = df_store_list_agenda (f->store, half, &error);
  g_autoptr (GListModel) full_agenda = df_store_list_agenda (f->store, full, &error);
  DfMeeting *half_meeting = df_store_find_meeting (f->store, half);
  DfMeeting *full_meeting = df_store_find_meeting (f->store, full);
  gboolean lunch = FALSE;

  g_assert_no_error (error);
  g_assert_false (df_meeting_get_full_day (half_meeting));
  g_assert_true (df_meeting_get_full_day (full_meeting));
  g_assert_cmpstr (df_meeting_get_kind (half_meeting), ==, "forum");
  g_assert_cmpstr (df_meeting_get_marking (half_meeting), ==, "FORTROLIGT");
  /* The templates fit their day exactly. */
  g_assert_cmpint (df_meeting_get_agenda_end (half_meeting), ==, df_meeting_get_end_time (half_meeting));
  g_assert_cmpint (df_meeting_get_agenda_end (full_meeting), ==, df_meeting_get_end_time (full_meeting));
  g_assert_cmpstr (df_meeting_get_timing_note (full_meeting), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (half_agenda), >=, 4);
  g_assert_cmpstr (df_agenda_item_get_format (item_at (half_agenda, 0)), ==, "welcome");
  for (guint i = 0; i < g_list_model_get_n_items (half_agenda); i++)
    g_assert_cmpstr (df_agenda_item_get_format (item_at (half_agenda, i)), !=, "lunch");
  for (guint i = 0; i < g_list_model_get_n_items (full_agenda); i++)
    if (g_strcmp0 (df_agenda_item_get_format (item_at (full_agenda, i)), "lunch") == 0)
      lunch = df_agenda_item_get_fixed_start (item_at (full_agenda, i)) != DF_NO_FIXED_START;
  g_assert_true (lunch);
  g_assert_cmpstr (df_agenda_item_get_format (item_at (full_agenda, g_list_model_get_n_items (full_agenda) - 1)),
                   ==, "any-other-business");
}

static void
test_copy_meeting (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 source = add_meeting (f, "2026-05-12", HM (9, 30), HM (12, 0));
  gint64 talk = add_item (f, source, "Oplæg", 30, 0);
  gint64 presenter = add_person (f, "Trine Vang");
  g_autoptr (GBytes) pdf = random_bytes (100);
  g_autoptr (DfMeeting) held = NULL;
  g_autoptr (GListModel) agenda = NULL;
  g_autoptr (GPtrArray) presenters = NULL;
  DfMeeting *copy;
  gint64 id;

  add_item (f, source, "Drøftelse", 45, 1);
  g_assert_true (df_store_set_presenters (f->store, talk, &presenter, 1, &error));
  g_assert_cmpint (df_store_add_attachment (f->store, talk, "Notat", "notat.pdf", "application/pdf", pdf, &error), >, 0);
  held = g_object_new (DF_TYPE_MEETING, "id", source, "title", "Forårsmødet", "date", "2026-05-12",
                       "start-time", HM (9, 30), "end-time", HM (12, 0), "status", "held",
                       "proposal-deadline", "2026-04-14", NULL);
  g_assert_cmpint (df_store_save_meeting (f->store, held, &error), ==, source);

  id = df_store_copy_meeting (f->store, source, "2027-05-11", &error);
  g_assert_no_error (error);
  copy = df_store_find_meeting (f->store, id);
  g_assert_cmpstr (df_meeting_get_title (copy), ==, "Forårsmødet");
  g_assert_cmpstr (df_meeting_get_date (copy), ==, "2027-05-11");
  g_assert_cmpstr (df_meeting_get_status (copy), ==, "planned");
  g_assert_cmpstr (df_meeting_get_proposal_deadline (copy), ==, "2027-04-13");
  agenda = df_store_list_agenda (f->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 2);
  g_assert_cmpstr (df_agenda_item_get_title (item_at (agenda, 1)), ==, "Drøftelse");
  g_assert_cmpstr (df_agenda_item_get_presenters_text (item_at (agenda, 0)), ==, "Trine Vang");
  presenters = df_store_list_presenters (f->store, df_agenda_item_get_id (item_at (agenda, 0)), &error);
  g_assert_cmpuint (presenters->len, ==, 1);
  /* The earlier meeting's papers stay with it. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM attachment"), ==, 1);
  g_assert_cmpstr (df_agenda_item_get_attachments_text (item_at (agenda, 0)), ==, "");

  g_assert_cmpint (df_store_copy_meeting (f->store, 4242, "2027-05-11", &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
}

static void
test_delete_meeting (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 planned = add_meeting (f, "2027-03-09", HM (9, 0), HM (12, 0));
  gint64 held_id = add_meeting (f, "2026-03-10", HM (9, 0), HM (12, 0));
  gint64 talk = add_item (f, planned, "Oplæg", 30, 0);
  g_autoptr (GBytes) pdf = random_bytes (100);
  g_autoptr (DfMeeting) held = g_object_new (DF_TYPE_MEETING, "id", held_id, "title", "Møde", "date", "2026-03-10",
                                             "start-time", HM (9, 0), "end-time", HM (12, 0), "status", "held", NULL);
  g_autoptr (GListModel) agenda = df_store_list_agenda (f->store, planned, &error);
  g_autofree char *held_ics = g_strdup_printf ("SELECT count(*) FROM forum_setting WHERE key = 'ics-meeting-%" G_GINT64_FORMAT "'",
                                               held_id);

  g_assert_cmpint (df_store_add_attachment (f->store, talk, "Notat", "notat.pdf", NULL, pdf, &error), >, 0);
  g_assert_cmpint (df_store_save_meeting (f->store, held, &error), ==, held_id);
  g_assert_no_error (error);

  g_assert_false (df_store_delete_meeting (f->store, held_id, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  /* Not even around the store. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM meeting"), ==, 2);

  /* What the settings remember of a meeting: its tasks marked done, its
   * calendar entry's revision. */
  for (int i = 0; i < 2; i++)
    {
      gint64 id = i == 0 ? planned : held_id;
      g_autofree char *ics = g_strdup_printf ("ics-meeting-%" G_GINT64_FORMAT, id);

      g_assert_true (df_store_set_task_done (f->store, id, DF_TASK_INVITATION, TRUE, &error));
      g_assert_true (df_store_set_setting (f->store, ics, "0 abc 20270101T000000Z", &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM forum_setting"
                                                " WHERE key GLOB 'task-done:*' OR key GLOB 'ics-meeting-*'"), ==, 4);

  g_assert_true (df_store_delete_meeting (f->store, planned, &error));
  g_assert_no_error (error);
  /* The deleted meeting's go with it; the other's stay. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM forum_setting"
                                                " WHERE key GLOB 'task-done:*' OR key GLOB 'ics-meeting-*'"), ==, 2);
  g_assert_cmpint (df_test_sqlite_int (f->path, held_ics), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM agenda_item"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM attachment"), ==, 0);
  g_assert_false (df_store_delete_meeting (f->store, planned, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meetings/meeting-round-trip", test_meeting_round_trip);
  ADD ("/meetings/meeting-refusals", test_meeting_refusals);
  ADD ("/meetings/agenda-times-follow", test_agenda_times_follow);
  ADD ("/meetings/move-item", test_move_item);
  ADD ("/meetings/past-midnight-refused", test_past_midnight_refused);
  ADD ("/meetings/attachment-round-trip", test_attachment_round_trip);
  ADD ("/meetings/remove-and-restore-item", test_remove_and_restore_item);
  ADD ("/meetings/people-on-agendas-are-kept", test_people_on_agendas_are_kept);
  ADD ("/meetings/templates", test_templates);
  ADD ("/meetings/copy-meeting", test_copy_meeting);
  ADD ("/meetings/delete-meeting", test_delete_meeting);
#undef ADD
  return g_test_run ();
}
