/* df-person-editor.h: the form that adds or edits a person and their
 * memberships.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-person.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_PERSON_EDITOR (df_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (DfPersonEditor, df_person_editor, DF, PERSON_EDITOR, GtkWindow)

/* @person NULL adds a new person. */
DfPersonEditor *df_person_editor_new (DfStore  *store,
                                      DfPerson *person);
/* A new person with "External actor (guest)" already checked. */
DfPersonEditor *df_person_editor_new_actor (DfStore *store);

G_END_DECLS
