/* df-attachment-list.h: an agenda item's attachments (Danish: bilag).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_TYPE_ATTACHMENT_LIST (df_attachment_list_get_type ())
G_DECLARE_FINAL_TYPE (DfAttachmentList, df_attachment_list, DF, ATTACHMENT_LIST, GtkWidget)

void df_attachment_list_set_store (DfAttachmentList *self,
                                   DfStore          *store);
/* Lists those of @attachments (a meeting's, as df_store_list_attachments()
 * gives them) that belong to agenda item @item_id; none for 0. */
void df_attachment_list_show      (DfAttachmentList *self,
                                   GListModel       *attachments,
                                   gint64            item_id);

G_END_DECLS
