/* df-pack-insight.h: everything the register holds about one person, as
 * one printed document (Danish: indsigt), for a request under article 15
 * of the GDPR: their personal data, memberships and seat history, the
 * meetings they were invited to with their replies and attendance, where
 * they stood in for others, their diet and accessibility notes, their
 * roles on agendas, proposals, actions, working groups and the
 * activities they arranged.
 *
 * Like the meeting pack it is Danish whatever the desktop's language, and
 * marked FORTROLIGT on every page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-pack-document.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* The report on person @person_id, made at @made_at (NULL: now), laid
 * out and ready to draw or write. */
DfPackDocument *df_pack_build_insight  (DfStore     *store,
                                        gint64       person_id,
                                        GDateTime   *made_at,
                                        GError     **error);
/* Writes that report, made now, to @path: whole or not at all. */
gboolean        df_pack_export_insight (DfStore     *store,
                                        gint64       person_id,
                                        const char  *path,
                                        GError     **error);

G_END_DECLS
