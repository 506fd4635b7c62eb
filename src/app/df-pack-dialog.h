/* df-pack-dialog.h: choosing the sheets of a meeting's pack, then
 * printing it or exporting it as one PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_PACK_DIALOG (df_pack_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DfPackDialog, df_pack_dialog, DF, PACK_DIALOG, GtkWindow)

DfPackDialog *df_pack_dialog_new        (DfStore      *store,
                                         gint64        meeting_id);
/* Writes the chosen sheets to @path without asking, as the export does
 * after its file chooser; for tests and scripts. */
void          df_pack_dialog_export_to  (DfPackDialog *self,
                                         const char   *path);

G_END_DECLS
