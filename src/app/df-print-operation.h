/* df-print-operation.h: printing the meeting pack, with GTK's print
 * dialog and its preview, from the same layout as the PDF export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-pack-document.h"

G_BEGIN_DECLS

#define DF_TYPE_PRINT_OPERATION (df_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (DfPrintOperation, df_print_operation, DF, PRINT_OPERATION, GtkPrintOperation)

DfPrintOperation *df_print_operation_new (DfPackDocument *document);

G_END_DECLS
