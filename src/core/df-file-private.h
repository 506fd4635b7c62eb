/* df-file-private.h: writing the files the core exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @bytes to @path through a temporary file beside it and a
 * rename, so that a failed export never leaves half a file under the
 * name asked for; readable by the user alone, as exports hold personal
 * data. The error, in the store's domain, names the file. */
gboolean df_file_replace_contents (const char  *path,
                                   GBytes      *bytes,
                                   GError     **error);

G_END_DECLS
