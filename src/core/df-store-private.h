/* df-store-private.h: what the store's own modules share.
 *
 * The store is split into one file per part of the register
 * (df-store-rules.c, df-store-members.c, ...); they all speak SQL
 * through these helpers, and nothing outside src/core includes this.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "dialogforum/df-agenda-timing.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

sqlite3      *df_store_get_db          (DfStore     *self);

/* A cached prepared statement for @sql, reset and with its bindings
 * cleared. It is kept by the text's content, so @sql may be built at run
 * time; each different text keeps a statement until the store closes. */
sqlite3_stmt *df_store_prepare         (DfStore     *self,
                                        const char  *sql,
                                        GError     **error);

gboolean      df_store_begin           (DfStore     *self,
                                        GError     **error);
gboolean      df_store_commit          (DfStore     *self,
                                        GError     **error);
void          df_store_rollback        (DfStore     *self);

/* Ends a failed write: rolls the transaction back and hands @cause on to
 * @error. Returns FALSE, for "return df_store_fail (...)". */
gboolean      df_store_fail            (DfStore     *self,
                                        GError     **error,
                                        GError      *cause);

/* Runs @stmt to completion; FALSE with a readable @error on failure. */
gboolean      df_store_step_done       (DfStore      *self,
                                        sqlite3_stmt *stmt,
                                        GError      **error);
gboolean      df_store_exec            (DfStore     *self,
                                        const char  *sql,
                                        GError     **error);

/* Turns a SQLite result code into an error a user can read. */
void          df_store_set_sqlite_error (DfStore    *self,
                                         GError    **error,
                                         int         rc);

typedef gboolean (*DfStoreReload) (DfStore  *self,
                                   GError  **error);

/* After a write: reloads @topic's live lists with @reload and emits
 * "changed::@topic" — at once, or, inside a transaction, once when the
 * outermost transaction commits (and not at all if it is rolled back). */
void          df_store_changed         (DfStore       *self,
                                        const char    *topic,
                                        DfStoreReload  reload);

/* Tells every view that @topic ("rules", "people", "meetings", ...)
 * has changed. */
void          df_store_emit_changed    (DfStore     *self,
                                        const char  *topic);

/* Text columns as UTF-8 strings that are never NULL. */
const char   *df_stmt_text             (sqlite3_stmt *stmt,
                                        int           column);
/* Steps @stmt to its end, appending each row's first column, an id, to
 * @ids (gint64); resets it. */
gboolean      df_stmt_read_ids         (DfStore      *self,
                                        sqlite3_stmt *stmt,
                                        GArray       *ids,
                                        GError      **error);
void          df_stmt_bind_text_or_null (sqlite3_stmt *stmt,
                                         int           index,
                                         const char   *text);

/* Makes one item of the row @stmt is on; @data as given to
 * df_store_read_rows(). */
typedef gpointer (*DfRowReader) (sqlite3_stmt *stmt,
                                 gpointer      data);
/* The items @read makes of the rows of @stmt (a GPtrArray that unrefs
 * them), stepped to the end and reset; NULL, with @error set, when a step
 * fails. */
GPtrArray    *df_store_read_rows       (DfStore      *self,
                                        sqlite3_stmt *stmt,
                                        DfRowReader   read,
                                        gpointer      data,
                                        GError      **error);
/* A DfRowReader: a person named by the row's first four columns (id,
 * name, title, the organisation's name), as lists of people attached to
 * something (presenters, a group's members) give them. */
gpointer      df_person_brief_from_row (sqlite3_stmt *stmt,
                                        gpointer      data);
/* A new list of @item_type with the rows of @rows, which it takes; NULL
 * when @rows is NULL (a failed read). */
GListModel   *df_list_model_take_rows  (GType        item_type,
                                        GPtrArray   *rows);
/* Binds the first and the last day of @year (YYYY-MM-DD) to ?1 and ?2. */
void          df_stmt_bind_year        (sqlite3_stmt *stmt,
                                        int           year);
/* Makes @target hold @fresh's items (all with an "id" property), keeping
 * the objects already there and updating their properties in place so
 * that views keep their rows and selection. Takes @fresh. */
void          df_list_store_sync       (GListStore  *target,
                                        GPtrArray   *fresh);

/* The list model named @name, made on first use; the per-part store
 * files keep their live lists here. */
GListStore   *df_store_model           (DfStore     *self,
                                        const char  *name,
                                        GType        item_type);

/* Reads the register again, after an edit elsewhere (a seat kind's new
 * name) that shows in its lists. */
gboolean      df_store_reload_members  (DfStore     *self,
                                        GError     **error);

/* Reads meeting @meeting_id's lists again (its agenda's presenters, say,
 * after a guest was attached to an item) and tells the views. */
void          df_store_refresh_meeting (DfStore    *self,
                                        gint64      meeting_id);

/* Meeting @meeting_id's agenda timed as the database has it now: the
 * slots in the agenda's order, and in *@item_ids, when given, the items'
 * ids in the same order. NULL for a meeting that is gone or an agenda
 * that would run past midnight. */
DfTimingSlot *df_store_time_agenda     (DfStore     *self,
                                        gint64       meeting_id,
                                        GArray     **item_ids,
                                        GError     **error);

/* Reads every meeting's participant list that is loaded again, after a
 * write elsewhere that shows in them (a person anonymised), and tells
 * the views; inside a transaction, once it commits. */
void          df_store_participants_changed (DfStore *self);

/* Meeting @meeting_id from the live list, or NULL with an error that says
 * there is no such meeting. */
DfMeeting    *df_store_require_meeting (DfStore    *self,
                                        gint64      meeting_id,
                                        GError    **error);

/* Whether the model @name was read (df_store_model_read_now()) at the
 * database's present state: no row written since, by this connection or
 * another. A model that depends only on the rows may then be kept. */
gboolean      df_store_model_is_current (DfStore    *self,
                                         const char *name);
void          df_store_model_read_now   (DfStore    *self,
                                         const char *name);
/* TRUE the first time it is asked about @name: the live lists are read
 * once, then kept current by every write. */
gboolean      df_store_model_needs_load (DfStore    *self,
                                         const char *name);

/* Opens as df_store_open() does, but migrates no further than @up_to:
 * for tests of the migrations. */
DfStore      *df_store_open_at_version (const char        *path,
                                        DfStoreOpenFlags   flags,
                                        int                up_to,
                                        GError           **error);

/* Copies the database into its backups folder and keeps the newest ten. */
gboolean      df_store_make_backup     (DfStore     *self,
                                        GError     **error);

G_END_DECLS
