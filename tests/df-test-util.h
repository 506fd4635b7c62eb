/* df-test-util.h: what the test programs share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

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

G_END_DECLS
