/* df-proposal.h: a member's proposal for the agenda (Danish: forslag til
 * dagsordenen), from the day it is received to its placing on an agenda,
 * its deferral or its refusal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_PROPOSAL (df_proposal_get_type ())
G_DECLARE_FINAL_TYPE (DfProposal, df_proposal, DF, PROPOSAL, GObject)

gint64       df_proposal_get_id (DfProposal *self);
/* the person who proposed it */
gint64       df_proposal_get_proposer_id (DfProposal *self);
const char * df_proposal_get_proposer_name (DfProposal *self);
/* the day the secretariat received it, YYYY-MM-DD */
const char * df_proposal_get_received (DfProposal *self);
/* that day as "3.11.2026" */
const char * df_proposal_get_received_text (DfProposal *self);
const char * df_proposal_get_title (DfProposal *self);
const char * df_proposal_get_description (DfProposal *self);
/* the meeting it is proposed for; 0 when none */
gint64       df_proposal_get_meeting_id (DfProposal *self);
/* that meeting's date and title, for lists */
const char * df_proposal_get_meeting_text (DfProposal *self);
/* that meeting's deadline for proposals, YYYY-MM-DD, or empty */
const char * df_proposal_get_deadline (DfProposal *self);
/* received after that deadline */
gboolean     df_proposal_get_late (DfProposal *self);
/* "after the deadline" when it was, else empty */
const char * df_proposal_get_late_text (DfProposal *self);
/* a code of df_proposal_statuses () */
const char * df_proposal_get_status (DfProposal *self);
const char * df_proposal_get_status_label (DfProposal *self);
/* on the agenda: the item it became; else 0 */
gint64       df_proposal_get_agenda_item_id (DfProposal *self);
/* deferred: the meeting it was moved to; else 0 */
gint64       df_proposal_get_deferred_to_id (DfProposal *self);
/* declined: why */
const char * df_proposal_get_reason (DfProposal *self);
/* the status with its detail, "Sat på dagsorden: punkt 4, 8.12.2026" */
const char * df_proposal_get_status_text (DfProposal *self);
/* title and proposer folded for search as you type */
const char * df_proposal_get_search_text (DfProposal *self);

/* The statuses of a proposal, as codes and in the user's words (Danish:
 * modtaget, under overvejelse, sat på dagsorden, udskudt, afvist). */
const char * const *df_proposal_statuses     (void);
const char         *df_proposal_status_label (const char *status);

G_END_DECLS
