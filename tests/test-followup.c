/* test-followup.c: proposals, minutes, actions, their follow-up and the
 * working groups, through the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-date.h"
#include "dialogforum/df-demo.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "df-test-util.h"

#define HM(h, m) ((h) * 60 + (m))

static gint64
add_meeting (DfTestFixture *f,
             const char    *kind,
             const char    *date,
             const char    *status)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfMeeting) meeting = g_object_new (DF_TYPE_MEETING,
                                                "title", "Møde i Strategisk dialogforum",
                                                "kind", kind,
                                                "date", date,
                                                "start-time", HM (9, 30),
                                                "end-time", HM (12, 30),
                                                "status", status,
                                                NULL);
  gint64 id = df_store_save_meeting (f->store, meeting, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A meeting of the forum with a deadline for proposals four weeks ahead
 * and the half-day template's agenda, which begins with a welcome. */
static gint64
add_forum_meeting (DfTestFixture *f,
                   const char    *date)
{
  g_autoptr (GError) error = NULL;
  gint64 id = df_store_create_meeting (f->store, DF_MEETING_TEMPLATE_HALF_DAY, date, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_person (DfTestFixture *f,
            const char    *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON, "name", name, NULL);
  gint64 id = df_store_save_person (f->store, person, &error);

  g_assert_no_error (error);
  return id;
}

/* The organisation named @name, the seeded ones included; added when the
 * register has none of that name. */
static gint64
organisation_named (DfTestFixture *f,
                    const char    *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) organisations = df_store_list_organisations (f->store, &error);
  gint64 id;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (DfOrganisation) organisation = g_list_model_get_item (organisations, i);

      if (g_str_equal (df_organisation_get_name (organisation), name))
        return df_organisation_get_id (organisation);
    }
  id = df_store_add_organisation (f->store, name, "", "other", "", &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_proposal (DfTestFixture *f,
              gint64         proposer,
              const char    *title,
              const char    *received,
              gint64         meeting_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfProposal) proposal = g_object_new (DF_TYPE_PROPOSAL,
                                                  "proposer-id", proposer,
                                                  "title", title,
                                                  "description", "Et emne, medlemmerne gerne vil drøfte.",
                                                  "received", received,
                                                  "meeting-id", meeting_id,
                                                  "status", "received",
                                                  NULL);
  gint64 id = df_store_save_proposal (f->store, proposal, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_action (DfTestFixture *f,
            gint64         agenda_item_id,
            const char    *description,
            gint64         person,
            gint64         organisation,
            const char    *due_date,
            const char    *status)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfAction) action = g_object_new (DF_TYPE_ACTION,
                                              "agenda-item-id", agenda_item_id,
                                              "description", description,
                                              "owner-person-id", person,
                                              "owner-organisation-id", organisation,
                                              "due-date", due_date,
                                              "status", status,
                                              NULL);
  gint64 id = df_store_save_action (f->store, action, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static DfAgendaItem *
item_at (DfStore *store,
         gint64   meeting_id,
         guint    position)
{
  g_autoptr (GListModel) agenda = df_store_list_agenda (store, meeting_id, NULL);
  DfAgendaItem *item = g_list_model_get_item (agenda, position);

  g_object_unref (item); /* the store's live list keeps it */
  return item;
}

static guint
agenda_length (DfStore *store,
               gint64   meeting_id)
{
  g_autoptr (GListModel) agenda = df_store_list_agenda (store, meeting_id, NULL);

  return g_list_model_get_n_items (agenda);
}

static void
test_proposal_lifecycle (DfTestFixture *f,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) proposals = df_store_list_proposals (f->store, &error);
  g_autoptr (DfProposal) untitled = NULL;
  gint64 member = add_person (f, "Hanne Skovgaard");
  gint64 december = add_forum_meeting (f, "2030-12-10");
  gint64 may = add_forum_meeting (f, "2031-05-13");
  gint64 early, late;
  DfProposal *proposal;

  g_assert_no_error (error);
  /* The December meeting's deadline is four weeks before, 12.11.2030. */
  early = add_proposal (f, member, "Tidlig indsats", "2030-11-01", december);
  late = add_proposal (f, member, "Udgifterne på det specialiserede område", "2030-11-20", december);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 2);
  proposal = df_store_find_proposal (f->store, early);
  g_assert_cmpstr (df_proposal_get_status (proposal), ==, "received");
  g_assert_cmpstr (df_proposal_get_proposer_name (proposal), ==, "Hanne Skovgaard");
  g_assert_cmpstr (df_proposal_get_deadline (proposal), ==, "2030-11-12");
  g_assert_cmpstr (df_proposal_get_received_text (proposal), ==, "1.11.2030");
  g_assert_false (df_proposal_get_late (proposal));
  g_assert_true (df_proposal_get_late (df_store_find_proposal (f->store, late)));
  /* The last received first. */
  {
    g_autoptr (DfProposal) first = g_list_model_get_item (proposals, 0);

    g_assert_cmpint (df_proposal_get_id (first), ==, late);
  }

  g_assert_true (df_store_set_proposal_status (f->store, early, "considering", 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (df_proposal_get_status (proposal), ==, "considering");

  /* Deferred needs the meeting, declined a reason; each named by field. */
  g_assert_false (df_store_set_proposal_status (f->store, early, "deferred", 0, NULL, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Deferred to:"));
  g_clear_error (&error);
  g_assert_false (df_store_set_proposal_status (f->store, early, "declined", 0, "  ", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Reason:"));
  g_clear_error (&error);
  g_assert_false (df_store_set_proposal_status (f->store, early, "on-agenda", 0, NULL, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (df_proposal_get_status (proposal), ==, "considering");

  g_assert_true (df_store_set_proposal_status (f->store, early, "deferred", may, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (df_proposal_get_status (proposal), ==, "deferred");
  g_assert_cmpint (df_proposal_get_deferred_to_id (proposal), ==, may);
  g_assert_cmpstr (df_proposal_get_status_text (proposal), ==, "Deferred to 13.5.2031");

  g_assert_true (df_store_set_proposal_status (f->store, late, "declined", 0, "Uden for kommissoriet.", &error));
  g_assert_no_error (error);
  proposal = df_store_find_proposal (f->store, late);
  g_assert_cmpstr (df_proposal_get_reason (proposal), ==, "Uden for kommissoriet.");
  g_assert_cmpstr (df_proposal_get_status_text (proposal), ==, "Declined: Uden for kommissoriet.");
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM proposal WHERE status = 'declined'"), ==, 1);

  /* Back to consideration: the reason goes with the status. */
  g_assert_true (df_store_set_proposal_status (f->store, late, "considering", 0, "ignored", &error));
  g_assert_cmpstr (df_proposal_get_reason (proposal), ==, "");

  untitled = g_object_new (DF_TYPE_PROPOSAL, "proposer-id", member, "title", " ", "received", "2030-11-01",
                           "status", "received", NULL);
  g_assert_cmpint (df_store_save_proposal (f->store, untitled, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Title:"));
  g_clear_error (&error);

  /* A proposer is part of the forum's history. */
  g_assert_false (df_store_delete_person (f->store, member, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (df_store_delete_proposal (f->store, late, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 1);

  /* Kept across sessions. */
  df_test_fixture_reopen (f);
  proposal = df_store_find_proposal (f->store, early);
  g_assert_nonnull (proposal);
  g_assert_cmpstr (df_proposal_get_status (proposal), ==, "deferred");
}

static void
test_proposal_to_agenda (DfTestFixture *f,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) presenters = NULL;
  g_autoptr (DfRemovedAgendaItem) removed = NULL;
  gint64 member = add_person (f, "Per Østergaard");
  gint64 meeting = add_forum_meeting (f, "2030-12-10");
  gint64 held = add_meeting (f, "forum", "2030-05-14", "held");
  gint64 id = add_proposal (f, member, "Tidlig indsats og forebyggelse", "2030-11-01", meeting);
  guint before = agenda_length (f->store, meeting);
  DfProposal *proposal = df_store_find_proposal (f->store, id);
  DfAgendaItem *item;
  gint64 item_id;

  /* Refused for a meeting that has been held: nothing changes. */
  g_assert_cmpint (df_store_put_proposal_on_agenda (f->store, id, held, 0, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Meeting:"));
  g_clear_error (&error);
  g_assert_cmpuint (agenda_length (f->store, held), ==, 0);
  g_assert_cmpstr (df_proposal_get_status (proposal), ==, "received");

  /* A proposal that is not there leaves the agenda as it was. */
  g_assert_cmpint (df_store_put_proposal_on_agenda (f->store, id + 100, meeting, 0, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_clear_error (&error);
  g_assert_cmpuint (agenda_length (f->store, meeting), ==, before);

  item_id = df_store_put_proposal_on_agenda (f->store, id, meeting, 40, &error);
  g_assert_no_error (error);
  g_assert_cmpint (item_id, >, 0);

  /* Appended, with the proposal's title and text, the proposer presenting. */
  g_assert_cmpuint (agenda_length (f->store, meeting), ==, before + 1);
  item = item_at (f->store, meeting, before);
  g_assert_cmpint (df_agenda_item_get_id (item), ==, item_id);
  g_assert_cmpstr (df_agenda_item_get_title (item), ==, "Tidlig indsats og forebyggelse");
  g_assert_cmpstr (df_agenda_item_get_description (item), ==, "Et emne, medlemmerne gerne vil drøfte.");
  g_assert_cmpint (df_agenda_item_get_duration (item), ==, 40);
  presenters = df_store_list_presenters (f->store, item_id, &error);
  g_assert_cmpuint (presenters->len, ==, 1);
  g_assert_cmpstr (df_person_get_name (g_ptr_array_index (presenters, 0)), ==, "Per Østergaard");

  /* The proposal is linked to it, in the list and in the file. */
  g_assert_cmpstr (df_proposal_get_status (proposal), ==, "on-agenda");
  g_assert_cmpint (df_proposal_get_agenda_item_id (proposal), ==, item_id);
  g_assert_cmpstr (df_proposal_get_status_text (proposal), ==, "On the agenda: item 7, 10.12.2030");
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM proposal WHERE status = 'on-agenda'"
                                                " AND agenda_item_id IS NOT NULL"), ==, 1);

  /* Once is enough. */
  g_assert_cmpint (df_store_put_proposal_on_agenda (f->store, id, meeting, 0, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (agenda_length (f->store, meeting), ==, before + 1);

  /* Taken off the agenda, the proposal is under consideration again. */
  removed = df_store_remove_agenda_item (f->store, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (df_proposal_get_status (proposal), ==, "considering");
  g_assert_cmpint (df_proposal_get_agenda_item_id (proposal), ==, 0);
}

static void
test_minutes (DfTestFixture *f,
              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfMinutes) minutes = NULL;
  g_autoptr (DfMinutes) approved = NULL;
  g_autoptr (GPtrArray) items = NULL;
  gint64 meeting = add_forum_meeting (f, "2030-05-14");
  gint64 discussion = df_agenda_item_get_id (item_at (f->store, meeting, 2));
  DfMinutesItem *item;

  minutes = df_store_get_minutes (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (df_minutes_get_status (minutes), ==, "draft");
  g_assert_cmpstr (df_minutes_get_approved_text (minutes), ==, "Draft");

  g_assert_true (df_store_save_minutes_item (f->store, discussion, "Drøftelsen tog udgangspunkt i oplægget.",
                                             "Dialogforum nedsætter en arbejdsgruppe.", &error));
  g_assert_no_error (error);
  items = df_store_list_minutes_items (f->store, meeting, &error);
  g_assert_cmpuint (items->len, ==, agenda_length (f->store, meeting));
  item = g_ptr_array_index (items, 2);
  g_assert_cmpint (df_minutes_item_get_number (item), ==, 3);
  g_assert_cmpstr (df_minutes_item_get_decisions (item), ==, "Dialogforum nedsætter en arbejdsgruppe.");
  g_assert_cmpstr (df_minutes_item_get_summary (g_ptr_array_index (items, 0)), ==, "");

  /* Approved after the meeting, not before. */
  g_assert_false (df_store_approve_minutes (f->store, meeting, "2030-05-01", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Approved on:"));
  g_clear_error (&error);
  g_assert_true (df_store_approve_minutes (f->store, meeting, "2030-06-02", &error));
  g_assert_no_error (error);
  approved = df_store_get_minutes (f->store, meeting, &error);
  g_assert_cmpstr (df_minutes_get_status (approved), ==, "approved");
  g_assert_cmpstr (df_minutes_get_approved_on (approved), ==, "2030-06-02");
  g_assert_cmpstr (df_minutes_get_approved_text (approved), ==, "Approved 2.6.2030");

  /* Approved minutes are not changed behind the forum's back. */
  g_assert_false (df_store_save_minutes_item (f->store, discussion, "", "Ændret.", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM minutes_item WHERE decisions = 'Ændret.'"), ==, 0);
  g_assert_true (df_store_reopen_minutes (f->store, meeting, &error));
  g_assert_true (df_store_save_minutes_item (f->store, discussion, "", "Ændret.", &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM minutes WHERE status = 'draft'"), ==, 1);

  g_clear_object (&minutes);
  minutes = df_store_get_minutes (f->store, meeting + 100, &error);
  g_assert_null (minutes);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
}

static void
test_actions (DfTestFixture *f,
              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) actions = df_store_list_actions (f->store, &error);
  g_autoptr (DfAction) ownerless = NULL;
  g_autoptr (DfAction) two_owners = NULL;
  gint64 meeting = add_forum_meeting (f, "2030-05-14");
  gint64 item = df_agenda_item_get_id (item_at (f->store, meeting, 2));
  gint64 mette = add_person (f, "Mette Kjærgaard");
  gint64 kl = organisation_named (f, "Kommunernes Landsforening");
  gint64 first, second;
  DfAction *action;

  first = add_action (f, item, "Sekretariatet sender analysen rundt", mette, 0, "2030-05-28", "open");
  second = add_action (f, item, "KL samler kommunernes erfaringer", 0, kl, "", "open");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  action = df_store_find_action (f->store, first);
  g_assert_cmpstr (df_action_get_owner_name (action), ==, "Mette Kjærgaard");
  g_assert_cmpstr (df_action_get_due_text (action), ==, "28.5.2030");
  g_assert_cmpstr (df_action_get_source_text (action), ==, "14.5.2030, item 3");
  g_assert_cmpint (df_action_get_position (action), ==, 0);
  action = df_store_find_action (f->store, second);
  g_assert_cmpstr (df_action_get_owner_name (action), ==, "Kommunernes Landsforening");
  g_assert_cmpint (df_action_get_position (action), ==, 1);
  g_assert_cmpstr (df_action_get_due_date (action), ==, "");

  ownerless = g_object_new (DF_TYPE_ACTION, "agenda-item-id", item, "description", "Noget", "status", "open", NULL);
  g_assert_cmpint (df_store_save_action (f->store, ownerless, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Owner:"));
  g_clear_error (&error);
  two_owners = g_object_new (DF_TYPE_ACTION, "agenda-item-id", item, "description", "Noget", "status", "open",
                             "owner-person-id", mette, "owner-organisation-id", kl, NULL);
  g_assert_cmpint (df_store_save_action (f->store, two_owners, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (two_owners, "owner-organisation-id", (gint64) 0, "due-date", "31.12.2030", NULL);
  g_assert_cmpint (df_store_save_action (f->store, two_owners, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Due date:"));
  g_clear_error (&error);

  g_assert_true (df_store_set_action_status (f->store, first, "done", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (df_action_get_status (df_store_find_action (f->store, first)), ==, "done");
  g_assert_false (df_store_set_action_status (f->store, first, "finished", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* An owner is part of the forum's history. */
  g_assert_false (df_store_delete_person (f->store, mette, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (df_store_delete_action (f->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
}

/* The undo of a removed item brings back all that went with it, with
 * the same ids: the minutes, the actions, the proposal and the guest. */
static void
test_remove_item_and_undo (DfTestFixture *f,
                           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfRemovedAgendaItem) removed = NULL;
  g_autoptr (DfWorkingGroup) group = NULL;
  g_autoptr (GListModel) actions = df_store_list_actions (f->store, &error);
  gint64 member = add_person (f, "Per Østergaard");
  gint64 kl = organisation_named (f, "Kommunernes Landsforening");
  gint64 meeting = add_forum_meeting (f, "2030-12-10");
  gint64 proposal = add_proposal (f, member, "Tidlig indsats og forebyggelse", "2030-11-01", meeting);
  gint64 item, first, second, group_id, restored;

  group = g_object_new (DF_TYPE_WORKING_GROUP, "name", "Arbejdsgruppe om tidlig indsats",
                        "start-date", "2030-12-11", NULL);
  group_id = df_store_save_working_group (f->store, group, &error);
  g_assert_no_error (error);
  item = df_store_put_proposal_on_agenda (f->store, proposal, meeting, 40, &error);
  g_assert_no_error (error);
  g_assert_true (df_store_save_minutes_item (f->store, item, "Drøftelsen tog udgangspunkt i oplægget.",
                                             "Dialogforum nedsætter en arbejdsgruppe.", &error));
  g_assert_no_error (error);
  {
    g_autoptr (DfAction) owned = g_object_new (DF_TYPE_ACTION,
                                               "agenda-item-id", item,
                                               "description", "Sekretariatet skriver kommissoriet",
                                               "owner-person-id", member,
                                               "working-group-id", group_id,
                                               "due-date", "2031-01-15",
                                               "status", "open", NULL);

    first = df_store_save_action (f->store, owned, &error);
    g_assert_no_error (error);
  }
  second = add_action (f, item, "KL samler kommunernes erfaringer", 0, kl, "", "done");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);

  /* Removed, the item takes its minutes and actions with it. */
  removed = df_store_remove_agenda_item (f->store, item, &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM minutes_item"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM action_item"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 0);
  g_assert_cmpstr (df_proposal_get_status (df_store_find_proposal (f->store, proposal)), ==, "considering");

  /* The undo puts everything back, under the same ids, in one go. */
  restored = df_store_restore_agenda_item (f->store, removed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, item);
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM minutes_item WHERE agenda_item_id = (SELECT max(id) FROM agenda_item)"
                                       " AND summary = 'Drøftelsen tog udgangspunkt i oplægget.'"
                                       " AND decisions = 'Dialogforum nedsætter en arbejdsgruppe.'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM action_item"), ==, 2);
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM action_item a JOIN person p ON p.id = a.owner_person_id"
                                       " WHERE a.description = 'Sekretariatet skriver kommissoriet' AND a.position = 0"
                                       " AND a.due_date = '2031-01-15' AND a.status = 'open'"
                                       " AND a.working_group_id IS NOT NULL AND p.name = 'Per Østergaard'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM action_item a JOIN organisation o ON o.id = a.owner_organisation_id"
                                       " WHERE a.description = 'KL samler kommunernes erfaringer' AND a.position = 1"
                                       " AND a.due_date IS NULL AND a.status = 'done'"), ==, 1);
  g_assert_nonnull (df_store_find_action (f->store, first));
  g_assert_nonnull (df_store_find_action (f->store, second));
  g_assert_cmpint (df_action_get_agenda_item_id (df_store_find_action (f->store, second)), ==, item);
  g_assert_cmpint (df_action_get_working_group_id (df_store_find_action (f->store, first)), ==, group_id);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  g_assert_cmpstr (df_proposal_get_status (df_store_find_proposal (f->store, proposal)), ==, "on-agenda");
  g_assert_cmpint (df_proposal_get_agenda_item_id (df_store_find_proposal (f->store, proposal)), ==, item);
}

/* An undo that cannot be done whole is not done at all. */
static void
test_undo_fails_whole (DfTestFixture *f,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfRemovedAgendaItem) removed = NULL;
  gint64 meeting = add_forum_meeting (f, "2030-12-10");
  gint64 item = df_agenda_item_get_id (item_at (f->store, meeting, 2));
  gint64 guest = add_person (f, "Gæst Gæstesen");
  guint before = agenda_length (f->store, meeting);

  g_assert_true (df_store_save_minutes_item (f->store, item, "Referat.", "", &error));
  add_action (f, item, "Gæsten sender sine slides", guest, 0, "", "open");
  removed = df_store_remove_agenda_item (f->store, item, &error);
  g_assert_no_error (error);
  /* The owner leaves the register meanwhile: nothing holds them now. */
  g_assert_true (df_store_delete_person (f->store, guest, &error));
  g_assert_no_error (error);

  g_assert_cmpint (df_store_restore_agenda_item (f->store, removed, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_assert_nonnull (strstr (error->message, "Gæsten sender sine slides"));
  g_assert_cmpuint (agenda_length (f->store, meeting), ==, before - 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM minutes_item"), ==, 0);
}

static DfAction *
action_due (const char *due_date,
            const char *status)
{
  return g_object_new (DF_TYPE_ACTION, "description", "x", "due-date", due_date, "status", status, NULL);
}

static void
test_overdue_on_date (void)
{
  g_autoptr (GListStore) actions = g_list_store_new (DF_TYPE_ACTION);
  g_autoptr (GPtrArray) overdue = NULL;
  g_autoptr (GPtrArray) none = NULL;
  g_autoptr (DfAction) past = action_due ("2030-06-01", "open");
  g_autoptr (DfAction) today = action_due ("2030-06-15", "open");
  g_autoptr (DfAction) future = action_due ("2030-07-01", "open");
  g_autoptr (DfAction) done = action_due ("2030-06-01", "done");
  g_autoptr (DfAction) dropped = action_due ("2030-06-01", "dropped");
  g_autoptr (DfAction) undated = action_due ("", "open");

  g_assert_true (df_action_is_overdue_on (past, "2030-06-15"));
  g_assert_false (df_action_is_overdue_on (past, "2030-06-01"));
  g_assert_true (df_action_is_overdue_on (past, "2030-06-02"));
  /* Due today is not late yet; done and dropped never are. */
  g_assert_false (df_action_is_overdue_on (today, "2030-06-15"));
  g_assert_false (df_action_is_overdue_on (future, "2030-06-15"));
  g_assert_false (df_action_is_overdue_on (done, "2030-06-15"));
  g_assert_false (df_action_is_overdue_on (dropped, "2030-06-15"));
  g_assert_false (df_action_is_overdue_on (undated, "2099-12-31"));
  /* Across a year's end, as text compares. */
  g_assert_true (df_action_is_overdue_on (future, "2031-01-01"));

  g_list_store_append (actions, past);
  g_list_store_append (actions, today);
  g_list_store_append (actions, future);
  g_list_store_append (actions, done);
  g_list_store_append (actions, dropped);
  g_list_store_append (actions, undated);
  overdue = df_actions_overdue_on (G_LIST_MODEL (actions), "2030-06-16");
  g_assert_cmpuint (overdue->len, ==, 2);
  g_assert_true (g_ptr_array_index (overdue, 0) == past);
  g_assert_true (g_ptr_array_index (overdue, 1) == today);
  none = df_actions_overdue_on (G_LIST_MODEL (actions), "2030-01-01");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_carry_forward (DfTestFixture *f,
                    gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 may = add_forum_meeting (f, "2030-05-14");
  gint64 study_trip = add_meeting (f, "study-trip", "2030-09-10", "planned");
  gint64 december = add_forum_meeting (f, "2030-12-10");
  gint64 item = df_agenda_item_get_id (item_at (f->store, may, 2));
  gint64 mette = add_person (f, "Mette Kjærgaard");
  gint64 kl = organisation_named (f, "Kommunernes Landsforening");
  guint before = agenda_length (f->store, december);
  gint64 followup, again;
  gint64 open;
  DfAgendaItem *made;
  const char *text;

  /* The next meeting of the same series, past the study trip. */
  g_assert_cmpint (df_store_find_next_meeting (f->store, may, &error), ==, december);
  g_assert_cmpint (df_store_find_next_meeting (f->store, december, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (df_store_find_next_meeting (f->store, study_trip, &error), ==, 0);

  /* Nothing open: nothing to follow up. */
  g_assert_cmpint (df_store_add_followup_item (f->store, may, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (agenda_length (f->store, december), ==, before);

  open = add_action (f, item, "Socialstyrelsen udarbejder et oplæg om rådgivning", 0, kl, "2030-09-01", "open");
  add_action (f, item, "Sekretariatet sender analysen rundt", mette, 0, "2030-05-28", "done");
  add_action (f, item, "Ekstra møde i juni", mette, 0, "", "dropped");
  add_action (f, item, "KL samler erfaringer", 0, kl, "", "open");

  followup = df_store_add_followup_item (f->store, may, &error);
  g_assert_no_error (error);
  g_assert_cmpint (followup, >, 0);

  /* After the welcome, in the next meeting's agenda, listing what is open. */
  g_assert_cmpuint (agenda_length (f->store, december), ==, before + 1);
  made = item_at (f->store, december, 1);
  g_assert_cmpint (df_agenda_item_get_id (made), ==, followup);
  g_assert_cmpstr (df_agenda_item_get_title (made), ==, "Follow-up from the last meeting");
  text = df_agenda_item_get_description (made);
  g_assert_nonnull (strstr (text, "Socialstyrelsen udarbejder et oplæg om rådgivning (Kommunernes Landsforening, due 1.9.2030)"));
  g_assert_nonnull (strstr (text, "KL samler erfaringer (Kommunernes Landsforening)"));
  g_assert_null (strstr (text, "analysen"));
  g_assert_null (strstr (text, "Ekstra møde"));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM followup_item"), ==, 1);

  /* Once an action is done, the item made again lists it no more, and is
   * the same item. */
  g_assert_true (df_store_set_action_status (f->store, open, "done", &error));
  again = df_store_add_followup_item (f->store, may, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, followup);
  g_assert_cmpuint (agenda_length (f->store, december), ==, before + 1);
  g_assert_null (strstr (df_agenda_item_get_description (item_at (f->store, december, 1)), "rådgivning"));

  /* After the last meeting there is none to follow up at. */
  g_assert_cmpint (df_store_add_followup_item (f->store, december, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
}

static void
test_working_groups (DfTestFixture *f,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) groups = df_store_list_working_groups (f->store, &error);
  g_autoptr (DfWorkingGroup) group = NULL;
  g_autoptr (DfWorkingGroup) backwards = NULL;
  g_autoptr (GPtrArray) members = NULL;
  g_autoptr (GPtrArray) meetings = NULL;
  gint64 hanne = add_person (f, "Hanne Skovgaard");
  gint64 soren = add_person (f, "Søren Hjort");
  gint64 forum = add_forum_meeting (f, "2030-05-14");
  gint64 first = add_meeting (f, "working-group", "2030-09-03", "held");
  gint64 other = add_meeting (f, "working-group", "2030-10-01", "planned");
  gint64 second = add_meeting (f, "working-group", "2030-11-05", "planned");
  gint64 id, other_group;
  DfWorkingGroup *listed;

  group = g_object_new (DF_TYPE_WORKING_GROUP,
                        "name", "Arbejdsgruppe om voksne med komplekse støttebehov",
                        "mandate", "Arbejdsgruppen beskriver barrierer og løsninger.",
                        "start-date", "2030-06-01", "end-date", "2031-05-13", NULL);
  id = df_store_save_working_group (f->store, group, &error);
  g_assert_no_error (error);
  g_assert_true (df_store_set_working_group_members (f->store, id, (gint64[]) { hanne, soren }, 2, &error));
  g_assert_no_error (error);
  g_assert_true (df_store_add_working_group_meeting (f->store, id, first, &error));
  g_assert_true (df_store_add_working_group_meeting (f->store, id, second, &error));
  g_assert_no_error (error);

  /* Only a working group's meeting belongs to one. */
  g_assert_false (df_store_add_working_group_meeting (f->store, id, forum, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Meeting:"));
  g_clear_error (&error);

  listed = df_store_find_working_group (f->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  g_assert_cmpstr (df_working_group_get_members_text (listed), ==, "Hanne Skovgaard, Søren Hjort");
  g_assert_cmpstr (df_working_group_get_term_text (listed), ==, "1.6.2030–13.5.2031");
  g_assert_cmpint (df_working_group_get_n_meetings (listed), ==, 2);
  g_assert_cmpint (df_working_group_get_n_members (listed), ==, 2);
  members = df_store_list_working_group_members (f->store, id, &error);
  g_assert_cmpuint (members->len, ==, 2);
  meetings = df_store_list_working_group_meetings (f->store, id, &error);
  g_assert_cmpuint (meetings->len, ==, 2);
  g_assert_cmpint (df_store_get_meeting_working_group (f->store, first), ==, id);

  /* A group's meetings are a series of their own: another group's
   * meeting between them is not the next. */
  g_object_set (group, "name", "Arbejdsgruppe om rekruttering", NULL);
  other_group = df_store_save_working_group (f->store, group, &error);
  g_assert_no_error (error);
  g_assert_true (df_store_add_working_group_meeting (f->store, other_group, other, &error));
  g_assert_cmpint (df_store_find_next_meeting (f->store, first, &error), ==, second);

  /* The group owns its actions. */
  {
    g_autoptr (DfAction) action = g_object_new (DF_TYPE_ACTION,
                                                "agenda-item-id", df_agenda_item_get_id (item_at (f->store, forum, 2)),
                                                "description", "Notat om barrierer",
                                                "owner-person-id", hanne,
                                                "working-group-id", id,
                                                "status", "open", NULL);

    g_assert_cmpint (df_store_save_action (f->store, action, &error), >, 0);
    g_assert_no_error (error);
    g_assert_cmpint (df_working_group_get_n_open_actions (listed), ==, 1);
  }

  backwards = g_object_new (DF_TYPE_WORKING_GROUP, "name", "Baglæns", "start-date", "2030-06-01",
                            "end-date", "2030-05-01", NULL);
  g_assert_cmpint (df_store_save_working_group (f->store, backwards, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "To:"));
}

/* A group and its members are saved together or not at all. */
static void
test_group_with_members (DfTestFixture *f,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfWorkingGroup) group = NULL;
  g_autoptr (GPtrArray) members = NULL;
  gint64 hanne = add_person (f, "Hanne Skovgaard");
  gint64 soren = add_person (f, "Søren Hjort");
  gint64 id;

  group = g_object_new (DF_TYPE_WORKING_GROUP, "name", "Arbejdsgruppe om rekruttering",
                        "start-date", "2030-06-01", NULL);
  g_assert_cmpint (df_store_save_working_group_and_members (f->store, group, (gint64[]) { hanne, soren + 1000 }, 2,
                                                            &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_assert_true (g_str_has_prefix (error->message, "Members:"));
  g_clear_error (&error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM working_group"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM working_group_member"), ==, 0);

  id = df_store_save_working_group_and_members (f->store, group, (gint64[]) { soren, hanne }, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  members = df_store_list_working_group_members (f->store, id, &error);
  g_assert_cmpuint (members->len, ==, 2);
  g_assert_cmpstr (df_person_get_name (g_ptr_array_index (members, 0)), ==, "Søren Hjort");
  g_assert_cmpstr (df_working_group_get_members_text (df_store_find_working_group (f->store, id)), ==,
                   "Søren Hjort, Hanne Skovgaard");
}

/* Deleted, a group leaves its meetings and actions; the undo gives them
 * back to it, with its members, under the same id. */
static void
test_group_delete_and_undo (DfTestFixture *f,
                            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfWorkingGroup) group = NULL;
  g_autoptr (DfRemovedWorkingGroup) removed = NULL;
  g_autoptr (GListModel) groups = df_store_list_working_groups (f->store, &error);
  gint64 hanne = add_person (f, "Hanne Skovgaard");
  gint64 soren = add_person (f, "Søren Hjort");
  gint64 forum = add_forum_meeting (f, "2030-05-14");
  gint64 id, meeting, action;
  DfWorkingGroup *listed;

  group = g_object_new (DF_TYPE_WORKING_GROUP, "name", "Arbejdsgruppe om voksne med komplekse støttebehov",
                        "mandate", "Barrierer og løsninger.", "start-date", "2030-06-01", "end-date", "2031-05-13", NULL);
  id = df_store_save_working_group_and_members (f->store, group, (gint64[]) { hanne, soren }, 2, &error);
  g_assert_no_error (error);

  /* Its own meeting, planned from the group. */
  meeting = df_store_create_working_group_meeting (f->store, id, "2030-09-03", &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_store_get_meeting_working_group (f->store, meeting), ==, id);
  g_assert_cmpstr (df_meeting_get_kind (df_store_find_meeting (f->store, meeting)), ==, "working-group");
  g_assert_cmpstr (df_meeting_get_title (df_store_find_meeting (f->store, meeting)), ==,
                   "Working group meeting: Arbejdsgruppe om voksne med komplekse støttebehov");
  g_assert_cmpint (df_store_create_working_group_meeting (f->store, id + 100, "2030-09-03", &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_clear_error (&error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM meeting WHERE kind = 'working-group'"), ==, 1);
  {
    g_autoptr (DfAction) owned = g_object_new (DF_TYPE_ACTION,
                                               "agenda-item-id", df_agenda_item_get_id (item_at (f->store, forum, 2)),
                                               "description", "Notat om barrierer",
                                               "owner-person-id", hanne,
                                               "working-group-id", id,
                                               "status", "open", NULL);

    action = df_store_save_action (f->store, owned, &error);
    g_assert_no_error (error);
  }

  removed = df_store_delete_working_group (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (df_removed_working_group_get_name (removed), ==, "Arbejdsgruppe om voksne med komplekse støttebehov");
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM working_group_member"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM meeting WHERE kind = 'working-group'"), ==, 1);
  g_assert_cmpint (df_action_get_working_group_id (df_store_find_action (f->store, action)), ==, 0);
  g_assert_null (df_store_delete_working_group (f->store, id, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_clear_error (&error);

  g_assert_cmpint (df_store_restore_working_group (f->store, removed, &error), ==, id);
  g_assert_no_error (error);
  listed = df_store_find_working_group (f->store, id);
  g_assert_nonnull (listed);
  g_assert_cmpstr (df_working_group_get_mandate (listed), ==, "Barrierer og løsninger.");
  g_assert_cmpstr (df_working_group_get_end_date (listed), ==, "2031-05-13");
  g_assert_cmpstr (df_working_group_get_members_text (listed), ==, "Hanne Skovgaard, Søren Hjort");
  g_assert_cmpint (df_working_group_get_n_meetings (listed), ==, 1);
  g_assert_cmpint (df_working_group_get_n_open_actions (listed), ==, 1);
  g_assert_cmpint (df_store_get_meeting_working_group (f->store, meeting), ==, id);
  g_assert_cmpint (df_action_get_working_group_id (df_store_find_action (f->store, action)), ==, id);

  /* Put back once; a second undo finds the name taken. */
  g_assert_cmpint (df_store_restore_working_group (f->store, removed, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Name:"));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM working_group"), ==, 1);
}

static void
test_arrangers (DfTestFixture *f,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) arrangers = NULL;
  gint64 trip = add_meeting (f, "study-trip", "2030-09-10", "planned");
  gint64 hanne = add_person (f, "Hanne Skovgaard");
  gint64 aarhus = organisation_named (f, "Aarhus Byråd");
  DfArranger *first;

  g_assert_true (df_store_set_meeting_arrangers (f->store, trip, (gint64[]) { hanne, hanne }, 2,
                                                 (gint64[]) { aarhus }, 1, &error));
  g_assert_no_error (error);
  arrangers = df_store_list_meeting_arrangers (f->store, trip, &error);
  g_assert_cmpuint (arrangers->len, ==, 2);
  first = g_ptr_array_index (arrangers, 0);
  g_assert_cmpstr (df_arranger_get_name (first), ==, "Hanne Skovgaard");
  g_assert_cmpint (df_arranger_get_person_id (first), ==, hanne);
  g_assert_cmpint (df_arranger_get_organisation_id (g_ptr_array_index (arrangers, 1)), ==, aarhus);

  /* An organisation that is not there changes nothing. */
  g_assert_false (df_store_set_meeting_arrangers (f->store, trip, NULL, 0, (gint64[]) { aarhus + 1000 }, 1, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM meeting_arranger"), ==, 2);
}

static void
test_demo (DfTestFixture *f,
           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) proposals = df_store_list_proposals (f->store, &error);
  g_autoptr (GListModel) actions = df_store_list_actions (f->store, &error);
  g_autoptr (GListModel) groups = df_store_list_working_groups (f->store, &error);
  g_autoptr (GListModel) meetings = df_store_list_meetings (f->store, &error);
  g_autoptr (GHashTable) statuses = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) overdue = NULL;
  g_autoptr (GPtrArray) group_meetings = NULL;
  g_autoptr (GPtrArray) arrangers = NULL;
  g_autoptr (DfMinutes) minutes = NULL;
  g_autofree char *today = df_date_today_iso ();
  g_autofree char *settled = NULL;
  DfMeeting *may = NULL;
  gboolean late = FALSE, decided = FALSE;
  GDate date;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr (DfProposal) proposal = g_list_model_get_item (proposals, i);

      g_hash_table_add (statuses, (gpointer) g_intern_string (df_proposal_get_status (proposal)));
      late = late || df_proposal_get_late (proposal);
    }
  /* Proposals in every status, one of them late. */
  for (const char * const *status = df_proposal_statuses (); *status != NULL; status++)
    g_assert_true (g_hash_table_contains (statuses, *status));
  g_assert_true (late);

  /* One working group, with a meeting of its own. */
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  {
    g_autoptr (DfWorkingGroup) group = g_list_model_get_item (groups, 0);

    group_meetings = df_store_list_working_group_meetings (f->store, df_working_group_get_id (group), &error);
    g_assert_cmpuint (group_meetings->len, ==, 1);
    g_assert_cmpstr (df_meeting_get_kind (g_ptr_array_index (group_meetings, 0)), ==, "working-group");
    g_assert_cmpint (df_working_group_get_n_open_actions (group), >=, 1);
  }

  /* The study trip says who arranged it. */
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      if (g_str_equal (df_meeting_get_kind (meeting), "study-trip"))
        arrangers = df_store_list_meeting_arrangers (f->store, df_meeting_get_id (meeting), &error);
      else if (may == NULL && g_str_equal (df_meeting_get_kind (meeting), "forum"))
        may = meeting;
    }
  g_assert_nonnull (arrangers);
  g_assert_cmpuint (arrangers->len, ==, 2);

  /* The May meeting's minutes: decisions and actions in every status. */
  g_assert_nonnull (may);
  {
    g_autoptr (GPtrArray) items = df_store_list_minutes_items (f->store, df_meeting_get_id (may), &error);

    for (guint i = 0; i < items->len; i++)
      decided = decided || df_minutes_item_get_decisions (g_ptr_array_index (items, i))[0] != '\0';
  }
  g_assert_true (decided);
  g_hash_table_remove_all (statuses);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (DfAction) action = g_list_model_get_item (actions, i);

      g_hash_table_add (statuses, (gpointer) g_intern_string (df_action_get_status (action)));
    }
  for (const char * const *status = df_action_statuses (); *status != NULL; status++)
    g_assert_true (g_hash_table_contains (statuses, *status));

  /* Approved and overdue once the story has had its time: two months
   * after the May meeting. */
  g_date_clear (&date, 1);
  g_assert_true (df_date_parse_iso (df_meeting_get_date (may), &date));
  g_date_add_days (&date, 60);
  settled = df_date_to_iso (&date);
  if (g_strcmp0 (today, settled) < 0)
    {
      g_test_message ("the May meeting is less than two months ago: approval and overdue actions not checked");
      return;
    }
  minutes = df_store_get_minutes (f->store, df_meeting_get_id (may), &error);
  g_assert_cmpstr (df_minutes_get_status (minutes), ==, "approved");
  overdue = df_actions_overdue_on (actions, today);
  g_assert_cmpuint (overdue->len, >=, 1);
}

/* The actions due in a year, read for the asking, are those of the full
 * list due that year, in its order and with the same texts: in each of
 * the scaled demo's ten years and more. The open ones too. */
static void
test_actions_due_in_year (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "large.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GListModel) all = NULL;
  guint counted = 0, years_with_actions = 0;

  g_assert_true (df_demo_create_scaled (path, 1, &error));
  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  all = df_store_list_actions (store, &error);
  g_assert_no_error (error);

  for (int year = 2010; year <= 2040; year++)
    {
      g_autoptr (GListModel) due = df_store_list_actions_due_in (store, year, &error);
      g_autofree char *prefix = g_strdup_printf ("%d-", year);
      guint next = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr (DfAction) whole = g_list_model_get_item (all, i);
          g_autoptr (DfAction) read = NULL;

          if (!g_str_has_prefix (df_action_get_due_date (whole), prefix))
            continue;
          g_assert_cmpuint (next, <, g_list_model_get_n_items (due));
          read = g_list_model_get_item (due, next++);
          g_assert_cmpint (df_action_get_id (read), ==, df_action_get_id (whole));
          g_assert_cmpstr (df_action_get_description (read), ==, df_action_get_description (whole));
          g_assert_cmpstr (df_action_get_owner_name (read), ==, df_action_get_owner_name (whole));
          g_assert_cmpstr (df_action_get_state_text (read), ==, df_action_get_state_text (whole));
          g_assert_cmpstr (df_action_get_source_text (read), ==, df_action_get_source_text (whole));
        }
      g_assert_cmpuint (next, ==, g_list_model_get_n_items (due));
      counted += next;
      years_with_actions += next > 0;
    }
  g_assert_cmpuint (years_with_actions, >=, 10);
  g_assert_cmpuint (counted, >=, 100);

  /* The open ones, likewise. */
  {
    g_autoptr (GListModel) open = df_store_list_open_actions (store, &error);
    guint next = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr (DfAction) whole = g_list_model_get_item (all, i);
        g_autoptr (DfAction) read = NULL;

        if (!g_str_equal (df_action_get_status (whole), "open"))
          continue;
        g_assert_cmpuint (next, <, g_list_model_get_n_items (open));
        read = g_list_model_get_item (open, next++);
        g_assert_cmpint (df_action_get_id (read), ==, df_action_get_id (whole));
        g_assert_cmpint (df_action_get_overdue (read), ==, df_action_get_overdue (whole));
      }
    g_assert_cmpuint (next, ==, g_list_model_get_n_items (open));
    g_assert_cmpuint (next, >, 0);
    g_assert_cmpuint (next, <, g_list_model_get_n_items (all));
  }
  g_clear_object (&store);
  df_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, DfTestFixture, NULL, df_test_fixture_set_up, func, df_test_fixture_tear_down)
  ADD ("/followup/proposal-lifecycle", test_proposal_lifecycle);
  ADD ("/followup/proposal-to-agenda", test_proposal_to_agenda);
  ADD ("/followup/minutes", test_minutes);
  ADD ("/followup/actions", test_actions);
  g_test_add_func ("/followup/overdue-on-date", test_overdue_on_date);
  g_test_add_func ("/followup/actions-due-in-year", test_actions_due_in_year);
  ADD ("/followup/carry-forward", test_carry_forward);
  ADD ("/followup/remove-item-and-undo", test_remove_item_and_undo);
  ADD ("/followup/undo-fails-whole", test_undo_fails_whole);
  ADD ("/followup/working-groups", test_working_groups);
  ADD ("/followup/group-with-members", test_group_with_members);
  ADD ("/followup/group-delete-and-undo", test_group_delete_and_undo);
  ADD ("/followup/arrangers", test_arrangers);
  g_test_add ("/followup/demo", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_demo, df_test_fixture_tear_down);
#undef ADD
  return g_test_run ();
}
