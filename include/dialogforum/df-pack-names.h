/* df-pack-names.h: the sheets that only need names: table cards
 * (Danish: bordkort) and name badges (Danish: navneskilte).
 *
 * They take a plain list, so that the roster, a meeting's participants
 * or any other list can feed them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-pack-document.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  const char *title;          /* the job title; NULL or "" for none */
  const char *organisation;
  const char *stay;           /* a partial stay, "kl. 10.15–11.00"; NULL for
                               * none: the sign-in sheet shows it, the
                               * cards and badges do not */
} DfPackName;

/* One card a page: A4 landscape, folded across the middle into a tent,
 * the name large on both halves, the upper one upside down. */
void df_pack_add_table_cards_sheet (DfPackDocument   *document,
                                    const DfPackName *names,
                                    guint             n_names);
/* Eight badges of 85 × 55 mm to an A4 page, with cut marks. */
void df_pack_add_name_badges_sheet (DfPackDocument   *document,
                                    const DfPackName *names,
                                    guint             n_names);

G_END_DECLS
