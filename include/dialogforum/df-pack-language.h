/* df-pack-language.h: the language of the printed meeting pack.
 *
 * The papers go to the forum's members, so they are always in the
 * forum's language, Danish, whatever language the secretary's desktop
 * runs in and whether or not the program's catalogue is installed: the
 * Danish catalogue is compiled into the program for them. The window and
 * error messages follow the user's locale as usual.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @msgid in the pack's language; @msgid itself when it has no translation. */
const char *df_pack_gettext      (const char  *msgid) G_GNUC_FORMAT (1);
const char *df_pack_pgettext     (const char  *context,
                                  const char  *msgid) G_GNUC_FORMAT (2);
const char *df_pack_ngettext     (const char  *msgid,
                                  const char  *msgid_plural,
                                  gulong       n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

/* "september". */
const char *df_pack_month_name      (GDateMonth   month);
/* "tirsdag den 14. marts 2023". */
char       *df_pack_format_date      (const GDate *date);
/* The same from YYYY-MM-DD; other text comes back as it is. */
char       *df_pack_format_date_iso  (const char  *iso);
/* "14. marts 2023": the day without its weekday, for tables. */
char       *df_pack_format_day       (const GDate *date);
/* The same from YYYY-MM-DD; other text comes back as it is. */
char       *df_pack_format_day_iso   (const char  *iso);

G_END_DECLS
