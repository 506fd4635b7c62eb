/* df-pack-roster.h: the member roster sheet (Danish: Medlemsoversigt),
 * the composition on a date, seat by seat.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-composition.h"
#include "dialogforum/df-pack-document.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* @people (DfPerson, as the store lists them) give the members' job
 * titles; NULL leaves that column empty. */
void     df_pack_add_roster_sheet            (DfPackDocument  *document,
                                              DfComposition   *composition,
                                              GListModel      *people);
/* The register's composition on @date, YYYY-MM-DD. */
gboolean df_pack_add_roster_sheet_from_store (DfPackDocument  *document,
                                              DfStore         *store,
                                              const char      *date,
                                              GError         **error);

G_END_DECLS
