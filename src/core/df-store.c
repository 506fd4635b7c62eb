/* df-store.c: opening, checking, migrating and backing up the database.
 *
 * Copyright 2026 The Dialogforum authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "df-store-private.h"
#include "df-core-resources.h"

#define MIGRATIONS_PATH RESOURCE_BASE "/migrations/"
#define BACKUPS_KEPT 10
/* Long enough to ride out another program's short write, short enough
 * that a user waiting on a held lock hears about it quickly. */
#define BUSY_TIMEOUT_MS 2000

struct _DfStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text -> sqlite3_stmt */
  GHashTable *models;       /* name -> GListStore */
  GArray     *pending;      /* PendingChange, until the commit */
  GHashTable *loaded;       /* names of the models read at least once */
  GHashTable *read_at;      /* name -> Generation the model was read at */
  int         schema_version;
  gboolean    wal;
  int         transaction_depth;
};

G_DEFINE_FINAL_TYPE (DfStore, df_store, G_TYPE_OBJECT)

typedef struct
{
  const char    *topic;    /* interned */
  DfStoreReload  reload;
} PendingChange;

/* Where the database stands for this connection: the rows it has written
 * since it opened, and SQLite's count of the other connections' commits. */
typedef struct
{
  sqlite3_int64 own_changes;
  int           data_version;
} Generation;

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (df-store-error-quark, df_store_error)

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
df_store_finalize (GObject *object)
{
  DfStore *self = DF_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->models, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->loaded, g_hash_table_unref);
  g_clear_pointer (&self->read_at, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (df_store_parent_class)->finalize (object);
}

static void
df_store_class_init (DfStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = df_store_finalize;

  /**
   * DfStore::changed:
   * @topic: the part of the register that changed ("rules", "people" ...)
   *
   * Emitted, detailed by @topic, after a committed edit.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
df_store_init (DfStore *self)
{
  /* Keyed by a copy of the text: a statement may be built at run time
   * and freed by its caller. */
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->models = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  self->loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->read_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

char *
df_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "dialogforum", "dialogforum.sqlite", NULL);
}

/* The messages below name the file and say what to do; each also says
 * that the file is unchanged, because that is what a worried user needs
 * to know first. */

static void
set_error_for_code (GError     **error,
                    const char  *path,
                    DfStoreError code,
                    const char  *detail)
{
  g_autofree char *name = g_filename_display_name (path);

  switch (code)
    {
    case DF_STORE_ERROR_NOT_FOUND:
      g_set_error (error, DF_STORE_ERROR, code,
                   _("The database “%s” does not exist. Check the name, or create a new database."),
                   name);
      break;
    case DF_STORE_ERROR_NOT_A_DATABASE:
      g_set_error (error, DF_STORE_ERROR, code,
                   _("“%s” is not a Dialogforum database (%s). The file has not been changed. Choose another file, or create a new database."),
                   name, detail);
      break;
    case DF_STORE_ERROR_CORRUPT:
      g_set_error (error, DF_STORE_ERROR, code,
                   _("The database “%s” is damaged (%s). The file has not been changed. Open one of its backups, or restore it from your own copy."),
                   name, detail);
      break;
    case DF_STORE_ERROR_READ_ONLY:
      g_set_error (error, DF_STORE_ERROR, code,
                   _("Dialogforum may not write to “%s” (%s). The file has not been changed. Make it writable, or copy it to a folder of your own, and open it again."),
                   name, detail);
      break;
    case DF_STORE_ERROR_LOCKED:
      g_set_error (error, DF_STORE_ERROR, code,
                   _("The database “%s” is in use by another program. The file has not been changed. Close the other program, or the other Dialogforum window, and try again."),
                   name);
      break;
    case DF_STORE_ERROR_FULL:
      g_set_error (error, DF_STORE_ERROR, code,
                   _("The disk that holds “%s” is full. Nothing was saved and the file has not been changed. Free some space and try again."),
                   name);
      break;
    case DF_STORE_ERROR_NEWER_VERSION:
    case DF_STORE_ERROR_INVALID:
    case DF_STORE_ERROR_NO_SUCH_ITEM:
    case DF_STORE_ERROR_IN_USE:
    case DF_STORE_ERROR_FAILED:
    default:
      g_set_error (error, DF_STORE_ERROR, code,
                   _("The database “%s” could not be used (%s). The file has not been changed."),
                   name, detail);
      break;
    }
}

static DfStoreError
code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return DF_STORE_ERROR_NOT_A_DATABASE;
    case SQLITE_CORRUPT:
      return DF_STORE_ERROR_CORRUPT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return DF_STORE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return DF_STORE_ERROR_LOCKED;
    case SQLITE_FULL:
      return DF_STORE_ERROR_FULL;
    case SQLITE_CONSTRAINT:
      return DF_STORE_ERROR_INVALID;
    default:
      return DF_STORE_ERROR_FAILED;
    }
}

void
df_store_set_sqlite_error (DfStore  *self,
                           GError  **error,
                           int       rc)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  set_error_for_code (error, self->path, code_for_sqlite (rc), detail);
}

sqlite3 *
df_store_get_db (DfStore *self)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);
  return self->db;
}

const char *
df_store_get_path (DfStore *self)
{
  g_return_val_if_fail (DF_IS_STORE (self), NULL);
  return self->path;
}

int
df_store_get_schema_version (DfStore *self)
{
  g_return_val_if_fail (DF_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
df_store_uses_wal (DfStore *self)
{
  g_return_val_if_fail (DF_IS_STORE (self), FALSE);
  return self->wal;
}

sqlite3_stmt *
df_store_prepare (DfStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          df_store_set_sqlite_error (self, error, rc);
          return NULL;
        }
      g_hash_table_insert (self->statements, g_strdup (sql), stmt);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

gboolean
df_store_exec (DfStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

gboolean
df_store_step_done (DfStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    {
      df_store_set_sqlite_error (self, error, rc);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* Reloads and announces what a transaction changed, once, after it is
 * committed: an import of ten thousand rows reads the register back once,
 * not ten thousand times. */
static void
flush_pending (DfStore *self)
{
  g_autoptr (GArray) pending = g_steal_pointer (&self->pending);
  g_autoptr (GPtrArray) topics = g_ptr_array_new ();

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *change = &g_array_index (pending, PendingChange, i);
      g_autoptr (GError) error = NULL;

      if (change->reload != NULL && !change->reload (self, &error))
        g_warning ("The lists of “%s” could not be read again: %s", change->topic, error->message);
      if (!g_ptr_array_find (topics, change->topic, NULL))
        g_ptr_array_add (topics, (gpointer) change->topic);
    }
  /* Every list is fresh before any view hears of the change. */
  for (guint i = 0; i < topics->len; i++)
    df_store_emit_changed (self, g_ptr_array_index (topics, i));
}

void
df_store_changed (DfStore       *self,
                  const char    *topic,
                  DfStoreReload  reload)
{
  PendingChange change = { g_intern_string (topic), reload };
  gboolean queued = FALSE;

  for (guint i = 0; i < self->pending->len && !queued; i++)
    {
      PendingChange *known = &g_array_index (self->pending, PendingChange, i);

      queued = known->topic == change.topic && known->reload == reload;
    }
  if (!queued)
    g_array_append_val (self->pending, change);
  if (self->transaction_depth == 0)
    flush_pending (self);
}

/* Transactions nest by counting, so that a store call may be used inside
 * a larger one (an import, the demo) and still be one transaction. */
gboolean
df_store_begin (DfStore  *self,
                GError  **error)
{
  if (self->transaction_depth++ > 0)
    return TRUE;
  if (!df_store_exec (self, "BEGIN IMMEDIATE", error))
    {
      self->transaction_depth = 0;
      return FALSE;
    }
  return TRUE;
}

gboolean
df_store_commit (DfStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (--self->transaction_depth > 0)
    return TRUE;
  if (!df_store_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_array_set_size (self->pending, 0);
      return FALSE;
    }
  flush_pending (self);
  return TRUE;
}

void
df_store_rollback (DfStore *self)
{
  /* An inner failure dooms the whole outer transaction and ends it at
   * once; the outer caller's own rollback then has nothing left to do. */
  self->transaction_depth = 0;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_array_set_size (self->pending, 0);
}

gboolean
df_store_fail (DfStore  *self,
               GError  **error,
               GError   *cause)
{
  df_store_rollback (self);
  g_propagate_error (error, cause);
  return FALSE;
}

void
df_store_emit_changed (DfStore    *self,
                       const char *topic)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], g_quark_from_string (topic), topic);
}

GListStore *
df_store_model (DfStore    *self,
                const char *name,
                GType       item_type)
{
  GListStore *model = g_hash_table_lookup (self->models, name);

  if (model == NULL)
    {
      model = g_list_store_new (item_type);
      g_hash_table_insert (self->models, g_strdup (name), model);
    }
  return model;
}

gboolean
df_store_model_needs_load (DfStore    *self,
                           const char *name)
{
  if (g_hash_table_contains (self->loaded, name))
    return FALSE;
  g_hash_table_add (self->loaded, g_strdup (name));
  return TRUE;
}

static gboolean
read_generation (DfStore    *self,
                 Generation *generation)
{
  sqlite3_stmt *stmt = df_store_prepare (self, "PRAGMA data_version", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  generation->data_version = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  generation->own_changes = sqlite3_total_changes64 (self->db);
  return TRUE;
}

gboolean
df_store_model_is_current (DfStore    *self,
                           const char *name)
{
  Generation *read = g_hash_table_lookup (self->read_at, name);
  Generation now;

  return read != NULL && read_generation (self, &now) &&
         now.own_changes == read->own_changes && now.data_version == read->data_version;
}

void
df_store_model_read_now (DfStore    *self,
                         const char *name)
{
  Generation now;

  if (read_generation (self, &now))
    g_hash_table_insert (self->read_at, g_strdup (name), g_memdup2 (&now, sizeof now));
  else
    g_hash_table_remove (self->read_at, name);
}

const char *
df_stmt_text (sqlite3_stmt *stmt,
              int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

gboolean
df_stmt_read_ids (DfStore       *self,
                  sqlite3_stmt  *stmt,
                  GArray        *ids,
                  GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  df_store_set_sqlite_error (self, error, rc);
  return FALSE;
}

void
df_stmt_bind_text_or_null (sqlite3_stmt *stmt,
                           int           index,
                           const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* Copies every writable property of @from that differs onto @to, so that
 * only what really changed emits "notify". */
static void
copy_changed_properties (GObject *to,
                         GObject *from)
{
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n_specs);

  g_object_freeze_notify (to);
  for (guint i = 0; i < n_specs; i++)
    {
      g_auto (GValue) old_value = G_VALUE_INIT;
      g_auto (GValue) new_value = G_VALUE_INIT;

      if ((specs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (specs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&old_value, specs[i]->value_type);
      g_value_init (&new_value, specs[i]->value_type);
      g_object_get_property (to, specs[i]->name, &old_value);
      g_object_get_property (from, specs[i]->name, &new_value);
      if (g_param_values_cmp (specs[i], &old_value, &new_value) != 0)
        g_object_set_property (to, specs[i]->name, &new_value);
    }
  g_object_thaw_notify (to);
}

static gint64
item_id (gpointer item)
{
  gint64 id = 0;

  g_object_get (item, "id", &id, NULL);
  return id;
}

GPtrArray *
df_store_read_rows (DfStore       *self,
                    sqlite3_stmt  *stmt,
                    DfRowReader    read,
                    gpointer       data,
                    GError       **error)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read (stmt, data));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (rows);
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  return rows;
}

GListModel *
df_list_model_take_rows (GType      item_type,
                         GPtrArray *rows)
{
  GListStore *list;

  if (rows == NULL)
    return NULL;
  list = g_list_store_new (item_type);
  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  g_ptr_array_unref (rows);
  return G_LIST_MODEL (list);
}

void
df_stmt_bind_year (sqlite3_stmt *stmt,
                   int           year)
{
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last = g_strdup_printf ("%04d-12-31", year);

  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
}

void
df_list_store_sync (GListStore *target,
                    GPtrArray  *fresh)
{
  g_autoptr (GPtrArray) owned = fresh;
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (target));
  g_autofree gint64 *ids = g_new0 (gint64, n_old + 1);
  guint prefix = 0, suffix = 0;

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (target), i);

      ids[i] = item_id (item);
      g_hash_table_insert (by_id, &ids[i], item);
    }

  for (guint i = 0; i < owned->len; i++)
    {
      GObject *item = g_ptr_array_index (owned, i);
      gint64 id = item_id (item);
      GObject *existing = g_hash_table_lookup (by_id, &id);

      if (existing != NULL)
        {
          copy_changed_properties (existing, item);
          g_ptr_array_add (wanted, g_object_ref (existing));
        }
      else
        g_ptr_array_add (wanted, g_object_ref (item));
    }

  /* Only the middle that differs is spliced, so rows that stay keep their
   * widgets and the selection stays where it was. */
  while (prefix < n_old && prefix < wanted->len)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (target), prefix);

      if (item != g_ptr_array_index (wanted, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < wanted->len - prefix)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (target), n_old - 1 - suffix);

      if (item != g_ptr_array_index (wanted, wanted->len - 1 - suffix))
        break;
      suffix++;
    }
  if (prefix + suffix == n_old && n_old == wanted->len)
    return;
  g_list_store_splice (target, prefix, n_old - prefix - suffix,
                       wanted->pdata + prefix, wanted->len - prefix - suffix);
}

/* --- Opening ----------------------------------------------------------- */

static gboolean
is_read_only (const char  *path,
              const char  *dir,
              const char **detail)
{
  struct stat st;

  /* The mode bits count even for root, who may write anyway: a file the
   * secretariat has made read-only is meant to stay as it is. */
  if (g_stat (path, &st) == 0 && (g_access (path, W_OK) != 0 || (st.st_mode & 0222) == 0))
    {
      *detail = _("the file is read-only");
      return TRUE;
    }
  if (g_stat (dir, &st) == 0 && (g_access (dir, W_OK) != 0 || (st.st_mode & 0222) == 0))
    {
      *detail = _("its folder is read-only, and SQLite needs to write beside the file");
      return TRUE;
    }
  return FALSE;
}

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, DF_STORE_ERROR,
                   saved == ENOSPC ? DF_STORE_ERROR_FULL : DF_STORE_ERROR_READ_ONLY,
                   _("The file “%s” could not be created: %s."),
                   name, g_strerror (saved));
      return FALSE;
    }
  /* The umask may have taken bits away, never added them; make sure. */
  fchmod (fd, 0600);
  close (fd);
  return TRUE;
}

/* Looks at the file before SQLite does, so that nothing is written to a
 * file that is not ours: SQLite would happily turn an empty file into a
 * database, and create journal files beside one it cannot use. */
static gboolean
inspect_file (const char        *path,
              DfStoreOpenFlags   flags,
              gboolean          *is_new,
              GError           **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *detail = NULL;
  struct stat st;

  *is_new = FALSE;

  if (g_stat (path, &st) != 0)
    {
      if (errno != ENOENT || (flags & DF_STORE_OPEN_CREATE) == 0)
        {
          set_error_for_code (error, path, DF_STORE_ERROR_NOT_FOUND, NULL);
          return FALSE;
        }
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          set_error_for_code (error, path, DF_STORE_ERROR_READ_ONLY, g_strerror (errno));
          return FALSE;
        }
      if (is_read_only (path, dir, &detail))
        {
          set_error_for_code (error, path, DF_STORE_ERROR_READ_ONLY, detail);
          return FALSE;
        }
      *is_new = TRUE;
      return create_private_file (path, error);
    }

  if (S_ISDIR (st.st_mode))
    {
      set_error_for_code (error, path, DF_STORE_ERROR_NOT_A_DATABASE, _("it is a folder"));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_error_for_code (error, path, DF_STORE_ERROR_NOT_A_DATABASE, _("it is not an ordinary file"));
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    {
      set_error_for_code (error, path, DF_STORE_ERROR_READ_ONLY, _("you may not read the file"));
      return FALSE;
    }

  if (st.st_size == 0)
    {
      /* An empty file is what "make a new file" gives in a file chooser or
       * a shell: only an open that asks to create may turn it into a
       * database; every other use leaves it alone. */
      if ((flags & DF_STORE_OPEN_CREATE) == 0)
        {
          set_error_for_code (error, path, DF_STORE_ERROR_NOT_A_DATABASE, _("the file is empty"));
          return FALSE;
        }
      *is_new = TRUE;
    }
  else
    {
      static const char magic[16] = "SQLite format 3";
      guchar header[100];
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GFileInputStream) in = g_file_read (file, NULL, NULL);
      gsize got = 0;

      if (in == NULL ||
          !g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &got, NULL, NULL))
        {
          set_error_for_code (error, path, DF_STORE_ERROR_READ_ONLY, _("you may not read the file"));
          return FALSE;
        }
      if (got < sizeof header || memcmp (header, magic, sizeof magic) != 0)
        {
          set_error_for_code (error, path, DF_STORE_ERROR_NOT_A_DATABASE, _("it is not an SQLite file"));
          return FALSE;
        }
      else
        {
          guint page_size = (header[16] << 8) | header[17];
          guint32 pages = ((guint32) header[28] << 24) | (header[29] << 16) | (header[30] << 8) | header[31];
          gboolean size_valid = memcmp (header + 24, header + 92, 4) == 0 && pages > 0;
          g_autofree char *wal = g_strconcat (path, "-wal", NULL);

          if (page_size == 1)
            page_size = 65536;
          /* A file cut short (a copy that stopped half-way) loses pages SQLite
           * would only miss later; the header tells the size it should have. */
          if (size_valid && (guint64) st.st_size < (guint64) pages * page_size &&
              !g_file_test (wal, G_FILE_TEST_EXISTS))
            {
              set_error_for_code (error, path, DF_STORE_ERROR_CORRUPT, _("the file is shorter than its header says; it was cut off"));
              return FALSE;
            }
        }
    }

  if (is_read_only (path, dir, &detail))
    {
      set_error_for_code (error, path, DF_STORE_ERROR_READ_ONLY, detail);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (DfStore     *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

/* The file's structure is checked at every open: its pages, the b-trees
 * over them, the free list and the NOT NULL columns. Checking the CHECK
 * constraints of every row as well took four fifths of the time (SQLite
 * builds the IN lists of those constraints anew for each row: 50 ms of
 * 60 ms on a large register); they are enforced on every write, and a
 * damaged value that still reads as a well-formed row passes them as
 * often as not, so they are left out here and switched on again at once. */
static gboolean
quick_check (DfStore  *self,
             GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr (GString) problems = g_string_new (NULL);
  int rc = sqlite3_exec (self->db, "PRAGMA ignore_check_constraints=ON", NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check(5)", -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = df_stmt_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (sqlite3_exec (self->db, "PRAGMA ignore_check_constraints=OFF", NULL, NULL, NULL) != SQLITE_OK &&
      (rc == SQLITE_OK || rc == SQLITE_DONE))
    rc = sqlite3_errcode (self->db);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  if (problems->len > 0)
    {
      set_error_for_code (error, self->path, DF_STORE_ERROR_CORRUPT, problems->str);
      return FALSE;
    }
  return TRUE;
}

static gboolean
on_network_filesystem (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInfo) info = g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE, NULL, NULL);

  return info != NULL && g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE);
}

/* WAL needs shared memory that network file systems do not give; there
 * the rollback journal is the safe choice. */
static gboolean
choose_journal_mode (DfStore  *self,
                     GError  **error)
{
  const char *wanted = on_network_filesystem (self->path) ? "DELETE" : "WAL";
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode=%s", wanted);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      self->wal = g_ascii_strcasecmp (df_stmt_text (stmt, 0), "wal") == 0;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_not_locked (DfStore  *self,
                  GError  **error)
{
  int rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return TRUE;
}

/* --- Migrations -------------------------------------------------------- */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The migrations' file names, "NNN-what.sql", in order of their number. */
static GPtrArray *
list_migrations (void)
{
  static gsize registered = 0;
  g_auto (GStrv) names = NULL;
  GPtrArray *sql = g_ptr_array_new_with_free_func (g_free);

  /* Registered by hand: a static library's resource would otherwise be
   * dropped by the linker, as nothing refers to it. */
  if (g_once_init_enter (&registered))
    {
      df_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql") && g_ascii_isdigit (names[i][0]))
      g_ptr_array_add (sql, g_strdup (names[i]));
  g_ptr_array_sort (sql, compare_names);
  return sql;
}

int
df_store_get_latest_schema_version (void)
{
  g_autoptr (GPtrArray) names = list_migrations ();

  return names->len > 0 ? atoi (g_ptr_array_index (names, names->len - 1)) : 0;
}

char *
df_store_backup_dir_for (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_prefix_for (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strconcat (base, "-", NULL);
}

static int
compare_names_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -compare_names (a, b);
}

GPtrArray *
df_store_list_backups (const char *db_path)
{
  g_autofree char *dir = df_store_backup_dir_for (db_path);
  g_autofree char *prefix = backup_prefix_for (db_path);
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".sqlite") &&
        g_ascii_isdigit (name[strlen (prefix)]))
      g_ptr_array_add (backups, g_build_filename (dir, name, NULL));
  /* The names carry their time as YYYYMMDD-HHMMSS-micro, so they sort. */
  g_ptr_array_sort (backups, compare_names_newest_first);
  return backups;
}

gboolean
df_store_make_backup (DfStore  *self,
                      GError  **error)
{
  g_autofree char *dir = df_store_backup_dir_for (self->path);
  g_autofree char *prefix = backup_prefix_for (self->path);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S-%f");
  g_autofree char *name = g_strdup_printf ("%s%s-v%d.sqlite", prefix, stamp, self->schema_version);
  g_autofree char *target = g_build_filename (dir, name, NULL);
  g_autoptr (GPtrArray) backups = NULL;
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_autofree char *shown = g_filename_display_name (dir);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_READ_ONLY,
                   _("The backup folder “%s” could not be created: %s. The database has not been changed."),
                   shown, g_strerror (errno));
      return FALSE;
    }
  if (!create_private_file (target, error))
    return FALSE;

  rc = sqlite3_open_v2 (target, &copy, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        rc = sqlite3_errcode (copy);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (copy, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
  sqlite3_close_v2 (copy);
  if (rc != SQLITE_OK)
    {
      g_autofree char *shown = g_filename_display_name (target);

      g_unlink (target);
      g_set_error (error, DF_STORE_ERROR,
                   (rc & 0xff) == SQLITE_FULL ? DF_STORE_ERROR_FULL : DF_STORE_ERROR_FAILED,
                   _("The backup “%s” could not be written: %s. The database has not been changed."),
                   shown, sqlite3_errstr (rc));
      return FALSE;
    }

  backups = df_store_list_backups (self->path);
  for (guint i = BACKUPS_KEPT; i < backups->len; i++)
    g_unlink (g_ptr_array_index (backups, i));
  return TRUE;
}

static gboolean
run_migration (DfStore     *self,
               const char  *name,
               int          version,
               GError     **error)
{
  g_autofree char *resource = g_strconcat (MIGRATIONS_PATH, name, NULL);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (resource, 0, error);
  g_autofree char *sql = NULL;
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version=%d", version);

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (!df_store_begin (self, error))
    return FALSE;
  if (!df_store_exec (self, sql, error) ||
      !df_store_exec (self, set_version, error) ||
      !df_store_commit (self, error))
    {
      if (self->transaction_depth > 0)
        df_store_rollback (self);
      return FALSE;
    }
  self->schema_version = version;
  return TRUE;
}

static gboolean
migrate (DfStore   *self,
         int        up_to,
         gboolean   is_new,
         GError   **error)
{
  g_autoptr (GPtrArray) names = list_migrations ();
  gboolean backed_up = is_new;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      int version = atoi (name);

      if (version <= self->schema_version || version > up_to)
        continue;
      /* One copy before the first step is enough: it holds the file as it
       * was before this program touched its schema. */
      if (!backed_up)
        {
          if (!df_store_make_backup (self, error))
            return FALSE;
          backed_up = TRUE;
        }
      if (!run_migration (self, name, version, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
configure_connection (DfStore  *self,
                      GError  **error)
{
  int enabled = 0;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, &enabled);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  /* These set the connection, not the file: they write nothing. */
  return df_store_exec (self,
                        "PRAGMA foreign_keys=ON;"
                        "PRAGMA secure_delete=ON;"
                        "PRAGMA trusted_schema=OFF;"
                        "PRAGMA synchronous=FULL;",
                        error);
}

DfStore *
df_store_open_at_version (const char        *path,
                          DfStoreOpenFlags   flags,
                          int                up_to,
                          GError           **error)
{
  g_autoptr (DfStore) self = NULL;
  g_autofree char *default_path = NULL;
  gboolean is_new = FALSE;
  int latest = df_store_get_latest_schema_version ();
  int rc;

  if (path == NULL)
    path = default_path = df_store_default_path ();

  if (!inspect_file (path, flags, &is_new, error))
    return NULL;

  self = g_object_new (DF_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      df_store_set_sqlite_error (self, error, rc);
      return NULL;
    }
  if (!configure_connection (self, error) ||
      !query_int (self, "PRAGMA user_version", &self->schema_version, error))
    return NULL;

  if (self->schema_version > latest)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NEWER_VERSION,
                   _("The database “%s” was made by a newer version of Dialogforum (schema version %d; this version knows up to %d). The file has not been changed. Open it with the newer version."),
                   name, self->schema_version, latest);
      return NULL;
    }
  if (!is_new && !quick_check (self, error))
    return NULL;
  if (!is_new && self->schema_version == 0)
    {
      int n_tables = 0;

      if (!query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
        return NULL;
      /* Another program's SQLite file must not get our tables added. */
      if (n_tables > 0)
        {
          set_error_for_code (error, path, DF_STORE_ERROR_NOT_A_DATABASE,
                              _("it is an SQLite file of another program"));
          return NULL;
        }
      is_new = TRUE;
    }
  if (!check_not_locked (self, error))
    return NULL;

  /* From here on the file is known to be ours, sound and free: only now
   * may anything be written to it. */
  if (!choose_journal_mode (self, error) ||
      !migrate (self, up_to, is_new, error))
    return NULL;

  return g_steal_pointer (&self);
}

DfStore *
df_store_open (const char        *path,
               DfStoreOpenFlags   flags,
               GError           **error)
{
  return df_store_open_at_version (path, flags, G_MAXINT, error);
}

static void
append_rows (DfStore    *self,
             const char *sql,
             GString    *report,
             int        *n_problems,
             int        *rc)
{
  sqlite3_stmt *stmt = NULL;

  *rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  while (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n = sqlite3_column_count (stmt);
      const char *first = df_stmt_text (stmt, 0);

      *rc = SQLITE_OK;
      if (n == 1 && g_strcmp0 (first, "ok") == 0)
        continue;
      (*n_problems)++;
      for (int i = 0; i < n; i++)
        g_string_append_printf (report, "%s%s", i ? " " : "  ", df_stmt_text (stmt, i));
      g_string_append_c (report, '\n');
    }
  if (*rc == SQLITE_DONE)
    *rc = SQLITE_OK;
  sqlite3_finalize (stmt);
}

gboolean
df_store_check (DfStore   *self,
                gboolean  *clean,
                GString   *report,
                GError   **error)
{
  int integrity = 0, foreign = 0, rc;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DF_IS_STORE (self), FALSE);

  name = g_filename_display_name (self->path);
  g_string_append_printf (report, _("Database: %s\n"), name);
  g_string_append_printf (report, _("Schema version: %d\n"), self->schema_version);

  append_rows (self, "PRAGMA integrity_check", report, &integrity, &rc);
  if (rc == SQLITE_OK)
    append_rows (self, "PRAGMA foreign_key_check", report, &foreign, &rc);
  if (rc != SQLITE_OK)
    {
      df_store_set_sqlite_error (self, error, rc);
      return FALSE;
    }
  if (integrity == 0)
    g_string_append (report, _("Integrity check: no problems found.\n"));
  else
    g_string_append_printf (report,
                            ngettext ("Integrity check: %d problem found.\n",
                                      "Integrity check: %d problems found.\n", integrity),
                            integrity);
  if (foreign == 0)
    g_string_append (report, _("Foreign-key check: no problems found.\n"));
  else
    g_string_append_printf (report,
                            ngettext ("Foreign-key check: %d row refers to a row that does not exist.\n",
                                      "Foreign-key check: %d rows refer to rows that do not exist.\n", foreign),
                            foreign);
  *clean = integrity == 0 && foreign == 0;
  return TRUE;
}

gboolean
df_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

char *
df_store_get_setting (DfStore    *self,
                      const char *key,
                      const char *fallback)
{
  sqlite3_stmt *stmt = df_store_prepare (self, "SELECT value FROM forum_setting WHERE key = ?1", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return g_strdup (fallback);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup (df_stmt_text (stmt, 0));
  sqlite3_reset (stmt);
  return value != NULL ? value : g_strdup (fallback);
}

gboolean
df_store_set_setting (DfStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt = df_store_prepare (self,
                                         "INSERT INTO forum_setting (key, value) VALUES (?1, ?2) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  return df_store_step_done (self, stmt, error);
}

char *
df_store_get_database_uuid (DfStore  *self,
                            GError  **error)
{
  g_autofree char *fresh = g_uuid_string_random ();
  sqlite3_stmt *stmt;
  char *uuid = NULL;
  int rc;

  g_return_val_if_fail (DF_IS_STORE (self), NULL);

  /* Made and read in one transaction: two programs asking at once for
   * the first time agree on whichever UUID was written first. */
  if (!df_store_begin (self, error))
    return NULL;
  stmt = df_store_prepare (self,
                           "INSERT INTO forum_setting (key, value) VALUES ('database-uuid', ?1) "
                           "ON CONFLICT (key) DO NOTHING", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, fresh, -1, SQLITE_STATIC);
  if (!df_store_step_done (self, stmt, error))
    goto failed;
  stmt = df_store_prepare (self, "SELECT value FROM forum_setting WHERE key = 'database-uuid'", error);
  if (stmt == NULL)
    goto failed;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    uuid = g_strdup (df_stmt_text (stmt, 0));
  sqlite3_reset (stmt);
  if (uuid == NULL)
    {
      df_store_set_sqlite_error (self, error, rc);
      goto failed;
    }
  if (!df_store_commit (self, error))
    {
      g_free (uuid);
      return NULL;
    }
  return uuid;

failed:
  df_store_rollback (self);
  return NULL;
}
