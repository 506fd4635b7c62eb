/* df-demo.h: a realistic but fictional register to try the program on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* Writes a new demo database to @path, dated around today. Fails, and
 * leaves @path alone, when @path already holds anything. */
gboolean df_demo_create (const char  *path,
                         GError     **error);

/* As df_demo_create(), with @scale times 500 more fictional people and
 * their memberships over ten years, and @scale times ten meetings held in
 * those years (twelve agenda items each, the members of the day invited,
 * approved minutes with ten actions each), for benchmarks: --scale 20
 * makes the large register of 10,000 people, 200 meetings and 2,000
 * actions. */
gboolean df_demo_create_scaled (const char  *path,
                                guint        scale,
                                GError     **error);

/* Fills @store (fresh from df_store_open()) with the demo register, as of
 * @today, in one transaction. */
gboolean df_demo_fill   (DfStore     *store,
                         GDate       *today,
                         GError     **error);

G_END_DECLS
