/* test-rules.c: the forum's rules round trip through the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-store-rules.h"
#include "df-test-util.h"

static DfSeatKind *
kind_at (GListModel *kinds,
         guint       position)
{
  DfSeatKind *kind = g_list_model_get_item (kinds, position);

  g_object_unref (kind); /* the list keeps it alive */
  return kind;
}

static void
test_seeded_from_kommissorium (DfTestFixture *f,
                               gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) kinds = df_store_list_seat_kinds (f->store, &error);
  g_autoptr (GListModel) areas = df_store_list_adjacent_areas (f->store, &error);
  DfSeatKind *directorate = df_store_find_seat_kind (f->store, "directorate");
  DfSeatKind *municipal = df_store_find_seat_kind (f->store, "municipal-director");
  int total = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, 6);
  for (guint i = 0; i < 6; i++)
    total += df_seat_kind_get_quota (kind_at (kinds, i));
  /* 1 (at least) + 7 + FSD + BKF + KL + the ministry */
  g_assert_cmpint (total, ==, 12);

  g_assert_nonnull (directorate);
  g_assert_true (df_seat_kind_get_chair_seat (directorate));
  g_assert_true (df_seat_kind_get_quota_is_minimum (directorate));
  g_assert_cmpstr (df_seat_kind_get_name (directorate), ==, "Socialstyrelsens direktion");
  g_assert_nonnull (municipal);
  g_assert_cmpint (df_seat_kind_get_quota (municipal), ==, 7);
  g_assert_true (df_seat_kind_get_one_per_municipality (municipal));
  g_assert_true (df_seat_kind_get_covers_areas (municipal));
  g_assert_cmpstr (df_seat_kind_get_name (kind_at (kinds, 4)), ==, "Kommunernes Landsforening");

  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 4);
  {
    g_autoptr (DfAdjacentArea) first = g_list_model_get_item (areas, 0);
    g_autoptr (DfAdjacentArea) last = g_list_model_get_item (areas, 3);
    g_assert_cmpstr (df_adjacent_area_get_name (first), ==, "beskæftigelse");
    g_assert_cmpstr (df_adjacent_area_get_name (last), ==, "skole og dagtilbud");
  }
  g_assert_cmpint (df_store_get_meetings_per_year (f->store), ==, 2);
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     int        *count)
{
  (*count)++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              int        *count)
{
  (*count)++;
}

static void
test_seat_kind_round_trip (DfTestFixture *f,
                           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) kinds = df_store_list_seat_kinds (f->store, &error);
  DfSeatKind *kl = kind_at (kinds, 4);
  gint64 id = df_seat_kind_get_id (kl);
  int changes = 0, notified = 0;
  gint64 added;

  g_signal_connect (kinds, "items-changed", G_CALLBACK (count_items_changed), &changes);
  g_signal_connect (kl, "notify::quota", G_CALLBACK (count_notify), &notified);

  g_assert_true (df_store_update_seat_kind (f->store, id, "Kommunernes Landsforening (KL)", 2, FALSE,
                                            "To repræsentanter fra KL.", &error));
  g_assert_no_error (error);
  /* The object in the live list changes in place: the row stays. */
  g_assert_cmpint (changes, ==, 0);
  g_assert_cmpint (notified, ==, 1);
  g_assert_true (kind_at (kinds, 4) == kl);
  g_assert_cmpint (df_seat_kind_get_quota (kl), ==, 2);

  /* A taken name is refused and changes nothing. */
  g_assert_false (df_store_update_seat_kind (f->store, id, "Kommunal fagdirektør", 3, FALSE, "", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (df_store_update_seat_kind (f->store, id, "   ", 3, FALSE, "", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (df_store_update_seat_kind (f->store, id, "KL", 100, FALSE, "", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (df_store_update_seat_kind (f->store, 9999, "Ingen", 1, FALSE, "", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
  g_clear_error (&error);

  added = df_store_add_seat_kind (f->store, "Regionernes socialdirektører", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, 7);
  g_assert_cmpint (changes, ==, 1);

  g_clear_object (&kinds);
  df_test_fixture_reopen (f);
  kinds = df_store_list_seat_kinds (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, 7);
  kl = kind_at (kinds, 4);
  g_assert_cmpstr (df_seat_kind_get_name (kl), ==, "Kommunernes Landsforening (KL)");
  g_assert_cmpint (df_seat_kind_get_quota (kl), ==, 2);
  g_assert_cmpstr (df_seat_kind_get_description (kl), ==, "To repræsentanter fra KL.");
  g_assert_cmpstr (df_seat_kind_get_name (kind_at (kinds, 6)), ==, "Regionernes socialdirektører");

  g_assert_true (df_store_remove_seat_kind (f->store, added, &error));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, 6);
}

static void
test_adjacent_areas_round_trip (DfTestFixture *f,
                                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) areas = df_store_list_adjacent_areas (f->store, &error);
  gint64 id;

  id = df_store_add_adjacent_area (f->store, "  kultur og fritid ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 5);

  g_assert_cmpint (df_store_add_adjacent_area (f->store, "Sundhed", &error), ==, 0);
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 5);

  g_assert_true (df_store_rename_adjacent_area (f->store, id, "kultur", &error));
  g_clear_object (&areas);
  df_test_fixture_reopen (f);
  areas = df_store_list_adjacent_areas (f->store, &error);
  {
    g_autoptr (DfAdjacentArea) last = g_list_model_get_item (areas, 4);
    g_assert_cmpstr (df_adjacent_area_get_name (last), ==, "kultur");
  }
  g_assert_true (df_store_remove_adjacent_area (f->store, id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 4);
}

static void
test_meetings_per_year (DfTestFixture *f,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (df_store_set_meetings_per_year (f->store, 3, &error));
  g_assert_false (df_store_set_meetings_per_year (f->store, 0, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  df_test_fixture_reopen (f);
  g_assert_cmpint (df_store_get_meetings_per_year (f->store), ==, 3);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT value FROM forum_setting WHERE key = 'meetings-per-year'"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add ("/rules/seeded", DfTestFixture, NULL, df_test_fixture_set_up, test_seeded_from_kommissorium, df_test_fixture_tear_down);
  g_test_add ("/rules/seat-kinds", DfTestFixture, NULL, df_test_fixture_set_up, test_seat_kind_round_trip, df_test_fixture_tear_down);
  g_test_add ("/rules/adjacent-areas", DfTestFixture, NULL, df_test_fixture_set_up, test_adjacent_areas_round_trip, df_test_fixture_tear_down);
  g_test_add ("/rules/meetings-per-year", DfTestFixture, NULL, df_test_fixture_set_up, test_meetings_per_year, df_test_fixture_tear_down);
  return g_test_run ();
}
