/* test-csv.c: the CSV reader and writer, and importing and exporting
 * people through them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-csv.h"
#include "dialogforum/df-demo.h"
#include "dialogforum/df-people-csv.h"
#include "dialogforum/df-store-members.h"
#include "df-test-util.h"

static DfCsvTable *
parse (const char  *text,
       gssize       length,
       GError     **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return df_csv_parse (bytes, "test.csv", error);
}

static const char *
cell (DfCsvTable *table,
      guint       record,
      guint       field)
{
  DfCsvRecord *r = g_ptr_array_index (table->records, record);

  return g_ptr_array_index (r->fields, field);
}

static void
test_dialects (void)
{
  const char *separators[] = { ";", ",", "\t" };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *s = separators[i];
      g_autofree char *text = g_strdup_printf ("Navn%sOrganisation%sNoter\r\n"
                                               "\"Hjort, Søren\"%sVejle Kommune%s\"Siger \"\"ja\"\"%s\nog nej\"\r\n"
                                               "\r\n"
                                               "Ida%sSM%s\n",
                                               s, s, s, s, s, s, s);
      g_autoptr (GError) error = NULL;
      g_autoptr (DfCsvTable) table = parse (text, -1, &error);
      g_autofree char *notes = g_strdup_printf ("Siger \"ja\"%s\nog nej", s);

      g_assert_no_error (error);
      g_assert_cmpint (table->separator, ==, s[0]);
      g_assert_cmpuint (table->records->len, ==, 3);
      g_assert_cmpstr (cell (table, 1, 0), ==, "Hjort, Søren");
      g_assert_cmpstr (cell (table, 1, 2), ==, notes);
      /* The blank line is skipped; the record after the quoted line break
       * knows its own line. */
      g_assert_cmpuint (((DfCsvRecord *) g_ptr_array_index (table->records, 2))->line, ==, 5);
      g_assert_cmpstr (cell (table, 2, 2), ==, "");
    }
}

static void
test_encodings (void)
{
  g_autoptr (GError) error = NULL;
  /* "Søren;Ærø" in Windows-1252, and in UTF-8 behind a byte-order mark. */
  g_autoptr (DfCsvTable) latin = parse ("Navn;By\nS\xf8ren;\xc6r\xf8\n", -1, &error);
  g_autoptr (DfCsvTable) bom = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (latin->encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (cell (latin, 1, 0), ==, "Søren");
  g_assert_cmpstr (cell (latin, 1, 1), ==, "Ærø");

  bom = parse ("\xef\xbb\xbfNavn;By\nSøren;Ærø\n", -1, &error);
  g_assert_no_error (error);
  g_assert_true (bom->had_bom);
  g_assert_cmpstr (cell (bom, 0, 0), ==, "Navn");
  g_assert_cmpstr (cell (bom, 1, 1), ==, "Ærø");
}

static void
test_broken_files (void)
{
  g_autoptr (GError) error = NULL;
  DfCsvTable *table;

  table = parse ("Navn;Noter\nA;ok\nB;\"aldrig lukket\nC;x\n", -1, &error);
  g_assert_null (table);
  g_assert_error (error, DF_CSV_ERROR, DF_CSV_ERROR_UNCLOSED_QUOTE);
  g_assert_nonnull (strstr (error->message, "3"));
  g_clear_error (&error);

  table = parse ("", 0, &error);
  g_assert_null (table);
  g_assert_error (error, DF_CSV_ERROR, DF_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  table = parse ("PK\x03\x04\0\0binary", 12, &error);
  g_assert_null (table);
  g_assert_error (error, DF_CSV_ERROR, DF_CSV_ERROR_BINARY);
}

static void
test_formula_escaping (void)
{
  const char *fields[] = { "=SUM(A1)", "+45 12 34 56 78", "-3", "@x", "almindelig; tekst", NULL };
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfCsvTable) table = NULL;

  df_csv_append_record (out, fields);
  g_assert_cmpstr (out->str, ==, "'=SUM(A1);'+45 12 34 56 78;'-3;'@x;\"almindelig; tekst\"\r\n");
  table = parse (out->str, -1, &error);
  g_assert_no_error (error);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *back = df_csv_unescape_cell (cell (table, 0, i));
      g_assert_cmpstr (back, ==, fields[i]);
    }
}

static DfPeopleImport *
prepare (DfTestFixture *f,
         const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  DfPeopleImport *plan = df_people_import_prepare (f->store, bytes, "personer.csv", &error);

  g_assert_no_error (error);
  return plan;
}

static void
test_round_trip (DfTestFixture *f,
                 gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) exported = df_people_export_csv (f->store, &error);
  g_autofree char *other = g_build_filename (f->dir, "other.sqlite", NULL);
  g_autoptr (DfStore) fresh = df_store_open (other, DF_STORE_OPEN_CREATE, &error);
  g_autoptr (DfPeopleImport) again = NULL;
  g_autoptr (DfPeopleImport) into_fresh = NULL;
  g_autoptr (GBytes) exported_again = NULL;
  int people = df_test_sqlite_int (f->path, "SELECT count(*) FROM person");
  int memberships = df_test_sqlite_int (f->path, "SELECT count(*) FROM membership");

  g_assert_no_error (error);
  g_assert_true (memcmp (g_bytes_get_data (exported, NULL), "\xef\xbb\xbf", 3) == 0);

  /* Into the same register: nothing to do. */
  again = df_people_import_prepare (f->store, exported, "export.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (df_people_import_get_problems (again)->len, ==, 0);
  g_assert_cmpuint (df_people_import_count (again, DF_IMPORT_CREATE), ==, 0);
  g_assert_cmpuint (df_people_import_count (again, DF_IMPORT_UPDATE), ==, 0);
  g_assert_true (df_people_import_apply (f->store, again, &error));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person"), ==, people);

  /* Into a new register: everyone and every membership, and the export
   * of that register is the same file. */
  into_fresh = df_people_import_prepare (fresh, exported, "export.csv", &error);
  g_assert_no_error (error);
  g_assert_true (df_people_import_apply (fresh, into_fresh, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (other, "SELECT count(*) FROM person"), ==, people);
  g_assert_cmpint (df_test_sqlite_int (other, "SELECT count(*) FROM membership"), ==, memberships);
  exported_again = df_people_export_csv (fresh, &error);
  g_assert_true (g_bytes_equal (exported, exported_again));
}

static void
test_problems_change_nothing (DfTestFixture *f,
                              gconstpointer  data)
{
  g_autoptr (GString) text = g_string_new ("Navn;Organisation;E-mail;Pladstype;Fra\n");
  g_autoptr (DfPeopleImport) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = df_test_checksum (f->path);
  GPtrArray *problems;

  for (int i = 2; i <= 20; i++)
    g_string_append_printf (text, "Person %d;Aarhus Kommune;p%d@aarhus.example;%s;%s\n", i, i,
                            i == 9 ? "Borgmester" : "Kommunal fagdirektør",
                            i == 17 ? "31-02-2026" : "01-03-2026");
  plan = prepare (f, text->str);
  problems = df_people_import_get_problems (plan);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "9"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "Pladstype"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "17"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "Fra"));
  g_assert_false (df_people_import_apply (f->store, plan, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_object (&f->store);
  {
    g_autofree char *after = df_test_checksum (f->path);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_matching_and_twice (DfTestFixture *f,
                         gconstpointer  data)
{
  const char *text =
    "name,organization,email,title,seat kind,from\n"
    /* Matched by e-mail, whatever the case: an update. */
    "Hanne Skovgaard,Aarhus Kommune,HASK@aarhus.example,Direktør for Sundhed og Omsorg,,\n"
    /* Matched by name and organisation. */
    "Maja Winther,Foreningen af Socialchefer i Danmark,,,,\n"
    /* New, with a membership, and a new organisation. */
    "Ny Forsker,Aalborg Universitet,nf@aau.example,Professor,Kommunal fagdirektør,2026-01-01\n";
  g_autoptr (DfPeopleImport) plan = prepare (f, text);
  g_autoptr (DfPeopleImport) second = NULL;
  g_autoptr (GError) error = NULL;
  int people = df_test_sqlite_int (f->path, "SELECT count(*) FROM person");

  g_assert_cmpuint (df_people_import_get_problems (plan)->len, ==, 0);
  g_assert_cmpuint (df_people_import_count (plan, DF_IMPORT_UPDATE), ==, 1);
  g_assert_cmpuint (df_people_import_count (plan, DF_IMPORT_SKIP), ==, 1);
  g_assert_cmpuint (df_people_import_count (plan, DF_IMPORT_CREATE), ==, 1);
  g_assert_true (df_people_import_apply (f->store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person"), ==, people + 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM organisation WHERE name = 'Aalborg Universitet'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE title = 'Direktør for Sundhed og Omsorg'"), ==, 1);

  second = prepare (f, text);
  g_assert_cmpuint (df_people_import_count (second, DF_IMPORT_CREATE), ==, 0);
  g_assert_cmpuint (df_people_import_count (second, DF_IMPORT_UPDATE), ==, 0);
  g_assert_true (df_people_import_apply (f->store, second, &error));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person"), ==, people + 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM organisation WHERE name = 'Aalborg Universitet'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add_func ("/csv/dialects", test_dialects);
  g_test_add_func ("/csv/encodings", test_encodings);
  g_test_add_func ("/csv/broken-files", test_broken_files);
  g_test_add_func ("/csv/formula-escaping", test_formula_escaping);
  g_test_add ("/csv/people/round-trip", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_round_trip, df_test_fixture_tear_down);
  g_test_add ("/csv/people/problems-change-nothing", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_problems_change_nothing, df_test_fixture_tear_down);
  g_test_add ("/csv/people/matching-and-twice", DfTestFixture, NULL, df_test_fixture_set_up_demo, test_matching_and_twice, df_test_fixture_tear_down);
  return g_test_run ();
}
