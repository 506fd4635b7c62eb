/* df-pack-meeting.h: the sheets of a meeting's pack, and the pack itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-pack-document.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* The sheets a pack can hold, by the names the command line uses. */
typedef enum
{
  DF_PACK_SHEET_AGENDA       = 1 << 0,
  DF_PACK_SHEET_PARTICIPANTS = 1 << 1,
  DF_PACK_SHEET_SIGNIN       = 1 << 2,
  DF_PACK_SHEET_ROSTER       = 1 << 3,
  DF_PACK_SHEET_MINUTES      = 1 << 4,
  DF_PACK_SHEET_CARDS        = 1 << 5,
  DF_PACK_SHEET_BADGES       = 1 << 6,
  DF_PACK_SHEET_ATTACHMENTS  = 1 << 7,
  DF_PACK_SHEET_YEARWHEEL    = 1 << 8,
} DfPackSheets;

#define DF_PACK_SHEETS_DEFAULT (DF_PACK_SHEET_AGENDA | DF_PACK_SHEET_PARTICIPANTS | DF_PACK_SHEET_SIGNIN | \
                                DF_PACK_SHEET_ROSTER | DF_PACK_SHEET_MINUTES | DF_PACK_SHEET_CARDS | \
                                DF_PACK_SHEET_BADGES | DF_PACK_SHEET_ATTACHMENTS)

/* Reads "agenda,participants,signin,roster,minutes,cards,badges,
 * attachments,yearwheel"; FALSE with a message naming what is unknown. */
gboolean        df_pack_sheets_parse            (const char      *text,
                                                 DfPackSheets    *sheets,
                                                 GError         **error);
/* The sheet's name as the user sees it ("Dagsorden"). */
const char     *df_pack_sheet_title             (DfPackSheets     sheet);

gboolean        df_pack_add_agenda_sheet        (DfPackDocument  *document,
                                                 DfStore         *store,
                                                 gint64           meeting_id,
                                                 GError         **error);
gboolean        df_pack_add_participants_sheet  (DfPackDocument  *document,
                                                 DfStore         *store,
                                                 gint64           meeting_id,
                                                 GError         **error);
gboolean        df_pack_add_signin_sheet        (DfPackDocument  *document,
                                                 DfStore         *store,
                                                 gint64           meeting_id,
                                                 GError         **error);

/* The pack of meeting @meeting_id with @sheets, laid out and ready to
 * draw or write. */
DfPackDocument *df_pack_build_for_meeting       (DfStore         *store,
                                                 gint64           meeting_id,
                                                 DfPackSheets     sheets,
                                                 GError         **error);

G_END_DECLS
