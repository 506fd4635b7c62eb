/* df-pack-yearwheel.h: the year wheel sheet (Danish: Årshjul), the
 * forum's year on one A4 landscape page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-pack-document.h"
#include "dialogforum/df-store.h"
#include "dialogforum/df-year-wheel.h"

G_BEGIN_DECLS

/* The wheel of @wheel's year, with its legend and every mark by date;
 * @today (YYYY-MM-DD, or NULL) is marked when it falls in the year.
 * Takes @wheel. */
void     df_pack_add_yearwheel             (DfPackDocument  *document,
                                            DfYearWheel     *wheel,
                                            const char      *today);
/* The register's wheel of @year, as of today. */
gboolean df_pack_add_yearwheel_sheet       (DfPackDocument  *document,
                                            DfStore         *store,
                                            int              year,
                                            GError         **error);

G_END_DECLS
