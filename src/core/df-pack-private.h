/* df-pack-private.h: what the meeting pack's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-meeting.h"
#include "dialogforum/df-pack-document.h"
#include "dialogforum/df-pack-language.h"
#include "dialogforum/df-pack-table.h"
#include "dialogforum/df-participant.h"

G_BEGIN_DECLS

/* The printed papers' strings: translated into the pack's language (see
 * df-pack-language.h), not the user's. po/meson.build tells xgettext
 * about them. */
#define P_(String)             df_pack_gettext (String)
#define PC_(Context, String)   df_pack_pgettext (Context, String)
#define PN_(String, Plural, N) df_pack_ngettext (String, Plural, N)

#define DF_PACK_MM (72.0 / 25.4)

/* A layout's logical size, in points. */
/* A layout's measures in points at its own size (see df-pack-document.c:
 * layouts are made at one size and drawn to scale). */
double              df_pack_layout_width             (PangoLayout *layout);
double              df_pack_layout_height            (PangoLayout *layout);
/* Wraps or ellipsizes at @width points; 0: never. */
void                df_pack_layout_set_width         (PangoLayout *layout,
                                                      double       width);
/* Draws the layout at @size points from now on. */
void                df_pack_layout_set_size          (PangoLayout *layout,
                                                      double       size);

typedef struct
{
  DfPackRowStyle style;
  gboolean       group;   /* one text across all columns */
  GStrv          cells;   /* n_columns texts; one for a group row */
} DfPackTableRow;

/* An action's status code ("open", "done", "dropped") in the pack's
 * language. */
const char         *df_pack_action_status_label      (const char *status);

/* A participant's stay on the papers, in the pack's language: "kl.
 * 9.30–12.00", "kl. 10.15–11.00, egne punkter" for a guest who comes for
 * their own items; NULL when they stay the whole meeting. */
char               *df_pack_stay_text                (DfParticipant *p,
                                                      DfMeeting     *meeting);

const DfPackColumn *df_pack_table_get_columns        (DfPackTable *self);
/* DfPackTableRow, in order. */
GPtrArray          *df_pack_table_get_rows           (DfPackTable *self);
double              df_pack_table_get_min_row_height (DfPackTable *self);

G_END_DECLS
