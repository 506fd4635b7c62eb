/* df-meeting-editor.c: a meeting's details in a form, and its agenda as
 * a list edited in place, with a side form for the selected item, its
 * presenters and its attachments (a DfAttachmentList).
 *
 * Every edit is one store call; the agenda list, its numbers and its
 * times follow the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-meeting-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-time.h"

#include "df-agenda-row.h"
#include "df-attachment-list.h"
#include "df-error-label.h"
#include "df-meeting-editor.h"
#include "df-participants-view.h"
#include "df-removable-row.h"

/* Long enough to read the message and reach the button. */
#define UNDO_SECONDS 10
#define NEW_ITEM_MINUTES 15

/* A choice of arranger: a person or an organisation, the other 0. */
typedef struct
{
  gint64 person_id;
  gint64 organisation_id;
} ArrangerChoice;

struct _DfMeetingEditor
{
  GtkWidget            parent_instance;

  DfStore             *store;
  DfMeeting           *meeting;          /* the live object shown */
  GListModel          *agenda;           /* its live agenda */
  GListModel          *attachments;      /* its live attachments */
  DfAgendaItem        *shown_item;       /* the item in the side form */
  GArray              *people_ids;       /* gint64, index 0 for nobody */
  GArray              *secretariat_ids;
  GArray              *arranger_choices;  /* ArrangerChoice, index 0 for the prompt */
  DfRemovedAgendaItem *removed;          /* what the undo bar puts back */
  guint                undo_timeout;

  GtkLabel            *heading_label;
  GtkLabel            *subheading_label;
  GtkStack            *editor_stack;
  GtkRevealer         *undo_revealer;
  GtkLabel            *undo_label;

  GtkEntry            *title_entry;
  GtkDropDown         *kind_drop_down;
  GtkEntry            *date_entry;
  GtkLabel            *date_hint_label;
  GtkEntry            *start_entry;
  GtkEntry            *end_entry;
  GtkCheckButton      *full_day_check;
  GtkDropDown         *status_drop_down;
  GtkEntry            *venue_entry;
  GtkEntry            *address_entry;
  GtkEntry            *link_entry;
  GtkEntry            *marking_entry;
  GtkDropDown         *responsible_drop_down;
  GtkEntry            *deadline_entry;
  GtkTextView         *notes_view;
  GtkLabel            *meeting_error_label;
  GtkWidget           *arrangers_label;
  GtkWidget           *arrangers_box;
  GtkListBox          *arrangers_list;
  GtkDropDown         *arranger_drop_down;
  GtkLabel            *arranger_error_label;

  GtkLabel            *agenda_summary_label;
  GtkLabel            *agenda_error_label;
  GtkListBox          *agenda_list;
  GtkWidget           *item_form;
  GtkEntry            *item_title_entry;
  GtkDropDown         *format_drop_down;
  GtkDropDown         *purpose_drop_down;
  GtkSpinButton       *duration_spin;
  GtkCheckButton      *fixed_check;
  GtkEntry            *fixed_entry;
  GtkDropDown         *item_responsible_drop_down;
  GtkTextView         *description_view;
  GtkLabel            *item_error_label;
  GtkListBox          *presenters_list;
  GtkDropDown         *presenter_drop_down;
  DfAttachmentList    *attachment_list;
  DfParticipantsView *participants_view;
};

G_DEFINE_FINAL_TYPE (DfMeetingEditor, df_meeting_editor, GTK_TYPE_WIDGET)

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* --- Drop-downs of codes and of people --------------------------------- */

static void
fill_code_drop_down (GtkDropDown         *drop_down,
                     const char * const  *codes,
                     const char        *(*label) (const char *))
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (labels, label (codes[i]));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
}

static void
select_code (GtkDropDown        *drop_down,
             const char * const *codes,
             const char         *code)
{
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_strcmp0 (codes[i], code) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
  gtk_drop_down_set_selected (drop_down, 0);
}

static const char *
selected_code (GtkDropDown        *drop_down,
               const char * const *codes)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return selected < g_strv_length ((char **) codes) ? codes[selected] : codes[0];
}

static GtkStringList *
people_model (GListModel *people,
              gboolean    secretariat_only,
              GArray     *ids)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 nobody = 0;

  g_array_set_size (ids, 0);
  g_array_append_val (ids, nobody);
  gtk_string_list_append (names, C_("person", "None"));
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (people, i);
      gint64 id = df_person_get_id (person);

      if (secretariat_only && !df_person_get_is_secretariat (person))
        continue;
      g_array_append_val (ids, id);
      gtk_string_list_append (names, df_person_get_name (person));
    }
  return names;
}

static void
fill_people (DfMeetingEditor *self)
{
  g_autoptr (GListModel) people = df_store_list_people (self->store, NULL);
  g_autoptr (GtkStringList) everyone = people_model (people, FALSE, self->people_ids);
  g_autoptr (GtkStringList) secretariat = people_model (people, TRUE, self->secretariat_ids);
  g_autoptr (GtkStringList) presenters = NULL;
  g_autoptr (GArray) presenter_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_drop_down_set_model (self->item_responsible_drop_down, G_LIST_MODEL (everyone));
  gtk_drop_down_set_model (self->responsible_drop_down, G_LIST_MODEL (secretariat));
  /* In the order of people_ids, with a prompt in the place of "none". */
  presenters = people_model (people, FALSE, presenter_ids);
  gtk_string_list_splice (presenters, 0, 1, (const char * const []) { _("Choose a person…"), NULL });
  gtk_drop_down_set_model (self->presenter_drop_down, G_LIST_MODEL (presenters));
}

/* Selects @id in @drop_down; a person no longer listed there (no longer
 * in the secretariat, say) is added so that saving keeps them. */
static void
select_person (GtkDropDown *drop_down,
               GArray      *ids,
               gint64       id,
               const char  *name)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
  g_array_append_val (ids, id);
  gtk_string_list_append (GTK_STRING_LIST (gtk_drop_down_get_model (drop_down)), name);
  gtk_drop_down_set_selected (drop_down, ids->len - 1);
}

static gint64
selected_person (GtkDropDown *drop_down,
                 GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

/* --- Who arranges a study trip or a visit ----------------------------- */

static void fill_arrangers (DfMeetingEditor *self);

static void
fill_arranger_choices (DfMeetingEditor *self)
{
  g_autoptr (GListModel) people = df_store_list_people (self->store, NULL);
  g_autoptr (GListModel) organisations = df_store_list_organisations (self->store, NULL);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  ArrangerChoice choice = { 0, 0 };

  g_array_set_size (self->arranger_choices, 0);
  g_array_append_val (self->arranger_choices, choice);
  gtk_string_list_append (names, _("Choose a member or organisation…"));
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (people, i);

      choice = (ArrangerChoice) { df_person_get_id (person), 0 };
      g_array_append_val (self->arranger_choices, choice);
      gtk_string_list_append (names, df_person_get_name (person));
    }
  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (DfOrganisation) organisation = g_list_model_get_item (organisations, i);

      choice = (ArrangerChoice) { 0, df_organisation_get_id (organisation) };
      g_array_append_val (self->arranger_choices, choice);
      gtk_string_list_append (names, df_organisation_get_name (organisation));
    }
  gtk_drop_down_set_model (self->arranger_drop_down, G_LIST_MODEL (names));
}

/* Saves the meeting's arrangers as they are but for @gone (an arranger's
 * id, 0 for none) and with @added (NULL for none), in one store call. */
static void
save_arrangers (DfMeetingEditor      *self,
                gint64                gone,
                const ArrangerChoice *added)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) arrangers = NULL;
  g_autoptr (GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) organisations = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = df_meeting_get_id (self->meeting);

  arrangers = df_store_list_meeting_arrangers (self->store, id, &error);
  for (guint i = 0; arrangers != NULL && i < arrangers->len; i++)
    {
      DfArranger *arranger = g_ptr_array_index (arrangers, i);
      gint64 person = df_arranger_get_person_id (arranger);
      gint64 organisation = df_arranger_get_organisation_id (arranger);

      if (df_arranger_get_id (arranger) == gone)
        continue;
      if (person != 0)
        g_array_append_val (people, person);
      else
        g_array_append_val (organisations, organisation);
    }
  if (added != NULL && added->person_id != 0)
    g_array_append_val (people, added->person_id);
  else if (added != NULL)
    g_array_append_val (organisations, added->organisation_id);
  if (arrangers == NULL ||
      !df_store_set_meeting_arrangers (self->store, id, (gint64 *) people->data, people->len,
                                       (gint64 *) organisations->data, organisations->len, &error))
    {
      df_error_label_show (self->arranger_error_label, error);
      return;
    }
  df_error_label_show (self->arranger_error_label, NULL);
  fill_arrangers (self);
}

static void
remove_arranger_activated (GtkWidget  *widget,
                           const char *action,
                           GVariant   *parameter)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (widget);

  if (self->meeting != NULL)
    save_arrangers (self, g_variant_get_int64 (parameter), NULL);
}

static void
on_add_arranger (DfMeetingEditor *self)
{
  guint chosen = gtk_drop_down_get_selected (self->arranger_drop_down);

  if (self->meeting == NULL || chosen == 0 || chosen >= self->arranger_choices->len)
    return;
  save_arrangers (self, 0, &g_array_index (self->arranger_choices, ArrangerChoice, chosen));
  gtk_drop_down_set_selected (self->arranger_drop_down, 0);
}

static GtkWidget *
arranger_row (DfArranger *arranger)
{
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s as arranger"), df_arranger_get_name (arranger));

  return df_removable_row_new (df_arranger_get_name (arranger),
                               df_arranger_get_person_id (arranger) != 0 ? C_("arranger", "Person")
                                                                         : C_("arranger", "Organisation"),
                               remove_label, "meeting.remove-arranger", df_arranger_get_id (arranger));
}

static void
fill_arrangers (DfMeetingEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) arrangers = NULL;
  GtkWidget *row;

  while ((row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->arrangers_list, 0))) != NULL)
    gtk_list_box_remove (self->arrangers_list, row);
  if (self->meeting == NULL)
    return;
  arrangers = df_store_list_meeting_arrangers (self->store, df_meeting_get_id (self->meeting), &error);
  if (arrangers == NULL)
    {
      df_error_label_show (self->arranger_error_label, error);
      return;
    }
  for (guint i = 0; i < arrangers->len; i++)
    gtk_list_box_append (self->arrangers_list, arranger_row (g_ptr_array_index (arrangers, i)));
}

/* Only a study trip or a visit is arranged by a member or an
 * organisation; the field shows with the kind chosen in the form. */
static void
on_kind_changed (DfMeetingEditor *self)
{
  const char *kind = selected_code (self->kind_drop_down, df_meeting_kinds ());
  gboolean arranged = g_str_equal (kind, "study-trip") || g_str_equal (kind, "visit");

  gtk_widget_set_visible (self->arrangers_label, arranged);
  gtk_widget_set_visible (self->arrangers_box, arranged);
}

/* --- The heading and the agenda's summary ------------------------------ */

static void
update_heading (DfMeetingEditor *self)
{
  DfMeeting *meeting = self->meeting;
  g_autofree char *subheading = NULL;
  g_autofree char *span = NULL;
  g_autofree char *summary = NULL;
  const char *note;

  if (meeting == NULL)
    return;
  note = df_meeting_get_timing_note (meeting);
  gtk_label_set_text (self->heading_label, df_meeting_get_title (meeting));
  subheading = g_strdup_printf ("%s, %s · %s", df_meeting_get_date_text (meeting), df_meeting_get_time_text (meeting),
                                df_meeting_get_kind_label (meeting));
  gtk_label_set_text (self->subheading_label, subheading);

  span = df_time_format_span (df_meeting_get_start_time (meeting), df_meeting_get_agenda_end (meeting));
  /* TRANSLATORS: the agenda's span of time, "kl. 9.30–12.45", then what
   * is wrong with its timing, if anything. */
  summary = g_strdup_printf (_("The agenda: %s. %s"), span, note);
  gtk_label_set_text (self->agenda_summary_label, g_strstrip (summary));
  if (note[0] != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->agenda_summary_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->agenda_summary_label), "error");
}

/* --- The meeting's form ------------------------------------------------ */

static void
on_date_changed (DfMeetingEditor *self)
{
  GDate date;
  g_autofree char *long_form = NULL;

  g_date_clear (&date, 1);
  if (df_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &date))
    long_form = df_date_format_long (&date);
  gtk_label_set_text (self->date_hint_label, long_form != NULL ? long_form : "");
}

static void
fill_meeting_form (DfMeetingEditor *self)
{
  DfMeeting *meeting = self->meeting;
  g_autofree char *date = df_date_iso_to_short (df_meeting_get_date (meeting));
  g_autofree char *start = df_time_format (df_meeting_get_start_time (meeting));
  g_autofree char *end = df_time_format (df_meeting_get_end_time (meeting));
  g_autofree char *deadline = df_date_iso_to_short (df_meeting_get_proposal_deadline (meeting));

  df_error_label_show (self->meeting_error_label, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), df_meeting_get_title (meeting));
  select_code (self->kind_drop_down, df_meeting_kinds (), df_meeting_get_kind (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry), end);
  gtk_check_button_set_active (self->full_day_check, df_meeting_get_full_day (meeting));
  select_code (self->status_drop_down, df_meeting_statuses (), df_meeting_get_status (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->venue_entry), df_meeting_get_venue_name (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->address_entry), df_meeting_get_venue_address (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->link_entry), df_meeting_get_online_link (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->marking_entry), df_meeting_get_marking (meeting));
  select_person (self->responsible_drop_down, self->secretariat_ids, df_meeting_get_responsible_id (meeting),
                 df_meeting_get_responsible_name (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_entry), deadline);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), df_meeting_get_notes (meeting), -1);
}

static void
on_revert_meeting (DfMeetingEditor *self)
{
  if (self->meeting != NULL)
    fill_meeting_form (self);
}

/* Reads a date typed the Danish way; FALSE, with the message said, when
 * it is none. */
static gboolean
read_date (DfMeetingEditor  *self,
           GtkEntry         *entry,
           const char       *field,
           gboolean          optional,
           char            **iso)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GDate date;

  g_date_clear (&date, 1);
  *iso = NULL;
  if (optional && stripped[0] == '\0')
    return TRUE;
  if (df_date_parse (text, &date))
    {
      *iso = df_date_to_iso (&date);
      return TRUE;
    }
  {
    /* TRANSLATORS: the first %s names the field, "Date". */
    g_autofree char *message = g_strdup_printf (_("%s: “%s” is not a date (such as 14.3.2027)."), field, text);

    df_error_label_show_text (self->meeting_error_label, message);
  }
  return FALSE;
}

static gboolean
read_time (GtkEntry    *entry,
           gboolean     end,
           const char  *field,
           GtkLabel    *error_label,
           int         *minutes)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *message = NULL;

  if (df_time_parse (text, end, minutes))
    return TRUE;
  /* TRANSLATORS: the first %s names the field, "Time". */
  message = g_strdup_printf (_("%s: “%s” is not a time of day (such as 9.30)."), field, text);
  df_error_label_show_text (error_label, message);
  return FALSE;
}

static void
on_save_meeting (DfMeetingEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfMeeting) edited = NULL;
  g_autofree char *date = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *notes = NULL;
  int start, end;

  if (self->meeting == NULL ||
      !read_date (self, self->date_entry, _("Date"), FALSE, &date) ||
      !read_time (self->start_entry, FALSE, _("Time"), self->meeting_error_label, &start) ||
      !read_time (self->end_entry, TRUE, _("Time"), self->meeting_error_label, &end) ||
      !read_date (self, self->deadline_entry, _("Deadline for proposals"), TRUE, &deadline))
    return;
  notes = text_of (self->notes_view);
  edited = g_object_new (DF_TYPE_MEETING,
                         "id", df_meeting_get_id (self->meeting),
                         "title", gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                         "kind", selected_code (self->kind_drop_down, df_meeting_kinds ()),
                         "date", date,
                         "start-time", start,
                         "end-time", end,
                         "full-day", gtk_check_button_get_active (self->full_day_check),
                         "status", selected_code (self->status_drop_down, df_meeting_statuses ()),
                         "venue-name", gtk_editable_get_text (GTK_EDITABLE (self->venue_entry)),
                         "venue-address", gtk_editable_get_text (GTK_EDITABLE (self->address_entry)),
                         "online-link", gtk_editable_get_text (GTK_EDITABLE (self->link_entry)),
                         "marking", gtk_editable_get_text (GTK_EDITABLE (self->marking_entry)),
                         "responsible-id", selected_person (self->responsible_drop_down, self->secretariat_ids),
                         "proposal-deadline", deadline,
                         "notes", notes,
                         NULL);
  if (df_store_save_meeting (self->store, edited, &error) == 0)
    {
      df_error_label_show (self->meeting_error_label, error);
      return;
    }
  fill_meeting_form (self);
}

/* --- The selected item's form ------------------------------------------ */

static DfAgendaItem *
editable_copy (DfAgendaItem *item)
{
  return g_object_new (DF_TYPE_AGENDA_ITEM,
                       "id", df_agenda_item_get_id (item),
                       "meeting-id", df_agenda_item_get_meeting_id (item),
                       "position", df_agenda_item_get_position (item),
                       "title", df_agenda_item_get_title (item),
                       "format", df_agenda_item_get_format (item),
                       "purpose", df_agenda_item_get_purpose (item),
                       "duration", df_agenda_item_get_duration (item),
                       "fixed-start", df_agenda_item_get_fixed_start (item),
                       "responsible-id", df_agenda_item_get_responsible_id (item),
                       "description", df_agenda_item_get_description (item),
                       NULL);
}

static void
remove_presenter_activated (GtkWidget  *widget,
                            const char *action,
                            GVariant   *parameter)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (widget);
  gint64 gone = g_variant_get_int64 (parameter);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) presenters = NULL;
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->shown_item == NULL)
    return;
  presenters = df_store_list_presenters (self->store, df_agenda_item_get_id (self->shown_item), &error);
  for (guint i = 0; presenters != NULL && i < presenters->len; i++)
    {
      gint64 id = df_person_get_id (g_ptr_array_index (presenters, i));

      if (id != gone)
        g_array_append_val (ids, id);
    }
  if (presenters == NULL ||
      !df_store_set_presenters (self->store, df_agenda_item_get_id (self->shown_item),
                                (gint64 *) ids->data, ids->len, &error))
    df_error_label_show (self->item_error_label, error);
}

static GtkWidget *
presenter_row (DfPerson *person)
{
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s as a presenter"), df_person_get_name (person));

  return df_removable_row_new (df_person_get_name (person), df_person_get_organisation_name (person), remove_label,
                               "item.remove-presenter", df_person_get_id (person));
}

static void
fill_presenters (DfMeetingEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) presenters = NULL;
  GtkWidget *row;

  while ((row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->presenters_list, 0))) != NULL)
    gtk_list_box_remove (self->presenters_list, row);
  if (self->shown_item == NULL)
    return;
  presenters = df_store_list_presenters (self->store, df_agenda_item_get_id (self->shown_item), &error);
  if (presenters == NULL)
    {
      df_error_label_show (self->item_error_label, error);
      return;
    }
  for (guint i = 0; i < presenters->len; i++)
    gtk_list_box_append (self->presenters_list, presenter_row (g_ptr_array_index (presenters, i)));
}

static void
on_add_presenter (DfMeetingEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) presenters = NULL;
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint chosen = gtk_drop_down_get_selected (self->presenter_drop_down);
  gint64 person;

  if (self->shown_item == NULL || chosen == 0 || chosen >= self->people_ids->len)
    return;
  person = g_array_index (self->people_ids, gint64, chosen);
  presenters = df_store_list_presenters (self->store, df_agenda_item_get_id (self->shown_item), &error);
  for (guint i = 0; presenters != NULL && i < presenters->len; i++)
    {
      gint64 id = df_person_get_id (g_ptr_array_index (presenters, i));

      g_array_append_val (ids, id);
    }
  g_array_append_val (ids, person);
  if (presenters == NULL ||
      !df_store_set_presenters (self->store, df_agenda_item_get_id (self->shown_item),
                                (gint64 *) ids->data, ids->len, &error))
    {
      df_error_label_show (self->item_error_label, error);
      return;
    }
  gtk_drop_down_set_selected (self->presenter_drop_down, 0);
}

static void
fill_item_form (DfMeetingEditor *self)
{
  DfAgendaItem *item = self->shown_item;
  int fixed = item != NULL ? df_agenda_item_get_fixed_start (item) : DF_NO_FIXED_START;
  g_autofree char *fixed_text = fixed != DF_NO_FIXED_START ? df_time_format (fixed) : g_strdup ("");

  gtk_widget_set_sensitive (self->item_form, item != NULL);
  df_error_label_show (self->item_error_label, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->item_title_entry), item ? df_agenda_item_get_title (item) : "");
  select_code (self->format_drop_down, df_agenda_item_formats (), item ? df_agenda_item_get_format (item) : NULL);
  select_code (self->purpose_drop_down, df_agenda_item_purposes (), item ? df_agenda_item_get_purpose (item) : "");
  gtk_spin_button_set_value (self->duration_spin, item ? df_agenda_item_get_duration (item) : 0);
  gtk_check_button_set_active (self->fixed_check, fixed != DF_NO_FIXED_START);
  gtk_editable_set_text (GTK_EDITABLE (self->fixed_entry), fixed_text);
  if (item != NULL)
    select_person (self->item_responsible_drop_down, self->people_ids, df_agenda_item_get_responsible_id (item),
                   df_agenda_item_get_responsible_name (item));
  else
    gtk_drop_down_set_selected (self->item_responsible_drop_down, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            item ? df_agenda_item_get_description (item) : "", -1);
  fill_presenters (self);
  df_attachment_list_show (self->attachment_list, self->attachments, item ? df_agenda_item_get_id (item) : 0);
}

static void
on_revert_item (DfMeetingEditor *self)
{
  fill_item_form (self);
}

static void
on_save_item (DfMeetingEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfAgendaItem) edited = NULL;
  g_autofree char *description = NULL;
  int fixed = DF_NO_FIXED_START;

  if (self->shown_item == NULL)
    return;
  if (gtk_check_button_get_active (self->fixed_check) &&
      !read_time (self->fixed_entry, FALSE, _("Fixed start"), self->item_error_label, &fixed))
    return;
  gtk_spin_button_update (self->duration_spin);
  description = text_of (self->description_view);
  edited = editable_copy (self->shown_item);
  g_object_set (edited,
                "title", gtk_editable_get_text (GTK_EDITABLE (self->item_title_entry)),
                "format", selected_code (self->format_drop_down, df_agenda_item_formats ()),
                "purpose", selected_code (self->purpose_drop_down, df_agenda_item_purposes ()),
                "duration", gtk_spin_button_get_value_as_int (self->duration_spin),
                "fixed-start", fixed,
                "responsible-id", selected_person (self->item_responsible_drop_down, self->people_ids),
                "description", description,
                NULL);
  if (df_store_save_agenda_item (self->store, edited, &error) == 0)
    {
      df_error_label_show (self->item_error_label, error);
      return;
    }
  fill_item_form (self);
}

static void
on_shown_item_notify (DfMeetingEditor *self,
                      GParamSpec      *pspec)
{
  /* Only what can change beside the form; the form's own fields stay as
   * the user is typing them. */
  if (g_strcmp0 (pspec->name, "presenters-text") == 0)
    fill_presenters (self);
}

static void
show_item (DfMeetingEditor *self,
           DfAgendaItem    *item)
{
  if (self->shown_item == item)
    return;
  if (self->shown_item != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_item, on_shown_item_notify, self);
  g_set_object (&self->shown_item, item);
  if (item != NULL)
    g_signal_connect_swapped (item, "notify", G_CALLBACK (on_shown_item_notify), self);
  fill_item_form (self);
}

/* --- The agenda list --------------------------------------------------- */

static void
update_actions (DfMeetingEditor *self)
{
  int position = self->shown_item != NULL ? df_agenda_item_get_position (self->shown_item) : -1;
  guint n = self->agenda != NULL ? g_list_model_get_n_items (self->agenda) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add", self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-up", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-down", position >= 0 && (guint) position + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.undo", self->removed != NULL);
}

static GtkListBoxRow *
row_of (DfMeetingEditor *self,
        gint64           id)
{
  for (guint i = 0; self->agenda != NULL && i < g_list_model_get_n_items (self->agenda); i++)
    {
      g_autoptr (DfAgendaItem) item = g_list_model_get_item (self->agenda, i);

      if (df_agenda_item_get_id (item) == id)
        return gtk_list_box_get_row_at_index (self->agenda_list, i);
    }
  return NULL;
}

static void
select_item (DfMeetingEditor *self,
             gint64           id,
             gboolean         focus)
{
  GtkListBoxRow *row = row_of (self, id);

  gtk_list_box_select_row (self->agenda_list, row);
  if (row != NULL && focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_item_selected (DfMeetingEditor *self,
                  GtkListBoxRow   *row)
{
  show_item (self, row != NULL ? df_agenda_row_get_item (DF_AGENDA_ROW (row)) : NULL);
  update_actions (self);
}

static void
on_agenda_changed (DfMeetingEditor *self)
{
  /* The list box has made new rows for the items that changed places;
   * the shown item stays selected in its new one. */
  if (self->shown_item != NULL)
    gtk_list_box_select_row (self->agenda_list, row_of (self, df_agenda_item_get_id (self->shown_item)));
  update_actions (self);
}

static void
on_row_duration_edited (DfAgendaRow     *row,
                        int              duration,
                        DfMeetingEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfAgendaItem) edited = editable_copy (df_agenda_row_get_item (row));

  g_object_set (edited, "duration", duration, NULL);
  if (df_store_save_agenda_item (self->store, edited, &error) == 0)
    df_error_label_show (self->agenda_error_label, error);
  else
    {
      df_error_label_show (self->agenda_error_label, NULL);
      if (df_agenda_row_get_item (row) == self->shown_item)
        gtk_spin_button_set_value (self->duration_spin, duration);
    }
}

static void
move_item (DfMeetingEditor *self,
           DfAgendaItem    *item,
           int              position)
{
  g_autoptr (GError) error = NULL;
  gint64 id = df_agenda_item_get_id (item);

  if (position < 0)
    return;
  if (!df_store_move_agenda_item (self->store, id, position, &error))
    {
      df_error_label_show (self->agenda_error_label, error);
      return;
    }
  df_error_label_show (self->agenda_error_label, NULL);
  select_item (self, id, TRUE);
}

static void
on_row_item_dropped (DfAgendaRow     *row,
                     DfAgendaItem    *dropped,
                     DfMeetingEditor *self)
{
  move_item (self, dropped, df_agenda_item_get_position (df_agenda_row_get_item (row)));
}

static GtkWidget *
create_agenda_row (gpointer item,
                   gpointer user_data)
{
  GtkWidget *row = df_agenda_row_new (item);

  g_signal_connect (row, "duration-edited", G_CALLBACK (on_row_duration_edited), user_data);
  g_signal_connect (row, "item-dropped", G_CALLBACK (on_row_item_dropped), user_data);
  return row;
}

/* --- The agenda's actions ---------------------------------------------- */

static void
add_activated (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfAgendaItem) item = NULL;
  int position;
  gint64 id;

  if (self->meeting == NULL)
    return;
  /* After the selected item, else at the end. */
  position = self->shown_item != NULL ? df_agenda_item_get_position (self->shown_item) + 1
                                      : (int) g_list_model_get_n_items (self->agenda);
  item = g_object_new (DF_TYPE_AGENDA_ITEM,
                       "meeting-id", df_meeting_get_id (self->meeting),
                       "position", position,
                       "title", _("New item"),
                       "format", "presentation",
                       "purpose", "information",
                       "duration", NEW_ITEM_MINUTES,
                       NULL);
  id = df_store_save_agenda_item (self->store, item, &error);
  if (id == 0)
    {
      df_error_label_show (self->agenda_error_label, error);
      return;
    }
  df_error_label_show (self->agenda_error_label, NULL);
  select_item (self, id, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->item_title_entry));
}

static void
hide_undo (DfMeetingEditor *self)
{
  g_clear_handle_id (&self->undo_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
  g_clear_pointer (&self->removed, df_removed_agenda_item_free);
  update_actions (self);
}

static gboolean
on_undo_timeout (gpointer user_data)
{
  DfMeetingEditor *self = user_data;

  self->undo_timeout = 0;
  hide_undo (self);
  return G_SOURCE_REMOVE;
}

static void
on_undo_closed (DfMeetingEditor *self)
{
  hide_undo (self);
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  DfRemovedAgendaItem *removed;
  g_autofree char *message = NULL;
  GtkListBoxRow *row;
  gint64 id = g_variant_get_int64 (parameter);
  GtkListBoxRow *gone = row_of (self, id);
  int position = gone != NULL ? gtk_list_box_row_get_index (gone) : 0;

  removed = df_store_remove_agenda_item (self->store, id, &error);
  if (removed == NULL)
    {
      df_error_label_show (self->agenda_error_label, error);
      return;
    }
  df_error_label_show (self->agenda_error_label, NULL);
  /* The item that took its place, else the one before. */
  row = gtk_list_box_get_row_at_index (self->agenda_list, position);
  if (row == NULL && position > 0)
    row = gtk_list_box_get_row_at_index (self->agenda_list, position - 1);
  gtk_list_box_select_row (self->agenda_list, row);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  hide_undo (self);
  self->removed = removed;
  message = g_strdup_printf (_("“%s” was removed from the agenda."), df_removed_agenda_item_get_title (removed));
  gtk_label_set_text (self->undo_label, message);
  gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
  self->undo_timeout = g_timeout_add_seconds (UNDO_SECONDS, on_undo_timeout, self);
  update_actions (self);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (self->removed == NULL)
    return;
  id = df_store_restore_agenda_item (self->store, self->removed, &error);
  hide_undo (self);
  if (id == 0)
    {
      df_error_label_show (self->agenda_error_label, error);
      return;
    }
  df_error_label_show (self->agenda_error_label, NULL);
  select_item (self, id, TRUE);
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (widget);

  if (self->shown_item != NULL)
    move_item (self, self->shown_item, df_agenda_item_get_position (self->shown_item) - 1);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (widget);

  if (self->shown_item != NULL)
    move_item (self, self->shown_item, df_agenda_item_get_position (self->shown_item) + 1);
}

/* --- Showing a meeting ------------------------------------------------- */

static void
on_members_changed (DfStore         *store,
                    const char      *topic,
                    DfMeetingEditor *self)
{
  fill_people (self);
  fill_arranger_choices (self);
  fill_arrangers (self);
  if (self->meeting != NULL)
    {
      g_autoptr (GError) error = NULL;
      /* Read again for the presenters' and responsible people's names. */
      g_autoptr (GListModel) agenda = df_store_list_agenda (store, df_meeting_get_id (self->meeting), &error);

      if (agenda == NULL)
        df_error_label_show (self->agenda_error_label, error);
      fill_meeting_form (self);
    }
  fill_item_form (self);
}

void
df_meeting_editor_set_store (DfMeetingEditor *self,
                             DfStore         *store)
{
  g_return_if_fail (DF_IS_MEETING_EDITOR (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  df_attachment_list_set_store (self->attachment_list, store);
  fill_people (self);
  fill_arranger_choices (self);
  g_signal_connect_object (store, "changed::members", G_CALLBACK (on_members_changed), self, 0);
}

static void
forget_meeting (DfMeetingEditor *self)
{
  hide_undo (self);
  show_item (self, NULL);
  if (self->participants_view != NULL)
    df_participants_view_set_meeting (self->participants_view, NULL, 0);
  gtk_list_box_bind_model (self->agenda_list, NULL, NULL, NULL, NULL);
  if (self->agenda != NULL)
    g_signal_handlers_disconnect_by_func (self->agenda, on_agenda_changed, self);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting, update_heading, self);
  g_clear_object (&self->agenda);
  g_clear_object (&self->attachments);
  g_clear_object (&self->meeting);
}

void
df_meeting_editor_show_meeting (DfMeetingEditor *self,
                                gint64           id,
                                gboolean         details)
{
  g_autoptr (GError) error = NULL;
  DfMeeting *meeting;

  g_return_if_fail (DF_IS_MEETING_EDITOR (self));
  g_return_if_fail (self->store != NULL);

  forget_meeting (self);
  meeting = df_store_find_meeting (self->store, id);
  if (meeting == NULL)
    return;
  self->meeting = g_object_ref (meeting);
  self->agenda = df_store_list_agenda (self->store, id, &error);
  if (self->agenda != NULL)
    self->attachments = df_store_list_attachments (self->store, id, &error);
  if (self->attachments == NULL)
    {
      df_error_label_show (self->agenda_error_label, error);
      return;
    }
  df_error_label_show (self->agenda_error_label, NULL);
  g_signal_connect_swapped (meeting, "notify", G_CALLBACK (update_heading), self);
  update_heading (self);
  fill_meeting_form (self);
  fill_arrangers (self);

  df_participants_view_set_meeting (self->participants_view, self->store, id);
  gtk_list_box_bind_model (self->agenda_list, self->agenda, create_agenda_row, self, NULL);
  g_signal_connect_swapped (self->agenda, "items-changed", G_CALLBACK (on_agenda_changed), self);
  gtk_list_box_select_row (self->agenda_list, gtk_list_box_get_row_at_index (self->agenda_list, 0));
  update_actions (self);
  gtk_stack_set_visible_child_name (self->editor_stack, details ? "details" : "agenda");
  if (details)
    gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
}

/* The pack dialog belongs to the window: it asks the window for it. */
static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (widget);

  if (self->meeting != NULL)
    gtk_widget_activate_action (widget, "win.print-pack", "x", df_meeting_get_id (self->meeting));
}

gint64
df_meeting_editor_get_meeting_id (DfMeetingEditor *self)
{
  g_return_val_if_fail (DF_IS_MEETING_EDITOR (self), 0);
  return self->meeting != NULL ? df_meeting_get_id (self->meeting) : 0;
}

static void
df_meeting_editor_dispose (GObject *object)
{
  DfMeetingEditor *self = DF_MEETING_EDITOR (object);
  GtkWidget *child;

  forget_meeting (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_MEETING_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->people_ids, g_array_unref);
  g_clear_pointer (&self->secretariat_ids, g_array_unref);
  g_clear_pointer (&self->arranger_choices, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_meeting_editor_parent_class)->dispose (object);
}

static void
df_meeting_editor_class_init (DfMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_meeting_editor_dispose;

  gtk_widget_class_install_action (widget_class, "agenda.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "editor.print", NULL);
  gtk_widget_class_install_action (widget_class, "agenda.remove", "x", remove_activated);
  gtk_widget_class_install_action (widget_class, "agenda.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "meeting.remove-arranger", "x", remove_arranger_activated);
  gtk_widget_class_install_action (widget_class, "item.remove-presenter", "x", remove_presenter_activated);
  gtk_widget_class_install_action (widget_class, "agenda.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "agenda.move-down", NULL, move_down_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "agenda.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda.move-down", NULL);

  g_type_ensure (DF_TYPE_ATTACHMENT_LIST);
  g_type_ensure (DF_TYPE_PARTICIPANTS_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, subheading_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, undo_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, date_hint_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, start_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, end_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, full_day_check);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, venue_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, address_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, link_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, marking_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, responsible_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, deadline_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, meeting_error_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, arrangers_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, arrangers_box);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, arrangers_list);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, arranger_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, arranger_error_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, agenda_summary_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, agenda_error_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, item_form);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, item_title_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, format_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, purpose_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, fixed_check);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, fixed_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, item_responsible_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, item_error_label);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, presenters_list);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, presenter_drop_down);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, attachment_list);
  gtk_widget_class_bind_template_child (widget_class, DfMeetingEditor, participants_view);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_meeting);
  gtk_widget_class_bind_template_callback (widget_class, on_revert_meeting);
  gtk_widget_class_bind_template_callback (widget_class, on_item_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_save_item);
  gtk_widget_class_bind_template_callback (widget_class, on_revert_item);
  gtk_widget_class_bind_template_callback (widget_class, on_add_presenter);
  gtk_widget_class_bind_template_callback (widget_class, on_undo_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_arranger);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* Delete on the agenda's list removes the item chosen there, with undo. */
static gboolean
on_agenda_delete (GtkWidget *list,
                  GVariant  *parameter,
                  gpointer   user_data)
{
  DfMeetingEditor *self = user_data;

  if (self->shown_item == NULL)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "agenda.remove", "x", df_agenda_item_get_id (self->shown_item));
}

static void
df_meeting_editor_init (DfMeetingEditor *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  g_autoptr (GtkExpression) name = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->people_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->secretariat_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->arranger_choices = g_array_new (FALSE, FALSE, sizeof (ArrangerChoice));

  fill_code_drop_down (self->kind_drop_down, df_meeting_kinds (), df_meeting_kind_label);
  fill_code_drop_down (self->status_drop_down, df_meeting_statuses (), df_meeting_status_label);
  fill_code_drop_down (self->format_drop_down, df_agenda_item_formats (), df_agenda_item_format_label);
  fill_code_drop_down (self->purpose_drop_down, df_agenda_item_purposes (), df_agenda_item_purpose_label);
  /* Typing a name finds the person among many. */
  gtk_drop_down_set_expression (self->presenter_drop_down, name);
  gtk_drop_down_set_expression (self->arranger_drop_down, name);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (on_agenda_delete, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->agenda_list), keys);
  on_kind_changed (self);
  fill_item_form (self);
  update_actions (self);
}
