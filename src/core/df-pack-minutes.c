/* df-pack-minutes.c: the minutes sheet.
 *
 * Breaks and lunch are left out unless the minutes say something under
 * them; every other item keeps its number from the agenda, so that the
 * minutes and the agenda can be read side by side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-date.h"
#include "dialogforum/df-pack-minutes.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-time.h"
#include "df-pack-private.h"

const char *
df_pack_action_status_label (const char *status)
{
  if (g_strcmp0 (status, "done") == 0)
    return PC_("action status", "Done");
  if (g_strcmp0 (status, "dropped") == 0)
    return PC_("action status", "Dropped");
  return PC_("action status", "Open");
}

static char *
status_text (DfMinutes *minutes)
{
  g_autofree char *day = NULL;

  if (g_strcmp0 (df_minutes_get_status (minutes), "approved") != 0)
    return g_strdup (PC_("minutes status", "Draft"));
  day = df_date_iso_to_short (df_minutes_get_approved_on (minutes));
  return g_strdup_printf (P_("Approved %s"), day);
}

static void
add_meeting_facts (DfPackDocument *document,
                   DfMeeting      *meeting,
                   DfMinutes      *minutes)
{
  g_autofree char *date = df_pack_format_date_iso (df_meeting_get_date (meeting));
  g_autofree char *start = df_time_format (df_meeting_get_start_time (meeting));
  g_autofree char *end = df_time_format (df_meeting_get_end_time (meeting));
  g_autofree char *time = g_strdup_printf (P_("%s–%s"), start, end);
  g_autofree char *status = status_text (minutes);
  g_autoptr (GString) venue = g_string_new (df_meeting_get_venue_name (meeting));

  if (df_meeting_get_venue_address (meeting)[0] != '\0')
    {
      if (venue->len > 0)
        g_string_append (venue, ", ");
      g_string_append (venue, df_meeting_get_venue_address (meeting));
    }
  df_pack_document_add_key_value (document, P_("Meeting:"), df_meeting_get_title (meeting));
  df_pack_document_add_key_value (document, P_("Date:"), date);
  df_pack_document_add_key_value (document, P_("Time:"), time);
  if (venue->len > 0)
    df_pack_document_add_key_value (document, P_("Venue:"), venue->str);
  df_pack_document_add_key_value (document, P_("Status:"), status);
}

/* The actions agreed under item @agenda_item_id, as a table; NULL when
 * there are none. */
static DfPackTable *
actions_table (GListModel *actions,
               gint64      agenda_item_id)
{
  const DfPackColumn columns[] = {
    { P_("Action"), 4.0 },
    { P_("Owner"), 2.2 },
    { P_("Due"), 1.2 },
    { P_("Status"), 1.2 },
  };
  g_autoptr (DfPackTable) table = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (DfAction) action = g_list_model_get_item (actions, i);
      const char *cells[G_N_ELEMENTS (columns)];

      if (df_action_get_agenda_item_id (action) != agenda_item_id)
        continue;
      if (table == NULL)
        table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
      cells[0] = df_action_get_description (action);
      cells[1] = df_action_get_owner_name (action);
      cells[2] = df_action_get_due_text (action);
      cells[3] = df_pack_action_status_label (df_action_get_status (action));
      if (g_str_equal (df_action_get_status (action), "dropped"))
        df_pack_table_add_styled_row (table, DF_PACK_ROW_MUTED, cells);
      else
        df_pack_table_add_row (table, cells);
    }
  return g_steal_pointer (&table);
}

static gboolean
says_nothing (DfMinutesItem *item,
              DfPackTable   *actions)
{
  return df_minutes_item_get_summary (item)[0] == '\0' &&
         df_minutes_item_get_decisions (item)[0] == '\0' &&
         actions == NULL;
}

gboolean
df_pack_add_minutes_sheet (DfPackDocument  *document,
                           DfStore         *store,
                           gint64           meeting_id,
                           GError         **error)
{
  g_autoptr (DfMinutes) minutes = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GListModel) actions = NULL;
  DfMeeting *meeting;
  int sheet;

  g_return_val_if_fail (DF_IS_PACK_DOCUMENT (document), FALSE);
  g_return_val_if_fail (DF_IS_STORE (store), FALSE);

  if ((minutes = df_store_get_minutes (store, meeting_id, error)) == NULL ||
      (items = df_store_list_minutes_items (store, meeting_id, error)) == NULL ||
      (actions = df_store_list_actions (store, error)) == NULL)
    return FALSE;
  meeting = df_store_find_meeting (store, meeting_id);
  g_return_val_if_fail (meeting != NULL, FALSE);

  /* TRANSLATORS: the minutes sheet's title (Danish: Referat). */
  sheet = df_pack_document_begin_sheet (document, PC_("sheet", "Minutes"), DF_PACK_PORTRAIT);
  df_pack_document_set_sheet_date (document, df_meeting_get_date (meeting));
  df_pack_document_add_heading (document, 1, PC_("sheet", "Minutes"));
  add_meeting_facts (document, meeting, minutes);

  for (guint i = 0; i < items->len; i++)
    {
      DfMinutesItem *item = g_ptr_array_index (items, i);
      const char *format = df_minutes_item_get_format (item);
      g_autoptr (DfPackTable) table = actions_table (actions, df_minutes_item_get_agenda_item_id (item));
      g_autofree char *heading = NULL;

      if ((g_str_equal (format, "break") || g_str_equal (format, "lunch")) && says_nothing (item, table))
        continue;
      /* TRANSLATORS: an agenda item's number and title, "3. Drøftelse". */
      heading = g_strdup_printf (P_("%d. %s"), df_minutes_item_get_number (item), df_minutes_item_get_title (item));
      df_pack_document_add_outline_entry (document, sheet, heading);
      df_pack_document_add_heading (document, 2, heading);
      if (df_minutes_item_get_summary (item)[0] != '\0')
        df_pack_document_add_paragraph (document, df_minutes_item_get_summary (item));
      if (df_minutes_item_get_decisions (item)[0] != '\0')
        df_pack_document_add_key_value (document, P_("Decision:"), df_minutes_item_get_decisions (item));
      if (table != NULL)
        df_pack_document_add_table (document, table);
    }
  return TRUE;
}
