/* df-pack-minutes.h: the minutes sheet (Danish: Referat): the meeting,
 * whether the minutes are a draft or approved, and item by item the
 * summary, the decisions and the actions agreed, with their owners and
 * due dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-pack-document.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* Adds the minutes of meeting @meeting_id to @document as a sheet of its
 * own; FALSE with @error when the store cannot give them. */
gboolean df_pack_add_minutes_sheet (DfPackDocument  *document,
                                    DfStore         *store,
                                    gint64           meeting_id,
                                    GError         **error);

G_END_DECLS
