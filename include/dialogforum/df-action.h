/* df-action.h: an action agreed under an agenda item (Danish:
 * opfølgningspunkt): what is to be done, by whom and by when.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DF_TYPE_ACTION (df_action_get_type ())
G_DECLARE_FINAL_TYPE (DfAction, df_action, DF, ACTION, GObject)

gint64       df_action_get_id (DfAction *self);
/* the item it was agreed under */
gint64       df_action_get_agenda_item_id (DfAction *self);
gint64       df_action_get_meeting_id (DfAction *self);
/* that meeting's date, YYYY-MM-DD */
const char * df_action_get_meeting_date (DfAction *self);
/* the item's number on its agenda */
int          df_action_get_item_number (DfAction *self);
const char * df_action_get_item_title (DfAction *self);
/* the meeting and item, "8.5.2026, punkt 5" */
const char * df_action_get_source_text (DfAction *self);
/* 0, 1, 2 ... among the item's actions */
int          df_action_get_position (DfAction *self);
const char * df_action_get_description (DfAction *self);
/* the owner (Danish: ansvarlig) is a person ... */
gint64       df_action_get_owner_person_id (DfAction *self);
/* ... or an organisation; the other is 0 */
gint64       df_action_get_owner_organisation_id (DfAction *self);
const char * df_action_get_owner_name (DfAction *self);
/* the working group that owns it; 0 when none */
gint64       df_action_get_working_group_id (DfAction *self);
const char * df_action_get_working_group_name (DfAction *self);
/* the deadline (Danish: frist), YYYY-MM-DD, or empty */
const char * df_action_get_due_date (DfAction *self);
/* "1.6.2026", or empty */
const char * df_action_get_due_text (DfAction *self);
/* a code of df_action_statuses () */
const char * df_action_get_status (DfAction *self);
const char * df_action_get_status_label (DfAction *self);
/* open past its due date on the day the list was read */
gboolean     df_action_get_overdue (DfAction *self);
/* the status in words, with "overdue" when it is */
const char * df_action_get_state_text (DfAction *self);

/* The statuses of an action, as codes and in the user's words (Danish:
 * åben, udført, bortfaldet). */
const char * const *df_action_statuses     (void);
const char         *df_action_status_label (const char *status);

/* Whether @self is still open after its due date on @date (YYYY-MM-DD):
 * an action due on @date itself is not overdue yet, and one without a
 * due date never is. */
gboolean            df_action_is_overdue_on (DfAction   *self,
                                             const char *date);
/* The actions of @actions (DfAction) that are overdue on @date, in
 * their order. */
GPtrArray          *df_actions_overdue_on   (GListModel *actions,
                                             const char *date);

G_END_DECLS
