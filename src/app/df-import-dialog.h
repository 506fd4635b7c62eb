/* df-import-dialog.h: the preview of a CSV import, before anything is
 * written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-people-csv.h"

G_BEGIN_DECLS

#define DF_TYPE_IMPORT_DIALOG (df_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DfImportDialog, df_import_dialog, DF, IMPORT_DIALOG, GtkWindow)

/* Takes @plan. */
DfImportDialog *df_import_dialog_new (DfStore        *store,
                                      DfPeopleImport *plan,
                                      const char     *file_name);

G_END_DECLS
