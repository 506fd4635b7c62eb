/* df-proposal-editor.h: adding and editing a proposal for the agenda.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-proposal.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_PROPOSAL_EDITOR (df_proposal_editor_get_type ())
G_DECLARE_FINAL_TYPE (DfProposalEditor, df_proposal_editor, DF, PROPOSAL_EDITOR, GtkWindow)

/* @proposal NULL for a new one. */
DfProposalEditor *df_proposal_editor_new (DfStore    *store,
                                          DfProposal *proposal);

G_END_DECLS
