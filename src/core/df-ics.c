/* df-ics.c: meetings as an iCalendar file.
 *
 * An event's UID is "meeting-ID-UUID@dialogforum", where UUID is the
 * database's own: the same meeting always has the same UID, and two
 * databases (a test copy, another forum) never share one.
 *
 * A calendar updates an entry it already holds only when the new copy
 * has a higher SEQUENCE. The schema keeps no revision of a meeting, so
 * the export remembers, per meeting, a checksum of the event as it last
 * wrote it, with its SEQUENCE and the time of that change, in
 * forum_setting ("ics-meeting-ID" = "SEQUENCE CHECKSUM LAST-MODIFIED").
 * An event that comes out differently from last time gets the next
 * SEQUENCE; exporting an unchanged meeting again changes nothing.
 *
 * The words in the file are the forum's language, like the printed
 * papers (see df-pack-language.h): the file goes to the members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-ics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-ics.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-time.h"
#include "df-file-private.h"
#include "df-pack-private.h"
#include "df-store-private.h"

#define TZID "Europe/Copenhagen"
#define MAX_LINE_OCTETS 75

/* Denmark's rules since 1996, the EU's: summer time from the last Sunday
 * of March at 2.00 to the last Sunday of October at 3.00. Every meeting
 * in the register falls under them. */
static const char * const vtimezone[] = {
  "BEGIN:VTIMEZONE",
  ("TZID:" TZID),
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
};

char *
df_ics_escape_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
      case ';':
      case ',':
        g_string_append_c (out, '\\');
        g_string_append_c (out, *p);
        break;
      case '\r':
        if (p[1] == '\n')
          p++;
        G_GNUC_FALLTHROUGH;
      case '\n':
        g_string_append (out, "\\n");
        break;
      default:
        /* RFC 5545 allows no control character in TEXT but the tab. */
        if (*p == '\t' || ((guchar) *p >= 0x20 && *p != 0x7f))
          g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

void
df_ics_append_line (GString    *out,
                    const char *line)
{
  gsize left = strlen (line);
  gsize room = MAX_LINE_OCTETS;

  while (left > room)
    {
      gsize cut = room;

      /* Back to the first byte of the character that would be split. */
      while ((line[cut] & 0xc0) == 0x80)
        cut--;
      g_string_append_len (out, line, cut);
      /* The space that marks a continuation counts in its line's 75. */
      g_string_append (out, "\r\n ");
      line += cut;
      left -= cut;
      room = MAX_LINE_OCTETS - 1;
    }
  g_string_append_len (out, line, left);
  g_string_append (out, "\r\n");
}

static void
append_text (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *escaped = df_ics_escape_text (value);
  g_autofree char *line = g_strconcat (name, ":", escaped, NULL);

  df_ics_append_line (out, line);
}

static void G_GNUC_PRINTF (2, 3)
append_printf (GString    *out,
               const char *format,
               ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  df_ics_append_line (out, line);
}

/* A local time in Copenhagen as iCalendar writes it; @minutes may be
 * 1440, midnight at the end of @day. */
static char *
local_date_time (const GDate *day,
                 int          minutes)
{
  GDate date = *day;

  if (minutes >= DF_MINUTES_PER_DAY)
    {
      g_date_add_days (&date, 1);
      minutes -= DF_MINUTES_PER_DAY;
    }
  return g_strdup_printf ("%04d%02d%02dT%02d%02d00", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), minutes / 60, minutes % 60);
}

static char *
one_line (const char *text)
{
  char *line = g_strdup (text);

  g_strdelimit (line, "\r\n", ' ');
  return line;
}

static char *
location_of (DfMeeting *meeting)
{
  g_autoptr (GStrvBuilder) parts = g_strv_builder_new ();
  g_auto (GStrv) joined = NULL;
  g_auto (GStrv) address = g_strsplit_set (df_meeting_get_venue_address (meeting), "\r\n", -1);

  if (df_meeting_get_venue_name (meeting)[0] != '\0')
    g_strv_builder_add (parts, df_meeting_get_venue_name (meeting));
  /* An address typed on several lines reads as one in a calendar. */
  for (guint i = 0; address[i] != NULL; i++)
    if (g_strstrip (address[i])[0] != '\0')
      g_strv_builder_add (parts, address[i]);
  joined = g_strv_builder_end (parts);
  return g_strjoinv (", ", joined);
}

/* The agenda's headlines, "1. 9.30–9.50 Velkomst", and the online link. */
static char *
description_of (DfStore    *store,
                DfMeeting  *meeting,
                GError    **error)
{
  g_autoptr (GListModel) agenda = df_store_list_agenda (store, df_meeting_get_id (meeting), error);
  GString *text;

  if (agenda == NULL)
    return NULL;
  text = g_string_new (NULL);
  if (g_list_model_get_n_items (agenda) > 0)
    g_string_append (text, P_("Agenda:"));
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *start = df_time_format (df_agenda_item_get_start (item));
      g_autofree char *end = df_time_format (df_agenda_item_get_end (item));
      g_autofree char *title = one_line (df_agenda_item_get_title (item));

      g_string_append_printf (text, "\n%u. %s–%s %s", i + 1, start, end, title);
    }
  if (df_meeting_get_online_link (meeting)[0] != '\0')
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text, P_("Join online: %s"), df_meeting_get_online_link (meeting));
    }
  return g_string_free (text, FALSE);
}

/* What the event says about the meeting: everything but its UID and the
 * lines about the export itself (DTSTAMP, LAST-MODIFIED, SEQUENCE). */
static gboolean
append_meeting (GString    *out,
                DfStore    *store,
                DfMeeting  *meeting,
                GError    **error)
{
  g_autofree char *description = description_of (store, meeting, error);
  g_autofree char *location = location_of (meeting);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const char *link = df_meeting_get_online_link (meeting);
  GDate day;

  if (description == NULL)
    return FALSE;
  /* The schema's CHECK holds dates to YYYY-MM-DD, and the store opens
   * no file that breaks it; should that ever change, this says so
   * instead of writing a calendar with no date. */
  g_date_clear (&day, 1);
  if (!df_date_parse_iso (df_meeting_get_date (meeting), &day))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("Date: “%s” is not a date (YYYY-MM-DD)."),
                   df_meeting_get_date (meeting));
      return FALSE;
    }
  start = local_date_time (&day, df_meeting_get_start_time (meeting));
  end = local_date_time (&day, df_meeting_get_end_time (meeting));

  append_printf (out, "DTSTART;TZID=" TZID ":%s", start);
  append_printf (out, "DTEND;TZID=" TZID ":%s", end);
  append_text (out, "SUMMARY", df_meeting_get_title (meeting));
  if (location[0] != '\0')
    append_text (out, "LOCATION", location);
  if (description[0] != '\0')
    append_text (out, "DESCRIPTION", description);
  /* A URI goes in as it is, unescaped; anything else a user typed stays
   * in the description only. */
  if (link[0] != '\0' && g_uri_is_valid (link, G_URI_FLAGS_NONE, NULL))
    append_printf (out, "URL:%s", link);
  df_ics_append_line (out, "CLASS:CONFIDENTIAL");
  df_ics_append_line (out, g_str_equal (df_meeting_get_status (meeting), "cancelled")
                             ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  return TRUE;
}

/* "20270309T083000Z": what revise() stores; anything else found under
 * its key is not taken into the file. */
static gboolean
is_utc_time (const char *text)
{
  return strlen (text) == 16 && strspn (text, "0123456789") == 8 && text[8] == 'T' &&
         strspn (text + 9, "0123456789") == 6 && text[15] == 'Z';
}

/* The meeting's SEQUENCE and LAST-MODIFIED for an event whose content has
 * @checksum, remembered from the export before; records a change. */
static gboolean
revise (DfStore     *store,
        DfMeeting   *meeting,
        const char  *checksum,
        const char  *now,
        guint64     *sequence,
        char       **modified,
        GError     **error)
{
  g_autofree char *key = g_strdup_printf ("ics-meeting-%" G_GINT64_FORMAT, df_meeting_get_id (meeting));
  g_autofree char *stored = df_store_get_setting (store, key, "");
  g_auto (GStrv) parts = g_strsplit (stored, " ", 3);
  g_autofree char *value = NULL;
  gboolean known = g_strv_length (parts) == 3 &&
                   g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXINT32, sequence, NULL) &&
                   is_utc_time (parts[2]);

  if (known && g_str_equal (parts[1], checksum))
    {
      *modified = g_strdup (parts[2]);
      return TRUE;
    }
  *sequence = known ? *sequence + 1 : 0;
  *modified = g_strdup (now);
  value = g_strdup_printf ("%" G_GUINT64_FORMAT " %s %s", *sequence, checksum, now);
  return df_store_set_setting (store, key, value, error);
}

static gboolean
append_event (GString     *out,
              DfStore     *store,
              DfMeeting   *meeting,
              const char  *uuid,
              const char  *now,
              GError     **error)
{
  g_autoptr (GString) content = g_string_new (NULL);
  g_autofree char *checksum = NULL;
  g_autofree char *modified = NULL;
  guint64 sequence = 0;

  if (!append_meeting (content, store, meeting, error))
    return FALSE;
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content->str, content->len);
  if (!revise (store, meeting, checksum, now, &sequence, &modified, error))
    return FALSE;

  df_ics_append_line (out, "BEGIN:VEVENT");
  append_printf (out, "UID:meeting-%" G_GINT64_FORMAT "-%s@dialogforum", df_meeting_get_id (meeting), uuid);
  append_printf (out, "DTSTAMP:%s", now);
  append_printf (out, "LAST-MODIFIED:%s", modified);
  append_printf (out, "SEQUENCE:%" G_GUINT64_FORMAT, sequence);
  g_string_append_len (out, content->str, content->len);
  df_ics_append_line (out, "END:VEVENT");
  return TRUE;
}

static gboolean
append_calendar (GString     *out,
                 DfStore     *store,
                 gint64       meeting_id,
                 int          year,
                 GError     **error)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (store, error);
  g_autofree char *uuid = meetings != NULL ? df_store_get_database_uuid (store, error) : NULL;
  g_autoptr (GDateTime) utc = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  gboolean found = FALSE;

  if (uuid == NULL)
    return FALSE;
  df_ics_append_line (out, "BEGIN:VCALENDAR");
  df_ics_append_line (out, "PRODID:-//Dialogforum//Dialogforum " PACKAGE_VERSION "//DA");
  df_ics_append_line (out, "VERSION:2.0");
  df_ics_append_line (out, "CALSCALE:GREGORIAN");
  df_ics_append_line (out, "METHOD:PUBLISH");
  for (guint i = 0; i < G_N_ELEMENTS (vtimezone); i++)
    df_ics_append_line (out, vtimezone[i]);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      if ((meeting_id != 0 && df_meeting_get_id (meeting) != meeting_id) ||
          (year != 0 && df_meeting_get_year (meeting) != year))
        continue;
      found = TRUE;
      if (!append_event (out, store, meeting, uuid, now, error))
        return FALSE;
    }
  if (meeting_id != 0 && !found)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("There is no meeting with the number %s."), id);
      return FALSE;
    }
  df_ics_append_line (out, "END:VCALENDAR");
  return TRUE;
}

GBytes *
df_ics_export (DfStore  *store,
               gint64    meeting_id,
               int       year,
               GError  **error)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_return_val_if_fail (DF_IS_STORE (store), NULL);

  /* One transaction: the meetings as read are the meetings remembered. */
  if (!df_store_begin (store, error))
    return NULL;
  if (!append_calendar (out, store, meeting_id, year, error))
    {
      df_store_rollback (store);
      return NULL;
    }
  if (!df_store_commit (store, error))
    return NULL;
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

gboolean
df_ics_export_file (DfStore     *store,
                    gint64       meeting_id,
                    int          year,
                    const char  *path,
                    GError     **error)
{
  g_autoptr (GBytes) bytes = df_ics_export (store, meeting_id, year, error);

  return bytes != NULL && df_file_replace_contents (path, bytes, error);
}
