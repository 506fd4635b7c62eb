/* df-attachment.h: a document attached to an agenda item (Danish: bilag). The file's
 * bytes stay in the store; see df_store_load_attachment ().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_ATTACHMENT (df_attachment_get_type ())
G_DECLARE_FINAL_TYPE (DfAttachment, df_attachment, DF, ATTACHMENT, GObject)

gint64       df_attachment_get_id (DfAttachment *self);
gint64       df_attachment_get_agenda_item_id (DfAttachment *self);
gint64       df_attachment_get_meeting_id (DfAttachment *self);
/* numbered through the meeting in the agenda's order: Bilag 1, 2 ... */
int          df_attachment_get_number (DfAttachment *self);
const char * df_attachment_get_title (DfAttachment *self);
const char * df_attachment_get_file_name (DfAttachment *self);
/* a MIME type, "application/pdf" */
const char * df_attachment_get_content_type (DfAttachment *self);
/* bytes */
gint64       df_attachment_get_size (DfAttachment *self);

G_END_DECLS
