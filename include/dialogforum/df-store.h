/* df-store.h: the one SQLite file that holds the forum's register.
 *
 * Copyright 2026 The Dialogforum authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DF_STORE_ERROR (df_store_error_quark ())

typedef enum
{
  DF_STORE_ERROR_NOT_FOUND,       /* the file does not exist */
  DF_STORE_ERROR_NOT_A_DATABASE,  /* the file is not a SQLite database at all */
  DF_STORE_ERROR_CORRUPT,         /* a database whose pages are damaged */
  DF_STORE_ERROR_READ_ONLY,       /* the file or its directory cannot be written */
  DF_STORE_ERROR_LOCKED,          /* another program holds the write lock */
  DF_STORE_ERROR_FULL,            /* the disk (or the database's size limit) is full */
  DF_STORE_ERROR_NEWER_VERSION,   /* made by a newer Dialogforum */
  DF_STORE_ERROR_INVALID,         /* a value given is not acceptable */
  DF_STORE_ERROR_NO_SUCH_ITEM,    /* a referenced row does not exist */
  DF_STORE_ERROR_IN_USE,          /* a row other rows still refer to */
  DF_STORE_ERROR_FAILED,
} DfStoreError;

typedef enum
{
  DF_STORE_OPEN_DEFAULT = 0,
  /* Create the file (and its directory) when it does not exist yet. */
  DF_STORE_OPEN_CREATE = 1 << 0,
} DfStoreOpenFlags;

#define DF_TYPE_STORE (df_store_get_type ())
G_DECLARE_FINAL_TYPE (DfStore, df_store, DF, STORE, GObject)

GQuark      df_store_error_quark              (void);

char       *df_store_default_path             (void);
DfStore    *df_store_open                     (const char        *path,
                                               DfStoreOpenFlags   flags,
                                               GError           **error);
const char *df_store_get_path                 (DfStore           *self);
int         df_store_get_schema_version       (DfStore           *self);
int         df_store_get_latest_schema_version (void);
gboolean    df_store_uses_wal                 (DfStore           *self);

/* Runs SQLite's integrity and foreign-key checks; appends what it found,
 * in words, to @report. Returns FALSE with @error only when the checks
 * themselves cannot run; *@clean tells whether the file is sound. */
gboolean    df_store_check                    (DfStore           *self,
                                               gboolean          *clean,
                                               GString           *report,
                                               GError           **error);

char       *df_store_backup_dir_for           (const char        *db_path);
/* The backups of @db_path, newest first, as absolute paths. */
GPtrArray  *df_store_list_backups             (const char        *db_path);

/* Whether @text (NULL too) holds nothing but white space, Unicode's
 * included: the test every required field of a form and the store use. */
gboolean    df_text_is_blank                  (const char        *text);

/* The forum's own settings, kept as text keyed by name. */
char       *df_store_get_setting              (DfStore           *self,
                                               const char        *key,
                                               const char        *fallback);
gboolean    df_store_set_setting              (DfStore           *self,
                                               const char        *key,
                                               const char        *value,
                                               GError           **error);

/* This database's own identity, a random UUID made the first time it is
 * asked for and kept in the file: what is exported from it (calendar
 * entries) is told apart from what another database exports. */
char       *df_store_get_database_uuid        (DfStore           *self,
                                               GError           **error);

G_END_DECLS
