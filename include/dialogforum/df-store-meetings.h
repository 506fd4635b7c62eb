/* df-store-meetings.h: meetings, their agendas, the agendas' presenters
 * and attachments.
 *
 * Every list is live: it follows every edit made through the store, and
 * an agenda's items carry their computed times (see df-agenda-timing.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-agenda-item.h"
#include "dialogforum/df-attachment.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* Attachments are kept inside the database; this keeps it a file that
 * can still be copied and mailed around as a backup. */
#define DF_ATTACHMENT_MAX_SIZE (100 * 1024 * 1024)

typedef enum
{
  DF_MEETING_TEMPLATE_HALF_DAY,
  DF_MEETING_TEMPLATE_FULL_DAY,
} DfMeetingTemplate;

/* What df_store_remove_agenda_item() took away, to put back. */
typedef struct _DfRemovedAgendaItem DfRemovedAgendaItem;

/* All meetings, by date and start. */
GListModel   *df_store_list_meetings        (DfStore              *self,
                                             GError              **error);
/* The meeting from the live list; NULL when there is none. */
DfMeeting    *df_store_find_meeting         (DfStore              *self,
                                             gint64                id);

/* Inserts @meeting when its id is 0, else updates that meeting (its
 * derived properties are ignored). Returns the id, 0 on failure. */
gint64        df_store_save_meeting         (DfStore              *self,
                                             DfMeeting            *meeting,
                                             GError              **error);
/* A new meeting of the forum on @date (YYYY-MM-DD) with the template's
 * times and agenda. */
gint64        df_store_create_meeting       (DfStore              *self,
                                             DfMeetingTemplate     template,
                                             const char           *date,
                                             GError              **error);
/* A new, planned meeting on @date like meeting @id: its times, venue,
 * marking, responsible person and agenda with presenters, but not its
 * attachments, which were the earlier meeting's papers. */
gint64        df_store_copy_meeting         (DfStore              *self,
                                             gint64                id,
                                             const char           *date,
                                             GError              **error);
/* Deletes a meeting with its agenda and attachments. Refused with
 * DF_STORE_ERROR_IN_USE for a held meeting: it is the forum's history. */
gboolean      df_store_delete_meeting       (DfStore              *self,
                                             gint64                id,
                                             GError              **error);

/* The agenda of meeting @meeting_id, in order, with its times. */
GListModel   *df_store_list_agenda          (DfStore              *self,
                                             gint64                meeting_id,
                                             GError              **error);
/* Inserts @item when its id is 0, at its position (at the end when that
 * is past the end), else updates that item but not its place. Refused
 * when the agenda would run past midnight. Returns the id, 0 on failure. */
gint64        df_store_save_agenda_item     (DfStore              *self,
                                             DfAgendaItem         *item,
                                             GError              **error);
/* Moves item @id to @position (0: first) in its agenda. */
gboolean      df_store_move_agenda_item     (DfStore              *self,
                                             gint64                id,
                                             guint                 position,
                                             GError              **error);
DfRemovedAgendaItem *
              df_store_remove_agenda_item   (DfStore              *self,
                                             gint64                id,
                                             GError              **error);
/* Puts a removed item back where it was, with its id when that is still
 * free, its presenters, attachments and guests, and what the minutes say
 * of it: its summary, decisions and actions (with their ids), in one
 * transaction: the undo. Returns its id, 0 on failure. */
gint64        df_store_restore_agenda_item  (DfStore              *self,
                                             DfRemovedAgendaItem  *removed,
                                             GError              **error);
const char   *df_removed_agenda_item_get_title (DfRemovedAgendaItem *removed);
void          df_removed_agenda_item_free   (DfRemovedAgendaItem  *removed);

/* The presenters of item @id, in order, as DfPerson with their name,
 * title and organisation. */
GPtrArray    *df_store_list_presenters      (DfStore              *self,
                                             gint64                id,
                                             GError              **error);
gboolean      df_store_set_presenters       (DfStore              *self,
                                             gint64                id,
                                             const gint64         *person_ids,
                                             guint                 n_people,
                                             GError              **error);

/* The attachments of meeting @meeting_id, numbered through the meeting
 * in the agenda's order; without their bytes. */
GListModel   *df_store_list_attachments     (DfStore              *self,
                                             gint64                meeting_id,
                                             GError              **error);
/* Adds a file to agenda item @item_id, after its other attachments. */
gint64        df_store_add_attachment       (DfStore              *self,
                                             gint64                item_id,
                                             const char           *title,
                                             const char           *file_name,
                                             const char           *content_type,
                                             GBytes               *data,
                                             GError              **error);
gboolean      df_store_rename_attachment    (DfStore              *self,
                                             gint64                id,
                                             const char           *title,
                                             GError              **error);
/* The file's bytes, exactly as they were added. */
GBytes       *df_store_load_attachment      (DfStore              *self,
                                             gint64                id,
                                             GError              **error);
gboolean      df_store_remove_attachment    (DfStore              *self,
                                             gint64                id,
                                             GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfRemovedAgendaItem, df_removed_agenda_item_free)

G_END_DECLS
