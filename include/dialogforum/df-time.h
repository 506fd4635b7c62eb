/* df-time.h: times of day as the register keeps them (minutes after
 * midnight) and as Danish readers write them ("9.30", "kl. 9.30–15.00").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DF_MINUTES_PER_DAY 1440

/* Reads "9.30", "9:30", "09.30", "930" and "9"; 24.00 only when
 * @allow_midnight, for the end of a day. FALSE when @text is none of those. */
gboolean df_time_parse       (const char *text,
                              gboolean    allow_midnight,
                              int        *minutes);
/* "9.30": the hour without a leading zero, in every language, so that
 * the command line's output reads the same everywhere. */
char    *df_time_format      (int         minutes);
/* "kl. 9.30" in the user's language. */
char    *df_time_format_at   (int         minutes);
/* "kl. 9.30–15.00" in the user's language. */
char    *df_time_format_span (int         start,
                              int         end);

G_END_DECLS
