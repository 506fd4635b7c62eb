/* df-seat-kind.h: a kind of seat in the forum, with its quota.
 *
 * The seat kinds are the kommissorium's composition (Danish: pladstype),
 * kept as data so that a revised kommissorium needs no new program.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_SEAT_KIND (df_seat_kind_get_type ())
G_DECLARE_FINAL_TYPE (DfSeatKind, df_seat_kind, DF, SEAT_KIND, GObject)

gint64      df_seat_kind_get_id                   (DfSeatKind *self);
/* A fixed name the program's rules refer to ("directorate",
 * "municipal-director"...); empty for kinds the secretariat adds. */
const char *df_seat_kind_get_code                 (DfSeatKind *self);
const char *df_seat_kind_get_name                 (DfSeatKind *self);
int         df_seat_kind_get_quota                (DfSeatKind *self);
gboolean    df_seat_kind_get_quota_is_minimum     (DfSeatKind *self);
gboolean    df_seat_kind_get_one_per_municipality (DfSeatKind *self);
gboolean    df_seat_kind_get_chair_seat           (DfSeatKind *self);
gboolean    df_seat_kind_get_covers_areas         (DfSeatKind *self);
const char *df_seat_kind_get_description          (DfSeatKind *self);
/* The quota in words: "7", "mindst 1". */
char       *df_seat_kind_dup_quota_text           (DfSeatKind *self);

G_END_DECLS
