/* df-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-store.h"
#include "df-file-private.h"

gboolean
df_file_replace_contents (const char  *path,
                          GBytes      *bytes,
                          GError     **error)
{
  g_autoptr (GError) local = NULL;

  if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local))
    {
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_FAILED,
                   _("The file “%s” could not be written: %s"), shown, local->message);
      return FALSE;
    }
  return TRUE;
}
