/* df-pack-meeting.c: the sheets of a meeting, and the pack that gathers
 * them: agenda, participant list, sign-in sheet, roster, table cards,
 * name badges and the attachments.
 *
 * Like every sheet they are printed in Danish whatever the desktop's
 * language: see df-pack-language.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-pack"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-agenda-item.h"
#include "dialogforum/df-attachment.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-pack-meeting.h"
#include "dialogforum/df-pack-minutes.h"
#include "dialogforum/df-pack-names.h"
#include "dialogforum/df-pack-roster.h"
#include "dialogforum/df-pack-table.h"
#include "dialogforum/df-pack-yearwheel.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-participants.h"
#include "dialogforum/df-time.h"
#include "df-pack-private.h"
#include "df-poppler-private.h"
#include "df-store-private.h"

static const struct
{
  DfPackSheets sheet;
  const char  *name;
} sheet_names[] = {
  { DF_PACK_SHEET_AGENDA, "agenda" },
  { DF_PACK_SHEET_PARTICIPANTS, "participants" },
  { DF_PACK_SHEET_SIGNIN, "signin" },
  { DF_PACK_SHEET_ROSTER, "roster" },
  { DF_PACK_SHEET_MINUTES, "minutes" },
  { DF_PACK_SHEET_CARDS, "cards" },
  { DF_PACK_SHEET_BADGES, "badges" },
  { DF_PACK_SHEET_ATTACHMENTS, "attachments" },
  { DF_PACK_SHEET_YEARWHEEL, "yearwheel" },
};

gboolean
df_pack_sheets_parse (const char    *text,
                      DfPackSheets  *sheets,
                      GError       **error)
{
  g_auto (GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  DfPackSheets chosen = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_ascii_strdown (g_strstrip (parts[i]), -1);
      gboolean known = FALSE;

      if (name[0] == '\0')
        continue;
      for (guint s = 0; s < G_N_ELEMENTS (sheet_names); s++)
        if (g_str_equal (name, sheet_names[s].name))
          {
            chosen |= sheet_names[s].sheet;
            known = TRUE;
          }
      if (!known)
        {
          /* The message is UTF-8 whatever the bytes given. */
          g_autofree char *shown = g_utf8_make_valid (name, -1);

          g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                       _("--sheets: “%s” is not a sheet; choose among agenda, participants, signin, roster, "
                         "minutes, cards, badges, attachments and yearwheel."), shown);
          return FALSE;
        }
    }
  if (chosen == 0)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID, _("--sheets: name at least one sheet."));
      return FALSE;
    }
  *sheets = chosen;
  return TRUE;
}

const char *
df_pack_sheet_title (DfPackSheets sheet)
{
  switch (sheet)
    {
    case DF_PACK_SHEET_AGENDA:
      return _("Agenda");
    case DF_PACK_SHEET_PARTICIPANTS:
      return _("Participant list");
    case DF_PACK_SHEET_SIGNIN:
      return _("Sign-in sheet");
    case DF_PACK_SHEET_ROSTER:
      return _("Member roster");
    case DF_PACK_SHEET_MINUTES:
      return _("Minutes");
    case DF_PACK_SHEET_CARDS:
      return _("Table cards");
    case DF_PACK_SHEET_BADGES:
      return _("Name badges");
    case DF_PACK_SHEET_ATTACHMENTS:
      return _("Attachments");
    case DF_PACK_SHEET_YEARWHEEL:
    default:
      return _("Year wheel");
    }
}

/* "kl. 9.30–15.00" in the pack's language. */
static char *
time_span (int from,
           int to)
{
  g_autofree char *start = df_time_format (from);
  g_autofree char *end = df_time_format (to);

  /* TRANSLATORS: a time span on the printed papers, "kl. 9.30–15.00". */
  return g_strdup_printf (P_("at %s–%s"), start, end);
}

static const char *
format_label (const char *format)
{
  if (g_strcmp0 (format, "welcome") == 0)
    return PC_("agenda format", "Welcome");
  if (g_strcmp0 (format, "discussion") == 0)
    return PC_("agenda format", "Discussion");
  if (g_strcmp0 (format, "workshop") == 0)
    return PC_("agenda format", "Workshop");
  if (g_strcmp0 (format, "group-work") == 0)
    return PC_("agenda format", "Group work");
  if (g_strcmp0 (format, "break") == 0)
    return PC_("agenda format", "Break");
  if (g_strcmp0 (format, "lunch") == 0)
    return PC_("agenda format", "Lunch");
  if (g_strcmp0 (format, "summary") == 0)
    return PC_("agenda format", "Summary");
  if (g_strcmp0 (format, "any-other-business") == 0)
    return PC_("agenda format", "Any other business");
  return PC_("agenda format", "Presentation");
}

static const char *
purpose_label (const char *purpose)
{
  if (g_strcmp0 (purpose, "information") == 0)
    return P_("For information");
  if (g_strcmp0 (purpose, "discussion") == 0)
    return P_("For discussion");
  if (g_strcmp0 (purpose, "decision") == 0)
    return P_("For decision");
  return "";
}

gboolean
df_pack_add_agenda_sheet (DfPackDocument  *document,
                          DfStore         *store,
                          gint64           meeting_id,
                          GError         **error)
{
  const DfPackColumn columns[] = {
    { P_("No."), 0.5 },
    { P_("Time"), 0.95 },
    { P_("Item"), 3.25 },
    { P_("Format"), 1.3 },
    { P_("Presenters"), 1.9 },
  };
  DfMeeting *meeting = df_store_require_meeting (store, meeting_id, error);
  g_autoptr (GListModel) agenda = NULL;
  g_autoptr (GListModel) attachments = NULL;
  g_autoptr (DfPackTable) table = NULL;
  g_autofree char *date = NULL;
  g_autofree char *span = NULL;
  g_autoptr (GString) venue = NULL;
  int sheet;

  if (meeting == NULL ||
      (agenda = df_store_list_agenda (store, meeting_id, error)) == NULL ||
      (attachments = df_store_list_attachments (store, meeting_id, error)) == NULL)
    return FALSE;

  /* TRANSLATORS: the agenda sheet's title (Danish: Dagsorden). */
  sheet = df_pack_document_begin_sheet (document, P_("Agenda"), DF_PACK_PORTRAIT);
  df_pack_document_add_heading (document, 1, P_("Agenda"));
  df_pack_document_add_heading (document, 2, df_meeting_get_title (meeting));
  date = df_pack_format_date_iso (df_meeting_get_date (meeting));
  span = time_span (df_meeting_get_start_time (meeting), df_meeting_get_end_time (meeting));
  df_pack_document_add_key_value (document, P_("Date"), date);
  df_pack_document_add_key_value (document, P_("Time"), span);
  venue = g_string_new (df_meeting_get_venue_name (meeting));
  if (df_meeting_get_venue_address (meeting)[0] != '\0')
    g_string_append_printf (venue, "%s%s", venue->len ? ", " : "", df_meeting_get_venue_address (meeting));
  if (venue->len > 0)
    df_pack_document_add_key_value (document, P_("Venue"), venue->str);
  if (df_meeting_get_online_link (meeting)[0] != '\0')
    df_pack_document_add_key_value (document, P_("Online"), df_meeting_get_online_link (meeting));

  table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autofree char *start = df_time_format (df_agenda_item_get_start (item));
      g_autofree char *outline = g_strdup_printf ("%u. %s", i + 1, df_agenda_item_get_title (item));
      g_autoptr (GString) what = g_string_new (df_agenda_item_get_title (item));
      g_autoptr (GString) format = g_string_new (format_label (df_agenda_item_get_format (item)));
      const char *purpose = purpose_label (df_agenda_item_get_purpose (item));
      const char *cells[5];

      if (df_agenda_item_get_description (item)[0] != '\0')
        g_string_append_printf (what, "\n%s", df_agenda_item_get_description (item));
      /* The attachments are numbered through the meeting: "Bilag 2". */
      for (guint a = 0; a < g_list_model_get_n_items (attachments); a++)
        {
          g_autoptr (DfAttachment) attachment = g_list_model_get_item (attachments, a);

          if (df_attachment_get_agenda_item_id (attachment) != df_agenda_item_get_id (item))
            continue;
          g_string_append (what, "\n");
          g_string_append_printf (what, P_("Attachment %d"), df_attachment_get_number (attachment));
          g_string_append_printf (what, ": %s", df_attachment_get_title (attachment));
        }
      if (purpose[0] != '\0')
        g_string_append_printf (format, "\n%s", purpose);
      cells[0] = number;
      cells[1] = start;
      cells[2] = what->str;
      cells[3] = format->str;
      cells[4] = df_agenda_item_get_presenters_text (item);
      df_pack_table_add_row (table, cells);
      df_pack_document_add_outline_entry (document, sheet, outline);
    }
  df_pack_document_add_table (document, table);

  if (g_list_model_get_n_items (attachments) > 0)
    {
      const DfPackColumn attachment_columns[] = {
        { P_("Attachment"), 1.0 },
        { P_("Title"), 4.0 },
        { P_("To item"), 1.0 },
      };
      g_autoptr (DfPackTable) list = df_pack_table_new (attachment_columns, G_N_ELEMENTS (attachment_columns));

      df_pack_document_add_heading (document, 2, P_("Attachments"));
      for (guint a = 0; a < g_list_model_get_n_items (attachments); a++)
        {
          g_autoptr (DfAttachment) attachment = g_list_model_get_item (attachments, a);
          g_autofree char *number = g_strdup_printf (P_("Attachment %d"), df_attachment_get_number (attachment));
          g_autofree char *item = NULL;
          const char *cells[3];

          for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
            {
              g_autoptr (DfAgendaItem) candidate = g_list_model_get_item (agenda, i);

              if (df_agenda_item_get_id (candidate) == df_attachment_get_agenda_item_id (attachment))
                item = g_strdup_printf ("%u.", i + 1);
            }
          cells[0] = number;
          cells[1] = df_attachment_get_title (attachment);
          cells[2] = item != NULL ? item : "";
          df_pack_table_add_row (list, cells);
        }
      df_pack_document_add_table (document, list);
    }
  return TRUE;
}

/* "Kasper Bruun" comes in place of "Per Østergaard": the list shows who
 * comes, and for whom. */
static char *
shown_name (DfParticipant *p)
{
  if (g_strcmp0 (df_participant_get_reply (p), "substitute") == 0 && df_participant_get_substitute_id (p) != 0)
    return g_strdup_printf (P_("%s (substitute for %s)"), df_participant_get_substitute_name (p),
                            df_participant_get_person_name (p));
  return g_strdup (df_participant_get_person_name (p));
}

static const char *
shown_organisation (DfParticipant *p)
{
  if (g_strcmp0 (df_participant_get_reply (p), "substitute") == 0 && df_participant_get_substitute_id (p) != 0)
    return df_participant_get_substitute_organisation (p);
  return df_participant_get_organisation_name (p);
}

char *
df_pack_stay_text (DfParticipant *p,
                   DfMeeting     *meeting)
{
  g_autofree char *span = NULL;
  int from, to;

  g_return_val_if_fail (DF_IS_MEETING (meeting), NULL);

  if (!df_participant_get_stay (p, &from, &to))
    return NULL;
  span = time_span (from >= 0 ? from : df_meeting_get_start_time (meeting),
                    to >= 0 ? to : df_meeting_get_end_time (meeting));
  if (!df_participant_has_own_items_stay (p))
    return g_steal_pointer (&span);
  /* TRANSLATORS: a guest who comes for the agenda items they take part
   * in, on the printed lists: "kl. 10.15–11.00, egne punkter". */
  return g_strdup_printf (P_("%s, own items"), span);
}

static char *
participant_note (DfParticipant *p,
                  DfMeeting     *meeting)
{
  g_autoptr (GString) note = g_string_new (NULL);
  g_autofree char *stay = df_pack_stay_text (p, meeting);

  if (g_strcmp0 (df_participant_get_reply (p), "invited") == 0)
    g_string_append (note, P_("No reply yet"));
  if (stay != NULL)
    g_string_append_printf (note, "%s%s", note->len ? "; " : "", stay);
  if (df_participant_get_items_text (p)[0] != '\0')
    g_string_append_printf (note, "%s%s", note->len ? "; " : "", df_participant_get_items_text (p));
  return g_string_free (g_steal_pointer (&note), FALSE);
}

gboolean
df_pack_add_participants_sheet (DfPackDocument  *document,
                                DfStore         *store,
                                gint64           meeting_id,
                                GError         **error)
{
  const DfPackColumn columns[] = {
    { P_("Name"), 2.6 },
    { P_("Job title"), 2.2 },
    { P_("Organisation"), 2.2 },
    { P_("Note"), 1.8 },
  };
  DfMeeting *meeting = df_store_require_meeting (store, meeting_id, error);
  g_autoptr (GListModel) participants = NULL;
  g_autoptr (DfPackTable) table = NULL;
  g_autoptr (DfPackTable) declines = NULL;
  g_autofree char *group = NULL;
  guint n_declined = 0;

  if (meeting == NULL || (participants = df_store_list_participants (store, meeting_id, error)) == NULL)
    return FALSE;

  /* TRANSLATORS: the participant list sheet's title (Danish: Deltagerliste). */
  df_pack_document_begin_sheet (document, P_("Participant list"), DF_PACK_PORTRAIT);
  df_pack_document_add_heading (document, 1, P_("Participant list"));
  table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  declines = df_pack_table_new (columns, 3);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr (DfParticipant) p = g_list_model_get_item (participants, i);
      const char *role = df_participant_get_role (p);
      g_autofree char *this_group = NULL;
      g_autofree char *name = NULL;
      g_autofree char *note = NULL;
      const char *cells[4];

      if (g_strcmp0 (df_participant_get_reply (p), "declined") == 0)
        {
          const char *declined[3] = { df_participant_get_person_name (p), df_participant_get_title (p),
                                      df_participant_get_organisation_name (p) };

          df_pack_table_add_styled_row (declines, DF_PACK_ROW_MUTED, declined);
          n_declined++;
          continue;
        }
      if (g_str_equal (role, "guest"))
        this_group = g_strdup (P_("Guests"));
      else if (g_str_equal (role, "secretariat"))
        this_group = g_strdup (P_("The secretariat"));
      else if (df_participant_get_seat_name (p)[0] != '\0')
        this_group = g_strdup (df_participant_get_seat_name (p));
      else
        this_group = g_strdup (P_("Other participants"));
      if (g_strcmp0 (this_group, group) != 0)
        {
          df_pack_table_add_group_row (table, this_group);
          g_free (group);
          group = g_steal_pointer (&this_group);
        }
      name = shown_name (p);
      note = participant_note (p, meeting);
      cells[0] = name;
      cells[1] = g_strcmp0 (df_participant_get_reply (p), "substitute") == 0 ? "" : df_participant_get_title (p);
      cells[2] = shown_organisation (p);
      cells[3] = note;
      df_pack_table_add_row (table, cells);
    }
  df_pack_document_add_table (document, table);
  if (n_declined > 0)
    {
      /* TRANSLATORS: the heading of those who sent their apologies (Danish: Afbud). */
      df_pack_document_add_heading (document, 2, P_("Apologies"));
      df_pack_document_add_table (document, declines);
    }
  return TRUE;
}

/* The papers sort names the Danish way, Æ, Ø and Å after Z, whatever the
 * desktop's locale (g_utf8_collate follows the locale): the three letters
 * are mapped past "z" before a plain comparison. */
static char *
danish_sort_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00E6)        /* æ */
        g_string_append_c (key, '{');
      else if (c == 0x00F8)   /* ø */
        g_string_append_c (key, '|');
      else if (c == 0x00E5)   /* å */
        g_string_append_c (key, '}');
      else
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  g_autofree char *x = danish_sort_key (((const DfPackName *) a)->name);
  g_autofree char *y = danish_sort_key (((const DfPackName *) b)->name);

  return strcmp (x, y);
}

/* Everyone expected, in place of those who send a substitute; with
 * @meeting, each with their partial stay, the texts kept in @texts. */
static GArray *
expected_names (GListModel   *participants,
                DfMeeting    *meeting,
                GStringChunk *texts)
{
  GArray *names = g_array_new (FALSE, TRUE, sizeof (DfPackName));

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr (DfParticipant) p = g_list_model_get_item (participants, i);
      gboolean substitute = g_strcmp0 (df_participant_get_reply (p), "substitute") == 0 &&
                            df_participant_get_substitute_id (p) != 0;
      g_autofree char *stay = meeting != NULL ? df_pack_stay_text (p, meeting) : NULL;
      DfPackName name = {
        .name = substitute ? df_participant_get_substitute_name (p) : df_participant_get_person_name (p),
        .title = substitute ? "" : df_participant_get_title (p),
        .organisation = shown_organisation (p),
        .stay = stay != NULL ? g_string_chunk_insert (texts, stay) : NULL,
      };

      if (g_strcmp0 (df_participant_get_reply (p), "declined") == 0)
        continue;
      g_array_append_val (names, name);
    }
  g_array_sort (names, compare_by_name);
  return names;
}

gboolean
df_pack_add_signin_sheet (DfPackDocument  *document,
                          DfStore         *store,
                          gint64           meeting_id,
                          GError         **error)
{
  const DfPackColumn columns[] = {
    { P_("Name"), 2.4 },
    { P_("Organisation"), 2.4 },
    { P_("Signature"), 3.2 },
  };
  g_autoptr (GListModel) participants = df_store_list_participants (store, meeting_id, error);
  g_autoptr (GArray) names = NULL;
  g_autoptr (GStringChunk) stays = g_string_chunk_new (256);
  g_autoptr (DfPackTable) table = NULL;
  DfMeeting *meeting;

  if (participants == NULL || (meeting = df_store_require_meeting (store, meeting_id, error)) == NULL)
    return FALSE;
  names = expected_names (participants, meeting, stays);
  /* TRANSLATORS: the sign-in sheet's title (Danish: Fremmødeliste). */
  df_pack_document_begin_sheet (document, P_("Sign-in sheet"), DF_PACK_PORTRAIT);
  df_pack_document_add_heading (document, 1, P_("Sign-in sheet"));
  table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  df_pack_table_set_min_row_height (table, 30);
  for (guint i = 0; i < names->len; i++)
    {
      DfPackName *name = &g_array_index (names, DfPackName, i);
      g_autofree char *who = name->stay != NULL ? g_strdup_printf ("%s\n%s", name->name, name->stay)
                                                : g_strdup (name->name);
      const char *cells[3] = { who, name->organisation, "" };

      df_pack_table_add_row (table, cells);
    }
  df_pack_document_add_table (document, table);
  return TRUE;
}

/* Only PDF files can join the pack; others are listed on the agenda. */
static gboolean
is_pdf (DfAttachment *attachment)
{
  return g_strcmp0 (df_attachment_get_content_type (attachment), "application/pdf") == 0;
}

static gboolean
add_attachments (DfPackDocument  *document,
                 DfStore         *store,
                 GListModel      *attachments,
                 GError         **error)
{
  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr (DfAttachment) attachment = g_list_model_get_item (attachments, i);
      g_autoptr (GBytes) bytes = NULL;
      g_autofree char *title = NULL;

      if (!is_pdf (attachment))
        continue;
      bytes = df_store_load_attachment (store, df_attachment_get_id (attachment), error);
      title = g_strdup_printf (P_("Attachment %d: %s"), df_attachment_get_number (attachment),
                               df_attachment_get_title (attachment));
      if (bytes == NULL || !df_pack_document_add_attachment (document, bytes, title, error))
        return FALSE;
    }
  return TRUE;
}

DfPackDocument *
df_pack_build_for_meeting (DfStore       *store,
                           gint64         meeting_id,
                           DfPackSheets   sheets,
                           GError       **error)
{
  DfMeeting *meeting = df_store_require_meeting (store, meeting_id, error);
  g_autoptr (DfPackDocument) document = NULL;
  g_autoptr (GListModel) participants = NULL;
  g_autoptr (GListModel) attachments = NULL;
  g_autoptr (GArray) names = NULL;
  g_autofree char *forum = NULL;
  DfPackHeader header = { 0 };

  if (meeting == NULL)
    return NULL;
  if (sheets & DF_PACK_SHEET_ATTACHMENTS)
    {
      attachments = df_store_list_attachments (store, meeting_id, error);
      if (attachments == NULL)
        return NULL;
      /* The PDF library loads while the sheets are laid out. */
      for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
        {
          g_autoptr (DfAttachment) attachment = g_list_model_get_item (attachments, i);

          if (is_pdf (attachment))
            {
              df_poppler_preload ();
              break;
            }
        }
    }
  forum = df_store_get_setting (store, "forum-name", NULL);
  header.forum_name = forum;
  header.meeting_title = df_meeting_get_title (meeting);
  header.meeting_date = df_meeting_get_date (meeting);
  header.marking = df_meeting_get_marking (meeting);
  document = df_pack_document_new (&header);

  if ((sheets & DF_PACK_SHEET_AGENDA) && !df_pack_add_agenda_sheet (document, store, meeting_id, error))
    return NULL;
  if ((sheets & DF_PACK_SHEET_PARTICIPANTS) && !df_pack_add_participants_sheet (document, store, meeting_id, error))
    return NULL;
  if ((sheets & DF_PACK_SHEET_SIGNIN) && !df_pack_add_signin_sheet (document, store, meeting_id, error))
    return NULL;
  if ((sheets & DF_PACK_SHEET_ROSTER) &&
      !df_pack_add_roster_sheet_from_store (document, store, df_meeting_get_date (meeting), error))
    return NULL;
  if ((sheets & DF_PACK_SHEET_YEARWHEEL) && !df_pack_add_yearwheel_sheet (document, store, df_meeting_get_year (meeting), error))
    return NULL;
  if ((sheets & DF_PACK_SHEET_MINUTES) && !df_pack_add_minutes_sheet (document, store, meeting_id, error))
    return NULL;
  if (sheets & (DF_PACK_SHEET_CARDS | DF_PACK_SHEET_BADGES))
    {
      participants = df_store_list_participants (store, meeting_id, error);
      if (participants == NULL)
        return NULL;
      names = expected_names (participants, NULL, NULL);
      if (names->len > 0 && (sheets & DF_PACK_SHEET_CARDS))
        df_pack_add_table_cards_sheet (document, (DfPackName *) names->data, names->len);
      if (names->len > 0 && (sheets & DF_PACK_SHEET_BADGES))
        df_pack_add_name_badges_sheet (document, (DfPackName *) names->data, names->len);
    }
  if (attachments != NULL && !add_attachments (document, store, attachments, error))
    return NULL;
  return g_steal_pointer (&document);
}
