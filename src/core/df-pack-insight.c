/* df-pack-insight.c: the report on one person.
 *
 * Gathered from the store's own lists, one section after another, each
 * with a heading and an entry in the PDF's outline; a section with
 * nothing to show says so in a line, so that the reader sees it was
 * looked for. Meetings and what hangs on them come in date order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-pack"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-pack-insight.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-participants.h"
#include "dialogforum/df-time.h"
#include "df-pack-private.h"

typedef struct
{
  DfPackDocument *document;
  DfStore        *store;
  DfPerson       *person;
  gint64          id;
  int             sheet;        /* the outline entry of the report */
  GListModel     *meetings;
  GPtrArray      *own_rows;     /* DfParticipant: the person on a meeting's list */
  GPtrArray      *stood_in;     /* DfParticipant: someone they came in place of */
} Report;

static void
report_clear (Report *report)
{
  g_clear_object (&report->meetings);
  g_clear_pointer (&report->own_rows, g_ptr_array_unref);
  g_clear_pointer (&report->stood_in, g_ptr_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Report, report_clear)

static void
begin_section (Report     *report,
               const char *title)
{
  df_pack_document_add_outline_entry (report->document, report->sheet, title);
  df_pack_document_add_heading (report->document, 2, title);
}

static void
add_none (Report *report)
{
  /* TRANSLATORS: the line under a heading of the personal data report
   * when the register holds nothing of that kind (Danish: Ingen.). */
  df_pack_document_add_paragraph (report->document, PC_("insight", "None."));
}

/* The table, or the line that says there is nothing, when it is empty. */
static void
add_table_or_none (Report      *report,
                   DfPackTable *table,
                   guint        n_rows)
{
  if (n_rows > 0)
    df_pack_document_add_table (report->document, table);
  else
    add_none (report);
}

/* "14. maj 2026\nMøde i Strategisk dialogforum". */
static char *
meeting_cell (DfMeeting *meeting)
{
  g_autofree char *day = NULL;

  if (meeting == NULL)
    return g_strdup ("");
  day = df_pack_format_day_iso (df_meeting_get_date (meeting));
  return g_strdup_printf ("%s\n%s", day, df_meeting_get_title (meeting));
}

static char *
term_cell (const char *start,
           const char *end)
{
  g_autofree char *from = df_pack_format_day_iso (start);
  g_autofree char *to = NULL;

  if (end == NULL || end[0] == '\0')
    /* TRANSLATORS: a period that has not ended, "fra 1. september 2022". */
    return g_strdup_printf (P_("from %s"), from);
  to = df_pack_format_day_iso (end);
  return g_strdup_printf ("%s–%s", from, to);
}

static const char *
yes_no (gboolean value)
{
  return value ? PC_("insight", "Yes") : PC_("insight", "No");
}

static const char *
or_not_recorded (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : P_("not recorded");
}

/* --- The person -------------------------------------------------------- */

static void
add_personal_data (Report *report)
{
  DfPerson *p = report->person;
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, report->id);
  g_autoptr (GString) secretary = g_string_new (NULL);
  const char *secretary_parts[] = {
    df_person_get_secretary_name (p), df_person_get_secretary_email (p), df_person_get_secretary_phone (p),
  };

  for (guint i = 0; i < G_N_ELEMENTS (secretary_parts); i++)
    if (secretary_parts[i][0] != '\0')
      g_string_append_printf (secretary, "%s%s", secretary->len > 0 ? ", " : "", secretary_parts[i]);

  /* TRANSLATORS: the personal data report's first section (Danish: Personoplysninger). */
  begin_section (report, P_("Personal data"));
  df_pack_document_add_key_value (report->document, P_("Person number:"), number);
  df_pack_document_add_key_value (report->document, P_("Name:"), df_person_get_name (p));
  df_pack_document_add_key_value (report->document, P_("Job title:"), or_not_recorded (df_person_get_title (p)));
  df_pack_document_add_key_value (report->document, P_("Organisation:"),
                                  or_not_recorded (df_person_get_organisation_name (p)));
  df_pack_document_add_key_value (report->document, P_("E-mail:"), or_not_recorded (df_person_get_email (p)));
  df_pack_document_add_key_value (report->document, P_("Phone:"), or_not_recorded (df_person_get_phone (p)));
  df_pack_document_add_key_value (report->document, P_("Secretary:"), or_not_recorded (secretary->str));
  df_pack_document_add_key_value (report->document, P_("Areas:"), or_not_recorded (df_person_get_areas_text (p)));
  df_pack_document_add_key_value (report->document, P_("Notes:"), or_not_recorded (df_person_get_notes (p)));
  df_pack_document_add_key_value (report->document, P_("Secretariat:"), yes_no (df_person_get_is_secretariat (p)));
  df_pack_document_add_key_value (report->document, P_("Invited actor:"), yes_no (df_person_get_is_external (p)));
  df_pack_document_add_key_value (report->document, P_("Anonymised:"), yes_no (df_person_get_anonymised (p)));
}

static gboolean
add_memberships (Report  *report,
                 GError **error)
{
  const DfPackColumn columns[] = {
    { P_("Seat"), 3.0 },
    { P_("Role"), 1.2 },
    { P_("Period"), 2.6 },
    { P_("Substitute"), 2.0 },
  };
  g_autoptr (GPtrArray) memberships = df_store_list_memberships_of (report->store, report->id, error);
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));

  if (memberships == NULL)
    return FALSE;
  /* TRANSLATORS: a section of the personal data report (Danish: Medlemskaber og pladshistorik). */
  begin_section (report, P_("Memberships and seat history"));
  for (guint i = 0; i < memberships->len; i++)
    {
      DfMembership *m = g_ptr_array_index (memberships, i);
      g_autofree char *term = term_cell (df_membership_get_start_date (m), df_membership_get_end_date (m));
      const char *cells[] = {
        df_membership_get_seat_kind_name (m),
        g_strcmp0 (df_membership_get_role (m), "chair") == 0 ? PC_("membership role", "Chair")
                                                            : PC_("membership role", "Member"),
        term,
        df_membership_get_substitute_id (m) != 0 ? df_membership_get_substitute_name (m) : "",
      };

      df_pack_table_add_row (table, cells);
    }
  add_table_or_none (report, table, memberships->len);
  return TRUE;
}

/* --- Meetings ---------------------------------------------------------- */

/* Reads the list of every meeting, keeping the person's own rows and the
 * rows where they came in someone's place. */
static gboolean
gather_participation (Report  *report,
                      GError **error)
{
  report->own_rows = g_ptr_array_new_with_free_func (g_object_unref);
  report->stood_in = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (report->meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (report->meetings, i);
      g_autoptr (GListModel) participants = df_store_list_participants (report->store, df_meeting_get_id (meeting), error);

      if (participants == NULL)
        return FALSE;
      for (guint j = 0; j < g_list_model_get_n_items (participants); j++)
        {
          g_autoptr (DfParticipant) p = g_list_model_get_item (participants, j);

          if (df_participant_get_person_id (p) == report->id)
            g_ptr_array_add (report->own_rows, g_object_ref (p));
          else if (df_participant_get_substitute_id (p) == report->id)
            g_ptr_array_add (report->stood_in, g_object_ref (p));
        }
    }
  return TRUE;
}

static const char *
role_label (const char *role)
{
  if (g_strcmp0 (role, "secretariat") == 0)
    return PC_("participant role", "Secretariat");
  if (g_strcmp0 (role, "guest") == 0)
    return PC_("participant role", "Guest");
  return PC_("participant role", "Member");
}

static const char *
reply_label (const char *reply)
{
  if (g_strcmp0 (reply, "accepted") == 0)
    return PC_("reply", "Accepted");
  if (g_strcmp0 (reply, "declined") == 0)
    return PC_("reply", "Declined");
  if (g_strcmp0 (reply, "substitute") == 0)
    return PC_("reply", "Sends a substitute");
  return P_("No reply yet");
}

static const char *
channel_label (const char *channel)
{
  if (g_strcmp0 (channel, "email") == 0)
    return PC_("reply channel", "by e-mail");
  if (g_strcmp0 (channel, "phone") == 0)
    return PC_("reply channel", "by phone");
  if (g_strcmp0 (channel, "other") == 0)
    return PC_("reply channel", "otherwise");
  return "";
}

static const char *
attended_label (int attended)
{
  if (attended == 1)
    return PC_("attendance", "Came");
  if (attended == 0)
    return PC_("attendance", "Did not come");
  return PC_("attendance", "Not recorded");
}

static char *
reply_cell (DfParticipant *p)
{
  const char *reply = df_participant_get_reply (p);

  if (g_strcmp0 (reply, "substitute") == 0 && df_participant_get_substitute_id (p) != 0)
    return g_strdup_printf ("%s: %s", reply_label (reply), df_participant_get_substitute_name (p));
  return g_strdup (reply_label (reply));
}

static char *
replied_cell (DfParticipant *p)
{
  g_autofree char *day = NULL;
  const char *channel = channel_label (df_participant_get_reply_channel (p));

  if (df_participant_get_reply_date (p)[0] == '\0')
    return g_strdup (channel);
  day = df_pack_format_day_iso (df_participant_get_reply_date (p));
  return channel[0] != '\0' ? g_strdup_printf ("%s\n%s", day, channel) : g_steal_pointer (&day);
}

static char *
attendance_cell (DfParticipant *p,
                 DfMeeting     *meeting)
{
  g_autofree char *stay = df_pack_stay_text (p, meeting);

  if (stay == NULL)
    return g_strdup (attended_label (df_participant_get_attended (p)));
  return g_strdup_printf ("%s\n%s", attended_label (df_participant_get_attended (p)), stay);
}

static void
add_meetings (Report *report)
{
  const DfPackColumn columns[] = {
    { P_("Meeting"), 3.0 },
    { P_("Invited as"), 1.4 },
    { P_("Reply"), 2.0 },
    { P_("Replied"), 1.9 },
    { P_("Attendance"), 1.5 },
  };
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));

  /* TRANSLATORS: a section of the personal data report (Danish: Møder: invitationer, svar og fremmøde). */
  begin_section (report, P_("Meetings: invitations, replies and attendance"));
  for (guint i = 0; i < report->own_rows->len; i++)
    {
      DfParticipant *p = g_ptr_array_index (report->own_rows, i);
      DfMeeting *held = df_store_find_meeting (report->store, df_participant_get_meeting_id (p));
      g_autofree char *meeting = meeting_cell (held);
      g_autofree char *reply = reply_cell (p);
      g_autofree char *replied = replied_cell (p);
      g_autofree char *attendance = attendance_cell (p, held);
      const char *cells[] = { meeting, role_label (df_participant_get_role (p)), reply, replied, attendance };

      df_pack_table_add_row (table, cells);
    }
  add_table_or_none (report, table, report->own_rows->len);
}

static void
add_needs (Report *report)
{
  const DfPackColumn columns[] = {
    { P_("Meeting"), 3.0 },
    { P_("Diet"), 2.0 },
    { P_("Accessibility"), 2.0 },
    { P_("Notes"), 2.4 },
  };
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  guint n_rows = 0;

  /* TRANSLATORS: a section of the personal data report (Danish: Kost, tilgængelighed og bemærkninger). */
  begin_section (report, P_("Diet, accessibility and notes"));
  for (guint i = 0; i < report->own_rows->len; i++)
    {
      DfParticipant *p = g_ptr_array_index (report->own_rows, i);
      g_autofree char *meeting = NULL;
      const char *cells[4];

      if (df_participant_get_dietary (p)[0] == '\0' && df_participant_get_accessibility (p)[0] == '\0' &&
          df_participant_get_notes (p)[0] == '\0')
        continue;
      meeting = meeting_cell (df_store_find_meeting (report->store, df_participant_get_meeting_id (p)));
      cells[0] = meeting;
      cells[1] = df_participant_get_dietary (p);
      cells[2] = df_participant_get_accessibility (p);
      cells[3] = df_participant_get_notes (p);
      df_pack_table_add_row (table, cells);
      n_rows++;
    }
  add_table_or_none (report, table, n_rows);
}

static gboolean
add_substitute_roles (Report  *report,
                      GError **error)
{
  const DfPackColumn columns[] = {
    { P_("In place of"), 2.2 },
    { P_("Where"), 3.4 },
    { P_("When"), 2.6 },
  };
  g_autoptr (GListModel) memberships = df_store_list_memberships (report->store, error);
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  guint n_rows = 0;

  if (memberships == NULL)
    return FALSE;
  /* TRANSLATORS: a section of the personal data report (Danish: Stedfortræder for andre). */
  begin_section (report, P_("Substitute for others"));
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr (DfMembership) m = g_list_model_get_item (memberships, i);
      g_autofree char *where = NULL;
      g_autofree char *term = NULL;
      const char *cells[3];

      if (df_membership_get_substitute_id (m) != report->id)
        continue;
      /* TRANSLATORS: where a person is a member's standing substitute, "Stående stedfortræder: Kommunal fagdirektør". */
      where = g_strdup_printf (P_("Standing substitute: %s"), df_membership_get_seat_kind_name (m));
      term = term_cell (df_membership_get_start_date (m), df_membership_get_end_date (m));
      cells[0] = df_membership_get_person_name (m);
      cells[1] = where;
      cells[2] = term;
      df_pack_table_add_row (table, cells);
      n_rows++;
    }
  for (guint i = 0; i < report->stood_in->len; i++)
    {
      DfParticipant *p = g_ptr_array_index (report->stood_in, i);
      DfMeeting *meeting = df_store_find_meeting (report->store, df_participant_get_meeting_id (p));
      g_autofree char *day = df_pack_format_day_iso (meeting != NULL ? df_meeting_get_date (meeting) : "");
      g_autofree char *where = g_strdup_printf (P_("Meeting: %s"), meeting != NULL ? df_meeting_get_title (meeting) : "");
      const char *cells[] = { df_participant_get_person_name (p), where, day };

      df_pack_table_add_row (table, cells);
      n_rows++;
    }
  add_table_or_none (report, table, n_rows);
  return TRUE;
}

static gboolean
contains_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
presents (GPtrArray *presenters,
          gint64     id)
{
  for (guint i = 0; i < presenters->len; i++)
    if (df_person_get_id (g_ptr_array_index (presenters, i)) == id)
      return TRUE;
  return FALSE;
}

/* In *@items the agenda items the person came to meeting @meeting_id
 * for as a guest; NULL when they were no guest there. */
static gboolean
list_guest_items (Report   *report,
                  gint64    meeting_id,
                  GArray  **items,
                  GError  **error)
{
  *items = NULL;
  for (guint i = 0; i < report->own_rows->len; i++)
    {
      DfParticipant *p = g_ptr_array_index (report->own_rows, i);

      if (df_participant_get_meeting_id (p) != meeting_id || g_strcmp0 (df_participant_get_role (p), "guest") != 0)
        continue;
      *items = df_store_list_guest_items (report->store, df_participant_get_id (p), error);
      return *items != NULL;
    }
  return TRUE;
}

static gboolean
add_agenda_roles (Report  *report,
                  GError **error)
{
  const DfPackColumn columns[] = {
    { P_("Meeting"), 3.0 },
    { P_("Item"), 3.4 },
    { P_("Role"), 2.0 },
  };
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  guint n_rows = 0;

  /* TRANSLATORS: a section of the personal data report (Danish: Roller på møder og dagsordener). */
  begin_section (report, P_("Roles at meetings and on agendas"));
  for (guint i = 0; i < g_list_model_get_n_items (report->meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (report->meetings, i);
      gint64 meeting_id = df_meeting_get_id (meeting);
      g_autofree char *where = meeting_cell (meeting);
      g_autoptr (GListModel) agenda = df_store_list_agenda (report->store, meeting_id, error);
      g_autoptr (GArray) guest = NULL;

      if (agenda == NULL || !list_guest_items (report, meeting_id, &guest, error))
        return FALSE;
      if (df_meeting_get_responsible_id (meeting) == report->id)
        {
          const char *cells[] = { where, P_("The whole meeting"), P_("Responsible in the secretariat") };

          df_pack_table_add_row (table, cells);
          n_rows++;
        }
      for (guint j = 0; j < g_list_model_get_n_items (agenda); j++)
        {
          g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, j);
          g_autoptr (GPtrArray) presenters = df_store_list_presenters (report->store, df_agenda_item_get_id (item), error);
          g_autoptr (GString) roles = g_string_new (NULL);
          g_autofree char *title = NULL;
          const char *cells[3];

          if (presenters == NULL)
            return FALSE;
          if (presents (presenters, report->id))
            g_string_append (roles, P_("Presenter"));
          if (contains_id (guest, df_agenda_item_get_id (item)))
            g_string_append_printf (roles, "%s%s", roles->len > 0 ? "\n" : "", P_("Guest for this item"));
          if (df_agenda_item_get_responsible_id (item) == report->id)
            g_string_append_printf (roles, "%s%s", roles->len > 0 ? "\n" : "", P_("Responsible"));
          if (roles->len == 0)
            continue;
          title = g_strdup_printf (P_("%d. %s"), df_agenda_item_get_position (item) + 1, df_agenda_item_get_title (item));
          cells[0] = where;
          cells[1] = title;
          cells[2] = roles->str;
          df_pack_table_add_row (table, cells);
          n_rows++;
        }
    }
  add_table_or_none (report, table, n_rows);
  return TRUE;
}

/* --- What came of the meetings ----------------------------------------- */

static const char *
proposal_status_label (const char *status)
{
  if (g_strcmp0 (status, "considering") == 0)
    return PC_("proposal status", "Under consideration");
  if (g_strcmp0 (status, "on-agenda") == 0)
    return PC_("proposal status", "On the agenda");
  if (g_strcmp0 (status, "deferred") == 0)
    return PC_("proposal status", "Deferred");
  if (g_strcmp0 (status, "declined") == 0)
    return PC_("proposal status", "Declined");
  return PC_("proposal status", "Received");
}

static char *
proposal_status_cell (Report     *report,
                      DfProposal *proposal)
{
  const char *status = df_proposal_get_status (proposal);
  DfMeeting *deferred_to = df_store_find_meeting (report->store, df_proposal_get_deferred_to_id (proposal));

  if (g_str_equal (status, "declined") && df_proposal_get_reason (proposal)[0] != '\0')
    return g_strdup_printf ("%s: %s", proposal_status_label (status), df_proposal_get_reason (proposal));
  if (g_str_equal (status, "deferred") && deferred_to != NULL)
    {
      g_autofree char *day = df_pack_format_day_iso (df_meeting_get_date (deferred_to));

      return g_strdup_printf ("%s: %s", proposal_status_label (status), day);
    }
  return g_strdup (proposal_status_label (status));
}

static gboolean
add_proposals (Report  *report,
               GError **error)
{
  const DfPackColumn columns[] = {
    { P_("Received"), 1.6 },
    { P_("Proposal"), 3.6 },
    { P_("For the meeting"), 2.4 },
    { P_("Status"), 1.8 },
  };
  g_autoptr (GListModel) proposals = df_store_list_proposals (report->store, error);
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  guint n_rows = 0;

  if (proposals == NULL)
    return FALSE;
  /* TRANSLATORS: a section of the personal data report (Danish: Forslag til dagsordenen). */
  begin_section (report, P_("Proposals for the agenda"));
  /* The store lists the last received first; the report reads forwards. */
  for (guint i = g_list_model_get_n_items (proposals); i-- > 0;)
    {
      g_autoptr (DfProposal) proposal = g_list_model_get_item (proposals, i);
      g_autofree char *received = NULL;
      g_autofree char *what = NULL;
      g_autofree char *meeting = NULL;
      g_autofree char *status = NULL;
      const char *cells[4];

      if (df_proposal_get_proposer_id (proposal) != report->id)
        continue;
      received = df_pack_format_day_iso (df_proposal_get_received (proposal));
      what = df_proposal_get_description (proposal)[0] != '\0'
             ? g_strdup_printf ("%s\n%s", df_proposal_get_title (proposal), df_proposal_get_description (proposal))
             : g_strdup (df_proposal_get_title (proposal));
      meeting = meeting_cell (df_store_find_meeting (report->store, df_proposal_get_meeting_id (proposal)));
      status = proposal_status_cell (report, proposal);
      cells[0] = received;
      cells[1] = what;
      cells[2] = meeting;
      cells[3] = status;
      df_pack_table_add_row (table, cells);
      n_rows++;
    }
  add_table_or_none (report, table, n_rows);
  return TRUE;
}

static gboolean
add_actions (Report  *report,
             GError **error)
{
  const DfPackColumn columns[] = {
    { P_("Meeting"), 2.4 },
    { P_("Item"), 2.4 },
    { P_("Action"), 3.0 },
    { P_("Due"), 1.4 },
    { P_("Status"), 1.0 },
  };
  g_autoptr (GListModel) actions = df_store_list_actions (report->store, error);
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  guint n_rows = 0;

  if (actions == NULL)
    return FALSE;
  /* TRANSLATORS: a section of the personal data report (Danish: Opfølgningspunkter, personen er ansvarlig for). */
  begin_section (report, P_("Actions they own"));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (DfAction) action = g_list_model_get_item (actions, i);
      g_autofree char *meeting = NULL;
      g_autofree char *item = NULL;
      g_autofree char *due = NULL;
      const char *cells[5];

      if (df_action_get_owner_person_id (action) != report->id)
        continue;
      meeting = meeting_cell (df_store_find_meeting (report->store, df_action_get_meeting_id (action)));
      item = g_strdup_printf (P_("%d. %s"), df_action_get_item_number (action), df_action_get_item_title (action));
      due = df_pack_format_day_iso (df_action_get_due_date (action));
      cells[0] = meeting;
      cells[1] = item;
      cells[2] = df_action_get_description (action);
      cells[3] = due;
      cells[4] = df_pack_action_status_label (df_action_get_status (action));
      df_pack_table_add_row (table, cells);
      n_rows++;
    }
  add_table_or_none (report, table, n_rows);
  return TRUE;
}

static gboolean
add_working_groups (Report  *report,
                    GError **error)
{
  const DfPackColumn columns[] = {
    { P_("Working group"), 3.0 },
    { P_("Period"), 2.4 },
    { P_("Mandate"), 3.6 },
  };
  g_autoptr (GListModel) groups = df_store_list_working_groups (report->store, error);
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  guint n_rows = 0;

  if (groups == NULL)
    return FALSE;
  /* TRANSLATORS: a section of the personal data report (Danish: Arbejdsgrupper). */
  begin_section (report, P_("Working groups"));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr (DfWorkingGroup) group = g_list_model_get_item (groups, i);
      g_autoptr (GPtrArray) members = df_store_list_working_group_members (report->store,
                                                                          df_working_group_get_id (group), error);
      g_autofree char *term = NULL;
      const char *cells[3];

      if (members == NULL)
        return FALSE;
      if (!presents (members, report->id))
        continue;
      term = term_cell (df_working_group_get_start_date (group), df_working_group_get_end_date (group));
      cells[0] = df_working_group_get_name (group);
      cells[1] = term;
      cells[2] = df_working_group_get_mandate (group);
      df_pack_table_add_row (table, cells);
      n_rows++;
    }
  add_table_or_none (report, table, n_rows);
  return TRUE;
}

static gboolean
add_arrangements (Report  *report,
                  GError **error)
{
  const DfPackColumn columns[] = {
    { P_("Activity"), 4.0 },
    { P_("Kind"), 2.0 },
  };
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  guint n_rows = 0;

  /* TRANSLATORS: a section of the personal data report: study trips,
   * visits and the like they arrange (Danish: Arrangementer). */
  begin_section (report, P_("Activities they arrange"));
  for (guint i = 0; i < g_list_model_get_n_items (report->meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (report->meetings, i);
      g_autoptr (GPtrArray) arrangers = df_store_list_meeting_arrangers (report->store, df_meeting_get_id (meeting), error);
      gboolean arranges = FALSE;

      if (arrangers == NULL)
        return FALSE;
      for (guint j = 0; j < arrangers->len; j++)
        arranges |= df_arranger_get_person_id (g_ptr_array_index (arrangers, j)) == report->id;
      if (arranges)
        {
          g_autofree char *what = meeting_cell (meeting);
          const char *kind = df_meeting_kind_danish (df_meeting_get_kind (meeting));
          /* "Studietur" in the table's column, as a heading of its row. */
          g_autofree char *first = g_utf8_strup (kind, g_utf8_next_char (kind) - kind);
          g_autofree char *kind_text = g_strconcat (first, g_utf8_next_char (kind), NULL);
          const char *cells[] = { what, kind_text };

          df_pack_table_add_row (table, cells);
          n_rows++;
        }
    }
  add_table_or_none (report, table, n_rows);
  return TRUE;
}

/* --- The report -------------------------------------------------------- */

static DfPerson *
require_person (DfStore  *store,
                gint64    person_id,
                GError  **error)
{
  g_autoptr (GListModel) people = df_store_list_people (store, error);
  DfPerson *person = people != NULL ? df_store_find_person (store, person_id) : NULL;

  if (people != NULL && person == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);

      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM,
                   _("There is no person number %s in the register."), number);
    }
  return person;
}

static void
add_introduction (Report    *report,
                  GDateTime *made_at)
{
  g_autofree char *date = g_date_time_format (made_at, "%Y-%m-%d");
  g_autofree char *day = df_pack_format_day_iso (date);
  g_autofree char *time = df_time_format (g_date_time_get_hour (made_at) * 60 + g_date_time_get_minute (made_at));
  g_autofree char *database = g_filename_display_name (df_store_get_path (report->store));
  g_autofree char *made = NULL;
  g_autofree char *heading = NULL;

  /* TRANSLATORS: the personal data report's title, with the person's name. */
  heading = g_strdup_printf (P_("Personal data about %s"), df_person_get_name (report->person));
  df_pack_document_add_heading (report->document, 1, heading);
  /* TRANSLATORS: the first line of the personal data report: the day,
   * the time ("14.05") and the database file it was made from. */
  made = g_strdup_printf (P_("Made on %s at %s from the database %s."), day, time, database);
  df_pack_document_add_paragraph (report->document, made);
  df_pack_document_add_paragraph (report->document,
                                  P_("This report shows everything the register of Strategisk dialogforum på det "
                                     "sociale område holds about the person, as the right of access under article 15 "
                                     "of the General Data Protection Regulation requires."));
}

DfPackDocument *
df_pack_build_insight (DfStore     *store,
                       gint64       person_id,
                       GDateTime   *made_at,
                       GError     **error)
{
  g_auto (Report) report = { 0 };
  g_autoptr (DfPackDocument) document = NULL;
  g_autoptr (GDateTime) now = made_at != NULL ? g_date_time_ref (made_at) : g_date_time_new_now_local ();
  g_autofree char *forum = NULL;
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *title = NULL;
  DfPackHeader header = { 0 };
  DfPerson *person;

  g_return_val_if_fail (DF_IS_STORE (store), NULL);

  if ((person = require_person (store, person_id, error)) == NULL)
    return NULL;
  forum = df_store_get_setting (store, "forum-name", NULL);
  header.forum_name = forum;
  document = df_pack_document_new (&header);
  /* TRANSLATORS: the personal data report's title in the PDF's properties (Danish: Indsigt: Karen Lundgaard). */
  title = g_strdup_printf (P_("Insight: %s"), df_person_get_name (person));
  df_pack_document_set_metadata (document, title, NULL,
                                 P_("Personal data under article 15 of the General Data Protection Regulation"));

  report.document = document;
  report.store = store;
  report.person = person;
  report.id = person_id;
  if ((report.meetings = df_store_list_meetings (store, error)) == NULL ||
      !gather_participation (&report, error))
    return NULL;

  /* TRANSLATORS: the personal data report's name in the page footer and the outline (Danish: Indsigt). */
  report.sheet = df_pack_document_begin_sheet (document, PC_("sheet", "Insight"), DF_PACK_PORTRAIT);
  df_pack_document_set_sheet_date (document, today);
  add_introduction (&report, now);
  add_personal_data (&report);
  if (!add_memberships (&report, error))
    return NULL;
  add_meetings (&report);
  add_needs (&report);
  if (!add_substitute_roles (&report, error) ||
      !add_agenda_roles (&report, error) ||
      !add_proposals (&report, error) ||
      !add_actions (&report, error) ||
      !add_working_groups (&report, error) ||
      !add_arrangements (&report, error))
    return NULL;
  return g_steal_pointer (&document);
}

gboolean
df_pack_export_insight (DfStore     *store,
                        gint64       person_id,
                        const char  *path,
                        GError     **error)
{
  g_autoptr (DfPackDocument) document = df_pack_build_insight (store, person_id, NULL, error);

  return document != NULL && df_pack_document_render_pdf (document, path, error);
}
