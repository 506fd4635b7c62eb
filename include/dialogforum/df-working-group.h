/* df-working-group.h: a working group of the forum (Danish: arbejdsgruppe) on a
 * selected problem: its mandate, members, term, meetings and actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_WORKING_GROUP (df_working_group_get_type ())
G_DECLARE_FINAL_TYPE (DfWorkingGroup, df_working_group, DF, WORKING_GROUP, GObject)

gint64       df_working_group_get_id (DfWorkingGroup *self);
const char * df_working_group_get_name (DfWorkingGroup *self);
/* what it is to do (Danish: kommissorium, mandat) */
const char * df_working_group_get_mandate (DfWorkingGroup *self);
/* YYYY-MM-DD */
const char * df_working_group_get_start_date (DfWorkingGroup *self);
/* the last day, YYYY-MM-DD; empty while it works */
const char * df_working_group_get_end_date (DfWorkingGroup *self);
/* "1.6.2026–12.5.2027" */
const char * df_working_group_get_term_text (DfWorkingGroup *self);
/* the members' names, joined */
const char * df_working_group_get_members_text (DfWorkingGroup *self);
int          df_working_group_get_n_members (DfWorkingGroup *self);
/* its own meetings */
int          df_working_group_get_n_meetings (DfWorkingGroup *self);
/* the actions it owns that are still open */
int          df_working_group_get_n_open_actions (DfWorkingGroup *self);

G_END_DECLS
