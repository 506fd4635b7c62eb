/* df-group-editor.h: adding and editing a working group, with its
 * members, and seeing its meetings and actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"
#include "dialogforum/df-working-group.h"

G_BEGIN_DECLS

#define DF_TYPE_GROUP_EDITOR (df_group_editor_get_type ())
G_DECLARE_FINAL_TYPE (DfGroupEditor, df_group_editor, DF, GROUP_EDITOR, GtkWindow)

/* @group NULL for a new one. */
DfGroupEditor *df_group_editor_new (DfStore        *store,
                                    DfWorkingGroup *group);

G_END_DECLS
