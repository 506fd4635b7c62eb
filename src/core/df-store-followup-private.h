/* df-store-followup-private.h: what the store's follow-up files share
 * (df-store-proposals.c, df-store-actions.c, df-store-groups.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-store-followup.h"
#include "df-store-private.h"

G_BEGIN_DECLS

/* Reads the live lists of proposals, actions and working groups. */
gboolean df_store_reload_proposals      (DfStore     *self,
                                         GError     **error);
gboolean df_store_reload_actions        (DfStore     *self,
                                         GError     **error);
gboolean df_store_reload_working_groups (DfStore     *self,
                                         GError     **error);

/* Reads @list ("actions", "working-groups" or "proposals") with @reload
 * the first time it is asked for; from the first on, all three are read
 * again whenever the meetings or the register change, since they show
 * meetings' titles and people's names. */
gboolean df_followup_ensure_loaded      (DfStore        *self,
                                         const char     *list,
                                         DfStoreReload   reload,
                                         GError        **error);

/* Ends a write: commits when @ok and tells the views, else rolls back and
 * hands @cause on. */
gboolean df_followup_end_write          (DfStore     *self,
                                         gboolean     ok,
                                         GError      *cause,
                                         GError     **error);

/* After a failed write that had called the meetings' own calls (which
 * tell their views at once, even inside a larger transaction): reads the
 * meetings and meeting @meeting_id's agenda again as they are. */
void     df_followup_resync_meetings    (DfStore     *self,
                                         gint64       meeting_id);

/* Checks an ISO date for @field ("Received", "Due date" ...); an empty
 * date passes when @may_be_empty. */
gboolean df_followup_check_date         (const char  *date,
                                         gboolean     may_be_empty,
                                         const char  *field,
                                         GError     **error);
/* "8.12.2026 · Møde i Strategisk dialogforum". */
char    *df_followup_meeting_text       (const char  *date,
                                         const char  *title);
/* Runs @stmt; a foreign key that fails is reported as @message. */
gboolean df_followup_step               (DfStore      *self,
                                         sqlite3_stmt *stmt,
                                         const char   *message,
                                         GError      **error);

G_END_DECLS
