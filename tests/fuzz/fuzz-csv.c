/* fuzz-csv.c: libFuzzer target for the CSV reader and the people import
 * planned on top of it, the parsers of files from outside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "dialogforum/df-csv.h"
#include "dialogforum/df-people-csv.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static DfStore *store;
static char *dir;

static void
remove_store (void)
{
  static const char * const names[] = { "fuzz.sqlite", "fuzz.sqlite-wal", "fuzz.sqlite-shm" };

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  g_clear_pointer (&dir, g_free);
}

/* One register for every input: the import is only planned, never
 * applied, so it stays as it was. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *path = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  dir = g_dir_make_tmp ("df-fuzz-XXXXXX", NULL);
  g_assert (dir != NULL);
  path = g_build_filename (dir, "fuzz.sqlite", NULL);
  store = df_store_open (path, DF_STORE_OPEN_CREATE, NULL);
  g_assert (store != NULL);
  atexit (remove_store);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfCsvTable) table = df_csv_parse (bytes, "fuzz.csv", &error);
  g_autoptr (DfPeopleImport) plan = NULL;

  g_assert ((table == NULL) == (error != NULL));
  g_clear_error (&error);
  plan = df_people_import_prepare (store, bytes, "fuzz.csv", &error);
  if (plan != NULL)
    g_free (df_people_import_to_text (plan));
  return 0;
}
