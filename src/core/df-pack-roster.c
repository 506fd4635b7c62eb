/* df-pack-roster.c: the member roster.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-pack-roster.h"
#include "dialogforum/df-store-members.h"
#include "df-pack-private.h"

static const char *
title_of (GHashTable *titles,
          gint64      person_id)
{
  const char *title = titles != NULL ? g_hash_table_lookup (titles, &person_id) : NULL;

  return title != NULL ? title : "";
}

/* person id -> job title, borrowed from @people. */
static GHashTable *
index_titles (GListModel *people)
{
  GHashTable *titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (people, i);
      gint64 id = df_person_get_id (person);

      /* The list holds the person as long as the roster is laid out. */
      g_hash_table_insert (titles, g_memdup2 (&id, sizeof id), (gpointer) df_person_get_title (person));
    }
  return titles;
}

static char *
seat_group_title (DfSeatKind *kind)
{
  int quota = df_seat_kind_get_quota (kind);
  g_autofree char *seats = NULL;

  if (df_seat_kind_get_quota_is_minimum (kind))
    seats = g_strdup_printf (PN_("at least %d seat", "at least %d seats", quota), quota);
  else
    seats = g_strdup_printf (PN_("%d seat", "%d seats", quota), quota);
  return g_strdup_printf ("%s · %s", df_seat_kind_get_name (kind), seats);
}

void
df_pack_add_roster_sheet (DfPackDocument *document,
                          DfComposition  *composition,
                          GListModel     *people)
{
  const DfPackColumn columns[] = {
    { P_("Name"), 2.2 },
    { P_("Job title"), 2.6 },
    { P_("Organisation"), 2.3 },
    { P_("Term"), 1.5 },
    { P_("Substitute"), 1.6 },
  };
  g_autoptr (GHashTable) titles = NULL;
  g_autoptr (DfPackTable) table = NULL;
  g_autofree char *date = NULL;
  g_autofree char *intro = NULL;

  g_return_if_fail (DF_IS_PACK_DOCUMENT (document));
  g_return_if_fail (composition != NULL);

  titles = index_titles (people);
  table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  date = df_pack_format_date_iso (composition->date);

  /* TRANSLATORS: the member roster sheet's title (Danish: Medlemsoversigt). */
  df_pack_document_begin_sheet (document, P_("Member roster"), DF_PACK_PORTRAIT);
  df_pack_document_set_sheet_date (document, composition->date);
  df_pack_document_add_heading (document, 1, P_("Member roster"));
  /* TRANSLATORS: %s is a date written out in full. */
  intro = g_strdup_printf (P_("The forum’s composition on %s, seat by seat."), date);
  df_pack_document_add_paragraph (document, intro);

  for (guint s = 0; s < composition->seats->len; s++)
    {
      DfSeatStatus *status = g_ptr_array_index (composition->seats, s);
      g_autofree char *group = seat_group_title (status->kind);

      df_pack_table_add_group_row (table, group);
      for (guint i = 0; i < status->holders->len; i++)
        {
          DfMembership *m = g_ptr_array_index (status->holders, i);
          g_autofree char *name = g_strcmp0 (df_membership_get_role (m), "chair") == 0
                                  ? g_strdup_printf (P_("%s (chair)"), df_membership_get_person_name (m))
                                  : g_strdup (df_membership_get_person_name (m));
          const char *cells[] = {
            name,
            title_of (titles, df_membership_get_person_id (m)),
            df_membership_get_organisation_name (m),
            df_membership_get_term_text (m),
            df_membership_get_substitute_id (m) != 0 ? df_membership_get_substitute_name (m) : "",
          };

          df_pack_table_add_row (table, cells);
        }
      for (int i = 0; i < status->missing; i++)
        {
          const char *cells[] = { P_("Vacant seat"), NULL, NULL, NULL, NULL };

          df_pack_table_add_styled_row (table, DF_PACK_ROW_MUTED, cells);
        }
    }
  df_pack_document_add_table (document, table);
}

gboolean
df_pack_add_roster_sheet_from_store (DfPackDocument  *document,
                                     DfStore         *store,
                                     const char      *date,
                                     GError         **error)
{
  g_autoptr (DfComposition) composition = NULL;
  g_autoptr (GListModel) people = NULL;

  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (document), FALSE);
  g_return_val_if_fail (DF_IS_STORE (store), FALSE);

  composition = df_store_compose_on (store, date, error);
  if (composition == NULL || (people = df_store_list_people (store, error)) == NULL)
    return FALSE;
  df_pack_add_roster_sheet (document, composition, people);
  return TRUE;
}
