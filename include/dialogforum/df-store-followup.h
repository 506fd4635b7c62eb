/* df-store-followup.h: what the meetings start and what comes of them:
 * the members' proposals for the agenda, the minutes, the actions agreed
 * and their follow-up, the working groups, and who arranges a study trip
 * or a visit.
 *
 * Each call that writes is one transaction. The lists of proposals,
 * actions and working groups are live: they follow every edit made
 * through the store, the meetings' and the register's included (a
 * renamed meeting or person shows at once). The minutes are read as a
 * snapshot, for one meeting at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-action.h"
#include "dialogforum/df-arranger.h"
#include "dialogforum/df-minutes.h"
#include "dialogforum/df-minutes-item.h"
#include "dialogforum/df-proposal.h"
#include "dialogforum/df-store.h"
#include "dialogforum/df-working-group.h"

G_BEGIN_DECLS

/* The length of a new agenda item made from a proposal or from the open
 * actions, when none is given. */
#define DF_PROPOSAL_DEFAULT_DURATION 30
#define DF_FOLLOWUP_ITEM_DURATION 15

/* What df_store_delete_working_group() took away, to put back. */
typedef struct _DfRemovedWorkingGroup DfRemovedWorkingGroup;

/* --- Proposals --------------------------------------------------------- */

/* All proposals, the last received first. */
GListModel   *df_store_list_proposals         (DfStore        *self,
                                               GError        **error);
/* The proposal from the live list; NULL when there is none. */
DfProposal   *df_store_find_proposal          (DfStore        *self,
                                               gint64          id);
/* Inserts @proposal when its id is 0, else updates that proposal, its
 * status and the status's detail included: "on-agenda" needs the agenda
 * item (agenda-item-id), "deferred" the meeting it is deferred to
 * (deferred-to-id), "declined" a reason. Returns the id, 0 on failure. */
gint64        df_store_save_proposal          (DfStore        *self,
                                               DfProposal     *proposal,
                                               GError        **error);
/* Moves proposal @id to @status, with @deferred_to_id for "deferred"
 * and @reason for "declined" (ignored otherwise). "on-agenda" is reached
 * through df_store_put_proposal_on_agenda(). */
gboolean      df_store_set_proposal_status    (DfStore        *self,
                                               gint64          id,
                                               const char     *status,
                                               gint64          deferred_to_id,
                                               const char     *reason,
                                               GError        **error);
/* Turns proposal @id into a new item at the end of meeting @meeting_id's
 * agenda, lasting @duration minutes (DF_PROPOSAL_DEFAULT_DURATION when
 * 0), with the proposer as presenter, and links the proposal to it with
 * the status "on-agenda", all in one transaction. Refused for a meeting
 * that has been held or cancelled, and for a proposal on an agenda
 * already. Returns the new item's id, 0 on failure. */
gint64        df_store_put_proposal_on_agenda (DfStore        *self,
                                               gint64          id,
                                               gint64          meeting_id,
                                               int             duration,
                                               GError        **error);
gboolean      df_store_delete_proposal        (DfStore        *self,
                                               gint64          id,
                                               GError        **error);

/* --- Minutes ----------------------------------------------------------- */

/* The minutes' status for meeting @meeting_id; a meeting whose minutes
 * are not begun has a draft. */
DfMinutes    *df_store_get_minutes            (DfStore        *self,
                                               gint64          meeting_id,
                                               GError        **error);
/* A DfMinutesItem for every item of meeting @meeting_id's agenda, in
 * order, with what the minutes say (empty where they say nothing). */
GPtrArray    *df_store_list_minutes_items     (DfStore        *self,
                                               gint64          meeting_id,
                                               GError        **error);
/* Writes the summary and decisions of agenda item @agenda_item_id.
 * Refused while the meeting's minutes are approved: reopen them first. */
gboolean      df_store_save_minutes_item      (DfStore        *self,
                                               gint64          agenda_item_id,
                                               const char     *summary,
                                               const char     *decisions,
                                               GError        **error);
/* Approves the minutes of meeting @meeting_id on @approved_on
 * (YYYY-MM-DD), not before the meeting's day. */
gboolean      df_store_approve_minutes        (DfStore        *self,
                                               gint64          meeting_id,
                                               const char     *approved_on,
                                               GError        **error);
/* Makes approved minutes a draft again, to correct them. */
gboolean      df_store_reopen_minutes         (DfStore        *self,
                                               gint64          meeting_id,
                                               GError        **error);

/* --- Actions ----------------------------------------------------------- */

/* All actions of all meetings, by meeting, item and order. */
GListModel   *df_store_list_actions           (DfStore        *self,
                                               GError        **error);
/* The open actions (DfAction), read for the asking and not kept current:
 * the overview's, which need not wait for every action ever agreed. */
GListModel   *df_store_list_open_actions      (DfStore        *self,
                                               GError        **error);
/* The actions (DfAction) due in @year, read for the asking and not kept
 * current: the year wheel's, which need not wait for every action. */
GListModel   *df_store_list_actions_due_in    (DfStore        *self,
                                               int             year,
                                               GError        **error);
DfAction     *df_store_find_action            (DfStore        *self,
                                               gint64          id);
/* Inserts @action (after the item's other actions) when its id is 0,
 * else updates it. It needs its agenda item, a description and one
 * owner, a person or an organisation; the due date may be empty.
 * Returns the id, 0 on failure. */
gint64        df_store_save_action            (DfStore        *self,
                                               DfAction       *action,
                                               GError        **error);
gboolean      df_store_set_action_status      (DfStore        *self,
                                               gint64          id,
                                               const char     *status,
                                               GError        **error);
gboolean      df_store_delete_action          (DfStore        *self,
                                               gint64          id,
                                               GError        **error);

/* The meeting that follows meeting @meeting_id in its series: the next
 * one, not cancelled, of the same kind (and, for a working group's
 * meeting, of the same group). 0 when there is none. */
gint64        df_store_find_next_meeting      (DfStore        *self,
                                               gint64          meeting_id,
                                               GError        **error);
/* Adds to the agenda of the meeting after @from_meeting_id an item
 * "Follow-up from the last meeting" (Danish: Opfølgning fra sidste møde),
 * after its welcome, listing the actions of @from_meeting_id and the
 * meetings before it in the series that are still open. Made again, the
 * item's list is brought up to date instead. Refused when there is no
 * next meeting or nothing is open. Returns the item's id, 0 on failure. */
gint64        df_store_add_followup_item      (DfStore        *self,
                                               gint64          from_meeting_id,
                                               GError        **error);

/* --- Working groups ---------------------------------------------------- */

GListModel   *df_store_list_working_groups    (DfStore        *self,
                                               GError        **error);
DfWorkingGroup *df_store_find_working_group   (DfStore        *self,
                                               gint64          id);
/* Inserts @group when its id is 0, else updates that group. Returns the
 * id, 0 on failure. */
gint64        df_store_save_working_group     (DfStore        *self,
                                               DfWorkingGroup *group,
                                               GError        **error);
/* Saves @group as df_store_save_working_group() does, and makes the
 * given people its members, in that order, in one transaction: a new
 * group is never left without the members it was given. Returns the id,
 * 0 on failure. */
gint64        df_store_save_working_group_and_members (DfStore        *self,
                                                       DfWorkingGroup *group,
                                                       const gint64   *person_ids,
                                                       guint           n_people,
                                                       GError        **error);
/* Deletes group @id; its meetings and actions stay, no longer its own.
 * Returns what df_store_restore_working_group() needs to put it back. */
DfRemovedWorkingGroup *
              df_store_delete_working_group   (DfStore        *self,
                                               gint64          id,
                                               GError        **error);
/* Puts a deleted group back, with its id when that is still free, its
 * members, and the meetings and actions it had that no other group has
 * taken meanwhile, in one transaction: the undo. Returns its id, 0 on
 * failure. */
gint64        df_store_restore_working_group  (DfStore               *self,
                                               DfRemovedWorkingGroup *removed,
                                               GError               **error);
const char   *df_removed_working_group_get_name (DfRemovedWorkingGroup *removed);
void          df_removed_working_group_free   (DfRemovedWorkingGroup *removed);
/* A new, planned meeting of the kind "working-group" on @date
 * (YYYY-MM-DD), titled after group @id and made one of its meetings, in
 * one transaction. Returns the meeting's id, 0 on failure. */
gint64        df_store_create_working_group_meeting (DfStore     *self,
                                                     gint64       id,
                                                     const char  *date,
                                                     GError     **error);
/* The members of group @id, in order, as DfPerson with their name, title
 * and organisation. */
GPtrArray    *df_store_list_working_group_members (DfStore    *self,
                                                   gint64      id,
                                                   GError    **error);
gboolean      df_store_set_working_group_members  (DfStore      *self,
                                                   gint64        id,
                                                   const gint64 *person_ids,
                                                   guint         n_people,
                                                   GError      **error);
/* Makes meeting @meeting_id, of the kind "working-group", one of group
 * @id's own meetings. */
gboolean      df_store_add_working_group_meeting  (DfStore    *self,
                                                   gint64      id,
                                                   gint64      meeting_id,
                                                   GError    **error);
/* The group whose meeting @meeting_id is; 0 when none. */
gint64        df_store_get_meeting_working_group  (DfStore    *self,
                                                   gint64      meeting_id);
/* Group @id's meetings (DfMeeting), by date. */
GPtrArray    *df_store_list_working_group_meetings (DfStore   *self,
                                                    gint64     id,
                                                    GError   **error);

/* --- Who arranges an activity ------------------------------------------ */

/* The arrangers of meeting @meeting_id: DfArranger, people first. */
GPtrArray    *df_store_list_meeting_arrangers (DfStore        *self,
                                               gint64          meeting_id,
                                               GError        **error);
/* Makes the given people and organisations the arrangers of meeting
 * @meeting_id, in place of any before. */
gboolean      df_store_set_meeting_arrangers  (DfStore        *self,
                                               gint64          meeting_id,
                                               const gint64   *person_ids,
                                               guint           n_people,
                                               const gint64   *organisation_ids,
                                               guint           n_organisations,
                                               GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfRemovedWorkingGroup, df_removed_working_group_free)

G_END_DECLS
