/* df-minutes-editor.c: writing a meeting's minutes.
 *
 * The agenda's items on the left; for the item chosen, the summary of
 * the discussion, the decision and the actions agreed. The texts are
 * kept as they are typed and written on Save, each item in one store
 * call, together with the minutes' approval; choosing another meeting
 * writes them too. An action is added or deleted at once, as the store
 * keeps actions apart from the texts. Approved minutes are read only
 * until their status is set back to Draft.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-minutes-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"

#include "df-meeting-choice.h"
#include "df-minutes-editor.h"

enum {
  STATUS_DRAFT,
  STATUS_APPROVED,
};

typedef struct
{
  gint64 person_id;
  gint64 organisation_id;
} Owner;

struct _DfMinutesEditor
{
  GtkWindow            parent_instance;

  DfStore             *store;
  GArray              *meeting_ids;
  gint64               meeting_id;
  DfMinutes           *minutes;       /* as last read */
  GPtrArray           *items;         /* DfMinutesItem, holding the texts as typed */
  GHashTable          *changed;       /* the items whose texts are not written yet */
  DfMinutesItem       *shown;         /* in the form; borrowed from @items */
  GArray              *owners;        /* Owner, beside the owner choices */
  GtkFilterListModel  *item_actions;
  GtkCustomFilter     *item_filter;
  gboolean             loading;

  GtkDropDown         *meeting_dropdown;
  GtkDropDown         *status_dropdown;
  GtkWidget           *approved_label;
  GtkEntry            *approved_entry;
  GtkLabel            *approved_note;
  GtkListBox          *items_list;
  GtkWidget           *item_box;
  GtkLabel            *item_heading;
  GtkTextView         *summary_view;
  GtkTextView         *decisions_view;
  GtkListBox          *actions_list;
  GtkEntry            *action_entry;
  GtkDropDown         *owner_dropdown;
  GtkEntry            *due_entry;
  GtkLabel            *action_error;
  GtkLabel            *follow_up_label;
  GtkLabel            *save_error;
  GtkWidget           *save_button;
};

G_DEFINE_FINAL_TYPE (DfMinutesEditor, df_minutes_editor, GTK_TYPE_WINDOW)

static void
show_message (GtkLabel     *label,
              const GError *error)
{
  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
is_approved (DfMinutes *minutes)
{
  return minutes != NULL && g_str_equal (df_minutes_get_status (minutes), "approved");
}

/* Approved minutes are read only while they stay approved. */
static void
update_editable (DfMinutesEditor *self)
{
  gboolean wants_approved = gtk_drop_down_get_selected (self->status_dropdown) == STATUS_APPROVED;
  gboolean locked = is_approved (self->minutes) && wants_approved;

  gtk_text_view_set_editable (self->summary_view, !locked);
  gtk_text_view_set_editable (self->decisions_view, !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->approved_note), locked);
  gtk_widget_set_sensitive (self->approved_label, wants_approved);
  gtk_widget_set_sensitive (GTK_WIDGET (self->approved_entry), wants_approved);
}

static void
on_status_changed (DfMinutesEditor *self)
{
  if (self->store != NULL)
    update_editable (self);
}

/* --- One item in the form ---------------------------------------------- */

static char *
item_heading (DfMinutesItem *item)
{
  /* TRANSLATORS: an agenda item's number and title, "3. Drøftelse". */
  return g_strdup_printf (_("%d. %s"), df_minutes_item_get_number (item), df_minutes_item_get_title (item));
}

static void
on_text_changed (DfMinutesEditor *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *decisions = NULL;

  if (self->loading || self->shown == NULL)
    return;
  summary = buffer_text (self->summary_view);
  decisions = buffer_text (self->decisions_view);
  g_object_set (self->shown, "summary", summary, "decisions", decisions, NULL);
  g_hash_table_add (self->changed, self->shown);
}

static gboolean
match_item_action (gpointer item,
                   gpointer user_data)
{
  DfMinutesEditor *self = user_data;

  return self->shown != NULL && df_action_get_agenda_item_id (item) == df_minutes_item_get_agenda_item_id (self->shown);
}

static void
show_item (DfMinutesEditor *self,
           DfMinutesItem   *item)
{
  g_autofree char *heading = item != NULL ? item_heading (item) : NULL;

  self->shown = item;
  self->loading = TRUE;
  gtk_label_set_text (self->item_heading, heading != NULL ? heading : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_view),
                            item != NULL ? df_minutes_item_get_summary (item) : "", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->decisions_view),
                            item != NULL ? df_minutes_item_get_decisions (item) : "", -1);
  self->loading = FALSE;
  gtk_widget_set_sensitive (self->item_box, item != NULL);
  show_message (self->action_error, NULL);
  if (self->item_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->item_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_item_selected (DfMinutesEditor *self,
                  GtkListBoxRow   *row)
{
  show_item (self, row != NULL ? g_object_get_data (G_OBJECT (row), "item") : NULL);
}

/* --- A meeting's minutes ----------------------------------------------- */

static void
fill_items (DfMinutesEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_list))) != NULL)
    gtk_list_box_remove (self->items_list, child);
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    {
      DfMinutesItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *heading = item_heading (item);
      GtkWidget *label = gtk_label_new (heading);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "item", item);
      gtk_list_box_append (self->items_list, row);
    }
}

static void
read_status (DfMinutesEditor *self)
{
  g_autofree char *day = NULL;

  if (is_approved (self->minutes))
    day = df_date_iso_to_short (df_minutes_get_approved_on (self->minutes));
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      day = g_date_time_format (now, "%-d.%-m.%Y");
    }
  gtk_drop_down_set_selected (self->status_dropdown, is_approved (self->minutes) ? STATUS_APPROVED : STATUS_DRAFT);
  gtk_editable_set_text (GTK_EDITABLE (self->approved_entry), day);
  update_editable (self);
}

static void
load_meeting (DfMinutesEditor *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&self->minutes);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_hash_table_remove_all (self->changed);
  self->shown = NULL;
  gtk_label_set_text (self->follow_up_label, "");
  if (self->meeting_id != 0)
    {
      self->minutes = df_store_get_minutes (self->store, self->meeting_id, &error);
      self->items = self->minutes != NULL ? df_store_list_minutes_items (self->store, self->meeting_id, &error) : NULL;
    }
  show_message (self->save_error, error);
  fill_items (self);
  read_status (self);
  show_item (self, NULL);
  gtk_list_box_select_row (self->items_list, gtk_list_box_get_row_at_index (self->items_list, 0));
}

/* Writes what has changed: the texts of the items, and the status. */
static gboolean
write_changes (DfMinutesEditor  *self,
               GError          **error)
{
  gboolean wants_approved = gtk_drop_down_get_selected (self->status_dropdown) == STATUS_APPROVED;
  g_autoptr (DfMinutes) minutes = NULL;

  if (self->minutes == NULL || self->items == NULL)
    return TRUE;
  if (is_approved (self->minutes) && !wants_approved &&
      !df_store_reopen_minutes (self->store, self->meeting_id, error))
    return FALSE;
  for (guint i = 0; i < self->items->len; i++)
    {
      DfMinutesItem *item = g_ptr_array_index (self->items, i);

      if (!g_hash_table_contains (self->changed, item))
        continue;
      if (!df_store_save_minutes_item (self->store, df_minutes_item_get_agenda_item_id (item),
                                       df_minutes_item_get_summary (item), df_minutes_item_get_decisions (item), error))
        return FALSE;
      g_hash_table_remove (self->changed, item);
    }
  if (wants_approved)
    {
      g_autofree char *day = NULL;
      GDate date;

      g_date_clear (&date, 1);
      if (!df_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->approved_entry)), &date))
        {
          g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                       _("Approved on: give the day as dd-mm-yyyy."));
          return FALSE;
        }
      day = df_date_to_iso (&date);
      if ((!is_approved (self->minutes) || g_strcmp0 (day, df_minutes_get_approved_on (self->minutes)) != 0) &&
          !df_store_approve_minutes (self->store, self->meeting_id, day, error))
        return FALSE;
    }
  minutes = df_store_get_minutes (self->store, self->meeting_id, error);
  if (minutes == NULL)
    return FALSE;
  g_set_object (&self->minutes, minutes);
  return TRUE;
}

static void
on_meeting_changed (DfMinutesEditor *self)
{
  g_autoptr (GError) error = NULL;
  gint64 chosen;

  if (self->store == NULL)
    return;
  chosen = df_meeting_choice_get_selected (self->meeting_dropdown, self->meeting_ids);
  if (chosen == self->meeting_id)
    return;
  if (!write_changes (self, &error))
    {
      /* Back to the meeting whose changes could not be written. */
      show_message (self->save_error, error);
      df_meeting_choice_select (self->meeting_dropdown, self->meeting_ids, self->meeting_id);
      return;
    }
  self->meeting_id = chosen;
  load_meeting (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfMinutesEditor *self = DF_MINUTES_EDITOR (widget);
  g_autoptr (GError) error = NULL;

  if (!write_changes (self, &error))
    {
      show_message (self->save_error, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- Actions ----------------------------------------------------------- */

static void
on_delete_action (GtkButton       *button,
                  DfMinutesEditor *self)
{
  DfAction *action = g_object_get_data (G_OBJECT (button), "action");
  g_autoptr (GError) error = NULL;

  df_store_delete_action (self->store, df_action_get_id (action), &error);
  show_message (self->action_error, error);
}

static GtkWidget *
action_row (gpointer item,
            gpointer user_data)
{
  DfMinutesEditor *self = user_data;
  DfAction *action = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *description = gtk_label_new (df_action_get_description (action));
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autoptr (GString) details = g_string_new (df_action_get_owner_name (action));
  g_autofree char *delete_label = g_strdup_printf (_("Delete the action “%s”"), df_action_get_description (action));
  GtkWidget *details_label;

  if (df_action_get_due_text (action)[0] != '\0')
    /* TRANSLATORS: an action's due date in a list, after its owner. */
    g_string_append_printf (details, _(" · due %s"), df_action_get_due_text (action));
  g_string_append_printf (details, " · %s", df_action_get_state_text (action));
  details_label = gtk_label_new (details->str);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_xalign (GTK_LABEL (details_label), 0);
  gtk_label_set_wrap (GTK_LABEL (details_label), TRUE);
  gtk_widget_add_css_class (details_label, "dim-label");
  gtk_widget_add_css_class (details_label, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), description);
  gtk_box_append (GTK_BOX (texts), details_label);

  gtk_widget_set_tooltip_text (delete_button, delete_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (delete_button), "action", g_object_ref (action), g_object_unref);
  g_signal_connect (delete_button, "clicked", G_CALLBACK (on_delete_action), self);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), delete_button);
  return box;
}

/* Everyone in the register who is not anonymised, then every
 * organisation: an action is owned by either. */
static void
fill_owners (DfMinutesEditor *self)
{
  g_autoptr (GListModel) people = df_store_list_people (self->store, NULL);
  g_autoptr (GListModel) organisations = df_store_list_organisations (self->store, NULL);
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);

  g_array_set_size (self->owners, 0);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (people, i);
      Owner owner = { df_person_get_id (person), 0 };

      if (df_person_get_anonymised (person))
        continue;
      gtk_string_list_append (choices, df_person_get_name (person));
      g_array_append_val (self->owners, owner);
    }
  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (DfOrganisation) organisation = g_list_model_get_item (organisations, i);
      Owner owner = { 0, df_organisation_get_id (organisation) };

      gtk_string_list_append (choices, df_organisation_get_name (organisation));
      g_array_append_val (self->owners, owner);
    }
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (choices));
}

static void
add_action_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DfMinutesEditor *self = DF_MINUTES_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfAction) action = NULL;
  g_autofree char *due = NULL;
  g_autofree char *due_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->due_entry))));
  guint chosen = gtk_drop_down_get_selected (self->owner_dropdown);
  Owner owner = { 0, 0 };
  GDate date;

  if (self->shown == NULL)
    return;
  g_date_clear (&date, 1);
  if (chosen < self->owners->len)
    owner = g_array_index (self->owners, Owner, chosen);
  if (df_date_parse (due_text, &date))
    due = df_date_to_iso (&date);
  else if (due_text[0] != '\0')
    {
      g_set_error (&error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("Due: give the day as dd-mm-yyyy, or leave it empty."));
      show_message (self->action_error, error);
      return;
    }
  action = g_object_new (DF_TYPE_ACTION,
                         "agenda-item-id", df_minutes_item_get_agenda_item_id (self->shown),
                         "description", gtk_editable_get_text (GTK_EDITABLE (self->action_entry)),
                         "owner-person-id", owner.person_id,
                         "owner-organisation-id", owner.organisation_id,
                         "due-date", due,
                         "status", "open",
                         NULL);
  if (df_store_save_action (self->store, action, &error) == 0)
    {
      show_message (self->action_error, error);
      return;
    }
  show_message (self->action_error, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->action_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->action_entry));
}

static void
on_action_entry_activate (DfMinutesEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.add-action", NULL);
}

/* --- Follow-up at the next meeting ------------------------------------- */

static void
follow_up_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DfMinutesEditor *self = DF_MINUTES_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 next = 0;

  if (df_store_add_followup_item (self->store, self->meeting_id, &error) != 0)
    next = df_store_find_next_meeting (self->store, self->meeting_id, &error);
  if (next != 0)
    {
      DfMeeting *meeting = df_store_find_meeting (self->store, next);
      g_autofree char *day = df_date_iso_to_short (meeting != NULL ? df_meeting_get_date (meeting) : "");

      text = g_strdup_printf (_("The actions still open are on the agenda of the meeting on %s."), day);
      gtk_widget_remove_css_class (GTK_WIDGET (self->follow_up_label), "error");
    }
  else
    {
      text = g_strdup (error != NULL ? error->message : "");
      gtk_widget_add_css_class (GTK_WIDGET (self->follow_up_label), "error");
    }
  gtk_label_set_text (self->follow_up_label, text);
}

/* --- Making the editor ------------------------------------------------- */

DfMinutesEditor *
df_minutes_editor_new (DfStore *store,
                       gint64   meeting_id)
{
  DfMinutesEditor *self = g_object_new (DF_TYPE_MINUTES_EDITOR, NULL);
  g_autoptr (GListModel) actions = df_store_list_actions (store, NULL);

  /* Filled before the editor has its store, so that the choice does not
   * load the meeting: that comes once, below. */
  df_meeting_choice_fill (self->meeting_dropdown, store, NULL, FALSE, self->meeting_ids, meeting_id);
  self->store = g_object_ref (store);
  fill_owners (self);
  self->item_filter = gtk_custom_filter_new (match_item_action, self, NULL);
  self->item_actions = gtk_filter_list_model_new (actions != NULL ? g_object_ref (actions) : NULL,
                                                  g_object_ref (GTK_FILTER (self->item_filter)));
  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->item_actions), action_row, self, NULL);
  self->meeting_id = df_meeting_choice_get_selected (self->meeting_dropdown, self->meeting_ids);
  load_meeting (self);
  return self;
}

void
df_minutes_editor_start_action (DfMinutesEditor *self,
                                gint64           agenda_item_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (DF_IS_MINUTES_EDITOR (self));

  for (int i = 0; agenda_item_id != 0 && (row = gtk_list_box_get_row_at_index (self->items_list, i)) != NULL; i++)
    {
      DfMinutesItem *item = g_object_get_data (G_OBJECT (row), "item");

      if (df_minutes_item_get_agenda_item_id (item) == agenda_item_id)
        {
          gtk_list_box_select_row (self->items_list, row);
          break;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->action_entry));
}

static void
df_minutes_editor_dispose (GObject *object)
{
  DfMinutesEditor *self = DF_MINUTES_EDITOR (object);

  /* The rows go before the form, and would show nothing in it. */
  if (self->items_list != NULL)
    g_signal_handlers_disconnect_by_data (self->items_list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_MINUTES_EDITOR);
  g_clear_object (&self->item_actions);
  g_clear_object (&self->item_filter);
  g_clear_object (&self->minutes);
  g_clear_object (&self->store);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->changed, g_hash_table_unref);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->owners, g_array_unref);

  G_OBJECT_CLASS (df_minutes_editor_parent_class)->dispose (object);
}

static void
df_minutes_editor_class_init (DfMinutesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_minutes_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-minutes-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, approved_label);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, approved_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, approved_note);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, items_list);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, item_box);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, item_heading);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, summary_view);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, decisions_view);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, actions_list);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, action_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, due_entry);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, action_error);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, follow_up_label);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, save_error);
  gtk_widget_class_bind_template_child (widget_class, DfMinutesEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_item_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_action_entry_activate);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.add-action", NULL, add_action_activated);
  gtk_widget_class_install_action (widget_class, "editor.follow-up", NULL, follow_up_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
df_minutes_editor_init (DfMinutesEditor *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *none;

  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owners = g_array_new (FALSE, FALSE, sizeof (Owner));
  self->changed = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (statuses, df_minutes_status_label ("draft"));
  gtk_string_list_append (statuses, df_minutes_status_label ("approved"));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  none = gtk_label_new (_("No actions agreed under this item"));
  gtk_widget_add_css_class (none, "dim-label");
  gtk_widget_set_margin_top (none, 12);
  gtk_widget_set_margin_bottom (none, 12);
  gtk_list_box_set_placeholder (self->actions_list, none);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->summary_view), "changed",
                            G_CALLBACK (on_text_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->decisions_view), "changed",
                            G_CALLBACK (on_text_changed), self);
}
