/* df-date.h: dates as the register keeps them (ISO 8601 text) and as
 * Danish readers expect them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads YYYY-MM-DD, and the Danish DD-MM-YYYY and DD.MM.YYYY; FALSE when
 * @text is none of those or not a real day. */
gboolean df_date_parse        (const char  *text,
                               GDate       *date);
/* Only YYYY-MM-DD, the form the database and the command line use. */
gboolean df_date_parse_iso    (const char  *text,
                               GDate       *date);
char    *df_date_to_iso       (const GDate *date);
/* A date field as typed, in any form df_date_parse() reads, as ISO; ""
 * when it is blank, NULL when it is no date. */
char    *df_date_parse_to_iso (const char  *text);
char    *df_date_today_iso    (void);
/* "tirsdag den 14. marts 2023" under a Danish locale. */
char    *df_date_format_long  (const GDate *date);
/* "14.3.2023". */
char    *df_date_format_short (const GDate *date);
/* The same, from ISO text; empty text gives an empty string. */
char    *df_date_iso_to_short (const char  *iso);
char    *df_date_iso_to_long  (const char  *iso);

G_END_DECLS
