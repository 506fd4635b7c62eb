/* df-ics.h: meetings as an iCalendar file (RFC 5545), for the members'
 * and the secretariat's own calendars.
 *
 * Each meeting is one event whose UID stays the same every time it is
 * exported from the same database, so that a calendar which imports a
 * changed meeting again updates its entry instead of adding a second one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* The meetings exported: meeting @meeting_id when it is not 0, else the
 * meetings of @year when it is not 0, else every meeting. Fails with
 * DF_STORE_ERROR_NO_SUCH_ITEM when there is no meeting @meeting_id.
 *
 * Writes to @store: the database's UUID the first time (see
 * df_store_get_database_uuid()) and, for each meeting, what it looked
 * like when last exported, so that a changed meeting gets a higher
 * SEQUENCE and a new LAST-MODIFIED. */
GBytes  *df_ics_export       (DfStore     *store,
                              gint64       meeting_id,
                              int          year,
                              GError     **error);
/* The same, written to @path through a temporary file beside it; no
 * file is written when the export fails. */
gboolean df_ics_export_file  (DfStore     *store,
                              gint64       meeting_id,
                              int          year,
                              const char  *path,
                              GError     **error);

/* @text as an iCalendar TEXT value: backslash, semicolon, comma and line
 * breaks escaped, other control characters left out. */
char    *df_ics_escape_text  (const char  *text);
/* Appends the content line @line to @out, folded so that no line is
 * longer than 75 octets and no UTF-8 character is split, each line
 * ending in CRLF. */
void     df_ics_append_line  (GString     *out,
                              const char  *line);

G_END_DECLS
