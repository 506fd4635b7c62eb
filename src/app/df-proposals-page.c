/* df-proposals-page.c: the Forslag page.
 *
 * The members' proposals for the agenda in a column view over filter and
 * sort models: search as you type, a status and a meeting to show. With
 * a meeting chosen, its deadline for proposals shows with what came in
 * for it. A proposal is added and edited in the proposal editor, and put
 * on a coming meeting's agenda from a popover, in one store call.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-proposals-page"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"

#include "df-error-label.h"
#include "df-list-view.h"
#include "df-meeting-choice.h"
#include "df-proposal-editor.h"
#include "df-proposals-page.h"

struct _DfProposalsPage
{
  GtkWidget            parent_instance;

  DfStore             *store;
  GListModel          *proposals;
  GtkFilterListModel  *filtered;
  GtkStringFilter     *search_filter;
  GtkCustomFilter     *choice_filter;
  GtkSingleSelection  *selection;
  GArray              *meeting_ids;          /* beside the meeting filter's choices */
  GArray              *agenda_meeting_ids;   /* beside the popover's choices */

  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *meeting_dropdown;
  GtkLabel            *deadline_label;
  GtkColumnView       *proposals_view;
  GtkColumnViewColumn *received_column;
  GtkMenuButton       *agenda_button;
  GtkPopover          *agenda_popover;
  GtkLabel            *agenda_heading;
  GtkDropDown         *agenda_meeting_dropdown;
  GtkSpinButton       *agenda_duration_spin;
  GtkLabel            *agenda_error;
  GtkLabel            *status_label;
};

G_DEFINE_FINAL_TYPE (DfProposalsPage, df_proposals_page, GTK_TYPE_WIDGET)

static DfProposal *
selected_proposal (DfProposalsPage *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static gint64
chosen_meeting (DfProposalsPage *self)
{
  return df_meeting_choice_get_selected (self->meeting_dropdown, self->meeting_ids);
}

/* The deadline of the meeting chosen, with the proposals received for it. */
static void
update_deadline (DfProposalsPage *self)
{
  gint64 meeting_id = chosen_meeting (self);
  DfMeeting *meeting = meeting_id != 0 && self->store != NULL ? df_store_find_meeting (self->store, meeting_id) : NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *received = NULL;
  g_autofree char *text = NULL;
  guint n = 0, late = 0;

  if (meeting == NULL)
    {
      gtk_label_set_text (self->deadline_label, _("Choose a meeting to see its deadline for proposals."));
      return;
    }
  for (guint i = 0; self->proposals != NULL && i < g_list_model_get_n_items (self->proposals); i++)
    {
      g_autoptr (DfProposal) proposal = g_list_model_get_item (self->proposals, i);

      if (df_proposal_get_meeting_id (proposal) != meeting_id)
        continue;
      n++;
      late += df_proposal_get_late (proposal) ? 1 : 0;
    }
  if (df_meeting_get_proposal_deadline (meeting)[0] != '\0')
    {
      g_autofree char *day = df_date_iso_to_long (df_meeting_get_proposal_deadline (meeting));

      deadline = g_strdup_printf (_("Deadline for proposals: %s"), day);
    }
  else
    deadline = g_strdup (_("No deadline for proposals"));
  if (late > 0)
    /* TRANSLATORS: how many proposals a meeting received, and how many of
     * them after its deadline; the count decides the form. */
    received = g_strdup_printf (ngettext ("%u proposal received, %u after the deadline",
                                          "%u proposals received, %u after the deadline", n), n, late);
  else
    received = g_strdup_printf (ngettext ("%u proposal received", "%u proposals received", n), n);
  text = g_strdup_printf ("%s · %s", deadline, received);
  gtk_label_set_text (self->deadline_label, text);
}

static void
update_status (DfProposalsPage *self)
{
  guint shown = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u proposal shown", "%u proposals shown", shown), shown);
  DfProposal *proposal = selected_proposal (self);

  gtk_label_set_text (self->status_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.edit", proposal != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.delete", proposal != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->agenda_button),
                            proposal != NULL && !g_str_equal (df_proposal_get_status (proposal), "on-agenda"));
}

static gboolean
match_choices (gpointer item,
               gpointer user_data)
{
  DfProposalsPage *self = user_data;
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  gint64 meeting = chosen_meeting (self);

  /* The first choice of each is "all". */
  if (status > 0 && status != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (df_proposal_get_status (item), df_proposal_statuses ()[status - 1]) != 0)
    return FALSE;
  return meeting == 0 ||
         df_proposal_get_meeting_id (item) == meeting ||
         df_proposal_get_deferred_to_id (item) == meeting;
}

static void
on_search_changed (DfProposalsPage *self)
{
  g_autofree char *folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);

  if (self->search_filter != NULL)
    gtk_string_filter_set_search (self->search_filter, folded);
}

static void
on_filter_changed (DfProposalsPage *self)
{
  if (self->choice_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_deadline (self);
}

static GtkWindow *
toplevel (DfProposalsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
open_editor (DfProposalsPage *self,
             DfProposal      *proposal)
{
  DfProposalEditor *editor = df_proposal_editor_new (self->store, proposal);

  gtk_window_set_transient_for (GTK_WINDOW (editor), toplevel (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_row_activated (DfProposalsPage *self,
                  guint            position)
{
  g_autoptr (DfProposal) proposal = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  open_editor (self, proposal);
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DfProposalsPage *self = DF_PROPOSALS_PAGE (widget);

  if (self->store != NULL)
    open_editor (self, NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfProposalsPage *self = DF_PROPOSALS_PAGE (widget);

  if (selected_proposal (self) != NULL)
    open_editor (self, selected_proposal (self));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (DF_PROPOSALS_PAGE (widget)->search_entry));
}

static void
on_delete_response (GtkDialog       *dialog,
                    int              response,
                    DfProposalsPage *self)
{
  DfProposal *proposal = g_object_get_data (G_OBJECT (dialog), "proposal");
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && !df_store_delete_proposal (self->store, df_proposal_get_id (proposal), &error))
    df_error_dialog_show (toplevel (self), NULL, error);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DfProposalsPage *self = DF_PROPOSALS_PAGE (widget);
  DfProposal *proposal = selected_proposal (self);
  GtkWidget *dialog;

  if (proposal == NULL)
    return;
  dialog = gtk_message_dialog_new (toplevel (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Delete the proposal “%s”?"), df_proposal_get_title (proposal));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Delete a proposal only when it was entered by mistake: a declined "
                                              "proposal is kept as declined, with its reason."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "proposal", g_object_ref (proposal), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- Putting a proposal on an agenda ----------------------------------- */

static void
on_agenda_popover_show (DfProposalsPage *self)
{
  DfProposal *proposal = selected_proposal (self);
  g_autofree char *heading = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->agenda_error), FALSE);
  if (proposal == NULL)
    return;
  heading = g_strdup_printf (_("Put “%s” on the agenda of"), df_proposal_get_title (proposal));
  gtk_label_set_text (self->agenda_heading, heading);
  df_meeting_choice_fill (self->agenda_meeting_dropdown, self->store, NULL, TRUE, self->agenda_meeting_ids,
                          df_proposal_get_meeting_id (proposal));
  gtk_spin_button_set_value (self->agenda_duration_spin, DF_PROPOSAL_DEFAULT_DURATION);
}

static void
to_agenda_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DfProposalsPage *self = DF_PROPOSALS_PAGE (widget);
  DfProposal *proposal = selected_proposal (self);
  gint64 meeting = df_meeting_choice_get_selected (self->agenda_meeting_dropdown, self->agenda_meeting_ids);
  g_autoptr (GError) error = NULL;

  if (proposal == NULL)
    return;
  if (meeting == 0)
    g_set_error (&error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                 _("Meeting: there is no coming meeting; plan the meeting first."));
  else if (df_store_put_proposal_on_agenda (self->store, df_proposal_get_id (proposal), meeting,
                                            gtk_spin_button_get_value_as_int (self->agenda_duration_spin), &error) != 0)
    {
      gtk_popover_popdown (self->agenda_popover);
      return;
    }
  gtk_label_set_text (self->agenda_error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->agenda_error), TRUE);
}

/* --- Following the store ----------------------------------------------- */

/* Filters and sorters look at an item when it arrives, not when its
 * properties change; an edit in place has to tell them. */
static void
on_proposals_changed (DfProposalsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->proposals_view), GTK_SORTER_CHANGE_DIFFERENT);
  update_deadline (self);
  update_status (self);
}

static void
fill_meeting_filter (DfProposalsPage *self)
{
  gint64 chosen = chosen_meeting (self);

  df_meeting_choice_fill (self->meeting_dropdown, self->store, _("All meetings"), FALSE, self->meeting_ids, chosen);
}

static void
on_meetings_changed (DfProposalsPage *self)
{
  fill_meeting_filter (self);
  on_proposals_changed (self);
}

static void
fill_status_choices (DfProposalsPage *self)
{
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, _("All statuses"));
  for (const char * const *status = df_proposal_statuses (); *status != NULL; status++)
    gtk_string_list_append (choices, df_proposal_status_label (*status));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (choices));
}

void
df_proposals_page_set_store (DfProposalsPage *self,
                             DfStore         *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkExpression) search = NULL;
  GtkEveryFilter *filter;

  g_return_if_fail (DF_IS_PROPOSALS_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->proposals = df_store_list_proposals (store, &error);
  if (self->proposals == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  fill_meeting_filter (self);

  search = gtk_property_expression_new (DF_TYPE_PROPOSAL, NULL, "search-text");
  self->search_filter = gtk_string_filter_new (g_steal_pointer (&search));
  gtk_string_filter_set_ignore_case (self->search_filter, FALSE);
  self->choice_filter = gtk_custom_filter_new (match_choices, self, NULL);
  filter = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (GTK_FILTER (self->search_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (GTK_FILTER (self->choice_filter)));

  self->selection = df_list_view_show (self->proposals_view, g_object_ref (self->proposals), GTK_FILTER (filter),
                                       G_CALLBACK (update_status), self, &self->filtered);
  /* The last received first, as the secretariat reads its post. */
  gtk_column_view_sort_by_column (self->proposals_view, self->received_column, GTK_SORT_DESCENDING);
  g_signal_connect_object (store, "changed::followup", G_CALLBACK (on_proposals_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::members", G_CALLBACK (on_proposals_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::meetings", G_CALLBACK (on_meetings_changed), self, G_CONNECT_SWAPPED);
  update_deadline (self);
  update_status (self);
}

static void
df_proposals_page_dispose (GObject *object)
{
  DfProposalsPage *self = DF_PROPOSALS_PAGE (object);
  GtkWidget *child;

  /* The column view's sorter changes as it goes, and the lists with it:
   * the labels that show them are going too. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_PROPOSALS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->choice_filter);
  g_clear_object (&self->proposals);
  g_clear_object (&self->store);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->agenda_meeting_ids, g_array_unref);

  G_OBJECT_CLASS (df_proposals_page_parent_class)->dispose (object);
}

static void
df_proposals_page_class_init (DfProposalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_proposals_page_dispose;

  g_type_ensure (DF_TYPE_PROPOSAL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-proposals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, proposals_view);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, received_column);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, agenda_button);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, agenda_popover);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, agenda_heading);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, agenda_meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, agenda_duration_spin);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, agenda_error);
  gtk_widget_class_bind_template_child (widget_class, DfProposalsPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_agenda_popover_show);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "proposals.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "proposals.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "proposals.to-agenda", NULL, to_agenda_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "proposals.delete", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_proposals_page_init (DfProposalsPage *self)
{
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->agenda_meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_status_choices (self);
}
