/* df-arranger.h: who arranges a study trip, a visit or another activity of the
 * forum: a member or an organisation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_ARRANGER (df_arranger_get_type ())
G_DECLARE_FINAL_TYPE (DfArranger, df_arranger, DF, ARRANGER, GObject)

gint64       df_arranger_get_id (DfArranger *self);
gint64       df_arranger_get_meeting_id (DfArranger *self);
/* a person ... */
gint64       df_arranger_get_person_id (DfArranger *self);
/* ... or an organisation; the other is 0 */
gint64       df_arranger_get_organisation_id (DfArranger *self);
const char * df_arranger_get_name (DfArranger *self);

G_END_DECLS
