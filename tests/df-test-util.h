/* df-test-util.h: what the test programs share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

void  df_test_init         (int          *argc,
                            char       ***argv);
char *df_test_make_dir     (void);
void  df_test_remove_dir   (const char   *dir);
char *df_test_checksum     (const char   *path);
/* A fresh database at @dir/@name, closed again; returns its path. */
char *df_test_new_database (const char   *dir,
                            const char   *name);
/* Raw SQL on a file, around the store, as another program would. */
int   df_test_sqlite_int   (const char   *path,
                            const char   *sql);
void  df_test_sqlite_exec  (const char   *path,
                            const char   *sql);

/* A database of its own for each test: new and empty, or the demo. */
typedef struct
{
  char    *dir;
  char    *path;
  DfStore *store;
} DfTestFixture;

void  df_test_fixture_set_up      (DfTestFixture *f,
                                   gconstpointer  data);
void  df_test_fixture_set_up_demo (DfTestFixture *f,
                                   gconstpointer  data);
void  df_test_fixture_tear_down   (DfTestFixture *f,
                                   gconstpointer  data);
/* Closes the store and opens the file again, as a new session would. */
void  df_test_fixture_reopen      (DfTestFixture *f);

G_END_DECLS
