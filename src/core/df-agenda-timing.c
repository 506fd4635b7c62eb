/* df-agenda-timing.c
 *
 * Plurals come through g_dngettext() with the core's own domain: a library
 * must not rely on the program having called textdomain().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-agenda-timing.h"

gboolean
df_agenda_timing_compute (int                     meeting_start,
                          int                     planned_end,
                          const DfTimingRequest  *items,
                          guint                   n_items,
                          DfTimingSlot           *slots,
                          int                    *agenda_end,
                          GError                **error)
{
  int cursor = meeting_start;
  int last = meeting_start;

  g_return_val_if_fail (n_items == 0 || (items != NULL && slots != NULL), FALSE);

  for (guint i = 0; i < n_items; i++)
    {
      const DfTimingRequest *item = &items[i];
      DfTimingSlot *slot = &slots[i];

      slot->late = 0;
      slot->past_end = 0;
      slot->start = cursor;
      if (item->fixed_start != DF_NO_FIXED_START)
        {
          slot->late = MAX (cursor - item->fixed_start, 0);
          slot->start = item->fixed_start;
        }
      slot->end = slot->start + item->duration;
      if (slot->end > DF_MINUTES_PER_DAY)
        {
          const char *title = item->title != NULL && item->title[0] != '\0' ? item->title : _("An item");

          g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                       _("“%s” would end after midnight: an agenda must end by 24.00. Shorten the items or start earlier."),
                       title);
          return FALSE;
        }
      cursor = slot->end;
      /* An anchored item may end before a long one ahead of it; the
       * agenda lasts until the latest end. */
      last = MAX (last, slot->end);
    }

  if (last > planned_end)
    for (guint i = 0; i < n_items; i++)
      if (slots[i].end > planned_end)
        {
          slots[i].past_end = last - planned_end;
          break;
        }
  if (agenda_end != NULL)
    *agenda_end = last;
  return TRUE;
}

DfTimingSlot *
df_agenda_timing_for_items (DfMeeting   *meeting,
                            GPtrArray   *items,
                            int         *agenda_end,
                            GError     **error)
{
  g_autofree DfTimingRequest *requests = g_new0 (DfTimingRequest, MAX (items->len, 1));
  g_autofree DfTimingSlot *slots = g_new0 (DfTimingSlot, MAX (items->len, 1));

  g_return_val_if_fail (DF_IS_MEETING (meeting), NULL);

  for (guint i = 0; i < items->len; i++)
    {
      DfAgendaItem *item = g_ptr_array_index (items, i);

      requests[i].title = df_agenda_item_get_title (item);
      requests[i].duration = df_agenda_item_get_duration (item);
      requests[i].fixed_start = df_agenda_item_get_fixed_start (item);
    }
  if (!df_agenda_timing_compute (df_meeting_get_start_time (meeting), df_meeting_get_end_time (meeting),
                                 requests, items->len, slots, agenda_end, error))
    return NULL;
  return g_steal_pointer (&slots);
}

gboolean
df_agenda_timing_span (const DfTimingSlot *slots,
                       const guint        *picked,
                       guint               n_picked,
                       int                *start,
                       int                *end)
{
  g_return_val_if_fail (n_picked == 0 || (slots != NULL && picked != NULL), FALSE);

  *start = -1;
  *end = -1;
  for (guint i = 0; i < n_picked; i++)
    {
      const DfTimingSlot *slot = &slots[picked[i]];

      *start = *start < 0 ? slot->start : MIN (*start, slot->start);
      *end = MAX (*end, slot->end);
    }
  return n_picked > 0;
}

char *
df_agenda_timing_describe (const DfTimingSlot *slot,
                           int                 fixed_start,
                           int                 planned_end)
{
  GString *text = g_string_new (NULL);

  if (slot->late > 0)
    {
      g_autofree char *at = df_time_format (fixed_start);

      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "The items before run %d minute past its fixed start at %s.",
                                           "The items before run %d minutes past its fixed start at %s.", slot->late),
                              slot->late, at);
    }
  if (slot->past_end > 0)
    {
      g_autofree char *at = df_time_format (planned_end);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "The agenda runs %d minute past the planned end at %s.",
                                           "The agenda runs %d minutes past the planned end at %s.", slot->past_end),
                              slot->past_end, at);
    }
  return g_string_free (text, FALSE);
}

char *
df_agenda_timing_summary (const DfTimingSlot *slots,
                          guint               n_slots,
                          int                 agenda_end,
                          int                 planned_end)
{
  GString *text = g_string_new (NULL);
  int late = 0;

  for (guint i = 0; i < n_slots; i++)
    late = MAX (late, slots[i].late);
  if (agenda_end > planned_end)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Runs %d minute past the planned end.",
                                         "Runs %d minutes past the planned end.", agenda_end - planned_end),
                            agenda_end - planned_end);
  if (late > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "A fixed start is overrun by %d minute.",
                                           "A fixed start is overrun by %d minutes.", late),
                              late);
    }
  return g_string_free (text, FALSE);
}
