/* df-meeting-choice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-meetings.h"

#include "df-meeting-choice.h"

void
df_meeting_choice_fill (GtkDropDown *dropdown,
                        DfStore     *store,
                        const char  *first,
                        gboolean     coming_only,
                        GArray      *ids,
                        gint64       selected_id)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (store, NULL);
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_set_size (ids, 0);
  if (first != NULL)
    {
      gtk_string_list_append (choices, first);
      g_array_append_val (ids, none);
    }
  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *status = df_meeting_get_status (meeting);
      g_autofree char *day = NULL;
      g_autofree char *text = NULL;
      gint64 id = df_meeting_get_id (meeting);

      if (coming_only && (g_str_equal (status, "held") || g_str_equal (status, "cancelled")))
        continue;
      day = df_date_iso_to_short (df_meeting_get_date (meeting));
      text = g_strdup_printf ("%s · %s", day, df_meeting_get_title (meeting));
      gtk_string_list_append (choices, text);
      g_array_append_val (ids, id);
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (choices));
  if (!df_meeting_choice_select (dropdown, ids, selected_id))
    gtk_drop_down_set_selected (dropdown, 0);
}

gint64
df_meeting_choice_get_selected (GtkDropDown *dropdown,
                                GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

gboolean
df_meeting_choice_select (GtkDropDown *dropdown,
                          GArray      *ids,
                          gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return TRUE;
      }
  return FALSE;
}
