/* df-store-members.c: organisations, people and memberships.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-members.h"
#include "df-store-private.h"

/* Names in a group_concat() list: a control character no name holds. */
#define LIST_SEPARATOR "\x1f"

gboolean
df_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || *email == '\0')
    return FALSE;
  for (const char *p = email; *p; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  dot = strrchr (at + 1, '.');
  /* A domain with a dot that is neither its first nor its last character. */
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* --- Loading ----------------------------------------------------------- */

static gboolean
reload_organisations (DfStore  *self,
                      GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "SELECT id, name, short_name, kind, region, notes FROM organisation"
                                         " ORDER BY kind <> 'socialstyrelsen', kind <> 'association',"
                                         " kind <> 'ministry', kind = 'municipality', name", error);
  GPtrArray *fresh;
  int rc;

  if (stmt == NULL)
    return FALSE;
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (fresh, g_object_new (DF_TYPE_ORGANISATION,
                                          "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                          "name", df_stmt_text (stmt, 1),
                                          "short-name", df_stmt_text (stmt, 2),
                                          "kind", df_stmt_text (stmt, 3),
                                          "region", df_stmt_text (stmt, 4),
                                          "notes", df_stmt_text (stmt, 5),
                                          NULL));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (fresh);
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  df_list_store_sync (df_store_model (self, "organisations", DF_TYPE_ORGANISATION), fresh);
  return TRUE;
}

static char *
term_text (const char *start,
           const char *end)
{
  g_autofree char *from = df_date_iso_to_short (start);
  g_autofree char *to = df_date_iso_to_short (end);

  return g_strdup_printf ("%s–%s", from, to);
}

/* The memberships' columns, in the order membership_from_row() reads. */
#define MEMBERSHIP_COLUMNS \
  "SELECT m.id, m.person_id, p.name, m.seat_kind_id, s.name, m.role," \
  " m.start_date, coalesce(m.end_date, ''), coalesce(m.substitute_id, 0)," \
  " coalesce(sp.name, ''), coalesce(o.name, '')" \
  " FROM membership m JOIN person p ON p.id = m.person_id" \
  " LEFT JOIN organisation o ON o.id = p.organisation_id" \
  " JOIN seat_kind s ON s.id = m.seat_kind_id" \
  " LEFT JOIN person sp ON sp.id = m.substitute_id"

#define MEMBERSHIP_ORDER " ORDER BY s.position, m.role <> 'chair', m.start_date, m.id"

static gpointer
membership_from_row (sqlite3_stmt *stmt,
                     gpointer      data)
{
  g_autofree char *term = term_text (df_stmt_text (stmt, 6), df_stmt_text (stmt, 7));

  return g_object_new (DF_TYPE_MEMBERSHIP,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "person-id", (gint64) sqlite3_column_int64 (stmt, 1),
                       "person-name", df_stmt_text (stmt, 2),
                       "organisation-name", df_stmt_text (stmt, 10),
                       "seat-kind-id", (gint64) sqlite3_column_int64 (stmt, 3),
                       "seat-kind-name", df_stmt_text (stmt, 4),
                       "role", df_stmt_text (stmt, 5),
                       "start-date", df_stmt_text (stmt, 6),
                       "end-date", df_stmt_text (stmt, 7),
                       "substitute-id", (gint64) sqlite3_column_int64 (stmt, 8),
                       "substitute-name", df_stmt_text (stmt, 9),
                       "term-text", term,
                       NULL);
}

/* The memberships in the rows of @stmt, stepped to the end and reset;
 * NULL on an error. */
static GPtrArray *
read_memberships (DfStore       *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  return df_store_read_rows (self, stmt, membership_from_row, NULL, error);
}

static gboolean
reload_memberships (DfStore  *self,
                    GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, MEMBERSHIP_COLUMNS MEMBERSHIP_ORDER, error);
  GPtrArray *fresh = stmt != NULL ? read_memberships (self, stmt, error) : NULL;

  if (fresh == NULL)
    return FALSE;
  /* The sync takes the rows. */
  df_list_store_sync (df_store_model (self, "memberships", DF_TYPE_MEMBERSHIP), fresh);
  return TRUE;
}

GListModel *
df_store_list_membership_ends (DfStore  *self,
                               int       year,
                               GError  **error)
{
  sqlite3_stmt *stmt;
  GPtrArray *ends;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  stmt = df_store_prepare (self, MEMBERSHIP_COLUMNS " WHERE m.end_date BETWEEN ?1 AND ?2 ORDER BY m.end_date, m.id",
                           error);
  if (stmt == NULL)
    return NULL;
  df_stmt_bind_year (stmt, year);
  ends = read_memberships (self, stmt, error);
  sqlite3_clear_bindings (stmt);
  return df_list_model_take_rows (DF_TYPE_MEMBERSHIP, ends);
}

/* The one membership that says where a person stands: the current one,
 * else the next to begin, else the last that ended. */
static DfMembership *
telling_membership (GPtrArray     *memberships,
                    const char    *today,
                    DfMemberState *state)
{
  DfMembership *current = NULL, *future = NULL, *former = NULL;

  for (guint i = 0; i < memberships->len; i++)
    {
      DfMembership *m = g_ptr_array_index (memberships, i);

      if (df_membership_is_active_on (m, today))
        {
          if (current == NULL || g_strcmp0 (df_membership_get_role (m), "chair") == 0)
            current = m;
        }
      else if (strcmp (df_membership_get_start_date (m), today) > 0)
        {
          if (future == NULL || strcmp (df_membership_get_start_date (m), df_membership_get_start_date (future)) < 0)
            future = m;
        }
      else if (former == NULL || strcmp (df_membership_get_end_date (m), df_membership_get_end_date (former)) > 0)
        former = m;
    }
  *state = current ? DF_MEMBER_STATE_CURRENT : future ? DF_MEMBER_STATE_FUTURE
         : former ? DF_MEMBER_STATE_FORMER : DF_MEMBER_STATE_NONE;
  return current ? current : future ? future : former;
}

#define PERSON_COLUMNS \
  "SELECT p.id, p.name, p.title, coalesce(p.organisation_id, 0)," \
  " coalesce(o.name, ''), coalesce(o.kind, ''), p.email, p.phone," \
  " p.secretary_name, p.secretary_email, p.secretary_phone, p.notes," \
  " p.is_secretariat, p.anonymised," \
  " (SELECT group_concat(name, char(31)) FROM" \
  "   (SELECT a.name FROM person_area pa JOIN adjacent_area a ON a.id = pa.area_id" \
  "    WHERE pa.person_id = p.id ORDER BY a.position))" \
  " , p.is_external, p.actor_category" \
  " FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id"

#define PERSON_ORDER " ORDER BY p.name, p.id"

gpointer
df_person_brief_from_row (sqlite3_stmt *stmt,
                          gpointer      data)
{
  return g_object_new (DF_TYPE_PERSON,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "name", df_stmt_text (stmt, 1),
                       "title", df_stmt_text (stmt, 2),
                       "organisation-name", df_stmt_text (stmt, 3),
                       NULL);
}

/* What a person's summary is made of: their memberships, by person id,
 * and the day it is as of. */
typedef struct
{
  GHashTable *by_person;
  char       *today;
} Summary;

static gpointer
person_from_row (sqlite3_stmt *stmt,
                 gpointer      data)
{
  GHashTable *by_person = ((Summary *) data)->by_person;
  const char *today = ((Summary *) data)->today;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  const char *area_list = df_stmt_text (stmt, 14);
  g_auto (GStrv) areas = area_list[0] ? g_strsplit (area_list, LIST_SEPARATOR, -1) : g_new0 (char *, 1);
  g_autofree char *areas_text = g_strjoinv (", ", areas);
  GPtrArray *own = g_hash_table_lookup (by_person, &id);
  DfMemberState state = DF_MEMBER_STATE_NONE;
  DfMembership *telling = own != NULL ? telling_membership (own, today, &state) : NULL;
  g_autofree char *term = telling ? g_strdup (df_membership_get_term_text (telling)) : g_strdup ("");
  g_autofree char *search = g_strdup_printf ("%s %s", df_stmt_text (stmt, 1), df_stmt_text (stmt, 4));
  g_autofree char *folded = g_utf8_casefold (search, -1);

  return g_object_new (DF_TYPE_PERSON,
                       "id", id,
                       "name", df_stmt_text (stmt, 1),
                       "title", df_stmt_text (stmt, 2),
                       "organisation-id", (gint64) sqlite3_column_int64 (stmt, 3),
                       "organisation-name", df_stmt_text (stmt, 4),
                       "organisation-kind", df_stmt_text (stmt, 5),
                       "email", df_stmt_text (stmt, 6),
                       "phone", df_stmt_text (stmt, 7),
                       "secretary-name", df_stmt_text (stmt, 8),
                       "secretary-email", df_stmt_text (stmt, 9),
                       "secretary-phone", df_stmt_text (stmt, 10),
                       "notes", df_stmt_text (stmt, 11),
                       "is-secretariat", sqlite3_column_int (stmt, 12) != 0,
                       "anonymised", sqlite3_column_int (stmt, 13) != 0,
                       "is-external", sqlite3_column_int (stmt, 15) != 0,
                       "actor-category", df_stmt_text (stmt, 16),
                       "actor-category-text", df_person_actor_category_label (df_stmt_text (stmt, 16)),
                       "areas", areas,
                       "areas-text", areas_text,
                       "seat-name", telling ? df_membership_get_seat_kind_name (telling) : "",
                       "term-text", term,
                       "member-state", (int) state,
                       "search-text", folded,
                       NULL);
}

/* The people in the rows of @stmt, each summed up from its memberships
 * among @memberships; stepped to the end and reset; NULL on an error. */
static GPtrArray *
read_people (DfStore       *self,
             sqlite3_stmt  *stmt,
             GListModel    *memberships,
             GError       **error)
{
  g_autoptr (GHashTable) by_person = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                             (GDestroyNotify) g_ptr_array_unref);
  g_autofree char *today = df_date_today_iso ();
  Summary summary = { by_person, today };

  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr (DfMembership) m = g_list_model_get_item (memberships, i);
      gint64 person = df_membership_get_person_id (m);
      GPtrArray *list = g_hash_table_lookup (by_person, &person);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_person, g_memdup2 (&person, sizeof person), list);
        }
      g_ptr_array_add (list, g_object_ref (m));
    }
  return df_store_read_rows (self, stmt, person_from_row, &summary, error);
}

static gboolean
reload_people (DfStore  *self,
               GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self, PERSON_COLUMNS PERSON_ORDER, error);
  GListModel *memberships = G_LIST_MODEL (df_store_model (self, "memberships", DF_TYPE_MEMBERSHIP));
  GPtrArray *fresh = stmt != NULL ? read_people (self, stmt, memberships, error) : NULL;

  if (fresh == NULL)
    return FALSE;
  df_list_store_sync (df_store_model (self, "people", DF_TYPE_PERSON), fresh);
  return TRUE;
}

/* The people whose ids the filter (" IN (...)", with @value bound to
 * its ?1) picks out, and all their memberships, read for the asking: the
 * whole register need not be read to learn about a few. The statements
 * are the two that PEOPLE_IN() makes of the filter. */
#define PEOPLE_IN(filter) \
  MEMBERSHIP_COLUMNS " WHERE m.person_id" filter MEMBERSHIP_ORDER, \
  PERSON_COLUMNS " WHERE p.id" filter PERSON_ORDER

static gboolean
read_people_in (DfStore     *self,
                const char  *memberships_sql,
                const char  *people_sql,
                const char  *value,
                GListModel **memberships,
                GListModel **people,
                GError     **error)
{
  sqlite3_stmt *stmt;
  g_autoptr (GListModel) own = NULL;
  GListModel *found;

  if ((stmt = df_store_prepare (self, memberships_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  own = df_list_model_take_rows (DF_TYPE_MEMBERSHIP, read_memberships (self, stmt, error));
  sqlite3_clear_bindings (stmt);
  if (own == NULL || (stmt = df_store_prepare (self, people_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  found = df_list_model_take_rows (DF_TYPE_PERSON, read_people (self, stmt, own, error));
  sqlite3_clear_bindings (stmt);
  if (found == NULL)
    return FALSE;
  if (memberships != NULL)
    *memberships = g_steal_pointer (&own);
  *people = found;
  return TRUE;
}

gboolean
df_store_list_seated_on (DfStore     *self,
                         const char  *date,
                         GListModel **memberships,
                         GListModel **people,
                         GError     **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), FALSE);
  g_return_val_if_fail (memberships != NULL && people != NULL, FALSE);

  /* ISO dates compare as text, as in df_membership_is_active_on(). */
  return read_people_in (self,
                         PEOPLE_IN (" IN (SELECT person_id FROM membership"
                                    "     WHERE start_date <= ?1 AND (end_date IS NULL OR end_date >= ?1))"),
                         date, memberships, people, error);
}

GListModel *
df_store_list_people_among (DfStore       *self,
                            const gint64  *ids,
                            guint          n_ids,
                            GError       **error)
{
  g_autoptr (GString) list = g_string_new ("[");
  GListModel *people = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  /* The ids go in as one JSON array, bound like any value. */
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (list, ']');
  if (!read_people_in (self, PEOPLE_IN (" IN (SELECT value FROM json_each(?1))"), list->str, NULL, &people, error))
    return NULL;
  return people;
}

/* Memberships before people: a person's summary is made from them. */
static gboolean
reload_register (DfStore  *self,
                 GError  **error)
{
  return reload_organisations (self, error) &&
         reload_memberships (self, error) &&
         reload_people (self, error);
}

gboolean
df_store_reload_members (DfStore  *self,
                         GError  **error)
{
  return reload_register (self, error);
}

GListModel *
df_store_list_organisations (DfStore  *self,
                             GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (df_store_model_needs_load (self, "organisations") && !reload_organisations (self, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "organisations", DF_TYPE_ORGANISATION)));
}

GListModel *
df_store_list_people (DfStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (df_store_model_needs_load (self, "register") && !reload_register (self, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "people", DF_TYPE_PERSON)));
}

GListModel *
df_store_list_memberships (DfStore  *self,
                           GError  **error)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  if (df_store_model_needs_load (self, "register") && !reload_register (self, error))
    return NULL;
  return g_object_ref (G_LIST_MODEL (df_store_model (self, "memberships", DF_TYPE_MEMBERSHIP)));
}

GPtrArray *
df_store_list_memberships_of (DfStore  *self,
                              gint64    person_id,
                              GError  **error)
{
  g_autoptr (GListModel) all = df_store_list_memberships (self, error);
  GPtrArray *own;

  if (all == NULL)
    return NULL;
  own = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (DfMembership) m = g_list_model_get_item (all, i);

      if (df_membership_get_person_id (m) == person_id)
        g_ptr_array_add (own, g_object_ref (m));
    }
  return own;
}

static gpointer
find_by_id (GListModel *model,
            gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      /* The list holds a reference as long as the store lives. */
      if (item_id == id)
        return item;
    }
  return NULL;
}

DfPerson *
df_store_find_person (DfStore *self,
                      gint64   id)
{
  GListModel *people = G_LIST_MODEL (df_store_model (self, "people", DF_TYPE_PERSON));

  if (g_list_model_get_n_items (people) == 0)
    reload_register (self, NULL);
  return find_by_id (people, id);
}

DfOrganisation *
df_store_find_organisation (DfStore *self,
                            gint64   id)
{
  GListModel *organisations = G_LIST_MODEL (df_store_model (self, "organisations", DF_TYPE_ORGANISATION));

  if (g_list_model_get_n_items (organisations) == 0)
    reload_organisations (self, NULL);
  return find_by_id (organisations, id);
}

/* --- Writing ----------------------------------------------------------- */

static gboolean
finish_write (DfStore  *self,
              GError  **error)
{
  if (!df_store_commit (self, error))
    return FALSE;
  df_store_changed (self, "members", reload_register);
  return TRUE;
}

gint64
df_store_add_organisation (DfStore     *self,
                           const char  *name,
                           const char  *short_name,
                           const char  *kind,
                           const char  *region,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  GError *local = NULL;
  gint64 id;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (df_text_is_blank (name))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Organisation: a name is required."));
      return 0;
    }
  if (kind == NULL || !g_strv_contains (df_organisation_kinds (), kind))
    kind = "other";
  if (!df_store_begin (self, error))
    return 0;
  stmt = df_store_prepare (self,
                           "INSERT INTO organisation (name, short_name, kind, region) VALUES (trim(?1), ?2, ?3, ?4)",
                           &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, short_name ? short_name : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, region ? region : "", -1, SQLITE_TRANSIENT);
  if (!df_store_step_done (self, stmt, &local))
    {
      if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_clear_error (&local);
          g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                       _("Organisation: there is already an organisation named “%s”."), name);
        }
      return df_store_fail (self, error, local);
    }
  id = sqlite3_last_insert_rowid (df_store_get_db (self));
  return finish_write (self, error) ? id : 0;
}

static gboolean
validate_person (DfPerson  *person,
                 GError   **error)
{
  const char *email = df_person_get_email (person);
  const char *secretary_email = df_person_get_secretary_email (person);

  if (df_text_is_blank (df_person_get_name (person)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Name: a name is required."));
      return FALSE;
    }
  if (*email != '\0' && !df_email_is_valid (email))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("E-mail: “%s” is not a valid e-mail address."), email);
      return FALSE;
    }
  if (*secretary_email != '\0' && !df_email_is_valid (secretary_email))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Secretary’s e-mail: “%s” is not a valid e-mail address."), secretary_email);
      return FALSE;
    }
  if (df_person_get_is_external (person) && *df_person_get_actor_category (person) != '\0' &&
      !g_strv_contains (df_person_actor_categories (), df_person_get_actor_category (person)))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Category: “%s” is not a category of invited actors."), df_person_get_actor_category (person));
      return FALSE;
    }
  return TRUE;
}

/* An actor without a category is filed under "other"; anyone else has
 * none. */
static const char *
actor_category_to_write (DfPerson *person)
{
  const char *category = df_person_get_actor_category (person);

  if (!df_person_get_is_external (person))
    return "";
  return *category != '\0' ? category : "other";
}

static gboolean
write_person_areas (DfStore   *self,
                    gint64     id,
                    DfPerson  *person,
                    GError   **error)
{
  const char * const *areas = df_person_get_areas (person);
  sqlite3_stmt *stmt = df_store_prepare (self, "DELETE FROM person_area WHERE person_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!df_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    {
      stmt = df_store_prepare (self,
                               "INSERT OR IGNORE INTO person_area (person_id, area_id)"
                               " SELECT ?1, id FROM adjacent_area WHERE name = trim(?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, areas[i], -1, SQLITE_TRANSIENT);
      if (!df_store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (df_store_get_db (self)) == 0 && !df_text_is_blank (areas[i]))
        {
          sqlite3_stmt *known = df_store_prepare (self, "SELECT 1 FROM adjacent_area WHERE name = trim(?1)", error);

          if (known == NULL)
            return FALSE;
          sqlite3_bind_text (known, 1, areas[i], -1, SQLITE_TRANSIENT);
          if (sqlite3_step (known) != SQLITE_ROW)
            {
              sqlite3_reset (known);
              g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                           _("Areas: “%s” is not on the list of adjacent areas."), areas[i]);
              return FALSE;
            }
          sqlite3_reset (known);
        }
    }
  return TRUE;
}

static void
bind_person (sqlite3_stmt *stmt,
             DfPerson     *person)
{
  gint64 organisation = df_person_get_organisation_id (person);

  sqlite3_bind_text (stmt, 2, g_strstrip (g_strdup (df_person_get_name (person))), -1, g_free);
  sqlite3_bind_text (stmt, 3, df_person_get_title (person), -1, SQLITE_TRANSIENT);
  if (organisation > 0)
    sqlite3_bind_int64 (stmt, 4, organisation);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, df_person_get_email (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, df_person_get_phone (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, df_person_get_secretary_name (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, df_person_get_secretary_email (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, df_person_get_secretary_phone (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, df_person_get_notes (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 11, df_person_get_is_secretariat (person) ? 1 : 0);
  sqlite3_bind_int (stmt, 12, df_person_get_anonymised (person) ? 1 : 0);
  sqlite3_bind_int (stmt, 13, df_person_get_is_external (person) ? 1 : 0);
  sqlite3_bind_text (stmt, 14, actor_category_to_write (person), -1, SQLITE_TRANSIENT);
}

static void
set_person_write_error (DfStore  *self,
                        GError  **error)
{
  if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                 _("Organisation: the organisation chosen no longer exists."));
  else
    df_store_set_sqlite_error (self, error, sqlite3_extended_errcode (df_store_get_db (self)));
}

static gint64
write_person (DfStore   *self,
              DfPerson  *person,
              gint64     id,
              gboolean   insert,
              GError   **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (DF_IS_PERSON (person), 0);

  if (!validate_person (person, error) || !df_store_begin (self, error))
    return 0;

  if (insert)
    stmt = df_store_prepare (self,
                             "INSERT INTO person (id, name, title, organisation_id, email, phone, secretary_name,"
                             " secretary_email, secretary_phone, notes, is_secretariat, anonymised, is_external,"
                             " actor_category)"
                             " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)", &local);
  else
    stmt = df_store_prepare (self,
                             "UPDATE person SET name = ?2, title = ?3, organisation_id = ?4, email = ?5,"
                             " phone = ?6, secretary_name = ?7, secretary_email = ?8, secretary_phone = ?9,"
                             " notes = ?10, is_secretariat = ?11, anonymised = ?12, is_external = ?13,"
                             " actor_category = ?14 WHERE id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  bind_person (stmt, person);
  if (!df_store_step_done (self, stmt, &local))
    {
      g_clear_error (&local);
      set_person_write_error (self, &local);
      return df_store_fail (self, error, local);
    }
  if (!insert && sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("“%s” no longer exists; someone may have deleted the person."), df_person_get_name (person));
      return df_store_fail (self, error, local);
    }
  if (insert)
    id = sqlite3_last_insert_rowid (df_store_get_db (self));
  if (!write_person_areas (self, id, person, &local))
    return df_store_fail (self, error, local);
  return finish_write (self, error) ? id : 0;
}

gint64
df_store_save_person (DfStore   *self,
                      DfPerson  *person,
                      GError   **error)
{
  gint64 id = df_person_get_id (person);

  return write_person (self, person, id, id == 0, error);
}

gboolean
df_store_restore_person (DfStore   *self,
                         DfPerson  *person,
                         GError   **error)
{
  return write_person (self, person, df_person_get_id (person), TRUE, error) != 0;
}

gboolean
df_store_delete_person (DfStore  *self,
                        gint64    id,
                        GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  DfPerson *person;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  person = df_store_find_person (self, id);
  name = g_strdup (person != NULL ? df_person_get_name (person) : "");
  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self,
                           "SELECT count(*) FROM membership WHERE person_id = ?1 OR substitute_id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0)
    {
      sqlite3_reset (stmt);
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE,
                   _("“%s” has a history in the forum and cannot be deleted. End the membership instead."), name);
      return df_store_fail (self, error, local);
    }
  sqlite3_reset (stmt);

  stmt = df_store_prepare (self, "DELETE FROM person WHERE id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!df_store_step_done (self, stmt, &local))
    {
      if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_clear_error (&local);
          g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE,
                       _("“%s” has a history in the forum and cannot be deleted. End the membership instead."), name);
        }
      return df_store_fail (self, error, local);
    }
  if (sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The person no longer exists; someone may have deleted them already."));
      return df_store_fail (self, error, local);
    }
  return finish_write (self, error);
}

static gboolean
validate_membership (DfMembership  *m,
                     GError       **error)
{
  const char *start = df_membership_get_start_date (m);
  const char *end = df_membership_get_end_date (m);
  GDate date;

  g_date_clear (&date, 1);
  if (!df_date_parse_iso (start, &date))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("From: “%s” is not a date (YYYY-MM-DD)."), start);
      return FALSE;
    }
  if (*end != '\0' && !df_date_parse_iso (end, &date))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("To: “%s” is not a date (YYYY-MM-DD)."), end);
      return FALSE;
    }
  if (*end != '\0' && strcmp (end, start) < 0)
    {
      g_autofree char *start_text = df_date_iso_to_short (start);
      g_autofree char *end_text = df_date_iso_to_short (end);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("To: the membership cannot end (%s) before it begins (%s)."), end_text, start_text);
      return FALSE;
    }
  if (g_strcmp0 (df_membership_get_role (m), "chair") != 0 && g_strcmp0 (df_membership_get_role (m), "member") != 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Role: “%s” is neither chair nor member."), df_membership_get_role (m));
      return FALSE;
    }
  if (df_membership_get_substitute_id (m) != 0 &&
      df_membership_get_substitute_id (m) == df_membership_get_person_id (m))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Substitute: a member cannot be their own substitute."));
      return FALSE;
    }
  return TRUE;
}

gint64
df_store_save_membership (DfStore       *self,
                          DfMembership  *membership,
                          GError       **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (DF_IS_STORE (self), 0);
  g_return_val_if_fail (DF_IS_MEMBERSHIP (membership), 0);

  if (!validate_membership (membership, error) || !df_store_begin (self, error))
    return 0;
  id = df_membership_get_id (membership);
  if (id == 0)
    stmt = df_store_prepare (self,
                             "INSERT INTO membership (person_id, seat_kind_id, role, start_date, end_date, substitute_id)"
                             " VALUES (?2, ?3, ?4, ?5, nullif(?6, ''), nullif(?7, 0))", &local);
  else
    stmt = df_store_prepare (self,
                             "UPDATE membership SET person_id = ?2, seat_kind_id = ?3, role = ?4, start_date = ?5,"
                             " end_date = nullif(?6, ''), substitute_id = nullif(?7, 0) WHERE id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, df_membership_get_person_id (membership));
  sqlite3_bind_int64 (stmt, 3, df_membership_get_seat_kind_id (membership));
  sqlite3_bind_text (stmt, 4, df_membership_get_role (membership), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, df_membership_get_start_date (membership), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, df_membership_get_end_date (membership), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, df_membership_get_substitute_id (membership));
  if (!df_store_step_done (self, stmt, &local))
    {
      if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_clear_error (&local);
          g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                       _("Seat: the person, the seat kind or the substitute chosen no longer exists."));
        }
      return df_store_fail (self, error, local);
    }
  if (id == 0)
    id = sqlite3_last_insert_rowid (df_store_get_db (self));
  else if (sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The membership no longer exists; someone may have deleted it."));
      return df_store_fail (self, error, local);
    }
  return finish_write (self, error) ? id : 0;
}

gboolean
df_store_end_membership (DfStore     *self,
                         gint64       id,
                         const char  *end_date,
                         GError     **error)
{
  GListModel *all = G_LIST_MODEL (df_store_model (self, "memberships", DF_TYPE_MEMBERSHIP));
  DfMembership *found;
  g_autoptr (DfMembership) ended = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (g_list_model_get_n_items (all) == 0)
    reload_register (self, NULL);
  found = find_by_id (all, id);
  if (found == NULL)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The membership no longer exists; someone may have deleted it."));
      return FALSE;
    }
  ended = g_object_new (DF_TYPE_MEMBERSHIP,
                        "id", id,
                        "person-id", df_membership_get_person_id (found),
                        "seat-kind-id", df_membership_get_seat_kind_id (found),
                        "role", df_membership_get_role (found),
                        "start-date", df_membership_get_start_date (found),
                        "end-date", end_date,
                        "substitute-id", df_membership_get_substitute_id (found),
                        NULL);
  return df_store_save_membership (self, ended, error) != 0;
}

gboolean
df_store_delete_membership (DfStore  *self,
                            gint64    id,
                            GError  **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self, "DELETE FROM membership WHERE id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!df_store_step_done (self, stmt, &local))
    return df_store_fail (self, error, local);
  return finish_write (self, error);
}

gint64
df_store_save_person_and_membership (DfStore       *self,
                                     DfPerson      *person,
                                     DfMembership  *membership,
                                     GError       **error)
{
  g_autoptr (DfMembership) own = NULL;
  gint64 id;

  g_return_val_if_fail (DF_IS_STORE (self), 0);

  if (!df_store_begin (self, error))
    return 0;
  id = df_store_save_person (self, person, error);
  if (id != 0 && membership != NULL)
    {
      own = g_object_new (DF_TYPE_MEMBERSHIP,
                          "person-id", id,
                          "seat-kind-id", df_membership_get_seat_kind_id (membership),
                          "role", df_membership_get_role (membership),
                          "start-date", df_membership_get_start_date (membership),
                          "end-date", df_membership_get_end_date (membership),
                          "substitute-id", df_membership_get_substitute_id (membership),
                          NULL);
      if (df_store_save_membership (self, own, error) == 0)
        id = 0;
    }
  if (id == 0)
    {
      df_store_rollback (self);
      return 0;
    }
  return df_store_commit (self, error) ? id : 0;
}

gboolean
df_store_anonymise_person (DfStore  *self,
                           gint64    id,
                           GError  **error)
{
  GError *local = NULL;
  g_autofree char *today = df_date_today_iso ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  if (!df_store_begin (self, error))
    return FALSE;
  stmt = df_store_prepare (self,
                           "SELECT count(*) FROM membership WHERE person_id = ?1"
                           " AND (end_date IS NULL OR end_date >= ?2)", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0)
    {
      sqlite3_reset (stmt);
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_IN_USE,
                   _("Only a former member can be anonymised: this person still has a membership that has not ended."));
      return df_store_fail (self, error, local);
    }
  sqlite3_reset (stmt);

  /* The seat history stays, so the composition on a past date still
   * counts the seat; everything that names or reaches the person goes.
   * A guest or an invited actor, never a member, keeps their replies and
   * attendance the same way. */
  stmt = df_store_prepare (self,
                           "UPDATE person SET name = CASE WHEN EXISTS (SELECT 1 FROM membership WHERE person_id = ?1)"
                           " THEN ?2 ELSE ?3 END, title = '', email = '', phone = '', secretary_name = '',"
                           " secretary_email = '', secretary_phone = '', notes = '', anonymised = 1 WHERE id = ?1",
                           &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  /* The domain's own words, whatever the language of the session that
   * anonymised: the register is Danish. */
  sqlite3_bind_text (stmt, 2, "Anonymiseret medlem", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, "Anonymiseret person", -1, SQLITE_STATIC);
  if (!df_store_step_done (self, stmt, &local))
    return df_store_fail (self, error, local);
  if (sqlite3_changes (df_store_get_db (self)) == 0)
    {
      g_set_error (&local, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("The person no longer exists; someone may have deleted them already."));
      return df_store_fail (self, error, local);
    }
  stmt = df_store_prepare (self, "DELETE FROM person_area WHERE person_id = ?1", &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!df_store_step_done (self, stmt, &local))
    return df_store_fail (self, error, local);
  /* What the secretariat noted for each meeting (diet, accessibility:
   * health data, in part) goes too; the replies and attendance stay
   * with the seat history. */
  stmt = df_store_prepare (self,
                           "UPDATE participant SET dietary = '', accessibility = '', notes = '' WHERE person_id = ?1",
                           &local);
  if (stmt == NULL)
    return df_store_fail (self, error, local);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!df_store_step_done (self, stmt, &local))
    return df_store_fail (self, error, local);
  df_store_participants_changed (self);
  return finish_write (self, error);
}
