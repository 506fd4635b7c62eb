/* df-composition.c: the composition on a date and its check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-composition.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-rules.h"

static void
seat_status_free (DfSeatStatus *status)
{
  g_clear_object (&status->kind);
  g_clear_pointer (&status->holders, g_ptr_array_unref);
  g_free (status);
}

void
df_composition_free (DfComposition *self)
{
  if (self == NULL)
    return;
  g_free (self->date);
  g_ptr_array_unref (self->seats);
  g_ptr_array_unref (self->chairs);
  g_ptr_array_unref (self->covered_areas);
  g_ptr_array_unref (self->uncovered_areas);
  g_ptr_array_unref (self->ending_soon);
  g_ptr_array_unref (self->without_email);
  g_ptr_array_unref (self->deviations);
  g_ptr_array_unref (self->warnings);
  g_ptr_array_unref (self->notices);
  g_free (self);
}

gboolean
df_composition_meets_rules (DfComposition *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->deviations->len == 0;
}

static void
add (GPtrArray  *list,
     char       *text)
{
  g_ptr_array_add (list, text);
}

static GHashTable *
index_by_id (GListModel *model)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      GObject *item = g_list_model_get_item (model, i);
      gint64 id = 0;

      g_object_get (item, "id", &id, NULL);
      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), item);
    }
  return index;
}

static void
check_quota (DfComposition *self,
             DfSeatStatus  *status)
{
  const char *name = df_seat_kind_get_name (status->kind);
  int quota = df_seat_kind_get_quota (status->kind);
  int held = status->holders->len;

  if (held < quota)
    {
      status->missing = quota - held;
      add (self->deviations,
           g_strdup_printf (ngettext ("%s: %d seat is vacant.", "%s: %d seats are vacant.", status->missing),
                            name, status->missing));
    }
  else if (held > quota && !df_seat_kind_get_quota_is_minimum (status->kind))
    {
      status->surplus = held - quota;
      add (self->deviations,
           g_strdup_printf (ngettext ("%s: %d seat more than the kommissorium allows.",
                                      "%s: %d seats more than the kommissorium allows.", status->surplus),
                            name, status->surplus));
    }
}

static void
check_one_per_municipality (DfComposition *self,
                            DfSeatStatus  *status,
                            GHashTable    *people)
{
  g_autoptr (GHashTable) by_organisation = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                                   (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < status->holders->len; i++)
    {
      DfMembership *m = g_ptr_array_index (status->holders, i);
      gint64 person_id = df_membership_get_person_id (m);
      DfPerson *person = g_hash_table_lookup (people, &person_id);
      const char *organisation;
      GPtrArray *names;

      if (person == NULL || df_person_get_organisation_id (person) == 0)
        continue;
      organisation = df_person_get_organisation_name (person);
      names = g_hash_table_lookup (by_organisation, organisation);
      if (names == NULL)
        {
          names = g_ptr_array_new ();
          g_hash_table_insert (by_organisation, (gpointer) organisation, names);
        }
      g_ptr_array_add (names, (gpointer) df_person_get_name (person));
    }

  g_hash_table_iter_init (&iter, by_organisation);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *names = value;
      g_autofree char *joined = NULL;

      if (names->len < 2)
        continue;
      g_ptr_array_add (names, NULL);
      joined = g_strjoinv (", ", (char **) names->pdata);
      g_ptr_array_remove_index (names, names->len - 1);
      add (self->deviations,
           g_strdup_printf (_("%s holds %d seats as %s (%s); the kommissorium allows one per municipality."),
                            (const char *) key, names->len, df_seat_kind_get_name (status->kind), joined));
    }
}

static void
check_chair (DfComposition *self,
             GHashTable    *kinds)
{
  if (self->chairs->len == 0)
    {
      add (self->deviations, g_strdup (_("The forum has no chair: no member has the role of chair.")));
      return;
    }
  if (self->chairs->len > 1)
    add (self->deviations,
         g_strdup_printf (ngettext ("The forum has %d chair; it should have one.",
                                    "The forum has %d chairs; it should have one.", self->chairs->len),
                          self->chairs->len));
  for (guint i = 0; i < self->chairs->len; i++)
    {
      DfMembership *chair = g_ptr_array_index (self->chairs, i);
      gint64 kind_id = df_membership_get_seat_kind_id (chair);
      DfSeatKind *kind = g_hash_table_lookup (kinds, &kind_id);

      if (kind == NULL || !df_seat_kind_get_chair_seat (kind))
        add (self->deviations,
             g_strdup_printf (_("The chair, %s, does not sit in the seat of Socialstyrelsen’s directorate but as %s."),
                              df_membership_get_person_name (chair), df_membership_get_seat_kind_name (chair)));
    }
}

static void
check_areas (DfComposition *self,
             GListModel    *areas,
             GHashTable    *people)
{
  g_autoptr (GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint s = 0; s < self->seats->len; s++)
    {
      DfSeatStatus *status = g_ptr_array_index (self->seats, s);

      if (!df_seat_kind_get_covers_areas (status->kind))
        continue;
      for (guint i = 0; i < status->holders->len; i++)
        {
          gint64 person_id = df_membership_get_person_id (g_ptr_array_index (status->holders, i));
          DfPerson *person = g_hash_table_lookup (people, &person_id);
          const char * const *own = person != NULL ? df_person_get_areas (person) : NULL;

          for (guint a = 0; own != NULL && own[a] != NULL; a++)
            g_hash_table_add (covered, (gpointer) own[a]);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr (DfAdjacentArea) area = g_list_model_get_item (areas, i);
      const char *name = df_adjacent_area_get_name (area);

      if (g_hash_table_contains (covered, name))
        g_ptr_array_add (self->covered_areas, g_strdup (name));
      else
        {
          g_ptr_array_add (self->uncovered_areas, g_strdup (name));
          add (self->warnings,
               g_strdup_printf (_("No municipal director is also responsible for the adjacent area “%s”."), name));
        }
    }
}

static void
check_notices (DfComposition *self,
               GHashTable    *people)
{
  GDate limit;
  g_autofree char *limit_text = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  g_date_clear (&limit, 1);
  df_date_parse_iso (self->date, &limit);
  g_date_add_days (&limit, DF_COMPOSITION_NOTICE_DAYS);
  limit_text = df_date_to_iso (&limit);

  for (guint s = 0; s < self->seats->len; s++)
    {
      DfSeatStatus *status = g_ptr_array_index (self->seats, s);

      for (guint i = 0; i < status->holders->len; i++)
        {
          DfMembership *m = g_ptr_array_index (status->holders, i);
          const char *end = df_membership_get_end_date (m);
          gint64 person_id = df_membership_get_person_id (m);
          DfPerson *person = g_hash_table_lookup (people, &person_id);

          if (*end != '\0' && strcmp (end, limit_text) <= 0)
            {
              g_autofree char *end_text = df_date_iso_to_long (end);

              g_ptr_array_add (self->ending_soon, g_object_ref (m));
              add (self->notices,
                   g_strdup_printf (_("The membership of %s (%s) ends on %s."),
                                    df_membership_get_person_name (m), df_seat_kind_get_name (status->kind), end_text));
            }
          if (person != NULL && df_person_get_email (person)[0] == '\0' &&
              !g_hash_table_contains (seen, person))
            {
              g_hash_table_add (seen, person);
              g_ptr_array_add (self->without_email, g_object_ref (person));
              add (self->notices, g_strdup_printf (_("%s has no e-mail address."), df_person_get_name (person)));
            }
        }
    }
}

DfComposition *
df_composition_compute (GListModel *seat_kinds,
                        GListModel *areas,
                        GListModel *people,
                        GListModel *memberships,
                        const char *date)
{
  DfComposition *self = g_new0 (DfComposition, 1);
  g_autoptr (GHashTable) people_by_id = index_by_id (people);
  g_autoptr (GHashTable) kinds_by_id = index_by_id (seat_kinds);

  self->date = g_strdup (date);
  self->seats = g_ptr_array_new_with_free_func ((GDestroyNotify) seat_status_free);
  self->chairs = g_ptr_array_new_with_free_func (g_object_unref);
  self->covered_areas = g_ptr_array_new_with_free_func (g_free);
  self->uncovered_areas = g_ptr_array_new_with_free_func (g_free);
  self->ending_soon = g_ptr_array_new_with_free_func (g_object_unref);
  self->without_email = g_ptr_array_new_with_free_func (g_object_unref);
  self->deviations = g_ptr_array_new_with_free_func (g_free);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  self->notices = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (seat_kinds); i++)
    {
      DfSeatStatus *status = g_new0 (DfSeatStatus, 1);

      status->kind = g_list_model_get_item (seat_kinds, i);
      status->holders = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (self->seats, status);
    }

  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr (DfMembership) m = g_list_model_get_item (memberships, i);
      DfSeatStatus *status = NULL;

      if (!df_membership_is_active_on (m, date))
        continue;
      for (guint s = 0; s < self->seats->len; s++)
        {
          DfSeatStatus *candidate = g_ptr_array_index (self->seats, s);

          if (df_seat_kind_get_id (candidate->kind) == df_membership_get_seat_kind_id (m))
            status = candidate;
        }
      if (status == NULL)
        continue;
      g_ptr_array_add (status->holders, g_object_ref (m));
      if (g_strcmp0 (df_membership_get_role (m), "chair") == 0)
        g_ptr_array_add (self->chairs, g_object_ref (m));
    }

  for (guint s = 0; s < self->seats->len; s++)
    {
      DfSeatStatus *status = g_ptr_array_index (self->seats, s);

      check_quota (self, status);
      if (df_seat_kind_get_one_per_municipality (status->kind))
        check_one_per_municipality (self, status, people_by_id);
    }
  check_chair (self, kinds_by_id);
  check_areas (self, areas, people_by_id);
  check_notices (self, people_by_id);
  return self;
}

DfComposition *
df_store_compose_on (DfStore     *store,
                     const char  *date,
                     GError     **error)
{
  g_autoptr (GListModel) kinds = NULL;
  g_autoptr (GListModel) areas = NULL;
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GListModel) memberships = NULL;
  GDate check;

  g_date_clear (&check, 1);
  if (!df_date_parse_iso (date, &check))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Date: “%s” is not a date (YYYY-MM-DD)."), date);
      return NULL;
    }
  if ((kinds = df_store_list_seat_kinds (store, error)) == NULL ||
      (areas = df_store_list_adjacent_areas (store, error)) == NULL ||
      !df_store_list_seated_on (store, date, &memberships, &people, error))
    return NULL;
  return df_composition_compute (kinds, areas, people, memberships, date);
}

static void
append_list (GString    *out,
             const char *heading,
             GPtrArray  *lines)
{
  if (lines->len == 0)
    return;
  g_string_append_printf (out, "\n%s\n", heading);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "  – %s\n", (const char *) g_ptr_array_index (lines, i));
}

static char *
join (GPtrArray *names)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (joined, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (names, i));
  if (names->len == 0)
    g_string_append (joined, C_("areas", "none"));
  return g_string_free (joined, FALSE);
}

char *
df_composition_to_text (DfComposition *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *long_date = df_date_iso_to_long (self->date);
  g_autofree char *covered = join (self->covered_areas);
  g_autofree char *uncovered = join (self->uncovered_areas);

  g_string_append_printf (out, _("The composition of Strategisk dialogforum på det sociale område on %s"), long_date);
  g_string_append_c (out, '\n');

  for (guint s = 0; s < self->seats->len; s++)
    {
      DfSeatStatus *status = g_ptr_array_index (self->seats, s);
      int quota = df_seat_kind_get_quota (status->kind);
      int held = status->holders->len;

      g_string_append_c (out, '\n');
      if (df_seat_kind_get_quota_is_minimum (status->kind))
        g_string_append_printf (out, ngettext ("%s: at least %d seat, %d filled\n",
                                               "%s: at least %d seats, %d filled\n", quota),
                                df_seat_kind_get_name (status->kind), quota, held);
      else
        g_string_append_printf (out, ngettext ("%s: %d seat, %d filled\n", "%s: %d seats, %d filled\n", quota),
                                df_seat_kind_get_name (status->kind), quota, held);
      for (guint i = 0; i < status->holders->len; i++)
        {
          DfMembership *m = g_ptr_array_index (status->holders, i);

          g_string_append (out, "  ");
          if (g_strcmp0 (df_membership_get_role (m), "chair") == 0)
            g_string_append_printf (out, "%s ", _("Chair:"));
          g_string_append (out, df_membership_get_person_name (m));
          if (df_membership_get_organisation_name (m)[0] != '\0')
            g_string_append_printf (out, ", %s", df_membership_get_organisation_name (m));
          g_string_append_printf (out, " (%s)", df_membership_get_term_text (m));
          if (df_membership_get_substitute_id (m) != 0)
            g_string_append_printf (out, _("; substitute: %s"), df_membership_get_substitute_name (m));
          g_string_append_c (out, '\n');
        }
      for (int i = 0; i < status->missing; i++)
        g_string_append_printf (out, "  %s\n", _("(vacant)"));
    }

  g_string_append_printf (out, "\n%s\n", _("Adjacent areas"));
  g_string_append_printf (out, "  %s %s\n", _("Covered:"), covered);
  g_string_append_printf (out, "  %s %s\n", _("Not covered:"), uncovered);

  append_list (out, _("Deviations from the kommissorium:"), self->deviations);
  append_list (out, _("Weight is to be given to:"), self->warnings);
  append_list (out, _("To follow up:"), self->notices);

  g_string_append_c (out, '\n');
  if (df_composition_meets_rules (self))
    g_string_append (out, _("The composition meets the kommissorium."));
  else
    g_string_append_printf (out, ngettext ("The composition does not meet the kommissorium: %d deviation.",
                                           "The composition does not meet the kommissorium: %d deviations.",
                                           self->deviations->len),
                            self->deviations->len);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}
