/* test-composition.c: the composition rules over crafted registers, with
 * no store and no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-composition.h"
#include "df-test-util.h"

#define DATE "2026-06-15"

typedef struct
{
  GListStore *kinds;
  GListStore *areas;
  GListStore *people;
  GListStore *memberships;
  gint64      next_id;
} Register;

static DfSeatKind *
add_kind (Register   *r,
          const char *code,
          const char *name,
          int         quota,
          gboolean    minimum)
{
  DfSeatKind *kind = g_object_new (DF_TYPE_SEAT_KIND,
                                   "id", ++r->next_id, "code", code, "name", name, "quota", quota,
                                   "quota-is-minimum", minimum,
                                   "chair-seat", g_str_equal (code, "directorate"),
                                   "one-per-municipality", g_str_equal (code, "municipal-director"),
                                   "covers-areas", g_str_equal (code, "municipal-director"),
                                   NULL);

  g_list_store_append (r->kinds, kind);
  g_object_unref (kind);
  return kind;
}

static Register *
register_new (void)
{
  Register *r = g_new0 (Register, 1);
  const char *areas[] = { "beskæftigelse", "sundhed", "ældre", "skole og dagtilbud" };

  r->kinds = g_list_store_new (DF_TYPE_SEAT_KIND);
  r->areas = g_list_store_new (DF_TYPE_ADJACENT_AREA);
  r->people = g_list_store_new (DF_TYPE_PERSON);
  r->memberships = g_list_store_new (DF_TYPE_MEMBERSHIP);
  add_kind (r, "directorate", "Socialstyrelsens direktion", 1, TRUE);
  add_kind (r, "municipal-director", "Kommunal fagdirektør", 7, FALSE);
  add_kind (r, "kl", "Kommunernes Landsforening", 1, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autoptr (DfAdjacentArea) area = g_object_new (DF_TYPE_ADJACENT_AREA, "id", ++r->next_id,
                                                      "name", areas[i], NULL);
      g_list_store_append (r->areas, area);
    }
  return r;
}

static void
register_free (Register *r)
{
  g_object_unref (r->kinds);
  g_object_unref (r->areas);
  g_object_unref (r->people);
  g_object_unref (r->memberships);
  g_free (r);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Register, register_free)

static gint64
kind_id (Register   *r,
         const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (r->kinds)); i++)
    {
      g_autoptr (DfSeatKind) kind = g_list_model_get_item (G_LIST_MODEL (r->kinds), i);

      if (g_str_equal (df_seat_kind_get_code (kind), code))
        return df_seat_kind_get_id (kind);
    }
  g_assert_not_reached ();
}

/* A person seated as @code; @areas comma-separated; NULL @end: open. */
static gint64
seat (Register   *r,
      const char *name,
      const char *organisation,
      const char *code,
      const char *role,
      const char *areas,
      const char *start,
      const char *end)
{
  g_auto (GStrv) area_list = areas ? g_strsplit (areas, ",", -1) : g_new0 (char *, 1);
  gint64 organisation_id = g_str_hash (organisation);
  g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON,
                                              "id", ++r->next_id, "name", name,
                                              "organisation-id", organisation_id,
                                              "organisation-name", organisation,
                                              "email", g_str_equal (name, "Uden Adresse") ? "" : "x@example.dk",
                                              "areas", area_list, NULL);
  g_autoptr (DfMembership) membership = g_object_new (DF_TYPE_MEMBERSHIP,
                                                      "id", ++r->next_id,
                                                      "person-id", df_person_get_id (person),
                                                      "person-name", name,
                                                      "seat-kind-id", kind_id (r, code),
                                                      "role", role, "start-date", start,
                                                      "end-date", end, NULL);

  g_list_store_append (r->people, person);
  g_list_store_append (r->memberships, membership);
  return df_membership_get_id (membership);
}

static const char *municipalities[] = {
  "Aarhus Kommune", "Odense Kommune", "Aalborg Kommune", "Vejle Kommune",
  "Holbæk Kommune", "Gladsaxe Kommune", "Horsens Kommune",
};

static const char *director_areas[] = {
  "sundhed", "skole og dagtilbud", "beskæftigelse", "ældre", NULL, NULL, NULL,
};

/* A register that meets every rule on DATE. */
static Register *
full_register (guint n_directors)
{
  Register *r = register_new ();

  seat (r, "Formand", "Socialstyrelsen", "directorate", "chair", NULL, "2022-01-01", NULL);
  for (guint i = 0; i < n_directors; i++)
    {
      g_autofree char *name = g_strdup_printf ("Direktør %u", i + 1);

      seat (r, name, municipalities[i % G_N_ELEMENTS (municipalities)], "municipal-director", "member",
            director_areas[i % G_N_ELEMENTS (director_areas)], "2023-01-01", NULL);
    }
  seat (r, "KL-repræsentant", "Kommunernes Landsforening", "kl", "member", NULL, "2022-01-01", NULL);
  return r;
}

static DfComposition *
compose (Register *r)
{
  return df_composition_compute (G_LIST_MODEL (r->kinds), G_LIST_MODEL (r->areas),
                                 G_LIST_MODEL (r->people), G_LIST_MODEL (r->memberships), DATE);
}

static DfSeatStatus *
status_of (DfComposition *c,
           guint          index)
{
  return g_ptr_array_index (c->seats, index);
}

static void
test_full_composition_meets_rules (void)
{
  g_autoptr (Register) r = full_register (7);
  g_autoptr (DfComposition) c = compose (r);

  g_assert_true (df_composition_meets_rules (c));
  g_assert_cmpuint (c->deviations->len, ==, 0);
  g_assert_cmpuint (status_of (c, 1)->holders->len, ==, 7);
  g_assert_cmpuint (c->chairs->len, ==, 1);
  g_assert_cmpuint (c->covered_areas->len, ==, 4);
  g_assert_cmpuint (c->uncovered_areas->len, ==, 0);
}

static void
test_six_municipal_directors (void)
{
  g_autoptr (Register) r = full_register (6);
  g_autoptr (DfComposition) c = compose (r);

  g_assert_false (df_composition_meets_rules (c));
  g_assert_cmpint (status_of (c, 1)->missing, ==, 1);
  g_assert_cmpint (status_of (c, 1)->surplus, ==, 0);
  g_assert_cmpuint (c->deviations->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (c->deviations, 0), "Kommunal fagdirektør"));
}

static void
test_two_from_one_municipality (void)
{
  g_autoptr (Register) r = full_register (6);
  g_autoptr (DfComposition) c = NULL;

  seat (r, "Anden fra Aarhus", "Aarhus Kommune", "municipal-director", "member", NULL, "2024-01-01", NULL);
  c = compose (r);
  g_assert_false (df_composition_meets_rules (c));
  g_assert_cmpint (status_of (c, 1)->missing, ==, 0);
  g_assert_cmpuint (c->deviations->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (c->deviations, 0), "Aarhus Kommune"));
  g_assert_nonnull (strstr (g_ptr_array_index (c->deviations, 0), "Anden fra Aarhus"));
}

static void
test_no_chair (void)
{
  g_autoptr (Register) r = register_new ();
  g_autoptr (DfComposition) c = NULL;

  seat (r, "Vicedirektør", "Socialstyrelsen", "directorate", "member", NULL, "2022-01-01", NULL);
  for (guint i = 0; i < 7; i++)
    seat (r, municipalities[i], municipalities[i], "municipal-director", "member",
          "beskæftigelse,sundhed,ældre,skole og dagtilbud", "2023-01-01", NULL);
  seat (r, "KL", "Kommunernes Landsforening", "kl", "member", NULL, "2022-01-01", NULL);
  c = compose (r);
  g_assert_false (df_composition_meets_rules (c));
  g_assert_cmpuint (c->chairs->len, ==, 0);
  g_assert_cmpuint (c->deviations->len, ==, 1);
}

static void
test_chair_outside_directorate (void)
{
  g_autoptr (Register) r = full_register (7);
  g_autoptr (DfComposition) c = NULL;
  g_autoptr (DfMembership) first = g_list_model_get_item (G_LIST_MODEL (r->memberships), 0);
  g_autoptr (DfMembership) kl = g_list_model_get_item (G_LIST_MODEL (r->memberships), 8);

  /* The directorate's chair steps down; KL's member is made chair. */
  g_object_set (first, "role", "member", NULL);
  g_object_set (kl, "role", "chair", NULL);
  c = compose (r);
  g_assert_false (df_composition_meets_rules (c));
  g_assert_cmpuint (c->chairs->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (c->deviations, 0), "KL-repræsentant"));
}

static void
test_uncovered_area_is_a_warning (void)
{
  g_autoptr (Register) r = register_new ();
  g_autoptr (DfComposition) c = NULL;

  seat (r, "Formand", "Socialstyrelsen", "directorate", "chair", NULL, "2022-01-01", NULL);
  for (guint i = 0; i < 7; i++)
    seat (r, municipalities[i], municipalities[i], "municipal-director", "member",
          "beskæftigelse,sundhed,ældre", "2023-01-01", NULL);
  seat (r, "KL", "Kommunernes Landsforening", "kl", "member", NULL, "2022-01-01", NULL);
  c = compose (r);
  /* The kommissorium asks for weight on the areas, not for every one. */
  g_assert_true (df_composition_meets_rules (c));
  g_assert_cmpuint (c->uncovered_areas->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (c->uncovered_areas, 0), ==, "skole og dagtilbud");
  g_assert_cmpuint (c->warnings->len, ==, 1);
}

static void
test_surplus_seat (void)
{
  g_autoptr (Register) r = full_register (7);
  g_autoptr (DfComposition) c = NULL;

  seat (r, "Endnu en fra KL", "Kommunernes Landsforening", "kl", "member", NULL, "2025-01-01", NULL);
  /* "At least one" from the directorate: a second is no surplus. */
  seat (r, "Vicedirektør", "Socialstyrelsen", "directorate", "member", NULL, "2022-01-01", NULL);
  c = compose (r);
  g_assert_false (df_composition_meets_rules (c));
  g_assert_cmpint (status_of (c, 2)->surplus, ==, 1);
  g_assert_cmpint (status_of (c, 0)->surplus, ==, 0);
  g_assert_cmpuint (c->deviations->len, ==, 1);
}

static void
test_terms_and_notices (void)
{
  g_autoptr (Register) r = full_register (6);
  g_autoptr (DfComposition) c = NULL;

  /* Ended the day before: not seated; ends within 90 days: a notice;
   * begins the day after: not yet seated. */
  seat (r, "Tidligere", "Esbjerg Kommune", "municipal-director", "member", "ældre", "2020-01-01", "2026-06-14");
  seat (r, "Uden Adresse", "Vejen Kommune", "municipal-director", "member", "ældre", "2020-01-01", "2026-09-01");
  seat (r, "Kommende", "Kolding Kommune", "municipal-director", "member", NULL, "2026-06-16", NULL);
  c = compose (r);
  g_assert_true (df_composition_meets_rules (c));
  g_assert_cmpuint (status_of (c, 1)->holders->len, ==, 7);
  g_assert_cmpuint (c->ending_soon->len, ==, 1);
  g_assert_cmpuint (c->without_email->len, ==, 1);
  g_assert_cmpuint (c->notices->len, ==, 2);
}

static void
test_report_text (void)
{
  g_autoptr (Register) r = full_register (6);
  g_autoptr (DfComposition) c = compose (r);
  g_autofree char *text = df_composition_to_text (c);

  g_assert_nonnull (strstr (text, "Kommunal fagdirektør"));
  g_assert_nonnull (strstr (text, "Kommunernes Landsforening"));
  g_assert_nonnull (strstr (text, "Direktør 6"));
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add_func ("/composition/full", test_full_composition_meets_rules);
  g_test_add_func ("/composition/six-municipal-directors", test_six_municipal_directors);
  g_test_add_func ("/composition/two-from-one-municipality", test_two_from_one_municipality);
  g_test_add_func ("/composition/no-chair", test_no_chair);
  g_test_add_func ("/composition/chair-outside-directorate", test_chair_outside_directorate);
  g_test_add_func ("/composition/uncovered-area", test_uncovered_area_is_a_warning);
  g_test_add_func ("/composition/surplus-seat", test_surplus_seat);
  g_test_add_func ("/composition/terms-and-notices", test_terms_and_notices);
  g_test_add_func ("/composition/report-text", test_report_text);
  return g_test_run ();
}
