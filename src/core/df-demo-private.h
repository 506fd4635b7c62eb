/* df-demo-private.h: the parts of the demo database, one per part of the
 * register, all called by df_demo_fill() inside its one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* The demo's person named @name, 0 when there is none: the parts find the
 * register's people by name, inside the demo's one transaction. */
gint64   df_demo_person_id     (DfStore     *store,
                                const char  *name);

gboolean df_demo_fill_members  (DfStore  *store,
                                GDate    *today,
                                GError  **error);

gboolean df_demo_fill_crowd    (DfStore  *store,
                                GDate    *today,
                                guint     scale,
                                GError  **error);

/* The crowd's ten years of meetings; called inside the crowd's
 * transaction. */
gboolean df_demo_fill_history  (DfStore  *store,
                                GDate    *today,
                                guint     scale,
                                GError  **error);

gboolean df_demo_fill_meetings (DfStore  *store,
                                GDate    *today,
                                GError  **error);

gboolean df_demo_fill_participants (DfStore  *store,
                                    GDate    *today,
                                    GError  **error);
gboolean df_demo_fill_followup (DfStore  *store,
                                GDate    *today,
                                GError  **error);

G_END_DECLS
