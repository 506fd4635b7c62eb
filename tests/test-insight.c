/* test-insight.c: the report of everything the register holds about one
 * person (Danish: indsigt), rendered to PDF and read back with poppler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <poppler.h>

#include "dialogforum/df-pack-insight.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-participants.h"
#include "dialogforum/df-store-rules.h"
#include "df-test-util.h"

/* poppler-glib 22.12 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)

/* The sections after the personal data, each of which says "Ingen." when
 * the register holds nothing of its kind. */
#define N_SECTIONS 9

static gint64
add_person (DfTestFixture *f,
            const char    *name,
            const char    *email)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON, "name", name, "email", email,
                                              "title", "Socialdirektør", NULL);
  gint64 id = df_store_save_person (f->store, person, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
add_membership (DfTestFixture *f,
                gint64         person,
                gint64         substitute,
                const char    *start,
                const char    *end)
{
  g_autoptr (GError) error = NULL;
  DfSeatKind *kind = df_store_find_seat_kind (f->store, "municipal-director");
  g_autoptr (DfMembership) membership = g_object_new (DF_TYPE_MEMBERSHIP,
                                                      "person-id", person,
                                                      "seat-kind-id", df_seat_kind_get_id (kind),
                                                      "role", "member",
                                                      "start-date", start,
                                                      "end-date", end,
                                                      "substitute-id", substitute,
                                                      NULL);

  g_assert_cmpint (df_store_save_membership (f->store, membership, &error), >, 0);
  g_assert_no_error (error);
}

/* A meeting on 14 May 2024 with @person invited, their reply, diet and
 * attendance, an item they present, a proposal of theirs and an action
 * they own. */
static void
add_history (DfTestFixture *f,
             gint64         person)
{
  g_autoptr (GError) error = NULL;
  gint64 meeting = df_store_create_meeting (f->store, DF_MEETING_TEMPLATE_HALF_DAY, "2024-05-14", &error);
  gint64 participant = df_store_add_participant (f->store, meeting, person, "member", &error);
  g_autoptr (GListModel) participants = NULL;
  g_autoptr (DfParticipant) row = NULL;
  g_autoptr (GListModel) agenda = NULL;
  g_autoptr (DfAgendaItem) item = NULL;
  g_autoptr (DfProposal) proposal = NULL;
  g_autoptr (DfAction) action = NULL;

  g_assert_no_error (error);
  g_assert_true (df_store_record_reply (f->store, participant, "accepted", 0, "2024-04-30", "email", &error));
  participants = df_store_list_participants (f->store, meeting, &error);
  row = g_list_model_get_item (participants, 0);
  g_assert_cmpint (df_participant_get_id (row), ==, participant);
  g_object_set (row, "dietary", "Glutenfri kost", "attended", 1, NULL);
  g_assert_true (df_store_update_participant (f->store, row, &error));

  proposal = g_object_new (DF_TYPE_PROPOSAL, "proposer-id", person, "title", "Ensomhed blandt unge voksne",
                           "received", "2024-03-01", "meeting-id", meeting, "status", "received", NULL);
  g_assert_cmpint (df_store_save_proposal (f->store, proposal, &error), >, 0);

  agenda = df_store_list_agenda (f->store, meeting, &error);
  item = g_list_model_get_item (agenda, 1);
  g_assert_true (df_store_set_presenters (f->store, df_agenda_item_get_id (item), &person, 1, &error));
  action = g_object_new (DF_TYPE_ACTION, "agenda-item-id", df_agenda_item_get_id (item),
                         "description", "Notat om ensomhed til næste møde", "owner-person-id", person,
                         "due-date", "2024-09-01", "status", "open", NULL);
  g_assert_cmpint (df_store_save_action (f->store, action, &error), >, 0);
  g_assert_no_error (error);
}

/* The whole text of @document's pages, lines joined, and the pages. */
static char *
render_text (DfTestFixture  *f,
             DfPackDocument *document,
             int            *n_pages)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "indsigt.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (GString) all = g_string_new (NULL);

  g_assert_true (df_pack_document_render_pdf (document, path, &error));
  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (pdf);
  for (int i = 0; i < *n_pages; i++)
    {
      g_autoptr (GObject) page = G_OBJECT (poppler_document_get_page (pdf, i));
      g_autofree char *text = poppler_page_get_text (POPPLER_PAGE (page));
      g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
      g_autofree char *words = g_strjoinv (" ", lines);
      g_autofree char *number = g_strdup_printf ("Side %d af %d", i + 1, *n_pages);

      /* Every page is marked and numbered as the pack's are. */
      g_assert_nonnull (strstr (text, "FORTROLIGT"));
      g_assert_nonnull (strstr (text, number));
      g_string_append_printf (all, "%s\n", words);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;
  return n;
}

static void
test_full_report (DfTestFixture *f,
                  gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) made_at = g_date_time_new_local (2030, 1, 2, 10, 5, 0);
  g_autoptr (DfPackDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *database = g_filename_display_name (f->path);
  g_autofree char *made = NULL;
  gint64 rikke = add_person (f, "Rikke Dahl Poulsen", "rdp@esbjerg.example");
  gint64 kasper = add_person (f, "Kasper Bruun", "kb@esbjerg.example");
  int n_pages = 0;

  add_membership (f, rikke, kasper, "2023-03-14", "2025-12-31");
  /* Rikke stands in for another member. */
  add_membership (f, add_person (f, "Lars Holm", ""), rikke, "2022-01-01", "");
  add_history (f, rikke);

  document = df_pack_build_insight (f->store, rikke, made_at, &error);
  g_assert_no_error (error);
  text = render_text (f, document, &n_pages);

  g_assert_cmpint (n_pages, >=, 1);
  made = g_strdup_printf ("Udarbejdet den 2. januar 2030 kl. 10.05 fra databasen %s.", database);
  g_assert_nonnull (strstr (text, made));
  g_assert_nonnull (strstr (text, "Oplysninger om Rikke Dahl Poulsen"));
  g_assert_nonnull (strstr (text, "rdp@esbjerg.example"));
  g_assert_nonnull (strstr (text, "Socialdirektør"));
  /* The membership, with Danish dates and the standing substitute. */
  g_assert_nonnull (strstr (text, "Medlemskaber og pladshistorik"));
  g_assert_nonnull (strstr (text, "14. marts 2023–31. december 2025"));
  g_assert_nonnull (strstr (text, "Kasper Bruun"));
  /* Where Rikke is someone else's substitute. */
  g_assert_nonnull (strstr (text, "Lars Holm"));
  g_assert_nonnull (strstr (text, "fra 1. januar 2022"));
  /* The meeting, the reply with its day and channel, and attendance. */
  g_assert_nonnull (strstr (text, "14. maj 2024"));
  g_assert_nonnull (strstr (text, "Tilmeldt"));
  g_assert_nonnull (strstr (text, "30. april 2024"));
  g_assert_nonnull (strstr (text, "pr. e-mail"));
  g_assert_nonnull (strstr (text, "Deltog"));
  g_assert_nonnull (strstr (text, "Glutenfri kost"));
  /* The proposal and the action. */
  g_assert_nonnull (strstr (text, "Ensomhed blandt unge voksne"));
  g_assert_nonnull (strstr (text, "1. marts 2024"));
  g_assert_nonnull (strstr (text, "Notat om ensomhed til næste møde"));
  g_assert_nonnull (strstr (text, "1. september 2024"));
  g_assert_nonnull (strstr (text, "Åben"));
  g_assert_nonnull (strstr (text, "Oplægsholder"));
  /* Working groups and arrangements hold nothing about Rikke. */
  g_assert_cmpuint (count (text, "Ingen."), ==, 2);
  g_assert_nonnull (strstr (text, "Side 1 af"));
}

static void
test_outline_and_metadata (DfTestFixture *f,
                           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "indsigt.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  g_autoptr (GPtrArray) sections = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *iter, *child;
  gint64 id = add_person (f, "Rikke Dahl Poulsen", "rdp@esbjerg.example");

  g_assert_true (df_pack_export_insight (f->store, id, path, &error));
  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  title = poppler_document_get_title (pdf);
  subject = poppler_document_get_subject (pdf);
  creator = poppler_document_get_creator (pdf);
  g_assert_cmpstr (title, ==, "Indsigt: Rikke Dahl Poulsen");
  g_assert_cmpstr (subject, ==, "Personoplysninger efter databeskyttelsesforordningens artikel 15");
  g_assert_cmpstr (creator, ==, "Dialogforum " PACKAGE_VERSION);

  /* One entry for the report, one under it for each section. */
  iter = poppler_index_iter_new (pdf);
  g_assert_nonnull (iter);
  child = poppler_index_iter_get_child (iter);
  g_assert_nonnull (child);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (child);

      g_ptr_array_add (sections, g_strdup (action->goto_dest.title));
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (child));
  poppler_index_iter_free (child);
  poppler_index_iter_free (iter);
  g_assert_cmpuint (sections->len, ==, N_SECTIONS + 1);
  g_assert_cmpstr (g_ptr_array_index (sections, 0), ==, "Personoplysninger");
  g_assert_cmpstr (g_ptr_array_index (sections, 1), ==, "Medlemskaber og pladshistorik");
  g_assert_cmpstr (g_ptr_array_index (sections, 6), ==, "Forslag til dagsordenen");
}

static void
test_no_history (DfTestFixture *f,
                 gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPackDocument) document = NULL;
  g_autofree char *text = NULL;
  gint64 id = add_person (f, "Ole Nygaard", "");
  int n_pages = 0;

  document = df_pack_build_insight (f->store, id, NULL, &error);
  g_assert_no_error (error);
  text = render_text (f, document, &n_pages);
  g_assert_nonnull (strstr (text, "Oplysninger om Ole Nygaard"));
  /* Every section says it holds nothing, and a blank field says so too. */
  g_assert_cmpuint (count (text, "Ingen."), ==, N_SECTIONS);
  g_assert_nonnull (strstr (text, "ikke registreret"));
}

static void
test_unknown_person (DfTestFixture *f,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "indsigt.pdf", NULL);

  g_assert_false (df_pack_export_insight (f->store, 4242, path, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_assert_nonnull (strstr (error->message, "4242"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The demo's busiest member: a guest link to an agenda item, a working
 * group, an arrangement, as well as meetings and an action. */
static void
test_demo_person (DfTestFixture *f,
                  gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) people = df_store_list_people (f->store, &error);
  g_autoptr (DfPackDocument) document = NULL;
  g_autofree char *text = NULL;
  gint64 hanne = 0, trine = 0;
  int n_pages = 0;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (df_person_get_name (person), "Hanne Skovgaard"))
        hanne = df_person_get_id (person);
      if (g_str_equal (df_person_get_name (person), "Trine Vang"))
        trine = df_person_get_id (person);
    }
  g_assert_cmpint (hanne, >, 0);
  g_assert_cmpint (trine, >, 0);

  document = df_pack_build_insight (f->store, hanne, NULL, &error);
  g_assert_no_error (error);
  text = render_text (f, document, &n_pages);
  g_assert_nonnull (strstr (text, "Arbejdsgruppe om voksne med komplekse støttebehov"));
  /* The arrangement's kind, besides the trip's title wherever it shows. */
  g_assert_cmpuint (count (text, "Studietur") - count (text, "Studietur til"), ==, 1);
  g_assert_nonnull (strstr (text, "Oplægsholder"));
  g_assert_nonnull (strstr (text, "Vegetar"));

  /* Trine Vang is a guest, for an item of her own. */
  g_clear_object (&document);
  g_clear_pointer (&text, g_free);
  document = df_pack_build_insight (f->store, trine, NULL, &error);
  g_assert_no_error (error);
  text = render_text (f, document, &n_pages);
  g_assert_nonnull (strstr (text, "Gæst til punktet"));
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add ("/insight/full-report", DfTestFixture, NULL, df_test_fixture_set_up, test_full_report, df_test_fixture_tear_down);
  g_test_add ("/insight/outline-and-metadata", DfTestFixture, NULL, df_test_fixture_set_up, test_outline_and_metadata,
              df_test_fixture_tear_down);
  g_test_add ("/insight/no-history", DfTestFixture, NULL, df_test_fixture_set_up, test_no_history, df_test_fixture_tear_down);
  g_test_add ("/insight/unknown-person", DfTestFixture, NULL, df_test_fixture_set_up, test_unknown_person,
              df_test_fixture_tear_down);
  g_test_add ("/insight/demo-person", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_demo_person,
              df_test_fixture_tear_down);

  return g_test_run ();
}
