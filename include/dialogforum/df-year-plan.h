/* df-year-plan.h: each year's meetings checked against the number of
 * meetings a year in the kommissorium (Danish: årsplan).
 *
 * Only meetings of the forum itself that are not cancelled count: study
 * trips, visits, working groups and follow-up meetings come besides them.
 * A pure function of the model objects: no store, no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dialogforum/df-meeting.h"

G_BEGIN_DECLS

typedef struct
{
  int   year;
  int   planned;     /* the meetings that count, that year */
  int   required;    /* the kommissorium's number */
  char *text;        /* "2 of 2 meetings planned in 2027", or what is wrong */
} DfYearCheck;

/* One check for every year that has a meeting in @meetings (DfMeeting),
 * and for @current_year whether it has or not, earliest first. */
GPtrArray *df_year_plan_check       (GListModel        *meetings,
                                     int                meetings_per_year,
                                     int                current_year);
gboolean   df_year_check_is_met     (const DfYearCheck *check);
void       df_year_check_free       (DfYearCheck       *check);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfYearCheck, df_year_check_free)

G_END_DECLS
