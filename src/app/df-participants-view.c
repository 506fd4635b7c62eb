/* df-participants-view.c: the participants of a meeting, edited in place.
 *
 * Replies, substitutes, a partial stay ("fra"/"til"), whether a guest
 * comes for their own items only, diet, accessibility and notes, and
 * attendance are edited in the list's own cells, each
 * change one store call; single keys mark the
 * selected participant's reply or attendance, so a stack of e-mails can be
 * worked through without the mouse. The counts above follow every change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-participants-view"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-agenda-item.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-meeting.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-participants.h"
#include "dialogforum/df-time.h"

#include "df-a11y.h"
#include "df-error-label.h"
#include "df-participants-view.h"

static const char * const replies[] = { "invited", "accepted", "declined", "substitute" };
static const char * const channels[] = { "email", "phone", "other" };

struct _DfParticipantsView
{
  GtkWidget           parent_instance;

  DfStore            *store;
  gint64              meeting_id;
  GListModel         *participants;
  GtkSingleSelection *selection;

  GtkLabel           *counts_label;
  GtkMenuButton      *add_button;
  GtkDropDown        *person_dropdown;
  GtkCheckButton     *guest_check;
  GtkDropDown        *channel_dropdown;
  GtkLabel           *error_label;
  GtkColumnView      *view;
};

G_DEFINE_FINAL_TYPE (DfParticipantsView, df_participants_view, GTK_TYPE_WIDGET)

static void
update_counts (DfParticipantsView *self)
{
  DfParticipantCounts counts;
  int lunch_start = -1, lunch_end = -1;
  g_autoptr (GListModel) agenda = NULL;
  g_autofree char *text = NULL;
  g_autofree char *invited = NULL;
  g_autofree char *accepted = NULL;
  g_autofree char *declined = NULL;
  g_autofree char *unanswered = NULL;
  DfMeeting *meeting;

  if (self->participants == NULL)
    return;
  meeting = df_store_find_meeting (self->store, self->meeting_id);
  agenda = df_store_list_agenda (self->store, self->meeting_id, NULL);
  for (guint i = 0; agenda != NULL && i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, i);

      if (g_strcmp0 (df_agenda_item_get_format (item), "lunch") == 0)
        {
          lunch_start = df_agenda_item_get_start (item);
          lunch_end = df_agenda_item_get_end (item);
        }
    }
  df_participant_counts (self->participants, lunch_start, lunch_end, &counts);
  invited = g_strdup_printf (ngettext ("%u invited", "%u invited", counts.invited), counts.invited);
  accepted = g_strdup_printf (ngettext ("%u coming", "%u coming", counts.accepted), counts.accepted);
  declined = g_strdup_printf (ngettext ("%u declined", "%u declined", counts.declined), counts.declined);
  unanswered = g_strdup_printf (ngettext ("%u without reply", "%u without reply", counts.unanswered), counts.unanswered);
  if (meeting != NULL && df_meeting_get_full_day (meeting) && lunch_start >= 0)
    {
      g_autofree char *lunches = g_strdup_printf (ngettext ("%u lunch", "%u lunches", counts.lunches), counts.lunches);

      text = g_strdup_printf ("%s · %s · %s · %s · %s", invited, accepted, declined, unanswered, lunches);
    }
  else
    text = g_strdup_printf ("%s · %s · %s · %s", invited, accepted, declined, unanswered);
  gtk_label_set_text (self->counts_label, text);
}

static const char *
chosen_channel (DfParticipantsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->channel_dropdown);

  return selected < G_N_ELEMENTS (channels) ? channels[selected] : "other";
}

static void
record_reply (DfParticipantsView *self,
              DfParticipant      *p,
              const char         *reply)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *today = df_date_today_iso ();

  if (!df_store_record_reply (self->store, df_participant_get_id (p), reply, 0, today, chosen_channel (self), &error))
    df_error_label_show (self->error_label, error);
  else
    df_error_label_show (self->error_label, NULL);
}

static void
set_attended (DfParticipantsView *self,
              DfParticipant      *p,
              int                 attended)
{
  g_autoptr (GError) error = NULL;

  if (!df_store_set_attended (self->store, df_participant_get_id (p), attended, &error))
    df_error_label_show (self->error_label, error);
  else
    df_error_label_show (self->error_label, NULL);
}

/* What the store's update takes, as @p has it now: each cell changes its
 * own part of a copy. */
static DfParticipant *
editable_copy (DfParticipant *p)
{
  return g_object_new (DF_TYPE_PARTICIPANT,
                       "id", df_participant_get_id (p),
                       "attend-from", df_participant_get_attend_from (p),
                       "attend-to", df_participant_get_attend_to (p),
                       "only-own-items", df_participant_get_only_own_items (p),
                       "dietary", df_participant_get_dietary (p),
                       "accessibility", df_participant_get_accessibility (p),
                       "notes", df_participant_get_notes (p),
                       "attended", df_participant_get_attended (p),
                       NULL);
}

/* Refused for someone who presents on no item: the store says so. */
static void
set_only_own_items (DfParticipantsView *self,
                    DfParticipant      *p,
                    gboolean            only_own_items)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfParticipant) changed = editable_copy (p);

  g_object_set (changed, "only-own-items", only_own_items, NULL);
  if (!df_store_update_participant (self->store, changed, &error))
    df_error_label_show (self->error_label, error);
  else
    df_error_label_show (self->error_label, NULL);
}

/* --- Cells ------------------------------------------------------------- */

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            const char               *property)
{
  GBinding *binding = g_object_bind_property (gtk_list_item_get_item (item), property,
                                              gtk_list_item_get_child (item), "label", G_BINDING_SYNC_CREATE);

  g_object_set_data (G_OBJECT (item), "binding", binding);
}

static void
unbind_any (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GBinding *binding = g_object_get_data (G_OBJECT (item), "binding");

  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (item), "binding", NULL);
}

static void
on_reply_chosen (GtkDropDown        *dropdown,
                 GParamSpec         *pspec,
                 DfParticipantsView *self)
{
  DfParticipant *p = g_object_get_data (G_OBJECT (dropdown), "participant");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (p == NULL || selected >= G_N_ELEMENTS (replies) ||
      g_strcmp0 (df_participant_get_reply (p), replies[selected]) == 0)
    return;
  record_reply (self, p, replies[selected]);
}

static void
setup_reply (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             DfParticipantsView       *self)
{
  const char *labels[] = {
    df_participant_reply_label ("invited"), df_participant_reply_label ("accepted"),
    df_participant_reply_label ("declined"), df_participant_reply_label ("substitute"), NULL,
  };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (labels);

  gtk_widget_add_css_class (dropdown, "flat");
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_reply_chosen), self);
  gtk_list_item_set_child (item, dropdown);
}

static void
show_reply (GtkDropDown   *dropdown,
            DfParticipant *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (replies); i++)
    if (g_strcmp0 (df_participant_get_reply (p), replies[i]) == 0)
      gtk_drop_down_set_selected (dropdown, i);
}

static void
on_reply_changed (DfParticipant *p,
                  GParamSpec    *pspec,
                  GtkDropDown   *dropdown)
{
  show_reply (dropdown, p);
}

static void
bind_reply (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            DfParticipantsView       *self)
{
  GtkWidget *dropdown = gtk_list_item_get_child (item);
  DfParticipant *p = gtk_list_item_get_item (item);
  g_autofree char *name = g_strdup_printf (_("Reply of %s"), df_participant_get_person_name (p));

  /* The participant is named before the choice is shown, so that showing
   * it is not taken for a new reply. */
  g_object_set_data (G_OBJECT (dropdown), "participant", NULL);
  show_reply (GTK_DROP_DOWN (dropdown), p);
  g_object_set_data (G_OBJECT (dropdown), "participant", p);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_object (p, "notify::reply", G_CALLBACK (on_reply_changed), dropdown, 0);
}

static void
unbind_reply (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *dropdown = gtk_list_item_get_child (item);
  DfParticipant *p = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (dropdown), "participant", NULL);
  g_signal_handlers_disconnect_by_func (p, on_reply_changed, dropdown);
}

/* @field is the participant's property the cell edits: "dietary",
 * "accessibility" or "notes". */
static const char *
text_of_field (DfParticipant *p,
               const char    *field)
{
  if (g_str_equal (field, "dietary"))
    return df_participant_get_dietary (p);
  if (g_str_equal (field, "accessibility"))
    return df_participant_get_accessibility (p);
  return df_participant_get_notes (p);
}

/* The text cells save when the user leaves them or presses Enter. */
static void
save_text (GtkEditable        *entry,
           DfParticipantsView *self)
{
  DfParticipant *p = g_object_get_data (G_OBJECT (entry), "participant");
  const char *field = g_object_get_data (G_OBJECT (entry), "field");
  g_autoptr (GError) error = NULL;
  g_autoptr (DfParticipant) changed = NULL;
  const char *text = gtk_editable_get_text (entry);

  if (p == NULL || g_strcmp0 (text, text_of_field (p, field)) == 0)
    return;
  changed = editable_copy (p);
  g_object_set (changed, field, text, NULL);
  if (!df_store_update_participant (self->store, changed, &error))
    df_error_label_show (self->error_label, error);
}

static void
on_text_focus_left (GtkEventControllerFocus *controller,
                    DfParticipantsView      *self)
{
  save_text (GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))), self);
}

static void
setup_text (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            DfParticipantsView       *self)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
  g_signal_connect (entry, "activate", G_CALLBACK (save_text), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_text_focus_left), self);
  gtk_widget_add_controller (entry, focus);
  gtk_list_item_set_child (item, entry);
}

static void
bind_text (GtkListItem *item,
           const char  *field,
           const char  *name)
{
  GtkWidget *entry = gtk_list_item_get_child (item);
  DfParticipant *p = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (entry), "participant", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), text_of_field (p, field));
  g_object_set_data (G_OBJECT (entry), "field", (gpointer) field);
  g_object_set_data (G_OBJECT (entry), "participant", p);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
bind_dietary (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  g_autofree char *name = g_strdup_printf (_("Diet and needs of %s"),
                                           df_participant_get_person_name (gtk_list_item_get_item (item)));

  bind_text (item, "dietary", name);
}

static void
bind_accessibility (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  g_autofree char *name = g_strdup_printf (_("Accessibility needs of %s"),
                                           df_participant_get_person_name (gtk_list_item_get_item (item)));

  bind_text (item, "accessibility", name);
}

static void
bind_notes (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  g_autofree char *name = g_strdup_printf (_("Notes on %s"),
                                           df_participant_get_person_name (gtk_list_item_get_item (item)));

  bind_text (item, "notes", name);
}

static void
unbind_text (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "participant", NULL);
}

/* The partial stay: two times of day, "fra" and "til"; empty is the
 * meeting's own start or end. The cell saves when the focus leaves it,
 * not when it moves from one time to the other. */
static void
mark_stay_entries (GtkWidget *cell,
                   gboolean   invalid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (cell); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ENTRY (child))
      {
        if (invalid)
          gtk_widget_add_css_class (child, "error");
        else
          gtk_widget_remove_css_class (child, "error");
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_INVALID,
                                     invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
      }
}

static void
show_stay_error (DfParticipantsView *self,
                 GtkWidget          *cell,
                 DfParticipant      *p,
                 const char         *message)
{
  /* TRANSLATORS: the participant's name, then what is wrong with the
   * times of their stay. */
  g_autofree char *text = g_strdup_printf (_("Stay of %s: %s"), df_participant_get_person_name (p), message);

  mark_stay_entries (cell, TRUE);
  df_error_label_show_text (self->error_label, text);
}

/* Reads one of the stay's times: empty gives -1. */
static gboolean
read_stay_time (DfParticipantsView *self,
                GtkWidget          *cell,
                DfParticipant      *p,
                const char         *entry_key,
                const char         *field,
                int                *minutes)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (cell), entry_key)));
  g_autofree char *message = NULL;

  if (df_text_is_blank (text))
    {
      *minutes = -1;
      return TRUE;
    }
  if (df_time_parse (text, g_str_equal (entry_key, "to-entry"), minutes))
    return TRUE;
  /* TRANSLATORS: the first %s names the field, "From" or "To". */
  message = g_strdup_printf (_("%s: “%s” is not a time of day (such as 9.30)."), field, text);
  show_stay_error (self, cell, p, message);
  return FALSE;
}

static void
save_stay (GtkWidget          *cell,
           DfParticipantsView *self)
{
  DfParticipant *p = g_object_get_data (G_OBJECT (cell), "participant");
  g_autoptr (DfParticipant) changed = NULL;
  g_autoptr (GError) error = NULL;
  int from, to;

  if (p == NULL ||
      !read_stay_time (self, cell, p, "from-entry", _("From"), &from) ||
      !read_stay_time (self, cell, p, "to-entry", _("To"), &to))
    return;
  if (from == df_participant_get_attend_from (p) && to == df_participant_get_attend_to (p))
    {
      mark_stay_entries (cell, FALSE);
      return;
    }
  changed = editable_copy (p);
  g_object_set (changed, "attend-from", from, "attend-to", to, NULL);
  if (!df_store_update_participant (self->store, changed, &error))
    {
      show_stay_error (self, cell, p, error->message);
      return;
    }
  mark_stay_entries (cell, FALSE);
  df_error_label_show (self->error_label, NULL);
}

static void
on_stay_entry_activated (GtkEntry           *entry,
                         DfParticipantsView *self)
{
  save_stay (gtk_widget_get_parent (GTK_WIDGET (entry)), self);
}

static void
on_stay_focus_left (GtkEventControllerFocus *controller,
                    DfParticipantsView      *self)
{
  save_stay (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), self);
}

static GtkWidget *
stay_entry (DfParticipantsView *self,
            const char         *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 5);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
  g_signal_connect (entry, "activate", G_CALLBACK (on_stay_entry_activated), self);
  return entry;
}

/* The cell: the two times, the box the code above calls the stay's cell,
 * and under them, for a guest who comes for their own items only, the
 * stay that follows from the items. */
static void
setup_stay (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            DfParticipantsView       *self)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *times = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *from = stay_entry (self, C_("stay", "from"));
  GtkWidget *to = stay_entry (self, C_("stay", "to"));
  GtkWidget *own = gtk_label_new (NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_box_append (GTK_BOX (times), from);
  gtk_box_append (GTK_BOX (times), gtk_label_new ("–"));
  gtk_box_append (GTK_BOX (times), to);
  g_object_set_data (G_OBJECT (times), "from-entry", from);
  g_object_set_data (G_OBJECT (times), "to-entry", to);
  g_signal_connect (focus, "leave", G_CALLBACK (on_stay_focus_left), self);
  gtk_widget_add_controller (times, focus);
  gtk_label_set_xalign (GTK_LABEL (own), 0);
  gtk_label_set_wrap (GTK_LABEL (own), TRUE);
  gtk_widget_add_css_class (own, "dim-label");
  gtk_widget_add_css_class (own, "caption");
  gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (cell), times);
  gtk_box_append (GTK_BOX (cell), own);
  g_object_set_data (G_OBJECT (cell), "times", times);
  g_object_set_data (G_OBJECT (cell), "own-label", own);
  gtk_list_item_set_child (item, cell);
}

/* Empty times are the meeting's start and end or, for a guest who comes
 * for their own items only, their items' start and end: the placeholders
 * show which. */
static void
show_stay (GtkWidget     *cell,
           DfParticipant *p)
{
  GtkWidget *times = g_object_get_data (G_OBJECT (cell), "times");
  GtkWidget *own_label = g_object_get_data (G_OBJECT (cell), "own-label");
  GtkEntry *from_entry = g_object_get_data (G_OBJECT (times), "from-entry");
  GtkEntry *to_entry = g_object_get_data (G_OBJECT (times), "to-entry");
  int from = df_participant_get_attend_from (p), to = df_participant_get_attend_to (p);
  gboolean own = df_participant_has_own_items_stay (p);
  g_autofree char *from_text = from >= 0 ? df_time_format (from) : g_strdup ("");
  g_autofree char *to_text = to >= 0 ? df_time_format (to) : g_strdup ("");
  g_autofree char *items_start = own ? df_time_format (df_participant_get_items_start (p)) : NULL;
  g_autofree char *items_end = own ? df_time_format (df_participant_get_items_end (p)) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (from_entry), from_text);
  gtk_editable_set_text (GTK_EDITABLE (to_entry), to_text);
  gtk_entry_set_placeholder_text (from_entry, own ? items_start : C_("stay", "from"));
  gtk_entry_set_placeholder_text (to_entry, own ? items_end : C_("stay", "to"));
  /* The items may all have gone since the flag was set. */
  gtk_label_set_text (GTK_LABEL (own_label), own ? df_participant_get_span_text (p)
                                                 : _("No own items on the agenda"));
  gtk_widget_set_visible (own_label, df_participant_get_only_own_items (p));
  mark_stay_entries (times, FALSE);
}

static void
on_stay_changed (DfParticipant *p,
                 GParamSpec    *pspec,
                 GtkWidget     *cell)
{
  show_stay (cell, p);
}

static void
bind_stay (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  GtkWidget *times = g_object_get_data (G_OBJECT (cell), "times");
  DfParticipant *p = gtk_list_item_get_item (item);
  g_autofree char *from_name = g_strdup_printf (_("Stay of %s, from"), df_participant_get_person_name (p));
  g_autofree char *to_name = g_strdup_printf (_("Stay of %s, to"), df_participant_get_person_name (p));

  g_object_set_data (G_OBJECT (times), "participant", NULL);
  show_stay (cell, p);
  g_object_set_data (G_OBJECT (times), "participant", p);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (times), "from-entry")),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, from_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (times), "to-entry")),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, to_name, -1);
  g_signal_connect_object (p, "notify::span-text", G_CALLBACK (on_stay_changed), cell, 0);
  g_signal_connect_object (p, "notify::only-own-items", G_CALLBACK (on_stay_changed), cell, 0);
}

static void
unbind_stay (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *cell = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (g_object_get_data (G_OBJECT (cell), "times")), "participant", NULL);
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_stay_changed, cell);
}

/* The checks in a row, "Kun egne punkter" and "Fremmødt": @flag is the
 * participant's property the check shows, "only-own-items" or "attended". */
static gboolean
flag_of (DfParticipant *p,
         const char    *flag)
{
  if (g_str_equal (flag, "attended"))
    return df_participant_get_attended (p) == 1;
  return df_participant_get_only_own_items (p);
}

/* The participant is named after the check is set, so that setting it is
 * not taken for a change. */
static void
show_flag (GtkCheckButton *check,
           DfParticipant  *p)
{
  g_object_set_data (G_OBJECT (check), "participant", NULL);
  gtk_check_button_set_active (check, flag_of (p, g_object_get_data (G_OBJECT (check), "flag")));
  g_object_set_data (G_OBJECT (check), "participant", p);
}

static void
on_flag_toggled (GtkCheckButton     *check,
                 DfParticipantsView *self)
{
  DfParticipant *p = g_object_get_data (G_OBJECT (check), "participant");
  const char *flag = g_object_get_data (G_OBJECT (check), "flag");
  gboolean active = gtk_check_button_get_active (check);

  if (p == NULL || flag_of (p, flag) == active)
    return;
  if (g_str_equal (flag, "attended"))
    set_attended (self, p, active ? 1 : 0);
  else
    set_only_own_items (self, p, active);
  /* A refusal leaves the check as the store has it. */
  show_flag (check, p);
}

static void
setup_flag (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            DfParticipantsView       *self)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  g_signal_connect (check, "toggled", G_CALLBACK (on_flag_toggled), self);
  gtk_list_item_set_child (item, check);
}

static void
on_flag_changed (DfParticipant  *p,
                 GParamSpec     *pspec,
                 GtkCheckButton *check)
{
  show_flag (check, p);
}

static void
bind_flag (GtkListItem *item,
           const char  *flag,
           const char  *name)
{
  GtkWidget *check = gtk_list_item_get_child (item);
  DfParticipant *p = gtk_list_item_get_item (item);
  g_autofree char *signal = g_strconcat ("notify::", flag, NULL);

  g_object_set_data (G_OBJECT (check), "flag", (gpointer) flag);
  show_flag (GTK_CHECK_BUTTON (check), p);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_object (p, signal, G_CALLBACK (on_flag_changed), check, 0);
}

static void
bind_own_items (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  g_autofree char *name = g_strdup_printf (_("%s comes for own items only"),
                                           df_participant_get_person_name (gtk_list_item_get_item (item)));

  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item),
                               _("Comes only for the agenda items they present on or take part in"));
  bind_flag (item, "only-own-items", name);
}

static void
bind_attended (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  g_autofree char *name = g_strdup_printf (_("%s attended"),
                                           df_participant_get_person_name (gtk_list_item_get_item (item)));

  bind_flag (item, "attended", name);
}

static void
unbind_flag (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *check = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (check), "participant", NULL);
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_flag_changed, check);
}

static void
add_label_column (DfParticipantsView *self,
                  const char         *title,
                  const char         *property,
                  int                 width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_label), g_strdup (property),
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_any), NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->view, column);
}

static void
add_column (DfParticipantsView *self,
            const char         *title,
            GCallback           setup,
            GCallback           bind,
            GCallback           unbind,
            int                 width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  g_signal_connect (factory, "unbind", unbind, self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_append_column (self->view, column);
}

/* --- Actions ----------------------------------------------------------- */

static DfParticipant *
selected (DfParticipantsView *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
invite_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DfParticipantsView *self = DF_PARTICIPANTS_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (!df_store_invite_members (self->store, self->meeting_id, NULL, &error))
    df_error_label_show (self->error_label, error);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DfParticipantsView *self = DF_PARTICIPANTS_VIEW (widget);
  DfPerson *person = gtk_drop_down_get_selected_item (self->person_dropdown);
  g_autoptr (GError) error = NULL;
  const char *role;

  if (person == NULL)
    return;
  role = gtk_check_button_get_active (self->guest_check) ? "guest"
       : df_person_get_is_secretariat (person) ? "secretariat" : "member";
  if (df_store_add_participant (self->store, self->meeting_id, df_person_get_id (person), role, &error) == 0)
    df_error_label_show (self->error_label, error);
  else
    gtk_menu_button_popdown (self->add_button);
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DfParticipantsView *self = DF_PARTICIPANTS_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (selected (self) != NULL && !df_store_remove_participant (self->store, df_participant_get_id (selected (self)), &error))
    df_error_label_show (self->error_label, error);
}

static void
mark_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfParticipantsView *self = DF_PARTICIPANTS_VIEW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  DfParticipant *p = selected (self);

  if (p == NULL)
    return;
  if (g_str_equal (what, "attended"))
    set_attended (self, p, df_participant_get_attended (p) == 1 ? 0 : 1);
  else if (g_str_equal (what, "own-items"))
    set_only_own_items (self, p, !df_participant_get_only_own_items (p));
  else
    record_reply (self, p, what);
}

static void
on_copy (GtkButton   *button,
         GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
}

static void
on_open_mail (GtkButton *button,
              GtkWindow *window)
{
  gtk_show_uri (window, g_object_get_data (G_OBJECT (button), "uri"), GDK_CURRENT_TIME);
}

static void
invitation_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DfParticipantsView *self = DF_PARTICIPANTS_VIEW (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = df_invitation_text (self->store, self->meeting_id, &error);
  g_autofree char *mailto = text ? df_invitation_mailto (self->store, self->meeting_id, &error) : NULL;
  GtkWidget *window, *header, *copy, *mail, *scrolled, *view;

  if (mailto == NULL)
    {
      df_error_label_show (self->error_label, error);
      return;
    }
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Invitation"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 520);
  header = gtk_header_bar_new ();
  copy = gtk_button_new_with_mnemonic (_("_Copy"));
  mail = gtk_button_new_with_mnemonic (_("Open in _Mail…"));
  gtk_widget_set_tooltip_text (mail, _("Opens the mail program with every invited address in Bcc"));
  gtk_widget_add_css_class (mail, "suggested-action");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), copy);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), mail);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Invitation text"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  g_signal_connect (copy, "clicked", G_CALLBACK (on_copy), view);
  g_object_set_data_full (G_OBJECT (mail), "uri", g_steal_pointer (&mailto), g_free);
  g_signal_connect (mail, "clicked", G_CALLBACK (on_open_mail), window);
  gtk_window_present (GTK_WINDOW (window));
}

void
df_participants_view_set_meeting (DfParticipantsView *self,
                                  DfStore            *store,
                                  gint64              meeting_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) people = NULL;

  g_return_if_fail (DF_IS_PARTICIPANTS_VIEW (self));

  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_func (self->participants, update_counts, self);
  g_clear_object (&self->participants);
  g_clear_object (&self->selection);
  g_set_object (&self->store, store);
  self->meeting_id = meeting_id;
  gtk_column_view_set_model (self->view, NULL);
  df_error_label_show (self->error_label, NULL);
  if (store == NULL || meeting_id == 0)
    return;

  self->participants = df_store_list_participants (store, meeting_id, &error);
  if (self->participants == NULL)
    {
      df_error_label_show (self->error_label, error);
      return;
    }
  people = df_store_list_people (store, NULL);
  gtk_drop_down_set_model (self->person_dropdown, people);
  self->selection = gtk_single_selection_new (g_object_ref (self->participants));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->participants, "items-changed", G_CALLBACK (update_counts), self);
  g_signal_connect_object (store, "changed::participants", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  update_counts (self);
}

static void
df_participants_view_dispose (GObject *object)
{
  DfParticipantsView *self = DF_PARTICIPANTS_VIEW (object);
  GtkWidget *child;

  df_participants_view_set_meeting (self, NULL, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_PARTICIPANTS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (df_participants_view_parent_class)->dispose (object);
}

static void
df_participants_view_class_init (DfParticipantsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_participants_view_dispose;

  g_type_ensure (DF_TYPE_PERSON);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-participants-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DfParticipantsView, counts_label);
  gtk_widget_class_bind_template_child (widget_class, DfParticipantsView, add_button);
  gtk_widget_class_bind_template_child (widget_class, DfParticipantsView, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfParticipantsView, guest_check);
  gtk_widget_class_bind_template_child (widget_class, DfParticipantsView, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfParticipantsView, error_label);
  gtk_widget_class_bind_template_child (widget_class, DfParticipantsView, view);

  gtk_widget_class_install_action (widget_class, "participants.invite", NULL, invite_activated);
  gtk_widget_class_install_action (widget_class, "participants.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "participants.remove", NULL, remove_activated);
  gtk_widget_class_install_action (widget_class, "participants.invitation", NULL, invitation_activated);
  gtk_widget_class_install_action (widget_class, "participants.mark", "s", mark_activated);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
add_key (GtkShortcutController *controller,
         guint                  key,
         const char            *what)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                                                          gtk_named_action_new ("participants.mark")));
  /* The argument goes on the shortcut just added. */
  {
    GListModel *shortcuts = G_LIST_MODEL (controller);
    g_autoptr (GtkShortcut) last = g_list_model_get_item (shortcuts, g_list_model_get_n_items (shortcuts) - 1);

    gtk_shortcut_set_arguments (last, g_variant_new_string (what));
  }
}

static void
df_participants_view_init (DfParticipantsView *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  df_a11y_name_dropdown (self->channel_dropdown, _("Replies received by"));
  df_a11y_name_dropdown (self->person_dropdown, _("Person to add"));

  add_label_column (self, _("Name"), "person-name", 170);
  add_label_column (self, _("Organisation"), "organisation-name", 160);
  add_column (self, _("Reply"), G_CALLBACK (setup_reply), G_CALLBACK (bind_reply), G_CALLBACK (unbind_reply), 170);
  add_label_column (self, _("Substitute"), "substitute-name", 140);
  add_column (self, _("Stay"), G_CALLBACK (setup_stay), G_CALLBACK (bind_stay), G_CALLBACK (unbind_stay), 200);
  add_column (self, _("Own items only"), G_CALLBACK (setup_flag), G_CALLBACK (bind_own_items), G_CALLBACK (unbind_flag), 140);
  add_column (self, _("Diet and needs"), G_CALLBACK (setup_text), G_CALLBACK (bind_dietary), G_CALLBACK (unbind_text), 140);
  add_column (self, _("Accessibility"), G_CALLBACK (setup_text), G_CALLBACK (bind_accessibility), G_CALLBACK (unbind_text), 140);
  add_column (self, _("Notes"), G_CALLBACK (setup_text), G_CALLBACK (bind_notes), G_CALLBACK (unbind_text), 140);
  add_column (self, _("Attended"), G_CALLBACK (setup_flag), G_CALLBACK (bind_attended), G_CALLBACK (unbind_flag), 80);

  /* Single keys on the list: t(ilmeldt), a(fbud), s(tedfortræder),
   * i(nviteret), f(remmødt), e(gne punkter) — the Danish words the
   * secretariat uses. */
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_t, "accepted");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_a, "declined");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_s, "substitute");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_i, "invited");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_f, "attended");
  add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_e, "own-items");
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);
}
