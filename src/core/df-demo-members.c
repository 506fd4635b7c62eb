/* df-demo-members.c: the demo register. Fictional people in a full
 * composition that meets every rule today, with one former member, one
 * membership ending within 90 days and two substitutes, and invited
 * actors of every category.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-demo"

#include "config.h"

#include <string.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-rules.h"
#include "df-demo-private.h"
#include "df-store-private.h"

typedef struct
{
  const char *name;
  const char *title;
  const char *organisation;
  const char *email;
  const char *phone;
  const char *areas;           /* comma-separated adjacent areas */
  const char *secretary;       /* "name|e-mail|phone" */
  gboolean    secretariat;
  const char *actor;           /* an invited actor's category, or NULL */
} DemoPerson;

static const DemoPerson people[] = {
  { "Karen Lundgaard", "Direktør", "Socialstyrelsen", "kalu@socialstyrelsen.example", "72 42 37 01", NULL,
    "Birgitte Holm|biho@socialstyrelsen.example|72 42 37 02", FALSE },
  { "Thomas Riis Mikkelsen", "Vicedirektør", "Socialstyrelsen", "trm@socialstyrelsen.example", "72 42 37 05", NULL, NULL, FALSE },
  { "Mette Kjærgaard", "Chefkonsulent, sekretariatet", "Socialstyrelsen", "mekj@socialstyrelsen.example", "72 42 37 41", NULL, NULL, TRUE },
  { "Jonas Vestergaard", "Fuldmægtig, sekretariatet", "Socialstyrelsen", "jove@socialstyrelsen.example", "72 42 37 42", NULL, NULL, TRUE },
  { "Hanne Skovgaard", "Direktør for Social og Sundhed", "Aarhus Kommune", "hask@aarhus.example", "89 40 20 00", "sundhed,ældre",
    "Lone Bach|lba@aarhus.example|89 40 20 01", FALSE },
  { "Per Østergaard", "Direktør for Børn og Unge", "Odense Kommune", "pos@odense.example", "66 13 13 72", "skole og dagtilbud", NULL, FALSE },
  { "Lise Brandt Nielsen", "Social- og beskæftigelsesdirektør", "Aalborg Kommune", "lbn@aalborg.example", "99 31 31 31", "beskæftigelse",
    "Anja Krogh|ak@aalborg.example|99 31 31 32", FALSE },
  { "Søren Hjort", "Direktør for Velfærd", "Vejle Kommune", "sohj@vejle.example", "76 81 00 00", "ældre,sundhed", NULL, FALSE },
  { "Camilla Frost", "Direktør for Social, Job og Sundhed", "Holbæk Kommune", "cafr@holbaek.example", "72 36 36 36", "beskæftigelse,sundhed", NULL, FALSE },
  { "Anders Lyngholm", "Direktør for Børn, Unge og Familie", "Gladsaxe Kommune", "anly@gladsaxe.example", "39 57 50 00", "skole og dagtilbud", NULL, FALSE },
  { "Rikke Dahl Poulsen", "Social- og ældredirektør", "Esbjerg Kommune", "rdp@esbjerg.example", "76 16 16 16", "ældre", NULL, FALSE },
  { "Jens Kragh", "Direktør for Social og Arbejdsmarked", "Horsens Kommune", "jekr@horsens.example", "76 29 29 29", "beskæftigelse", NULL, FALSE },
  { "Maja Winther", "Socialchef", "Foreningen af Socialchefer i Danmark", "mawi@socialchefer.example", "40 10 20 30", NULL, NULL, FALSE },
  { "Bo Kristensen", "Børne- og kulturdirektør", "Børne- og Kulturchefforeningen", "bokr@bkf.example", "40 20 30 40", NULL, NULL, FALSE },
  { "Susanne Melgaard", "Kontorchef", "Kommunernes Landsforening", "sume@kl.example", "33 70 30 00", NULL, NULL, FALSE },
  { "Niels Bach Sørensen", "Chefkonsulent", "Kommunernes Landsforening", "nbs@kl.example", "33 70 30 01", NULL, NULL, FALSE },
  { "Ida Rosenkvist", "Afdelingschef", "Social- og Ældreministeriets departement", "idro@sm.example", "41 85 10 00", NULL, NULL, FALSE },
  { "Kasper Bruun", "Vicedirektør for Børn og Unge", "Odense Kommune", "kabr@odense.example", "66 13 13 80", NULL, NULL, FALSE },
  /* No e-mail yet: the composition asks for one. */
  { "Ole Fabricius", "Social- og sundhedsdirektør", "Ikast-Brande Kommune", NULL, "99 60 40 00", "sundhed", NULL, FALSE },
  /* The register of invited actors: one or two of each category. */
  { "Trine Vang", "Seniorforsker", "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd", "trva@vive.example", "33 48 08 00", NULL, NULL, FALSE,
    "research" },
  { "Sofie Lindholm", "Docent i socialt arbejde", "Københavns Professionshøjskole", "soli@kp.example", "72 48 90 00", NULL, NULL, FALSE,
    "research" },
  { "Rasmus Holt", "Kontorchef", "Styrelsen for Arbejdsmarked og Rekruttering", "raho@star.example", "72 21 74 00", NULL, NULL, FALSE,
    "agency" },
  { "Anne-Marie Juhl", "Social- og psykiatridirektør", "Region Midtjylland", "anju@rm.example", "78 41 00 00", NULL, NULL, FALSE,
    "region" },
  { "Mikkel Brandt", "Politisk konsulent", "Danske Handicaporganisationer", "mibr@dh.example", "36 75 17 77", NULL, NULL, FALSE,
    "interest" },
  { "Henrik Saxe", "Direktør", "Center for Frivilligt Socialt Arbejde", "hesa@frivillighed.example", "66 14 60 61", NULL, NULL, FALSE,
    "other" },
};

/* The actors' organisations, not among those the register is seeded with. */
static const struct
{
  const char *name;
  const char *short_name;
  const char *kind;
} actor_organisations[] = {
  { "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd", "VIVE", "research" },
  { "Københavns Professionshøjskole", "KP", "research" },
  { "Styrelsen for Arbejdsmarked og Rekruttering", "STAR", "agency" },
  { "Region Midtjylland", "", "region" },
  { "Danske Handicaporganisationer", "DH", "interest" },
  { "Center for Frivilligt Socialt Arbejde", "", "other" },
};

typedef struct
{
  const char *person;
  const char *seat;            /* the seat kind's code */
  const char *role;
  int         start_year;      /* years before this one */
  int         end_in_days;     /* 0: open; < 0: ended that many days ago */
  const char *substitute;
} DemoMembership;

static const DemoMembership memberships[] = {
  { "Karen Lundgaard", "directorate", "chair", 4, 0, NULL },
  { "Thomas Riis Mikkelsen", "directorate", "member", 2, 0, NULL },
  { "Hanne Skovgaard", "municipal-director", "member", 4, 0, NULL },
  { "Per Østergaard", "municipal-director", "member", 4, 0, "Kasper Bruun" },
  { "Lise Brandt Nielsen", "municipal-director", "member", 3, 0, NULL },
  { "Søren Hjort", "municipal-director", "member", 3, 0, NULL },
  { "Camilla Frost", "municipal-director", "member", 2, 0, NULL },
  { "Anders Lyngholm", "municipal-director", "member", 2, 60, NULL },
  /* A former member, followed in the same seat by Jens Kragh. */
  { "Rikke Dahl Poulsen", "municipal-director", "member", 4, -330, NULL },
  { "Jens Kragh", "municipal-director", "member", 0, 0, NULL },
  { "Maja Winther", "fsd", "member", 3, 0, NULL },
  { "Bo Kristensen", "bkf", "member", 3, 0, NULL },
  { "Susanne Melgaard", "kl", "member", 4, 0, "Niels Bach Sørensen" },
  { "Ida Rosenkvist", "ministry", "member", 1, 0, NULL },
};

static gint64
organisation_id (DfStore    *store,
                 const char *name)
{
  g_autoptr (GListModel) organisations = df_store_list_organisations (store, NULL);

  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (DfOrganisation) organisation = g_list_model_get_item (organisations, i);

      if (g_strcmp0 (df_organisation_get_name (organisation), name) == 0)
        return df_organisation_get_id (organisation);
    }
  return 0;
}

static gint64
person_id (GHashTable *ids,
           const char *name)
{
  return name != NULL ? GPOINTER_TO_SIZE (g_hash_table_lookup (ids, name)) : 0;
}

gboolean
df_demo_fill_members (DfStore  *store,
                      GDate    *today,
                      GError  **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  int this_year = g_date_get_year (today);

  for (guint i = 0; i < G_N_ELEMENTS (actor_organisations); i++)
    if (df_store_add_organisation (store, actor_organisations[i].name, actor_organisations[i].short_name,
                                   actor_organisations[i].kind, "", error) == 0)
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      const DemoPerson *p = &people[i];
      g_auto (GStrv) areas = p->areas != NULL ? g_strsplit (p->areas, ",", -1) : g_new0 (char *, 1);
      g_auto (GStrv) secretary = p->secretary != NULL ? g_strsplit (p->secretary, "|", 3) : NULL;
      g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON,
                                                  "name", p->name,
                                                  "title", p->title,
                                                  "organisation-id", organisation_id (store, p->organisation),
                                                  "email", p->email,
                                                  "phone", p->phone,
                                                  "areas", areas,
                                                  "secretary-name", secretary ? secretary[0] : "",
                                                  "secretary-email", secretary ? secretary[1] : "",
                                                  "secretary-phone", secretary ? secretary[2] : "",
                                                  "is-secretariat", p->secretariat,
                                                  "is-external", p->actor != NULL,
                                                  "actor-category", p->actor,
                                                  NULL);
      gint64 id = df_store_save_person (store, person, error);

      if (id == 0)
        return FALSE;
      g_hash_table_insert (ids, (gpointer) p->name, GSIZE_TO_POINTER ((gsize) id));
    }

  for (guint i = 0; i < G_N_ELEMENTS (memberships); i++)
    {
      const DemoMembership *m = &memberships[i];
      DfSeatKind *kind = df_store_find_seat_kind (store, m->seat);
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      g_autoptr (DfMembership) membership = NULL;
      GDate date;

      g_date_clear (&date, 1);
      if (m->start_year > 0)
        start = g_strdup_printf ("%04d-%02d-01", this_year - m->start_year, m->start_year % 2 ? 3 : 9);
      else
        {
          /* Began when the former member left. */
          date = *today;
          g_date_subtract_days (&date, 329);
          start = df_date_to_iso (&date);
        }
      if (m->end_in_days != 0)
        {
          date = *today;
          if (m->end_in_days > 0)
            g_date_add_days (&date, m->end_in_days);
          else
            g_date_subtract_days (&date, -m->end_in_days);
          end = df_date_to_iso (&date);
        }
      membership = g_object_new (DF_TYPE_MEMBERSHIP,
                                 "person-id", person_id (ids, m->person),
                                 "seat-kind-id", kind != NULL ? df_seat_kind_get_id (kind) : 0,
                                 "role", m->role,
                                 "start-date", start,
                                 "end-date", end,
                                 "substitute-id", person_id (ids, m->substitute),
                                 NULL);
      if (df_store_save_membership (store, membership, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Names to combine for the benchmarks' crowd: common Danish first and last
 * names, so that search and sorting meet real letters (Æ, Ø, Å). */
static const char * const first_names[] = {
  "Anne", "Birgitte", "Camilla", "Ditte", "Else", "Freja", "Grethe", "Hanne", "Ida", "Jette",
  "Karen", "Lone", "Mette", "Nanna", "Ole", "Peter", "Rasmus", "Søren", "Thomas", "Ulla",
  "Vibeke", "Åse", "Ørjan", "Æbelina", "Jens", "Lars", "Mads", "Niels", "Poul", "Henrik",
};
static const char * const last_names[] = {
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
  "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
  "Johansen", "Møller", "Mortensen", "Østergaard", "Ågård", "Dahl", "Bach", "Holm",
};

gboolean
df_demo_fill_crowd (DfStore  *store,
                    GDate    *today,
                    guint     scale,
                    GError  **error)
{
  g_autoptr (GListModel) organisations = df_store_list_organisations (store, error);
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261124);
  DfSeatKind *kind = df_store_find_seat_kind (store, "municipal-director");
  guint n_organisations;
  int this_year = g_date_get_year (today);

  if (organisations == NULL || kind == NULL)
    return FALSE;
  n_organisations = g_list_model_get_n_items (organisations);
  if (!df_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < scale * 500; i++)
    {
      g_autoptr (DfOrganisation) organisation = g_list_model_get_item (organisations, g_rand_int_range (rand, 0, n_organisations));
      g_autofree char *name = g_strdup_printf ("%s %s %s",
                                               first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))],
                                               last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))],
                                               last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))]);
      g_autofree char *email = g_strdup_printf ("person%u@crowd.example", i);
      g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON, "name", name, "title", "Direktør",
                                                  "organisation-id", df_organisation_get_id (organisation),
                                                  "email", email, NULL);
      gint64 id = df_store_save_person (store, person, error);

      if (id == 0)
        return FALSE;
      /* One in ten held a seat for a year or two in the last ten years. */
      if (i % 10 == 0)
        {
          int year = this_year - 10 + g_rand_int_range (rand, 0, 9);
          g_autofree char *start = g_strdup_printf ("%04d-%02d-01", year, g_rand_int_range (rand, 1, 13));
          g_autofree char *end = g_strdup_printf ("%04d-%02d-28", year + 1 + g_rand_int_range (rand, 0, 2) - 1, g_rand_int_range (rand, 1, 13));
          g_autoptr (DfMembership) membership = NULL;

          if (strcmp (end, start) < 0)
            {
              g_free (end);
              end = g_strdup_printf ("%04d-12-31", year);
            }
          membership = g_object_new (DF_TYPE_MEMBERSHIP, "person-id", id, "seat-kind-id", df_seat_kind_get_id (kind),
                                     "role", "member", "start-date", start, "end-date", end, NULL);
          if (df_store_save_membership (store, membership, error) == 0)
            return FALSE;
        }
    }
  /* In the same transaction: the meetings invite the crowd's members. */
  return df_demo_fill_history (store, today, scale, error) && df_store_commit (store, error);
}
