/* df-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

#include "df-application.h"

G_BEGIN_DECLS

#define DF_TYPE_WINDOW (df_window_get_type ())
G_DECLARE_FINAL_TYPE (DfWindow, df_window, DF, WINDOW, GtkApplicationWindow)

DfWindow *df_window_new          (DfApplication *application,
                                  DfStore       *store);
DfStore  *df_window_get_store    (DfWindow      *self);
void      df_window_restore_size (DfWindow      *self,
                                  GSettings     *settings);

G_END_DECLS
