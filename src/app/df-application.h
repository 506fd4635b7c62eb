/* df-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DF_TYPE_APPLICATION (df_application_get_type ())
G_DECLARE_FINAL_TYPE (DfApplication, df_application, DF, APPLICATION, GtkApplication)

DfApplication *df_application_new           (void);

/* Opens @path (NULL: the default database) in the main window, replacing
 * the database shown; on failure shows why and offers another file or a
 * backup, and keeps what was open. */
void           df_application_open_database (DfApplication *self,
                                             const char    *path,
                                             gboolean       create);

/* Lets the user pick a database file to open, or to create with @create. */
void           df_application_choose_database (DfApplication *self,
                                               GtkWindow     *parent,
                                               gboolean       create);

G_END_DECLS
