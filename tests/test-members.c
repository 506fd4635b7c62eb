/* test-members.c: organisations, people and memberships round trip
 * through the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "dialogforum/df-composition.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-demo.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-participants.h"
#include "dialogforum/df-store-rules.h"
#include "df-test-util.h"

static gint64
organisation_named (DfStore    *store,
                    const char *name)
{
  g_autoptr (GListModel) organisations = df_store_list_organisations (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (DfOrganisation) o = g_list_model_get_item (organisations, i);

      if (g_str_equal (df_organisation_get_name (o), name))
        return df_organisation_get_id (o);
    }
  return 0;
}

static void
test_organisations_seeded (DfTestFixture *f,
                           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) organisations = df_store_list_organisations (f->store, &error);
  guint municipalities = 0;
  gint64 vive;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (DfOrganisation) o = g_list_model_get_item (organisations, i);

      municipalities += df_organisation_is_municipality (o);
    }
  g_assert_cmpuint (municipalities, ==, 98);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM organisation WHERE region = 'Region Nordjylland'"), ==, 11);
  g_assert_cmpint (organisation_named (f->store, "Kommunernes Landsforening"), >, 0);
  g_assert_cmpint (organisation_named (f->store, "Socialstyrelsen"), >, 0);

  vive = df_store_add_organisation (f->store, "VIVE", "", "research", "", &error);
  g_assert_no_error (error);
  g_assert_cmpint (vive, >, 0);
  g_assert_cmpint (df_store_add_organisation (f->store, "vive", "", "research", "", &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
}

static DfPerson *
new_person (DfTestFixture *f,
            const char    *name,
            const char    *email)
{
  const char *areas[] = { "sundhed", "ældre", NULL };

  return g_object_new (DF_TYPE_PERSON,
                       "name", name,
                       "title", "Direktør",
                       "organisation-id", organisation_named (f->store, "Aarhus Kommune"),
                       "email", email,
                       "phone", "12 34 56 78",
                       "secretary-name", "Lone Bach",
                       "secretary-email", "lb@aarhus.example",
                       "areas", areas,
                       "notes", "Foretrækker møder om formiddagen.",
                       NULL);
}

static void
test_person_round_trip (DfTestFixture *f,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = new_person (f, "Hanne Skovgaard", "hask@aarhus.example");
  g_autoptr (GListModel) people = NULL;
  DfPerson *stored;
  gint64 id;

  id = df_store_save_person (f->store, person, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  df_test_fixture_reopen (f);
  people = df_store_list_people (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  stored = df_store_find_person (f->store, id);
  g_assert_nonnull (stored);
  g_assert_cmpstr (df_person_get_organisation_name (stored), ==, "Aarhus Kommune");
  g_assert_cmpstr (df_person_get_secretary_name (stored), ==, "Lone Bach");
  g_assert_cmpstr (df_person_get_areas_text (stored), ==, "sundhed, ældre");
  g_assert_cmpint (df_person_get_member_state (stored), ==, DF_MEMBER_STATE_NONE);

  /* Bad input is named by field and changes nothing. */
  {
    g_autoptr (DfPerson) bad = g_object_new (DF_TYPE_PERSON, "id", id, "name", "Hanne Skovgaard",
                                             "email", "hask@aarhus", NULL);
    g_assert_cmpint (df_store_save_person (f->store, bad, &error), ==, 0);
    g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr (DfPerson) nameless = new_person (f, "  ", "a@b.dk");
    g_assert_cmpint (df_store_save_person (f->store, nameless, &error), ==, 0);
    g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    const char *unknown[] = { "kultur", NULL };
    g_autoptr (DfPerson) odd = new_person (f, "Ny", "ny@example.dk");
    g_object_set (odd, "areas", unknown, NULL);
    g_assert_cmpint (df_store_save_person (f->store, odd, &error), ==, 0);
    g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpstr (df_person_get_email (df_store_find_person (f->store, id)), ==, "hask@aarhus.example");
}

/* An invited actor keeps a category of their own; the register files an
 * actor without one under "other", and nobody else has one. */
static void
test_actor_category (DfTestFixture *f,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  gint64 region = df_store_add_organisation (f->store, "Region Midtjylland", "", "region", "", &error);
  g_autoptr (DfPerson) actor = g_object_new (DF_TYPE_PERSON, "name", "Anne-Marie Juhl", "organisation-id", region,
                                             "is-external", TRUE, "actor-category", "region", NULL);
  g_autoptr (DfPerson) unsorted = g_object_new (DF_TYPE_PERSON, "name", "Uden Kategori", "is-external", TRUE, NULL);
  g_autoptr (DfPerson) member = new_person (f, "Hanne Skovgaard", "hask@aarhus.example");
  g_autoptr (DfPerson) bad = NULL;
  gint64 actor_id, unsorted_id, member_id;
  DfPerson *stored;

  g_assert_no_error (error);
  actor_id = df_store_save_person (f->store, actor, &error);
  g_assert_no_error (error);
  unsorted_id = df_store_save_person (f->store, unsorted, &error);
  g_assert_no_error (error);
  g_object_set (member, "actor-category", "agency", NULL);
  member_id = df_store_save_person (f->store, member, &error);
  g_assert_no_error (error);

  df_test_fixture_reopen (f);
  stored = df_store_find_person (f->store, actor_id);
  g_assert_true (df_person_get_is_external (stored));
  g_assert_cmpstr (df_person_get_actor_category (stored), ==, "region");
  g_assert_cmpstr (df_person_get_actor_category_text (stored), ==, df_person_actor_category_label ("region"));
  g_assert_cmpstr (df_person_get_actor_category (df_store_find_person (f->store, unsorted_id)), ==, "other");
  g_assert_cmpstr (df_person_get_actor_category (df_store_find_person (f->store, member_id)), ==, "");
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE actor_category = ''"), ==, 1);

  /* A category the kommissorium does not name is refused by field, and
   * the stored actor is unchanged. */
  bad = g_object_new (DF_TYPE_PERSON, "id", actor_id, "name", "Anne-Marie Juhl", "is-external", TRUE,
                      "actor-category", "municipality", NULL);
  g_assert_cmpint (df_store_save_person (f->store, bad, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Category:") || g_str_has_prefix (error->message, "Kategori:"));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE actor_category = 'region'"), ==, 1);

  g_assert_cmpstr (df_person_actor_category_for_kind ("research"), ==, "research");
  g_assert_cmpstr (df_person_actor_category_for_kind ("municipality"), ==, "other");
  g_assert_cmpstr (df_person_actor_category_for_kind (NULL), ==, "other");
}

static void
test_memberships_and_history (DfTestFixture *f,
                              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) member = new_person (f, "Per Østergaard", "pos@odense.example");
  g_autoptr (DfPerson) other = new_person (f, "Kasper Bruun", "");
  g_autoptr (DfMembership) membership = NULL;
  g_autoptr (DfMembership) backwards = NULL;
  gint64 member_id, other_id, membership_id;
  DfSeatKind *kind = df_store_find_seat_kind (f->store, "municipal-director");

  member_id = df_store_save_person (f->store, member, &error);
  other_id = df_store_save_person (f->store, other, &error);
  g_assert_no_error (error);

  membership = g_object_new (DF_TYPE_MEMBERSHIP, "person-id", member_id,
                             "seat-kind-id", df_seat_kind_get_id (kind), "role", "member",
                             "start-date", "2022-09-01", "substitute-id", other_id, NULL);
  membership_id = df_store_save_membership (f->store, membership, &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_person_get_member_state (df_store_find_person (f->store, member_id)), ==, DF_MEMBER_STATE_CURRENT);
  g_assert_cmpstr (df_person_get_seat_name (df_store_find_person (f->store, member_id)), ==, "Kommunal fagdirektør");

  backwards = g_object_new (DF_TYPE_MEMBERSHIP, "person-id", member_id,
                            "seat-kind-id", df_seat_kind_get_id (kind), "role", "member",
                            "start-date", "2024-01-01", "end-date", "2023-12-31", NULL);
  g_assert_cmpint (df_store_save_membership (f->store, backwards, &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* History is kept: a member with a membership is not deleted, and
   * neither is a substitute. */
  g_assert_false (df_store_delete_person (f->store, member_id, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_false (df_store_delete_person (f->store, other_id, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (df_store_end_membership (f->store, membership_id, "2025-06-30", &error));
  g_assert_no_error (error);
  df_test_fixture_reopen (f);
  {
    g_autoptr (GListModel) people = df_store_list_people (f->store, &error);
    DfPerson *former = df_store_find_person (f->store, member_id);

    g_assert_nonnull (people);
    g_assert_cmpint (df_person_get_member_state (former), ==, DF_MEMBER_STATE_FORMER);
    g_assert_cmpstr (df_person_get_term_text (former), ==, "1.9.2022–30.6.2025");
  }
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM membership WHERE end_date = '2025-06-30'"), ==, 1);
}

static void
test_delete_and_undo (DfTestFixture *f,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = new_person (f, "Midlertidig", "mid@example.dk");
  g_autoptr (DfPerson) copy = NULL;
  g_autoptr (GListModel) people = df_store_list_people (f->store, &error);
  gint64 id = df_store_save_person (f->store, person, &error);

  copy = g_object_ref (df_store_find_person (f->store, id));
  g_assert_true (df_store_delete_person (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person_area"), ==, 0);

  g_assert_true (df_store_restore_person (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  g_assert_nonnull (df_store_find_person (f->store, id));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person_area"), ==, 2);
}

static void
test_anonymise (DfTestFixture *f,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = new_person (f, "Rikke Dahl Poulsen", "rdp@esbjerg.example");
  g_autoptr (DfMembership) membership = NULL;
  DfSeatKind *kind = df_store_find_seat_kind (f->store, "municipal-director");
  gint64 id = df_store_save_person (f->store, person, &error);
  gint64 membership_id, meeting;
  g_autoptr (GListModel) participants = NULL;
  g_autoptr (DfParticipant) invited = NULL;

  membership = g_object_new (DF_TYPE_MEMBERSHIP, "person-id", id, "seat-kind-id", df_seat_kind_get_id (kind),
                             "role", "member", "start-date", "2020-01-01", NULL);
  membership_id = df_store_save_membership (f->store, membership, &error);
  g_assert_no_error (error);
  /* A meeting they came to, with what the secretariat noted of their needs. */
  meeting = df_store_create_meeting (f->store, DF_MEETING_TEMPLATE_HALF_DAY, "2023-05-09", &error);
  g_assert_cmpint (df_store_add_participant (f->store, meeting, id, "member", &error), >, 0);
  participants = df_store_list_participants (f->store, meeting, &error);
  g_assert_no_error (error);
  invited = g_list_model_get_item (participants, 0);
  g_object_set (invited, "dietary", "Glutenfri", "accessibility", "Kørestol", "notes", "Kommer med tog",
                "attended", 1, NULL);
  g_assert_true (df_store_update_participant (f->store, invited, &error));

  /* A current member is not anonymised. */
  g_assert_false (df_store_anonymise_person (f->store, id, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (df_store_end_membership (f->store, membership_id, "2024-12-31", &error));
  g_assert_true (df_store_anonymise_person (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE email = 'rdp@esbjerg.example'"
                                                " OR name = 'Rikke Dahl Poulsen' OR secretary_name <> '' OR notes <> ''"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT anonymised FROM person"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person_area"), ==, 0);
  /* The seat history stays, and whether they came; their needs go, in
   * the file and in the list already read. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM membership WHERE end_date = '2024-12-31'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM participant WHERE attended = 1"
                                                " AND dietary = '' AND accessibility = '' AND notes = ''"), ==, 1);
  g_assert_cmpstr (df_participant_get_dietary (invited), ==, "");
  g_assert_cmpstr (df_participant_get_person_name (invited), ==, "Anonymiseret medlem");
  g_assert_true (df_person_get_anonymised (df_store_find_person (f->store, id)));
}

/* A guest, never a member, can be anonymised too: their replies and
 * attendance stay under "Anonymiseret person". */
static void
test_anonymise_guest (DfTestFixture *f,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = new_person (f, "Ulla Brix", "ub@vive.example");
  gint64 id = df_store_save_person (f->store, person, &error);
  gint64 meeting;
  g_autoptr (GListModel) participants = NULL;
  g_autoptr (DfParticipant) invited = NULL;

  g_assert_no_error (error);
  meeting = df_store_create_meeting (f->store, DF_MEETING_TEMPLATE_HALF_DAY, "2023-05-09", &error);
  g_assert_cmpint (df_store_add_participant (f->store, meeting, id, "guest", &error), >, 0);
  participants = df_store_list_participants (f->store, meeting, &error);
  g_assert_no_error (error);
  invited = g_list_model_get_item (participants, 0);
  g_object_set (invited, "dietary", "Vegetar", "attended", 1, NULL);
  g_assert_true (df_store_update_participant (f->store, invited, &error));
  g_assert_cmpint (df_person_get_member_state (df_store_find_person (f->store, id)), ==, DF_MEMBER_STATE_NONE);

  g_assert_true (df_store_anonymise_person (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE name = 'Anonymiseret person'"
                                                " AND email = '' AND phone = '' AND anonymised = 1"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE name = 'Ulla Brix'"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM participant WHERE role = 'guest'"
                                                " AND attended = 1 AND dietary = ''"), ==, 1);
  g_assert_cmpstr (df_participant_get_person_name (invited), ==, "Anonymiseret person");
}

static void
test_demo_composition (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (DfComposition) now = NULL;
  g_autofree char *today = NULL;
  g_autoptr (GListModel) people = NULL;
  guint former = 0, substitutes = 0;

  g_assert_true (df_demo_create (path, &error));
  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  today = df_date_today_iso ();
  now = df_store_compose_on (store, today, &error);
  g_assert_no_error (error);
  g_assert_true (df_composition_meets_rules (now));
  g_assert_cmpuint (now->ending_soon->len, >=, 1);
  people = df_store_list_people (store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) p = g_list_model_get_item (people, i);

      former += df_person_get_member_state (p) == DF_MEMBER_STATE_FORMER;
    }
  g_assert_cmpuint (former, >=, 1);
  substitutes = df_test_sqlite_int (path, "SELECT count(*) FROM membership WHERE substitute_id IS NOT NULL");
  g_assert_cmpuint (substitutes, ==, 2);
  g_clear_object (&store);
  df_test_remove_dir (dir);
}

/* The composition on a date read from the seated only is the one worked
 * out over the whole register: on every day a membership begins or ends,
 * the days on either side, and today, in ten years of the scaled demo. */
static void
test_seated_on_matches_register (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "large.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GListModel) kinds = NULL;
  g_autoptr (GListModel) areas = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) memberships = NULL;
  g_autoptr (GHashTable) dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GList) days = NULL;
  guint seated_somewhere = 0;

  g_assert_true (df_demo_create_scaled (path, 1, &error));
  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  kinds = df_store_list_seat_kinds (store, &error);
  areas = df_store_list_adjacent_areas (store, &error);
  people = df_store_list_people (store, &error);
  memberships = df_store_list_memberships (store, &error);
  g_assert_no_error (error);

  g_hash_table_add (dates, df_date_today_iso ());
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr (DfMembership) m = g_list_model_get_item (memberships, i);
      const char *bounds[] = { df_membership_get_start_date (m), df_membership_get_end_date (m) };

      for (guint b = 0; b < G_N_ELEMENTS (bounds); b++)
        {
          GDate day;

          g_date_clear (&day, 1);
          if (!df_date_parse_iso (bounds[b], &day))
            continue;
          g_date_subtract_days (&day, 1);
          for (int step = 0; step < 3; step++, g_date_add_days (&day, 1))
            {
              char iso[16];

              g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day);
              g_hash_table_add (dates, g_strdup (iso));
            }
        }
    }
  g_assert_cmpuint (g_hash_table_size (dates), >, 30);

  days = g_hash_table_get_keys (dates);
  for (GList *l = days; l != NULL; l = l->next)
    {
      g_autoptr (DfComposition) whole = df_composition_compute (kinds, areas, people, memberships, l->data);
      g_autoptr (DfComposition) seated = df_store_compose_on (store, l->data, &error);
      g_autofree char *expected = df_composition_to_text (whole);
      g_autofree char *got = NULL;

      g_assert_no_error (error);
      got = df_composition_to_text (seated);
      g_assert_cmpstr (got, ==, expected);
      g_assert_cmpuint (seated->without_email->len, ==, whole->without_email->len);
      g_assert_cmpuint (seated->ending_soon->len, ==, whole->ending_soon->len);
      for (guint s = 0; s < whole->seats->len; s++)
        seated_somewhere += ((DfSeatStatus *) g_ptr_array_index (whole->seats, s))->holders->len;
    }
  /* The register had members on those days: the texts were not empty. */
  g_assert_cmpuint (seated_somewhere, >, 100);

  /* A few people read by their ids are those of the whole register, with
   * the same summary of their memberships; an id of no one is left out. */
  {
    gint64 ids[] = { 0, 0, 0, G_MAXINT64 };
    g_autoptr (GListModel) few = NULL;
    guint step = g_list_model_get_n_items (people) / 3;

    for (guint i = 0; i < 3; i++)
      {
        g_autoptr (DfPerson) p = g_list_model_get_item (people, i * step);

        ids[i] = df_person_get_id (p);
      }
    few = df_store_list_people_among (store, ids, G_N_ELEMENTS (ids), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (few), ==, 3);
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr (DfPerson) got = g_list_model_get_item (few, i);
        g_autoptr (DfPerson) whole = g_list_model_get_item (people, i * step);

        g_assert_cmpint (df_person_get_id (got), ==, df_person_get_id (whole));
        g_assert_cmpstr (df_person_get_name (got), ==, df_person_get_name (whole));
        g_assert_cmpstr (df_person_get_organisation_name (got), ==, df_person_get_organisation_name (whole));
        g_assert_cmpstr (df_person_get_term_text (got), ==, df_person_get_term_text (whole));
        g_assert_cmpint (df_person_get_member_state (got), ==, df_person_get_member_state (whole));
      }
  }
  g_clear_object (&store);
  df_test_remove_dir (dir);
}

/* At scale 1: 500 more people with ten years of memberships, and ten
 * years of meetings, one a year, each with twelve items, its members
 * invited, approved minutes and ten actions owned by one who came or by
 * an organisation. */
static void
test_demo_scaled (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "large.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GListModel) meetings = NULL;
  const char *history = "SELECT count(*) FROM meeting WHERE date < date('now', 'localtime', 'start of year')"
                        " AND status = 'held'";
  int demo_people, demo_meetings, demo_actions;

  g_assert_true (df_demo_create (path, &error));
  g_assert_no_error (error);
  demo_people = df_test_sqlite_int (path, "SELECT count(*) FROM person");
  demo_meetings = df_test_sqlite_int (path, "SELECT count(*) FROM meeting");
  demo_actions = df_test_sqlite_int (path, "SELECT count(*) FROM action_item");
  g_assert_cmpint (df_test_sqlite_int (path, history), ==, 0);
  g_unlink (path);

  g_assert_true (df_demo_create_scaled (path, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM person"), ==, demo_people + 500);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM meeting"), ==, demo_meetings + 10);
  g_assert_cmpint (df_test_sqlite_int (path, history), ==, 10);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(DISTINCT substr(date, 1, 4)) FROM meeting"
                                             " WHERE date < date('now', 'localtime', 'start of year')"), ==, 10);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM action_item"), ==, demo_actions + 100);
  /* Every meeting of the past: twelve items, minutes approved, ten actions. */
  g_assert_cmpint (df_test_sqlite_int (path,
                                       "SELECT count(*) FROM meeting m WHERE m.id NOT IN (SELECT meeting_id FROM minutes)"
                                       " AND m.date < date('now', 'localtime', 'start of year')"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (path,
                                       "SELECT count(*) FROM (SELECT m.id FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id"
                                       " WHERE m.date < date('now', 'localtime', 'start of year') GROUP BY m.id HAVING count(*) = 12)"), ==, 10);
  g_assert_cmpint (df_test_sqlite_int (path,
                                       "SELECT count(*) FROM (SELECT m.id FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id"
                                       " JOIN action_item t ON t.agenda_item_id = a.id"
                                       " WHERE m.date < date('now', 'localtime', 'start of year') GROUP BY m.id HAVING count(*) = 10)"), ==, 10);
  /* An action is due after its meeting, and its owner came to it. */
  g_assert_cmpint (df_test_sqlite_int (path,
                                       "SELECT count(*) FROM action_item t JOIN agenda_item a ON a.id = t.agenda_item_id"
                                       " JOIN meeting m ON m.id = a.meeting_id WHERE t.due_date <= m.date"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (path,
                                       "SELECT count(*) FROM action_item t JOIN agenda_item a ON a.id = t.agenda_item_id"
                                       " WHERE t.owner_person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM participant p"
                                       " WHERE p.meeting_id = a.meeting_id AND p.person_id = t.owner_person_id"
                                       " AND p.attended = 1)"), ==, 0);
  /* The members of the day and the secretariat were invited. */
  g_assert_cmpint (df_test_sqlite_int (path,
                                       "SELECT count(*) FROM meeting m WHERE m.date < date('now', 'localtime', 'start of year')"
                                       " AND NOT EXISTS (SELECT 1 FROM participant p WHERE p.meeting_id = m.id"
                                       " AND p.role = 'secretariat')"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (path,
                                       "SELECT count(*) FROM participant p JOIN meeting m ON m.id = p.meeting_id"
                                       " WHERE p.role = 'member' AND NOT EXISTS (SELECT 1 FROM membership s"
                                       " WHERE s.person_id = p.person_id AND s.start_date <= m.date"
                                       " AND (s.end_date IS NULL OR s.end_date >= m.date))"), ==, 0);

  /* The store reads it all back. */
  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  meetings = df_store_list_meetings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, demo_meetings + 10);
  g_clear_object (&meetings);
  g_clear_object (&store);
  df_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add ("/members/organisations", DfTestFixture, NULL, df_test_fixture_set_up, test_organisations_seeded, df_test_fixture_tear_down);
  g_test_add ("/members/person", DfTestFixture, NULL, df_test_fixture_set_up, test_person_round_trip, df_test_fixture_tear_down);
  g_test_add ("/members/actor-category", DfTestFixture, NULL, df_test_fixture_set_up, test_actor_category, df_test_fixture_tear_down);
  g_test_add ("/members/memberships", DfTestFixture, NULL, df_test_fixture_set_up, test_memberships_and_history, df_test_fixture_tear_down);
  g_test_add ("/members/delete-and-undo", DfTestFixture, NULL, df_test_fixture_set_up, test_delete_and_undo, df_test_fixture_tear_down);
  g_test_add ("/members/anonymise", DfTestFixture, NULL, df_test_fixture_set_up, test_anonymise, df_test_fixture_tear_down);
  g_test_add ("/members/anonymise-guest", DfTestFixture, NULL, df_test_fixture_set_up, test_anonymise_guest,
              df_test_fixture_tear_down);
  g_test_add_func ("/members/demo-composition", test_demo_composition);
  g_test_add_func ("/members/demo-scaled", test_demo_scaled);
  g_test_add_func ("/members/seated-on-matches-register", test_seated_on_matches_register);
  return g_test_run ();
}
