/* test-store.c: opening, migrating and refusing database files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "dialogforum/df-demo.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "df-store-private.h"
#include "df-test-util.h"

static void
test_create_and_reopen (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sub", "forum.sqlite", NULL);
  g_autofree char *sub = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (path, DF_STORE_OPEN_CREATE, &error);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  struct stat st;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (df_store_get_schema_version (store), ==, df_store_get_latest_schema_version ());
  g_assert_cmpint (df_store_get_latest_schema_version (), >=, 1);
  g_assert_true (df_store_uses_wal (store));

  /* New folder 0700, new file 0600, and SQLite's files beside it too. */
  g_assert_cmpint (g_stat (sub, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (df_store_set_setting (store, "test-key", "værdi", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A brand-new database needs no backup. */
  {
    g_autoptr (GPtrArray) backups = df_store_list_backups (path);
    g_assert_cmpuint (backups->len, ==, 0);
  }
  g_clear_object (&store);

  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  {
    g_autofree char *value = df_store_get_setting (store, "test-key", NULL);
    g_assert_cmpstr (value, ==, "værdi");
  }
  g_assert_cmpint (df_test_sqlite_int (path, "PRAGMA user_version"), ==, df_store_get_latest_schema_version ());
  /* The check at open leaves the rows' CHECK constraints out; they hold
   * again for every write after it. */
  g_assert_false (df_store_exec (store, "UPDATE seat_kind SET quota = 100", &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&store);
  df_test_remove_dir (dir);
}

static void
test_missing_without_create (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "absent.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);

  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NOT_FOUND);
  g_assert_null (store);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  df_test_remove_dir (dir);
}

static void
test_migrate_with_backup (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "forum.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  int latest = df_store_get_latest_schema_version ();
  struct stat st;

  if (latest < 2)
    {
      g_test_skip ("needs two migrations");
      df_test_remove_dir (dir);
      return;
    }

  store = df_store_open_at_version (path, DF_STORE_OPEN_CREATE, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_store_get_schema_version (store), ==, 1);
  g_assert_true (df_store_set_setting (store, "before", "1", &error));
  g_clear_object (&store);

  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_store_get_schema_version (store), ==, latest);
  g_clear_object (&store);

  backups = df_store_list_backups (path);
  g_assert_cmpuint (backups->len, ==, 1);
  /* The backup holds the database as it was before the migration. */
  g_assert_cmpint (df_test_sqlite_int (g_ptr_array_index (backups, 0), "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (g_ptr_array_index (backups, 0),
                               "SELECT count(*) FROM forum_setting WHERE key = 'before'"), ==, 1);
  g_assert_cmpint (g_stat (g_ptr_array_index (backups, 0), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *backup_dir = df_store_backup_dir_for (path);
    g_assert_cmpint (g_stat (backup_dir, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  }
  df_test_remove_dir (dir);
}

/* Schema 6 gives the invited actors of schema 5 a category: the kind of
 * their organisation where it is one, else "other"; members get none. */
static void
test_upgrade_actors_from_5 (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "five.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GString) report = g_string_new (NULL);
  g_autoptr (GListModel) people = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  gboolean clean = FALSE;

  if (df_store_get_latest_schema_version () < 6)
    {
      g_test_skip ("needs schema 6");
      df_test_remove_dir (dir);
      return;
    }
  store = df_store_open_at_version (path, DF_STORE_OPEN_CREATE, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_store_get_schema_version (store), ==, 5);
  g_assert_true (df_store_exec (store,
                                "INSERT INTO organisation (name, kind) VALUES ('VIVE', 'research'),"
                                " ('Region Midtjylland', 'region');"
                                "INSERT INTO person (name, organisation_id, is_external) VALUES"
                                " ('Trine Vang', (SELECT id FROM organisation WHERE name = 'VIVE'), 1),"
                                " ('Anne-Marie Juhl', (SELECT id FROM organisation WHERE name = 'Region Midtjylland'), 1),"
                                " ('Kommunal Gæst', (SELECT id FROM organisation WHERE name = 'Aarhus Kommune'), 1),"
                                " ('Uden Organisation', NULL, 1),"
                                " ('Hanne Skovgaard', (SELECT id FROM organisation WHERE name = 'Aarhus Kommune'), 0);",
                                &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_store_get_schema_version (store), ==, df_store_get_latest_schema_version ());
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM person WHERE name = 'Trine Vang' AND actor_category = 'research'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM person WHERE name = 'Anne-Marie Juhl' AND actor_category = 'region'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM person WHERE name = 'Kommunal Gæst' AND actor_category = 'other'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM person WHERE name = 'Uden Organisation' AND actor_category = 'other'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM person WHERE name = 'Hanne Skovgaard' AND actor_category = ''"), ==, 1);
  /* The backup holds schema 5, and the upgraded file checks clean. */
  backups = df_store_list_backups (path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpint (df_test_sqlite_int (g_ptr_array_index (backups, 0), "PRAGMA user_version"), ==, 5);
  g_assert_true (df_store_check (store, &clean, report, &error));
  g_assert_no_error (error);
  g_assert_true (clean);
  people = df_store_list_people (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 5);
  df_test_remove_dir (dir);
}

static void
test_backup_rotation (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "forum.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (path, DF_STORE_OPEN_CREATE, &error);
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *oldest = NULL;

  g_assert_no_error (error);
  g_assert_true (df_store_make_backup (store, &error));
  g_assert_no_error (error);
  first = df_store_list_backups (path);
  g_assert_cmpuint (first->len, ==, 1);
  oldest = g_strdup (g_ptr_array_index (first, 0));

  for (int i = 0; i < 11; i++)
    {
      g_autofree char *value = g_strdup_printf ("%d", i);

      g_assert_true (df_store_set_setting (store, "round", value, &error));
      g_assert_true (df_store_make_backup (store, &error));
      g_assert_no_error (error);
    }
  backups = df_store_list_backups (path);
  g_assert_cmpuint (backups->len, ==, 10);
  g_assert_false (g_file_test (oldest, G_FILE_TEST_EXISTS));
  /* Newest first: the newest copy has the last round. */
  g_assert_cmpint (df_test_sqlite_int (g_ptr_array_index (backups, 0),
                               "SELECT value FROM forum_setting WHERE key = 'round'"), ==, 10);
  g_clear_object (&store);
  df_test_remove_dir (dir);
}

/* Each refusal must leave the file exactly as it was. */
static void
assert_refused (const char   *path,
                DfStoreError  code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autofree char *before = df_test_checksum (path);
  g_autofree char *after = NULL;

  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, DF_STORE_ERROR, (int) code);
  /* The message names the file. */
  {
    g_autofree char *base = g_path_get_basename (path);
    g_assert_nonnull (strstr (error->message, base));
  }
  after = df_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_newer_version_refused (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = df_test_new_database (dir, "future.sqlite");

  df_test_sqlite_exec (path, "PRAGMA journal_mode=DELETE; PRAGMA user_version=9999;");
  assert_refused (path, DF_STORE_ERROR_NEWER_VERSION);
  df_test_remove_dir (dir);
}

static void
test_not_a_database_refused (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *text = g_build_filename (dir, "text.sqlite", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.sqlite", NULL);
  g_autofree char *foreign = g_build_filename (dir, "foreign.sqlite", NULL);

  g_assert_true (g_file_set_contents (text, "Navn;E-mail\nA;b\n", -1, NULL));
  assert_refused (text, DF_STORE_ERROR_NOT_A_DATABASE);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, DF_STORE_ERROR_NOT_A_DATABASE);
  df_test_sqlite_exec (foreign, "CREATE TABLE other (x); INSERT INTO other VALUES (1);");
  assert_refused (foreign, DF_STORE_ERROR_NOT_A_DATABASE);
  assert_refused (dir, DF_STORE_ERROR_NOT_A_DATABASE);
  df_test_remove_dir (dir);
}

static void
test_empty_file_with_create (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *empty = g_build_filename (dir, "empty.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  store = df_store_open (empty, DF_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (df_store_get_schema_version (store), ==, df_store_get_latest_schema_version ());
  g_clear_object (&store);
  df_test_remove_dir (dir);
}

static void
test_corrupt_refused (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = df_test_new_database (dir, "damaged.sqlite");
  g_autofree char *cut = g_build_filename (dir, "cut.sqlite", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  df_test_sqlite_exec (path, "PRAGMA journal_mode=DELETE");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);

  /* Half the file: a copy that stopped. */
  g_assert_true (g_file_set_contents (cut, contents, length / 2, NULL));
  assert_refused (cut, DF_STORE_ERROR_CORRUPT);

  /* Garbage over the second page: a bad sector. */
  memset (contents + 4096 + 16, 0x5a, 2048);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  assert_refused (path, DF_STORE_ERROR_CORRUPT);
  df_test_remove_dir (dir);
}

static void
test_read_only_refused (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = df_test_new_database (dir, "locked-down.sqlite");
  g_autofree char *ro_dir = g_build_filename (dir, "ro", NULL);
  g_autofree char *in_ro = NULL;

  df_test_sqlite_exec (path, "PRAGMA journal_mode=DELETE");
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  assert_refused (path, DF_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  g_assert_cmpint (g_mkdir (ro_dir, 0700), ==, 0);
  in_ro = df_test_new_database (ro_dir, "inside.sqlite");
  df_test_sqlite_exec (in_ro, "PRAGMA journal_mode=DELETE");
  g_assert_cmpint (g_chmod (ro_dir, 0500), ==, 0);
  assert_refused (in_ro, DF_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (g_chmod (ro_dir, 0700), ==, 0);
  df_test_remove_dir (dir);
}

static void
test_locked_refused (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = df_test_new_database (dir, "busy.sqlite");
  sqlite3 *other = NULL;

  /* Another program in the middle of writing. */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE; INSERT INTO forum_setting VALUES ('x', 'y');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  assert_refused (path, DF_STORE_ERROR_LOCKED);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  df_test_remove_dir (dir);
}

static void
test_disk_full (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = df_test_new_database (dir, "full.sqlite");
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  int pages = df_test_sqlite_int (path, "PRAGMA page_count");

  g_assert_no_error (error);
  /* The disk is "full" where the file is now: no page may be added. */
  g_assert_true (df_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  before = df_test_checksum (path);
  {
    g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %d", pages);
    g_assert_true (df_store_exec (store, limit, NULL));
  }
  g_assert_false (df_store_set_setting (store, "big", big, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "full.sqlite"));
  g_clear_object (&store);
  after = df_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (df_test_sqlite_int (path, "SELECT count(*) FROM forum_setting WHERE key = 'big'"), ==, 0);
  df_test_remove_dir (dir);
}

static void
test_check_reports (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = df_test_new_database (dir, "check.sqlite");
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_autoptr (GString) report = g_string_new (NULL);
  gboolean clean = FALSE;

  g_assert_no_error (error);
  g_assert_true (df_store_check (store, &clean, report, &error));
  g_assert_true (clean);
  g_assert_nonnull (strstr (report->str, "check.sqlite"));
  df_test_remove_dir (dir);
}

static const char *
responsible_of (DfStore *store,
                gint64   meeting_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) meetings = df_store_list_meetings (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      /* The list holds its own reference. */
      if (df_meeting_get_id (meeting) == meeting_id)
        return df_meeting_get_responsible_name (meeting);
    }
  g_assert_not_reached ();
}

/* The list of meetings is kept while no row changes, and read again after
 * a write by this connection or another, even to a table of its own (the
 * responsible person's name): never a stale list. */
static void
test_meetings_follow_every_write (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GListModel) meetings = NULL;
  g_autofree char *sql = NULL;
  gint64 meeting_id = 0, person_id = 0;

  g_assert_true (df_demo_create (path, &error));
  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  meetings = df_store_list_meetings (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (meetings) && person_id == 0; i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      meeting_id = df_meeting_get_id (meeting);
      person_id = df_meeting_get_responsible_id (meeting);
    }
  g_assert_cmpint (person_id, !=, 0);
  g_assert_true (df_store_model_is_current (store, "meetings"));

  /* Another program writes. */
  sql = g_strdup_printf ("UPDATE person SET name = 'Anden Forbindelse' WHERE id = %" G_GINT64_FORMAT, person_id);
  df_test_sqlite_exec (path, sql);
  g_assert_false (df_store_model_is_current (store, "meetings"));
  g_assert_cmpstr (responsible_of (store, meeting_id), ==, "Anden Forbindelse");
  g_assert_true (df_store_model_is_current (store, "meetings"));

  /* This connection writes, past the meetings' own calls. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE person SET name = 'Samme Forbindelse' WHERE id = %" G_GINT64_FORMAT, person_id);
  g_assert_true (df_store_exec (store, sql, &error));
  g_assert_false (df_store_model_is_current (store, "meetings"));
  g_assert_cmpstr (responsible_of (store, meeting_id), ==, "Samme Forbindelse");
  df_test_remove_dir (dir);
}

/* A statement's text may be built at run time and freed: the cache keeps
 * its own copy, finds the statement by the text whatever its address, and
 * never hands back another text's statement from a reused address. */
static void
test_prepare_runtime_text (void)
{
  g_autofree char *dir = df_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "store.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (path, DF_STORE_OPEN_CREATE, &error);
  sqlite3_stmt *first, *again, *other;
  g_autofree char *filler = NULL;
  char *sql;

  g_assert_no_error (error);
  sql = g_strdup ("SELECT 41 + 1");
  first = df_store_prepare (store, sql, &error);
  g_assert_nonnull (first);
  g_free (sql);
  /* Its memory goes to another text, as a caller's buffer may. */
  filler = g_strdup ("xxxxxxxxxxxxx");

  sql = g_strdup ("SELECT 41 + 1");
  again = df_store_prepare (store, sql, &error);
  g_free (sql);
  g_assert_true (again == first);
  g_assert_cmpint (sqlite3_step (again), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (again, 0), ==, 42);

  sql = g_strdup ("SELECT 'en anden'");
  other = df_store_prepare (store, sql, &error);
  g_free (sql);
  g_assert_true (other != first);
  g_assert_cmpint (sqlite3_step (other), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (other, 0), ==, "en anden");
  sqlite3_reset (other);
  sqlite3_reset (first);
  df_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add_func ("/store/create-and-reopen", test_create_and_reopen);
  g_test_add_func ("/store/prepare-runtime-text", test_prepare_runtime_text);
  g_test_add_func ("/store/missing-without-create", test_missing_without_create);
  g_test_add_func ("/store/migrate-with-backup", test_migrate_with_backup);
  g_test_add_func ("/store/upgrade-actors-from-5", test_upgrade_actors_from_5);
  g_test_add_func ("/store/backup-rotation", test_backup_rotation);
  g_test_add_func ("/store/refuse/newer-version", test_newer_version_refused);
  g_test_add_func ("/store/refuse/not-a-database", test_not_a_database_refused);
  g_test_add_func ("/store/empty-file-with-create", test_empty_file_with_create);
  g_test_add_func ("/store/refuse/corrupt", test_corrupt_refused);
  g_test_add_func ("/store/refuse/read-only", test_read_only_refused);
  g_test_add_func ("/store/refuse/locked", test_locked_refused);
  g_test_add_func ("/store/refuse/disk-full", test_disk_full);
  g_test_add_func ("/store/check", test_check_reports);
  g_test_add_func ("/store/meetings-follow-every-write", test_meetings_follow_every_write);
  return g_test_run ();
}
