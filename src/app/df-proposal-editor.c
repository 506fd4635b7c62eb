/* df-proposal-editor.c: adding and editing a proposal for the agenda.
 *
 * The form checks the title and the date received as the user types and
 * says when a proposal came in after its meeting's deadline; the detail
 * a status needs (the meeting it is deferred to, the reason it is
 * declined) shows only with that status. Putting a proposal on an agenda
 * is the Forslag page's own action, which makes the agenda item too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-proposal-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"

#include "df-error-label.h"
#include "df-meeting-choice.h"
#include "df-proposal-editor.h"

struct _DfProposalEditor
{
  GtkWindow       parent_instance;

  DfStore        *store;
  DfProposal     *proposal;        /* NULL for a new one */
  GListModel     *people;
  GArray         *meeting_ids;
  GArray         *deferred_ids;
  gboolean        tried_to_save;

  GtkEntry       *title_entry;
  GtkLabel       *title_error;
  GtkDropDown    *proposer_dropdown;
  GtkEntry       *received_entry;
  GtkLabel       *received_error;
  GtkDropDown    *meeting_dropdown;
  GtkLabel       *deadline_note;
  GtkTextView    *description_view;
  GtkDropDown    *status_dropdown;
  GtkLabel       *agenda_note;
  GtkWidget      *deferred_label;
  GtkDropDown    *deferred_dropdown;
  GtkWidget      *reason_label;
  GtkEntry       *reason_entry;
  GtkLabel       *save_error;
  GtkWidget      *save_button;
};

G_DEFINE_FINAL_TYPE (DfProposalEditor, df_proposal_editor, GTK_TYPE_WINDOW)

static const char *
text_of (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* The date received as ISO; NULL when it is not a date. */
static char *
read_received (DfProposalEditor *self)
{
  GDate date;

  g_date_clear (&date, 1);
  return df_date_parse (text_of (self->received_entry), &date) ? df_date_to_iso (&date) : NULL;
}

static const char *
chosen_status (DfProposalEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);
  const char * const *statuses = df_proposal_statuses ();

  return selected < g_strv_length ((char **) statuses) ? statuses[selected] : "received";
}

/* Warns when the proposal came in after its meeting's deadline. */
static void
check_deadline (DfProposalEditor *self,
                const char       *received)
{
  gint64 meeting_id = df_meeting_choice_get_selected (self->meeting_dropdown, self->meeting_ids);
  DfMeeting *meeting = meeting_id != 0 ? df_store_find_meeting (self->store, meeting_id) : NULL;
  const char *deadline = meeting != NULL ? df_meeting_get_proposal_deadline (meeting) : "";

  /* ISO dates compare as text. */
  if (received != NULL && deadline[0] != '\0' && g_strcmp0 (received, deadline) > 0)
    {
      g_autofree char *day = df_date_iso_to_short (deadline);
      g_autofree char *text = g_strdup_printf (_("Received after the meeting’s deadline for proposals, %s."), day);

      gtk_label_set_text (self->deadline_note, text);
      gtk_widget_set_visible (GTK_WIDGET (self->deadline_note), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->deadline_note), FALSE);
}

/* Checks the fields, shows what is wrong beside them, and says whether
 * the form can be saved. An untouched empty title is named only after a
 * first attempt to save. */
static gboolean
validate (DfProposalEditor *self)
{
  g_autofree char *received = read_received (self);
  g_autofree char *title = g_strstrip (g_strdup (text_of (self->title_entry)));
  const char *status = chosen_status (self);
  gboolean valid = TRUE;

  if (title[0] == '\0')
    {
      df_error_label_show_for_entry (self->title_entry, self->title_error, self->tried_to_save ? _("A title is required.") : NULL);
      valid = FALSE;
    }
  else
    df_error_label_show_for_entry (self->title_entry, self->title_error, NULL);
  if (received == NULL)
    {
      df_error_label_show_for_entry (self->received_entry, self->received_error,
                                     _("Received: give the day as dd-mm-yyyy."));
      valid = FALSE;
    }
  else
    df_error_label_show_for_entry (self->received_entry, self->received_error, NULL);
  check_deadline (self, received);

  gtk_widget_set_visible (self->deferred_label, g_str_equal (status, "deferred"));
  gtk_widget_set_visible (GTK_WIDGET (self->deferred_dropdown), g_str_equal (status, "deferred"));
  gtk_widget_set_visible (self->reason_label, g_str_equal (status, "declined"));
  gtk_widget_set_visible (GTK_WIDGET (self->reason_entry), g_str_equal (status, "declined"));
  return valid;
}

static void
on_changed (DfProposalEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->save_error), FALSE);
  validate (self);
}

static char *
description_text (DfProposalEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfProposalEditor *self = DF_PROPOSAL_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfProposal) proposal = NULL;
  g_autofree char *received = read_received (self);
  g_autofree char *description = description_text (self);
  DfPerson *proposer = gtk_drop_down_get_selected_item (self->proposer_dropdown);
  const char *status = chosen_status (self);

  self->tried_to_save = TRUE;
  if (!validate (self))
    return;
  proposal = g_object_new (DF_TYPE_PROPOSAL,
                           "id", self->proposal ? df_proposal_get_id (self->proposal) : (gint64) 0,
                           "proposer-id", proposer ? df_person_get_id (proposer) : (gint64) 0,
                           "received", received,
                           "title", text_of (self->title_entry),
                           "description", description,
                           "meeting-id", df_meeting_choice_get_selected (self->meeting_dropdown, self->meeting_ids),
                           "status", status,
                           /* The item it became stays its own. */
                           "agenda-item-id", self->proposal ? df_proposal_get_agenda_item_id (self->proposal) : (gint64) 0,
                           "deferred-to-id", df_meeting_choice_get_selected (self->deferred_dropdown, self->deferred_ids),
                           "reason", text_of (self->reason_entry),
                           NULL);
  if (df_store_save_proposal (self->store, proposal, &error) == 0)
    {
      gtk_label_set_text (self->save_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- Filling the form -------------------------------------------------- */

static void
select_person (DfProposalEditor *self,
               gint64            id)
{
  for (guint i = 0; self->people != NULL && i < g_list_model_get_n_items (self->people); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (self->people, i);

      if (df_person_get_id (person) == id)
        {
          gtk_drop_down_set_selected (self->proposer_dropdown, i);
          return;
        }
    }
}

/* A new proposal is for the next meeting of the forum still to come. */
static gint64
next_forum_meeting (DfProposalEditor *self)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (self->store, NULL);
  g_autofree char *today = df_date_today_iso ();

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);

      if (g_str_equal (df_meeting_get_kind (meeting), "forum") &&
          g_strcmp0 (df_meeting_get_date (meeting), today) >= 0 &&
          !g_str_equal (df_meeting_get_status (meeting), "cancelled"))
        return df_meeting_get_id (meeting);
    }
  return 0;
}

static void
fill_form (DfProposalEditor *self)
{
  DfProposal *p = self->proposal;
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *received = NULL;
  guint n_statuses = 0;

  self->people = df_store_list_people (self->store, NULL);
  gtk_drop_down_set_model (self->proposer_dropdown, self->people);
  for (const char * const *status = df_proposal_statuses (); *status != NULL; status++, n_statuses++)
    gtk_string_list_append (statuses, df_proposal_status_label (*status));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  df_meeting_choice_fill (self->meeting_dropdown, self->store, _("No meeting"), FALSE, self->meeting_ids,
                          p ? df_proposal_get_meeting_id (p) : next_forum_meeting (self));
  /* Every meeting: one deferred to earlier keeps its place. */
  df_meeting_choice_fill (self->deferred_dropdown, self->store, NULL, FALSE, self->deferred_ids,
                          p != NULL && df_proposal_get_deferred_to_id (p) != 0
                          ? df_proposal_get_deferred_to_id (p) : next_forum_meeting (self));

  gtk_window_set_title (GTK_WINDOW (self), p ? _("Edit Proposal") : _("New Proposal"));
  if (p == NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      received = g_date_time_format (now, "%d-%m-%Y");
      gtk_editable_set_text (GTK_EDITABLE (self->received_entry), received);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), df_proposal_get_title (p));
  select_person (self, df_proposal_get_proposer_id (p));
  received = df_date_iso_to_short (df_proposal_get_received (p));
  gtk_editable_set_text (GTK_EDITABLE (self->received_entry), received);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view), df_proposal_get_description (p), -1);
  for (guint i = 0; i < n_statuses; i++)
    if (g_str_equal (df_proposal_statuses ()[i], df_proposal_get_status (p)))
      gtk_drop_down_set_selected (self->status_dropdown, i);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), df_proposal_get_reason (p));
  if (g_str_equal (df_proposal_get_status (p), "on-agenda"))
    {
      gtk_label_set_text (self->agenda_note, df_proposal_get_status_text (p));
      gtk_widget_set_visible (GTK_WIDGET (self->agenda_note), TRUE);
    }
}

DfProposalEditor *
df_proposal_editor_new (DfStore    *store,
                        DfProposal *proposal)
{
  DfProposalEditor *self = g_object_new (DF_TYPE_PROPOSAL_EDITOR, NULL);

  self->store = g_object_ref (store);
  self->proposal = proposal ? g_object_ref (proposal) : NULL;
  fill_form (self);
  validate (self);
  return self;
}

static void
df_proposal_editor_dispose (GObject *object)
{
  DfProposalEditor *self = DF_PROPOSAL_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_PROPOSAL_EDITOR);
  g_clear_object (&self->people);
  g_clear_object (&self->proposal);
  g_clear_object (&self->store);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->deferred_ids, g_array_unref);

  G_OBJECT_CLASS (df_proposal_editor_parent_class)->dispose (object);
}

static void
df_proposal_editor_class_init (DfProposalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_proposal_editor_dispose;

  g_type_ensure (DF_TYPE_PERSON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-proposal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, proposer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, received_entry);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, received_error);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, deadline_note);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, agenda_note);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, deferred_label);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, deferred_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, reason_label);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, save_error);
  gtk_widget_class_bind_template_child (widget_class, DfProposalEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
df_proposal_editor_init (DfProposalEditor *self)
{
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->deferred_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}
