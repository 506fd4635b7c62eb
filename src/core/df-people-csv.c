/* df-people-csv.c: importing and exporting people and memberships.
 *
 * An import is planned first, against the register as it is, so the user
 * sees which rows create, update or change nothing and every problem with
 * its line and column before anything is written; then it is written in
 * one transaction. People are matched by e-mail, then by name and
 * organisation, so importing a file twice creates no one twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-csv"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dialogforum/df-csv.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-people-csv.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-rules.h"
#include "df-file-private.h"
#include "df-store-private.h"

typedef enum
{
  COL_NAME,
  COL_TITLE,
  COL_ORGANISATION,
  COL_EMAIL,
  COL_PHONE,
  COL_AREAS,
  COL_SECRETARY,
  COL_SECRETARY_EMAIL,
  COL_SECRETARY_PHONE,
  COL_NOTES,
  COL_SEAT,
  COL_ROLE,
  COL_FROM,
  COL_TO,
  COL_SUBSTITUTE,
  N_COLUMNS
} Column;

/* The names a column goes by in Danish and English spreadsheets,
 * case-folded; the first is the one the export writes. */
static const char * const column_names[N_COLUMNS][6] = {
  [COL_NAME] = { "Navn", "name", "fulde navn", "full name", NULL },
  [COL_TITLE] = { "Stilling", "title", "job title", "titel", NULL },
  [COL_ORGANISATION] = { "Organisation", "organization", "org", "arbejdssted", NULL },
  [COL_EMAIL] = { "E-mail", "email", "mail", "e-mailadresse", "email address", NULL },
  [COL_PHONE] = { "Telefon", "phone", "tlf", "tlf.", "telefonnummer", NULL },
  [COL_AREAS] = { "Ansvarsområder", "areas", "tilstødende fagområder", "adjacent areas", NULL },
  [COL_SECRETARY] = { "Sekretær", "secretary", "sekretærens navn", "secretary name", NULL },
  [COL_SECRETARY_EMAIL] = { "Sekretærens e-mail", "secretary e-mail", "secretary email", "sekretær e-mail", NULL },
  [COL_SECRETARY_PHONE] = { "Sekretærens telefon", "secretary phone", "sekretær telefon", NULL },
  [COL_NOTES] = { "Noter", "notes", "bemærkninger", NULL },
  [COL_SEAT] = { "Pladstype", "seat kind", "seat", "plads", NULL },
  [COL_ROLE] = { "Rolle", "role", NULL },
  [COL_FROM] = { "Fra", "from", "start", "startdato", "start date", NULL },
  [COL_TO] = { "Til", "to", "end", "slutdato", "end date", NULL },
  [COL_SUBSTITUTE] = { "Stedfortræder", "substitute", NULL },
};

typedef struct
{
  guint    line;
  char    *values[N_COLUMNS];
  char    *key;               /* who the row is about, case-folded */
  gboolean first_of_person;
  gint64   person_id;         /* the existing person, or 0 */
  gint64   seat_kind_id;
  char    *start;             /* ISO */
  char    *end;               /* ISO or "" */
  gboolean chair;
  gboolean new_membership;
  GStrv    areas;
} Planned;

struct _DfPeopleImport
{
  GPtrArray *rows;            /* DfImportRow */
  GPtrArray *problems;        /* char * */
  GPtrArray *planned;         /* Planned */
  gboolean   has_column[N_COLUMNS];
};

static void
planned_free (Planned *p)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (p->values[i]);
  g_free (p->key);
  g_free (p->start);
  g_free (p->end);
  g_strfreev (p->areas);
  g_free (p);
}

static void
row_free (DfImportRow *row)
{
  g_free (row->name);
  g_free (row->what);
  g_free (row);
}

void
df_people_import_free (DfPeopleImport *plan)
{
  if (plan == NULL)
    return;
  g_ptr_array_unref (plan->rows);
  g_ptr_array_unref (plan->problems);
  g_ptr_array_unref (plan->planned);
  g_free (plan);
}

GPtrArray *
df_people_import_get_rows (DfPeopleImport *plan)
{
  return plan->rows;
}

GPtrArray *
df_people_import_get_problems (DfPeopleImport *plan)
{
  return plan->problems;
}

guint
df_people_import_count (DfPeopleImport *plan,
                        DfImportAction  action)
{
  guint n = 0;

  for (guint i = 0; i < plan->rows->len; i++)
    n += ((DfImportRow *) g_ptr_array_index (plan->rows, i))->action == action;
  return n;
}

static int
column_for_header (const char *header)
{
  g_autofree char *clean = g_strstrip (g_strdup (header));
  g_autofree char *folded = g_utf8_casefold (clean, -1);

  for (int c = 0; c < N_COLUMNS; c++)
    for (guint i = 0; column_names[c][i] != NULL; i++)
      {
        g_autofree char *name = g_utf8_casefold (column_names[c][i], -1);

        if (g_str_equal (folded, name))
          return c;
      }
  return -1;
}

static void
problem (DfPeopleImport *plan,
         guint           line,
         Column          column,
         char           *message)
{
  g_ptr_array_add (plan->problems,
                   g_strdup_printf (_("Line %u, column “%s”: %s"), line, column_names[column][0], message));
  g_free (message);
}

static char *
fold (const char *text)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_casefold (clean, -1);
}

static char *
person_key (const char *name,
            const char *organisation,
            const char *email)
{
  if (email != NULL && email[0] != '\0')
    return g_strconcat ("@", email, NULL);
  return g_strconcat (name, "\x1f", organisation, NULL);
}

typedef struct
{
  GHashTable *people_by_email;   /* folded e-mail -> DfPerson */
  GHashTable *people_by_name;    /* folded "name\x1forganisation" -> DfPerson */
  GHashTable *names;             /* folded name -> TRUE: people known by name */
  GHashTable *organisations;     /* folded name or short name -> DfOrganisation */
  GHashTable *seat_kinds;        /* folded name or code -> DfSeatKind */
  GHashTable *areas;             /* folded name -> proper name */
  GListModel *memberships;
} Register;

static void
register_clear (Register *r)
{
  g_clear_pointer (&r->people_by_email, g_hash_table_unref);
  g_clear_pointer (&r->people_by_name, g_hash_table_unref);
  g_clear_pointer (&r->names, g_hash_table_unref);
  g_clear_pointer (&r->organisations, g_hash_table_unref);
  g_clear_pointer (&r->seat_kinds, g_hash_table_unref);
  g_clear_pointer (&r->areas, g_hash_table_unref);
  g_clear_object (&r->memberships);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Register, register_clear)

static gboolean
read_register (DfStore   *store,
               Register  *r,
               GError   **error)
{
  g_autoptr (GListModel) people = df_store_list_people (store, error);
  g_autoptr (GListModel) organisations = people ? df_store_list_organisations (store, error) : NULL;
  g_autoptr (GListModel) kinds = organisations ? df_store_list_seat_kinds (store, error) : NULL;
  g_autoptr (GListModel) areas = kinds ? df_store_list_adjacent_areas (store, error) : NULL;

  if (areas == NULL)
    return FALSE;
  r->memberships = df_store_list_memberships (store, error);
  if (r->memberships == NULL)
    return FALSE;
  r->people_by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  r->people_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  r->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->organisations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  r->seat_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  r->areas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) p = g_list_model_get_item (people, i);
      g_autofree char *name = fold (df_person_get_name (p));
      g_autofree char *organisation = fold (df_person_get_organisation_name (p));

      if (df_person_get_email (p)[0] != '\0')
        g_hash_table_insert (r->people_by_email, fold (df_person_get_email (p)), g_object_ref (p));
      g_hash_table_insert (r->people_by_name, person_key (name, organisation, NULL), g_object_ref (p));
      g_hash_table_add (r->names, g_steal_pointer (&name));
    }
  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (DfOrganisation) o = g_list_model_get_item (organisations, i);

      g_hash_table_insert (r->organisations, fold (df_organisation_get_name (o)), g_object_ref (o));
      if (df_organisation_get_short_name (o)[0] != '\0')
        g_hash_table_insert (r->organisations, fold (df_organisation_get_short_name (o)), g_object_ref (o));
    }
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr (DfSeatKind) k = g_list_model_get_item (kinds, i);

      g_hash_table_insert (r->seat_kinds, fold (df_seat_kind_get_name (k)), g_object_ref (k));
      g_hash_table_insert (r->seat_kinds, fold (df_seat_kind_get_code (k)), g_object_ref (k));
    }
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr (DfAdjacentArea) a = g_list_model_get_item (areas, i);

      g_hash_table_insert (r->areas, fold (df_adjacent_area_get_name (a)), g_strdup (df_adjacent_area_get_name (a)));
    }
  return TRUE;
}

static gboolean
has_membership (Register   *r,
                gint64      person_id,
                gint64      seat_kind_id,
                const char *start)
{
  for (guint i = 0; person_id != 0 && i < g_list_model_get_n_items (r->memberships); i++)
    {
      g_autoptr (DfMembership) m = g_list_model_get_item (r->memberships, i);

      if (df_membership_get_person_id (m) == person_id &&
          df_membership_get_seat_kind_id (m) == seat_kind_id &&
          g_strcmp0 (df_membership_get_start_date (m), start) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the row says anything about @p that the register does not. */
static gboolean
differs (Planned  *row,
         DfPerson *p)
{
  const char *stored[N_COLUMNS] = {
    [COL_TITLE] = df_person_get_title (p),
    [COL_EMAIL] = df_person_get_email (p),
    [COL_PHONE] = df_person_get_phone (p),
    [COL_SECRETARY] = df_person_get_secretary_name (p),
    [COL_SECRETARY_EMAIL] = df_person_get_secretary_email (p),
    [COL_SECRETARY_PHONE] = df_person_get_secretary_phone (p),
    [COL_NOTES] = df_person_get_notes (p),
  };

  for (guint c = 0; c < N_COLUMNS; c++)
    if (stored[c] != NULL && row->values[c][0] != '\0' && g_strcmp0 (stored[c], row->values[c]) != 0)
      return TRUE;
  if (row->values[COL_ORGANISATION][0] != '\0')
    {
      g_autofree char *a = fold (row->values[COL_ORGANISATION]);
      g_autofree char *b = fold (df_person_get_organisation_name (p));

      if (!g_str_equal (a, b))
        return TRUE;
    }
  if (row->areas != NULL && row->values[COL_AREAS][0] != '\0')
    {
      const char * const *own = df_person_get_areas (p);

      if (g_strv_length (row->areas) != g_strv_length ((char **) own))
        return TRUE;
      for (guint i = 0; row->areas[i] != NULL; i++)
        if (!g_strv_contains (own, row->areas[i]))
          return TRUE;
    }
  return FALSE;
}

static void
check_row (DfPeopleImport *plan,
           Register       *r,
           Planned        *row)
{
  const char *email = row->values[COL_EMAIL];
  g_autofree char *role = fold (row->values[COL_ROLE]);
  GDate date;

  g_date_clear (&date, 1);
  if (row->values[COL_NAME][0] == '\0')
    problem (plan, row->line, COL_NAME, g_strdup (_("a name is required.")));
  if (email[0] != '\0' && !df_email_is_valid (email))
    problem (plan, row->line, COL_EMAIL, g_strdup_printf (_("“%s” is not a valid e-mail address."), email));
  if (row->values[COL_SECRETARY_EMAIL][0] != '\0' && !df_email_is_valid (row->values[COL_SECRETARY_EMAIL]))
    problem (plan, row->line, COL_SECRETARY_EMAIL,
             g_strdup_printf (_("“%s” is not a valid e-mail address."), row->values[COL_SECRETARY_EMAIL]));

  if (row->values[COL_AREAS][0] != '\0')
    {
      g_auto (GStrv) parts = g_strsplit_set (row->values[COL_AREAS], ",;", -1);
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_autofree char *folded = fold (parts[i]);
          const char *known = g_hash_table_lookup (r->areas, folded);

          if (folded[0] == '\0')
            continue;
          if (known == NULL)
            problem (plan, row->line, COL_AREAS,
                     g_strdup_printf (_("“%s” is not on the list of adjacent areas."), g_strstrip (parts[i])));
          else
            g_strv_builder_add (builder, known);
        }
      row->areas = g_strv_builder_end (builder);
    }

  if (row->values[COL_SEAT][0] != '\0')
    {
      g_autofree char *folded = fold (row->values[COL_SEAT]);
      DfSeatKind *kind = g_hash_table_lookup (r->seat_kinds, folded);

      if (kind == NULL)
        problem (plan, row->line, COL_SEAT,
                 g_strdup_printf (_("“%s” is not a seat kind of the kommissorium."), row->values[COL_SEAT]));
      else
        row->seat_kind_id = df_seat_kind_get_id (kind);
      if (!df_date_parse (row->values[COL_FROM], &date))
        problem (plan, row->line, COL_FROM,
                 row->values[COL_FROM][0] == '\0'
                   ? g_strdup (_("a membership needs the date it begins."))
                   : g_strdup_printf (_("“%s” is not a date (dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd)."), row->values[COL_FROM]));
      else
        row->start = df_date_to_iso (&date);
      if (row->values[COL_TO][0] == '\0')
        row->end = g_strdup ("");
      else if (!df_date_parse (row->values[COL_TO], &date))
        problem (plan, row->line, COL_TO,
                 g_strdup_printf (_("“%s” is not a date (dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd)."), row->values[COL_TO]));
      else
        row->end = df_date_to_iso (&date);
      if (row->start != NULL && row->end != NULL && row->end[0] != '\0' && strcmp (row->end, row->start) < 0)
        problem (plan, row->line, COL_TO, g_strdup (_("the membership ends before it begins.")));
      if (role[0] != '\0' && !g_str_equal (role, "formand") && !g_str_equal (role, "chair") &&
          !g_str_equal (role, "medlem") && !g_str_equal (role, "member"))
        problem (plan, row->line, COL_ROLE,
                 g_strdup_printf (_("“%s” is neither “formand” nor “medlem”."), row->values[COL_ROLE]));
      row->chair = g_str_equal (role, "formand") || g_str_equal (role, "chair");
    }
  else if (row->values[COL_FROM][0] != '\0' || row->values[COL_TO][0] != '\0')
    problem (plan, row->line, COL_SEAT, g_strdup (_("dates are given, but no seat kind.")));
}

DfPeopleImport *
df_people_import_prepare (DfStore     *store,
                          GBytes      *data,
                          const char  *name,
                          GError     **error)
{
  g_autoptr (DfCsvTable) table = df_csv_parse (data, name, error);
  g_autoptr (DfPeopleImport) plan = NULL;
  g_auto (Register) r = { 0 };
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) file_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DfCsvRecord *header;
  int index_of[N_COLUMNS];

  if (table == NULL)
    return NULL;
  plan = g_new0 (DfPeopleImport, 1);
  plan->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  plan->problems = g_ptr_array_new_with_free_func (g_free);
  plan->planned = g_ptr_array_new_with_free_func ((GDestroyNotify) planned_free);

  header = g_ptr_array_index (table->records, 0);
  for (int c = 0; c < N_COLUMNS; c++)
    index_of[c] = -1;
  for (guint i = 0; i < header->fields->len; i++)
    {
      int c = column_for_header (g_ptr_array_index (header->fields, i));

      if (c >= 0 && index_of[c] < 0)
        {
          index_of[c] = i;
          plan->has_column[c] = TRUE;
        }
    }
  if (index_of[COL_NAME] < 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("%s, line %u: no column is called “Navn” (or “Name”); the first line must name the columns."),
                   name, header->line);
      return NULL;
    }
  if (!read_register (store, &r, error))
    return NULL;

  for (guint i = 1; i < table->records->len; i++)
    {
      DfCsvRecord *record = g_ptr_array_index (table->records, i);
      Planned *row = g_new0 (Planned, 1);
      g_autofree char *folded_name = NULL;
      g_autofree char *folded_organisation = NULL;
      g_autofree char *folded_email = NULL;
      DfPerson *existing = NULL;
      DfImportRow *shown = g_new0 (DfImportRow, 1);

      row->line = record->line;
      for (int c = 0; c < N_COLUMNS; c++)
        {
          const char *cell = index_of[c] >= 0 && (guint) index_of[c] < record->fields->len
            ? g_ptr_array_index (record->fields, index_of[c]) : "";
          g_autofree char *unescaped = df_csv_unescape_cell (cell);

          row->values[c] = g_strstrip (g_steal_pointer (&unescaped));
        }
      check_row (plan, &r, row);

      folded_name = fold (row->values[COL_NAME]);
      folded_organisation = fold (row->values[COL_ORGANISATION]);
      folded_email = fold (row->values[COL_EMAIL]);
      row->key = person_key (folded_name, folded_organisation, folded_email);
      if (folded_email[0] != '\0')
        existing = g_hash_table_lookup (r.people_by_email, folded_email);
      if (existing == NULL)
        {
          g_autofree char *by_name = person_key (folded_name, folded_organisation, NULL);

          existing = g_hash_table_lookup (r.people_by_name, by_name);
        }
      row->person_id = existing ? df_person_get_id (existing) : 0;
      row->first_of_person = !g_hash_table_contains (seen, row->key);
      g_hash_table_add (seen, g_strdup (row->key));
      g_hash_table_add (file_names, g_strdup (folded_name));
      row->new_membership = row->seat_kind_id != 0 && row->start != NULL &&
                            !has_membership (&r, row->person_id, row->seat_kind_id, row->start);

      shown->line = row->line;
      shown->name = g_strdup (row->values[COL_NAME]);
      if (row->first_of_person && existing == NULL)
        {
          shown->action = DF_IMPORT_CREATE;
          shown->what = g_strdup (row->new_membership ? _("new person with a membership") : _("new person"));
        }
      else if ((row->first_of_person && differs (row, existing)) || row->new_membership)
        {
          shown->action = DF_IMPORT_UPDATE;
          shown->what = g_strdup (row->new_membership ? _("new membership") : _("updated"));
        }
      else
        {
          shown->action = DF_IMPORT_SKIP;
          shown->what = g_strdup (_("unchanged"));
        }
      g_ptr_array_add (plan->rows, shown);
      g_ptr_array_add (plan->planned, row);
    }

  /* Substitutes may be anyone in the register or in the file. */
  for (guint i = 0; i < plan->planned->len; i++)
    {
      Planned *row = g_ptr_array_index (plan->planned, i);
      g_autofree char *substitute = fold (row->values[COL_SUBSTITUTE]);

      if (substitute[0] != '\0' && !g_hash_table_contains (r.names, substitute) &&
          !g_hash_table_contains (file_names, substitute))
        problem (plan, row->line, COL_SUBSTITUTE,
                 g_strdup_printf (_("“%s” is neither in the register nor in the file."), row->values[COL_SUBSTITUTE]));
    }
  return g_steal_pointer (&plan);
}

char *
df_people_import_to_text (DfPeopleImport *plan)
{
  GString *out = g_string_new (NULL);
  guint create = df_people_import_count (plan, DF_IMPORT_CREATE);
  guint update = df_people_import_count (plan, DF_IMPORT_UPDATE);
  guint skip = df_people_import_count (plan, DF_IMPORT_SKIP);

  for (guint i = 0; i < plan->rows->len; i++)
    {
      DfImportRow *row = g_ptr_array_index (plan->rows, i);

      g_string_append_printf (out, _("Line %u: %s — %s\n"), row->line, row->name, row->what);
    }
  g_string_append_printf (out, ngettext ("%u row creates, ", "%u rows create, ", create), create);
  g_string_append_printf (out, ngettext ("%u updates, ", "%u update, ", update), update);
  g_string_append_printf (out, ngettext ("%u changes nothing.\n", "%u change nothing.\n", skip), skip);
  if (plan->problems->len > 0)
    {
      g_string_append_printf (out, ngettext ("%u problem; nothing will be imported until it is mended:\n",
                                             "%u problems; nothing will be imported until they are mended:\n",
                                             plan->problems->len),
                              plan->problems->len);
      for (guint i = 0; i < plan->problems->len; i++)
        g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (plan->problems, i));
    }
  return g_string_free (out, FALSE);
}

static gint64
organisation_for (DfStore     *store,
                  GHashTable  *created,
                  Register    *r,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *folded = fold (name);
  DfOrganisation *known;
  gpointer id;
  gint64 new_id;

  if (folded[0] == '\0')
    return 0;
  known = g_hash_table_lookup (r->organisations, folded);
  if (known != NULL)
    return df_organisation_get_id (known);
  if (g_hash_table_lookup_extended (created, folded, NULL, &id))
    return GPOINTER_TO_SIZE (id);
  new_id = df_store_add_organisation (store, name, "", "other", "", error);
  if (new_id != 0)
    g_hash_table_insert (created, g_steal_pointer (&folded), GSIZE_TO_POINTER ((gsize) new_id));
  return new_id;
}

static const char *
keep_or_take (const char *stored,
              const char *imported)
{
  return imported[0] != '\0' ? imported : stored;
}

static gint64
person_id_by_name (DfStore    *store,
                   const char *name)
{
  sqlite3_stmt *stmt = df_store_prepare (store, "SELECT id FROM person WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gboolean
df_people_import_apply (DfStore         *store,
                        DfPeopleImport  *plan,
                        GError         **error)
{
  g_auto (Register) r = { 0 };
  g_autoptr (GHashTable) created = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);

  g_return_val_if_fail (DF_IS_STORE (store), FALSE);

  if (plan->problems->len > 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   ngettext ("The file has %u problem; nothing was imported.",
                             "The file has %u problems; nothing was imported.", plan->problems->len),
                   plan->problems->len);
      return FALSE;
    }
  if (!read_register (store, &r, error) || !df_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < plan->planned->len; i++)
    {
      Planned *row = g_ptr_array_index (plan->planned, i);
      DfPerson *existing = row->person_id ? df_store_find_person (store, row->person_id) : NULL;
      g_autoptr (DfPerson) person = NULL;
      gint64 organisation;
      gint64 id;

      if (!row->first_of_person)
        continue;
      if (existing != NULL && !differs (row, existing))
        {
          g_hash_table_insert (ids, row->key, GSIZE_TO_POINTER ((gsize) row->person_id));
          continue;
        }
      organisation = row->values[COL_ORGANISATION][0] != '\0'
        ? organisation_for (store, created, &r, row->values[COL_ORGANISATION], error)
        : (existing ? df_person_get_organisation_id (existing) : 0);
      if (row->values[COL_ORGANISATION][0] != '\0' && organisation == 0)
        goto failed;
      person = g_object_new (DF_TYPE_PERSON,
                             "id", row->person_id,
                             "name", row->values[COL_NAME],
                             "title", keep_or_take (existing ? df_person_get_title (existing) : "", row->values[COL_TITLE]),
                             "organisation-id", organisation,
                             "email", keep_or_take (existing ? df_person_get_email (existing) : "", row->values[COL_EMAIL]),
                             "phone", keep_or_take (existing ? df_person_get_phone (existing) : "", row->values[COL_PHONE]),
                             "secretary-name", keep_or_take (existing ? df_person_get_secretary_name (existing) : "",
                                                             row->values[COL_SECRETARY]),
                             "secretary-email", keep_or_take (existing ? df_person_get_secretary_email (existing) : "",
                                                              row->values[COL_SECRETARY_EMAIL]),
                             "secretary-phone", keep_or_take (existing ? df_person_get_secretary_phone (existing) : "",
                                                              row->values[COL_SECRETARY_PHONE]),
                             "notes", keep_or_take (existing ? df_person_get_notes (existing) : "", row->values[COL_NOTES]),
                             "is-secretariat", existing ? df_person_get_is_secretariat (existing) : FALSE,
                             "is-external", existing ? df_person_get_is_external (existing) : FALSE,
                             "actor-category", existing ? df_person_get_actor_category (existing) : "",
                             "areas", row->values[COL_AREAS][0] != '\0' || existing == NULL
                                        ? (const char * const *) row->areas : df_person_get_areas (existing),
                             NULL);
      id = df_store_save_person (store, person, error);
      if (id == 0)
        goto failed;
      g_hash_table_insert (ids, row->key, GSIZE_TO_POINTER ((gsize) id));
    }

  for (guint i = 0; i < plan->planned->len; i++)
    {
      Planned *row = g_ptr_array_index (plan->planned, i);
      g_autoptr (DfMembership) membership = NULL;
      gint64 person_id = GPOINTER_TO_SIZE (g_hash_table_lookup (ids, row->key));

      if (!row->new_membership)
        continue;
      membership = g_object_new (DF_TYPE_MEMBERSHIP,
                                 "person-id", person_id,
                                 "seat-kind-id", row->seat_kind_id,
                                 "role", row->chair ? "chair" : "member",
                                 "start-date", row->start,
                                 "end-date", row->end,
                                 "substitute-id", row->values[COL_SUBSTITUTE][0] != '\0'
                                   ? person_id_by_name (store, row->values[COL_SUBSTITUTE]) : (gint64) 0,
                                 NULL);
      if (df_store_save_membership (store, membership, error) == 0)
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          goto failed;
        }
    }
  return df_store_commit (store, error);

failed:
  df_store_rollback (store);
  return FALSE;
}

GBytes *
df_people_export_csv (DfStore  *store,
                      GError  **error)
{
  g_autoptr (GListModel) people = df_store_list_people (store, error);
  g_autoptr (GListModel) memberships = people ? df_store_list_memberships (store, error) : NULL;
  g_autoptr (GString) out = g_string_new ("\xef\xbb\xbf");
  const char *header[N_COLUMNS + 1];

  if (memberships == NULL)
    return NULL;
  for (int c = 0; c < N_COLUMNS; c++)
    header[c] = column_names[c][0];
  header[N_COLUMNS] = NULL;
  df_csv_append_record (out, header);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) p = g_list_model_get_item (people, i);
      g_autofree char *areas = g_strjoinv (", ", (char **) df_person_get_areas (p));
      const char *row[N_COLUMNS + 1] = {
        [COL_NAME] = df_person_get_name (p),
        [COL_TITLE] = df_person_get_title (p),
        [COL_ORGANISATION] = df_person_get_organisation_name (p),
        [COL_EMAIL] = df_person_get_email (p),
        [COL_PHONE] = df_person_get_phone (p),
        [COL_AREAS] = areas,
        [COL_SECRETARY] = df_person_get_secretary_name (p),
        [COL_SECRETARY_EMAIL] = df_person_get_secretary_email (p),
        [COL_SECRETARY_PHONE] = df_person_get_secretary_phone (p),
        [COL_NOTES] = df_person_get_notes (p),
        [COL_SEAT] = "", [COL_ROLE] = "", [COL_FROM] = "", [COL_TO] = "", [COL_SUBSTITUTE] = "",
        [N_COLUMNS] = NULL,
      };
      gboolean written = FALSE;

      for (guint m = 0; m < g_list_model_get_n_items (memberships); m++)
        {
          g_autoptr (DfMembership) ms = g_list_model_get_item (memberships, m);
          g_autofree char *from = NULL;
          g_autofree char *to = NULL;
          GDate date;

          if (df_membership_get_person_id (ms) != df_person_get_id (p))
            continue;
          g_date_clear (&date, 1);
          /* Dates as Danish spreadsheets show them. */
          if (df_date_parse_iso (df_membership_get_start_date (ms), &date))
            from = g_strdup_printf ("%02d-%02d-%04d", g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date));
          if (df_date_parse_iso (df_membership_get_end_date (ms), &date))
            to = g_strdup_printf ("%02d-%02d-%04d", g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date));
          row[COL_SEAT] = df_membership_get_seat_kind_name (ms);
          row[COL_ROLE] = g_strcmp0 (df_membership_get_role (ms), "chair") == 0 ? "formand" : "medlem";
          row[COL_FROM] = from ? from : "";
          row[COL_TO] = to ? to : "";
          row[COL_SUBSTITUTE] = df_membership_get_substitute_name (ms);
          df_csv_append_record (out, row);
          written = TRUE;
        }
      if (!written)
        {
          row[COL_SEAT] = row[COL_ROLE] = row[COL_FROM] = row[COL_TO] = row[COL_SUBSTITUTE] = "";
          df_csv_append_record (out, row);
        }
    }
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

gboolean
df_people_export_csv_file (DfStore     *store,
                           const char  *path,
                           GError     **error)
{
  g_autoptr (GBytes) bytes = df_people_export_csv (store, error);

  return bytes != NULL && df_file_replace_contents (path, bytes, error);
}
