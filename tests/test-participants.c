/* test-participants.c: invitations, replies, substitutes, guests and the
 * counts; the participant list, sign-in sheet and agenda in the PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <poppler.h>

#include "dialogforum/df-agenda-item.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-pack-meeting.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-participants.h"
#include "df-test-util.h"

static DfMeeting *
meeting_at (DfTestFixture *f,
            guint          position)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (f->store, NULL);
  g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, position);

  /* The store's live list keeps it. */
  return meeting;
}

static DfParticipant *
participant_named (GListModel *participants,
                   const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr (DfParticipant) p = g_list_model_get_item (participants, i);

      if (g_str_equal (df_participant_get_person_name (p), name))
        return p;
    }
  return NULL;
}

static gint64
person_named (DfTestFixture *f,
              const char    *name)
{
  g_autoptr (GListModel) people = df_store_list_people (f->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) p = g_list_model_get_item (people, i);

      if (g_str_equal (df_person_get_name (p), name))
        return df_person_get_id (p);
    }
  return 0;
}

/* The demo's meeting next year, which has no participants yet. */
static DfMeeting *
meeting_next_year (DfTestFixture *f)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (f->store, NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      /* The store's live list keeps it. */
      if (df_meeting_get_year (meeting) == g_date_time_get_year (now) + 1)
        return meeting;
    }
  g_assert_not_reached ();
}

static void
test_invite_and_reply (DfTestFixture *f,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  DfMeeting *meeting = meeting_next_year (f);
  gint64 id = df_meeting_get_id (meeting);
  g_autoptr (GListModel) participants = df_store_list_participants (f->store, id, &error);
  DfParticipantCounts counts;
  DfParticipant *per;
  guint added = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 0);
  g_assert_true (df_store_invite_members (f->store, id, &added, &error));
  g_assert_no_error (error);
  /* Thirteen seated next May (one membership ends before) and the
   * secretariat's two; a second call adds no one twice. */
  g_assert_cmpuint (added, ==, g_list_model_get_n_items (participants));
  g_assert_cmpuint (added, >=, 14);
  g_assert_true (df_store_invite_members (f->store, id, &added, &error));
  g_assert_cmpuint (added, ==, 0);

  per = participant_named (participants, "Per Østergaard");
  g_assert_nonnull (per);
  g_assert_cmpstr (df_participant_get_seat_name (per), ==, "Kommunal fagdirektør");

  /* A substitute must be named, unless the member has a standing one. */
  g_assert_false (df_store_record_reply (f->store, df_participant_get_id (participant_named (participants, "Hanne Skovgaard")),
                                         "substitute", 0, "2027-04-01", "phone", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (df_store_record_reply (f->store, df_participant_get_id (per), "substitute",
                                        0, "2027-04-01", "phone", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (df_participant_get_substitute_name (per), ==, "Kasper Bruun");
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM participant WHERE reply = 'substitute'"
                                                " AND reply_channel = 'phone' AND reply_date = '2027-04-01'"), >=, 1);

  g_assert_true (df_store_record_reply (f->store, df_participant_get_id (participant_named (participants, "Søren Hjort")),
                                        "declined", 0, "2027-04-02", "email", &error));
  df_participant_counts (participants, -1, -1, &counts);
  g_assert_cmpuint (counts.invited, ==, g_list_model_get_n_items (participants));
  g_assert_cmpuint (counts.accepted, ==, 1);
  g_assert_cmpuint (counts.declined, ==, 1);
  g_assert_cmpuint (counts.unanswered, ==, counts.invited - 2);
}

/* A partial stay lies within the meeting, and a refused one changes
 * nothing; a stay left from before the meeting moved does not block an
 * edit of the rest. */
static void
test_partial_stay (DfTestFixture *f,
                   gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  DfMeeting *meeting = meeting_next_year (f);
  gint64 id = df_meeting_get_id (meeting);
  int start = df_meeting_get_start_time (meeting), end = df_meeting_get_end_time (meeting);
  g_autoptr (GListModel) participants = df_store_list_participants (f->store, id, &error);
  g_autoptr (DfParticipant) stay = NULL;
  g_autoptr (DfParticipant) early = NULL;
  g_autoptr (DfParticipant) late = NULL;
  g_autoptr (DfParticipant) notes = NULL;
  g_autofree char *sql = NULL;
  DfParticipant *hanne;
  gint64 hanne_id;

  g_assert_true (df_store_invite_members (f->store, id, NULL, &error));
  hanne = participant_named (participants, "Hanne Skovgaard");
  g_assert_nonnull (hanne);
  hanne_id = df_participant_get_id (hanne);

  stay = g_object_new (DF_TYPE_PARTICIPANT, "id", hanne_id, "attend-from", start + 30, "attend-to", end - 60,
                       "accessibility", "Kørestol: plads ved døren", "attended", -1, NULL);
  g_assert_true (df_store_update_participant (f->store, stay, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT count(*) FROM participant WHERE id = %" G_GINT64_FORMAT
                         " AND attend_from = %d AND attend_to = %d AND accessibility = 'Kørestol: plads ved døren'",
                         hanne_id, start + 30, end - 60);
  g_assert_cmpint (df_test_sqlite_int (f->path, sql), ==, 1);
  g_assert_cmpint (df_participant_get_attend_from (hanne), ==, start + 30);
  g_assert_cmpstr (df_participant_get_accessibility (hanne), ==, "Kørestol: plads ved døren");

  early = g_object_new (DF_TYPE_PARTICIPANT, "id", hanne_id, "attend-from", start - 30, "attend-to", end - 60,
                        "accessibility", "ændret", "attended", -1, NULL);
  g_assert_false (df_store_update_participant (f->store, early, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "From:") || g_str_has_prefix (error->message, "Fra:"));
  g_clear_error (&error);
  late = g_object_new (DF_TYPE_PARTICIPANT, "id", hanne_id, "attend-from", start + 30, "attend-to", end + 30,
                       "accessibility", "ændret", "attended", -1, NULL);
  g_assert_false (df_store_update_participant (f->store, late, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "To:") || g_str_has_prefix (error->message, "Til:"));
  g_clear_error (&error);
  g_assert_cmpint (df_test_sqlite_int (f->path, sql), ==, 1);

  /* The meeting begins later now: the old arrival stands until changed. */
  df_test_sqlite_exec (f->path, "UPDATE meeting SET start_time = start_time + 60");
  notes = g_object_new (DF_TYPE_PARTICIPANT, "id", hanne_id, "attend-from", start + 30, "attend-to", end - 60,
                        "notes", "Ringer hvis forsinket", "attended", -1, NULL);
  g_assert_true (df_store_update_participant (f->store, notes, &error));
  g_assert_no_error (error);
}

static void
test_counts_and_lunch (void)
{
  g_autoptr (GListStore) list = g_list_store_new (DF_TYPE_PARTICIPANT);
  const struct { const char *reply; int from, to; gint64 substitute; gboolean own; int items_start, items_end; } rows[] = {
    { "accepted", -1, -1, 0, FALSE, -1, -1 },
    { "accepted", 9 * 60, 11 * 60, 0, FALSE, -1, -1 },      /* leaves before lunch */
    { "accepted", 13 * 60, -1, 0, FALSE, -1, -1 },          /* comes after lunch */
    { "accepted", 11 * 60, 14 * 60, 0, FALSE, -1, -1 },
    { "substitute", -1, -1, 42, FALSE, -1, -1 },
    { "substitute", -1, -1, 0, FALSE, -1, -1 },             /* no one named: not coming */
    { "declined", -1, -1, 0, FALSE, -1, -1 },
    { "invited", -1, -1, 0, FALSE, -1, -1 },
    { "accepted", -1, -1, 0, TRUE, 10 * 60 + 15, 11 * 60 }, /* own items before lunch */
    { "accepted", -1, -1, 0, FALSE, 10 * 60 + 15, 11 * 60 },/* presents, stays all day */
    { "accepted", -1, 13 * 60, 0, TRUE, 10 * 60 + 15, 11 * 60 }, /* stays on for lunch */
    { "accepted", -1, -1, 0, TRUE, 13 * 60, 14 * 60 },      /* own items after lunch */
  };
  DfParticipantCounts counts;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr (DfParticipant) p = g_object_new (DF_TYPE_PARTICIPANT, "id", (gint64) i + 1, "reply", rows[i].reply,
                                                  "attend-from", rows[i].from, "attend-to", rows[i].to,
                                                  "substitute-id", rows[i].substitute,
                                                  "only-own-items", rows[i].own, "items-start", rows[i].items_start,
                                                  "items-end", rows[i].items_end, NULL);
      g_list_store_append (list, p);
    }
  df_participant_counts (G_LIST_MODEL (list), 12 * 60, 12 * 60 + 45, &counts);
  g_assert_cmpuint (counts.invited, ==, 12);
  g_assert_cmpuint (counts.accepted, ==, 9);
  g_assert_cmpuint (counts.declined, ==, 1);
  g_assert_cmpuint (counts.unanswered, ==, 1);
  g_assert_cmpuint (counts.lunches, ==, 5);
}

static void
test_guest_items (DfTestFixture *f,
                  gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  DfMeeting *meeting = meeting_next_year (f);
  gint64 id = df_meeting_get_id (meeting);
  g_autoptr (GListModel) agenda = df_store_list_agenda (f->store, id, &error);
  g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, 1);
  gint64 item_id = df_agenda_item_get_id (item);
  gint64 guest = df_store_add_participant (f->store, id, person_named (f, "Trine Vang"), "guest", &error);
  g_autoptr (GArray) items = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (df_store_add_participant (f->store, id, person_named (f, "Trine Vang"), "guest", &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (df_store_set_guest_items (f->store, guest, &item_id, 1, &error));
  g_assert_no_error (error);
  items = df_store_list_guest_items (f->store, guest, &error);
  g_assert_cmpuint (items->len, ==, 1);
  /* The guest presents the item. */
  g_assert_nonnull (strstr (df_agenda_item_get_presenters_text (item), "Trine Vang"));
  g_assert_true (df_store_remove_participant (f->store, guest, &error));
  g_assert_null (strstr (df_agenda_item_get_presenters_text (item), "Trine Vang"));
}

static void
set_only_own_items (DfTestFixture  *f,
                    DfParticipant  *p,
                    int             attend_to,
                    GError        **error)
{
  g_autoptr (DfParticipant) flag = g_object_new (DF_TYPE_PARTICIPANT, "id", df_participant_get_id (p),
                                                 "only-own-items", TRUE, "attend-to", attend_to,
                                                 "notes", df_participant_get_notes (p), "attended", -1, NULL);

  df_store_update_participant (f->store, flag, error);
}

/* A guest who comes for their own items only: the stay is the span of
 * the items, read from the agenda's timing, so it follows the agenda; a
 * "til" given by hand holds; someone without items cannot be so limited. */
static void
test_own_items_span (DfTestFixture *f,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  DfMeeting *meeting = meeting_next_year (f);
  gint64 id = df_meeting_get_id (meeting);
  int start = df_meeting_get_start_time (meeting);
  g_autoptr (GListModel) agenda = df_store_list_agenda (f->store, id, &error);
  g_autoptr (GListModel) participants = df_store_list_participants (f->store, id, &error);
  g_autoptr (DfAgendaItem) second = g_list_model_get_item (agenda, 1);
  g_autoptr (DfAgendaItem) fourth = g_list_model_get_item (agenda, 3);
  gint64 items[] = { df_agenda_item_get_id (fourth), df_agenda_item_get_id (second) };
  gint64 guest = df_store_add_participant (f->store, id, person_named (f, "Trine Vang"), "guest", &error);
  gint64 other = df_store_add_participant (f->store, id, person_named (f, "Anne-Marie Juhl"), "guest", &error);
  g_autofree char *flagged = g_strdup_printf ("SELECT count(*) FROM participant WHERE id = %" G_GINT64_FORMAT
                                              " AND only_own_items = 1 AND attend_from IS NULL AND attend_to IS NULL",
                                              guest);
  g_autofree char *other_unflagged = g_strdup_printf ("SELECT count(*) FROM participant WHERE id = %" G_GINT64_FORMAT
                                                      " AND only_own_items = 0", other);
  DfParticipant *trine, *anne;
  int from = 0, to = 0;

  g_assert_no_error (error);
  g_assert_cmpint (other, >, 0);
  trine = participant_named (participants, "Trine Vang");
  anne = participant_named (participants, "Anne-Marie Juhl");
  g_assert_nonnull (trine);
  g_assert_nonnull (anne);

  /* The demo's May meeting next year, a half day from 9.30: Velkomst 15,
   * Udviklingen i udgifterne 30, Drøftelse 45, Pause 15, ... The guest
   * takes part in the second item and the fourth: 9.45–11.15. */
  g_assert_true (df_store_set_guest_items (f->store, guest, items, G_N_ELEMENTS (items), &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_participant_get_items_start (trine), ==, start + 15);
  g_assert_cmpint (df_participant_get_items_end (trine), ==, start + 105);
  /* Not limited yet: the whole meeting. */
  g_assert_false (df_participant_get_stay (trine, &from, &to));
  g_assert_cmpstr (df_participant_get_span_text (trine), ==, "");

  set_only_own_items (f, trine, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (f->path, flagged), ==, 1);
  g_assert_true (df_participant_get_only_own_items (trine));
  g_assert_true (df_participant_get_stay (trine, &from, &to));
  g_assert_cmpint (from, ==, start + 15);
  g_assert_cmpint (to, ==, start + 105);
  g_assert_nonnull (strstr (df_participant_get_span_text (trine), "9.45–11.15"));

  /* The second item moves to the front: the guest now comes at the
   * start; the fourth item keeps its time. Nothing about the stay is
   * written: it is read from the agenda. */
  g_assert_true (df_store_move_agenda_item (f->store, df_agenda_item_get_id (second), 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_agenda_item_get_start (second), ==, start);
  g_assert_true (df_participant_get_stay (trine, &from, &to));
  g_assert_cmpint (from, ==, start);
  g_assert_cmpint (to, ==, start + 105);
  g_assert_nonnull (strstr (df_participant_get_span_text (trine), "9.30–11.15"));
  /* The break they speak after goes last, behind 45 and 30 minutes. */
  g_assert_true (df_store_move_agenda_item (f->store, df_agenda_item_get_id (fourth), 5, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_participant_get_items_end (trine), ==, start + 180);
  g_assert_nonnull (strstr (df_participant_get_span_text (trine), "9.30–12.30"));
  g_assert_cmpint (df_test_sqlite_int (f->path, flagged), ==, 1);

  /* A "til" by hand holds: the guest stays for what follows. */
  set_only_own_items (f, trine, start + 150, &error);
  g_assert_no_error (error);
  g_assert_true (df_participant_get_stay (trine, &from, &to));
  g_assert_cmpint (from, ==, start);
  g_assert_cmpint (to, ==, start + 150);

  /* Without any item the flag is refused, by name, and nothing changes. */
  set_only_own_items (f, anne, -1, &error);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Anne-Marie Juhl"));
  g_clear_error (&error);
  g_assert_cmpint (df_test_sqlite_int (f->path, other_unflagged), ==, 1);
  g_assert_cmpint (df_participant_get_items_start (anne), ==, -1);

  /* The items taken away, the flag has nothing to follow: the whole
   * meeting, but for the "til" given by hand. */
  g_assert_true (df_store_set_guest_items (f->store, guest, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_participant_get_items_start (trine), ==, -1);
  g_assert_true (df_participant_get_stay (trine, &from, &to));
  g_assert_cmpint (from, ==, -1);
  g_assert_cmpint (to, ==, start + 150);
  g_assert_false (df_participant_has_own_items_stay (trine));
}

static void
test_invitation (DfTestFixture *f,
                 gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  DfMeeting *meeting = meeting_at (f, 0);
  g_autofree char *text = df_invitation_text (f->store, df_meeting_get_id (meeting), &error);
  g_autofree char *mailto = df_invitation_mailto (f->store, df_meeting_get_id (meeting), &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, df_meeting_get_title (meeting)));
  g_assert_nonnull (strstr (text, "Dagsorden:"));
  g_assert_nonnull (strstr (text, "Svar venligst senest"));
  g_assert_true (g_str_has_prefix (mailto, "mailto:?bcc="));
  g_assert_nonnull (strstr (mailto, "kalu@socialstyrelsen.example"));
  g_assert_null (df_invitation_text (f->store, 99999, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GObject) pdf_object = NULL;
  PopplerDocument *pdf = poppler_document_new_from_file (uri, NULL, NULL);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (pdf);
  pdf_object = G_OBJECT (pdf);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr (GObject) page = G_OBJECT (poppler_document_get_page (pdf, i));
      g_autofree char *page_text = poppler_page_get_text (POPPLER_PAGE (page));

      /* Wrapped cells read as one line. */
      g_strdelimit (page_text, "\n", ' ');
      g_string_append (text, page_text);
      g_string_append_c (text, '\f');
    }
  return g_string_free (text, FALSE);
}

static void
test_sheets (DfTestFixture *f,
             gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  DfMeeting *meeting = meeting_at (f, 0);
  g_autofree char *path = g_build_filename (f->dir, "sheets.pdf", NULL);
  g_autoptr (DfPackDocument) document = df_pack_build_for_meeting (f->store, df_meeting_get_id (meeting),
                                                                    DF_PACK_SHEET_AGENDA | DF_PACK_SHEET_PARTICIPANTS |
                                                                    DF_PACK_SHEET_SIGNIN, &error);
  g_autofree char *text = NULL;
  char *participants, *signin;

  g_assert_no_error (error);
  g_assert_true (df_pack_document_render_pdf (document, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);

  /* The agenda: Danish date and time, and each item with its time. */
  g_assert_nonnull (strstr (text, "Dagsorden"));
  g_assert_nonnull (strstr (text, "tirsdag den 12. maj"));
  g_assert_nonnull (strstr (text, "kl. 9.30–15.30"));
  g_assert_nonnull (strstr (text, "Velkomst og præsentationsrunde"));

  participants = strstr (text, "Deltagerliste");
  signin = strstr (text, "Fremmødeliste");
  g_assert_nonnull (participants);
  g_assert_nonnull (signin);
  /* Grouped by seat kind, then guests and the secretariat; the
   * substitute in place of the member; the declines apart. */
  g_assert_nonnull (strstr (participants, "Kommunal fagdirektør"));
  g_assert_nonnull (strstr (participants, "Gæster"));
  g_assert_nonnull (strstr (participants, "Sekretariatet"));
  g_assert_nonnull (strstr (participants, "Kasper Bruun (stedfortræder for Per Østergaard)"));
  g_assert_nonnull (strstr (participants, "Afbud"));
  g_assert_true (strstr (participants, "Søren Hjort") > strstr (participants, "Afbud"));
  /* The sign-in sheet: a signature column, names in Danish order, no
   * declines. */
  g_assert_nonnull (strstr (signin, "Underskrift"));
  g_assert_null (strstr (signin, "Søren Hjort"));
  g_assert_true (strstr (signin, "Thomas Riis Mikkelsen") < strstr (signin, "Trine Vang"));
  /* Partial stays on both lists: Lise Brandt Nielsen's by hand, the
   * guest's from her two items, 9.50–10.15 and 10.15–10.45. */
  g_assert_nonnull (strstr (participants, "kl. 9.30–12.00"));
  g_assert_nonnull (strstr (participants, "kl. 9.50–10.45, egne"));
  g_assert_true (strstr (participants, "kl. 9.50–10.45, egne") < signin);
  g_assert_nonnull (strstr (signin, "kl. 9.30–12.00"));
  g_assert_nonnull (strstr (signin, "kl. 9.50–10.45, egne punkter"));
}

/* The guest's items move, and so does her time on the printed lists; she
 * leaves as lunch begins, so the lunch count leaves her out. */
static void
test_sheets_follow_agenda (DfTestFixture *f,
                           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  DfMeeting *meeting = meeting_at (f, 0);
  gint64 id = df_meeting_get_id (meeting);
  g_autofree char *path = g_build_filename (f->dir, "moved.pdf", NULL);
  g_autoptr (GListModel) agenda = df_store_list_agenda (f->store, id, &error);
  g_autoptr (GListModel) participants = df_store_list_participants (f->store, id, &error);
  g_autoptr (DfAgendaItem) news = g_list_model_get_item (agenda, 1);
  g_autoptr (DfAgendaItem) lunch = g_list_model_get_item (agenda, 5);
  g_autoptr (DfPackDocument) document = NULL;
  g_autoptr (DfParticipant) whole_day = NULL;
  DfParticipant *trine = participant_named (participants, "Trine Vang");
  DfParticipantCounts before, after;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (df_agenda_item_get_format (lunch), ==, "lunch");
  df_participant_counts (participants, df_agenda_item_get_start (lunch), df_agenda_item_get_end (lunch), &before);

  /* "Nyt fra Socialstyrelsen" after the discussion: 11.35–12.00. */
  g_assert_true (df_store_move_agenda_item (f->store, df_agenda_item_get_id (news), 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_agenda_item_get_end (news), ==, 12 * 60);
  document = df_pack_build_for_meeting (f->store, id, DF_PACK_SHEET_PARTICIPANTS | DF_PACK_SHEET_SIGNIN, &error);
  g_assert_no_error (error);
  g_assert_true (df_pack_document_render_pdf (document, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "kl. 9.50–12.00, egne punkter"));
  g_assert_null (strstr (text, "kl. 9.50–10.45"));

  /* Before the move she was not at lunch either; a "til" after lunch
   * brings her to the table. */
  df_participant_counts (participants, df_agenda_item_get_start (lunch), df_agenda_item_get_end (lunch), &after);
  g_assert_cmpuint (after.lunches, ==, before.lunches);
  whole_day = g_object_new (DF_TYPE_PARTICIPANT, "id", df_participant_get_id (trine), "only-own-items", TRUE,
                            "attend-to", df_agenda_item_get_end (lunch), "attended", -1, NULL);
  g_assert_true (df_store_update_participant (f->store, whole_day, &error));
  g_assert_no_error (error);
  df_participant_counts (participants, df_agenda_item_get_start (lunch), df_agenda_item_get_end (lunch), &after);
  g_assert_cmpuint (after.lunches, ==, before.lunches + 1);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add ("/participants/invite-and-reply", DfTestFixture, NULL, df_test_fixture_set_up_demo,
              test_invite_and_reply, df_test_fixture_tear_down);
  g_test_add ("/participants/partial-stay", DfTestFixture, NULL, df_test_fixture_set_up_demo,
              test_partial_stay, df_test_fixture_tear_down);
  g_test_add_func ("/participants/counts-and-lunch", test_counts_and_lunch);
  g_test_add ("/participants/guest-items", DfTestFixture, NULL, df_test_fixture_set_up_demo,
              test_guest_items, df_test_fixture_tear_down);
  g_test_add ("/participants/own-items-span", DfTestFixture, NULL, df_test_fixture_set_up_demo,
              test_own_items_span, df_test_fixture_tear_down);
  g_test_add ("/participants/invitation", DfTestFixture, NULL, df_test_fixture_set_up_demo,
              test_invitation, df_test_fixture_tear_down);
  g_test_add ("/participants/sheets", DfTestFixture, NULL, df_test_fixture_set_up_demo,
              test_sheets, df_test_fixture_tear_down);
  g_test_add ("/participants/sheets-follow-agenda", DfTestFixture, NULL, df_test_fixture_set_up_demo,
              test_sheets_follow_agenda, df_test_fixture_tear_down);
  return g_test_run ();
}
