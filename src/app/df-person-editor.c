/* df-person-editor.c: adding and editing a person.
 *
 * The form checks as the user types (a name is required, addresses must
 * be well-formed, a membership must not end before it begins) and warns
 * when a seat kind would go over its quota; the store checks again on
 * saving, which is one transaction for the person and a new membership.
 * An invited actor is a person marked external, with a category that
 * their organisation's kind suggests until the user picks one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-person-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-rules.h"

#include "df-a11y.h"
#include "df-error-label.h"
#include "df-person-editor.h"

struct _DfPersonEditor
{
  GtkWindow       parent_instance;

  DfStore        *store;
  DfPerson       *person;            /* NULL for a new person */
  GListModel     *organisations;
  GListModel     *seat_kinds;
  GArray         *substitute_ids;    /* gint64, beside the dropdown's names */
  GPtrArray      *area_checks;
  gboolean        tried_to_save;
  gboolean        new_actor;
  gboolean        category_chosen;   /* by the user, or stored */
  gboolean        filling;           /* the form sets a choice itself */

  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkEntry       *title_entry;
  GtkDropDown    *organisation_dropdown;
  GtkMenuButton  *new_organisation_button;
  GtkEntry       *organisation_name_entry;
  GtkDropDown    *organisation_kind_dropdown;
  GtkLabel       *organisation_error;
  GtkEntry       *email_entry;
  GtkLabel       *email_error;
  GtkEntry       *phone_entry;
  GtkFlowBox     *areas_box;
  GtkCheckButton *secretariat_check;
  GtkCheckButton *external_check;
  GtkDropDown    *category_dropdown;
  GtkEntry       *secretary_name_entry;
  GtkEntry       *secretary_email_entry;
  GtkLabel       *secretary_email_error;
  GtkEntry       *secretary_phone_entry;
  GtkListBox     *memberships_list;
  GtkWidget      *areas_label;
  GtkWidget      *secretary_frame;
  GtkWidget      *memberships_frame;
  gboolean        has_memberships;
  GtkCheckButton *new_membership_check;
  GtkDropDown    *seat_dropdown;
  GtkDropDown    *role_dropdown;
  GtkEntry       *start_entry;
  GtkEntry       *end_entry;
  GtkLabel       *term_error;
  GtkDropDown    *substitute_dropdown;
  GtkLabel       *quota_warning;
  GtkTextView    *notes_view;
  GtkLabel       *save_error;
  GtkWidget      *save_button;
};

G_DEFINE_FINAL_TYPE (DfPersonEditor, df_person_editor, GTK_TYPE_WINDOW)

static const char *
text_of (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Reads a date field: empty gives "", a date gives ISO, else NULL. */
static char *
read_date (GtkEntry *entry)
{
  return df_date_parse_to_iso (text_of (entry));
}

static void
check_quota (DfPersonEditor *self,
             const char     *start)
{
  g_autoptr (DfSeatKind) kind = gtk_drop_down_get_selected_item (self->seat_dropdown)
    ? g_object_ref (gtk_drop_down_get_selected_item (self->seat_dropdown)) : NULL;
  g_autoptr (GListModel) memberships = NULL;
  gint64 own = self->person ? df_person_get_id (self->person) : -1;
  int held = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->quota_warning), FALSE);
  if (kind == NULL || start == NULL || start[0] == '\0' || df_seat_kind_get_quota_is_minimum (kind))
    return;
  memberships = df_store_list_memberships (self->store, NULL);
  for (guint i = 0; memberships != NULL && i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr (DfMembership) m = g_list_model_get_item (memberships, i);

      if (df_membership_get_seat_kind_id (m) == df_seat_kind_get_id (kind) &&
          df_membership_get_person_id (m) != own &&
          df_membership_is_active_on (m, start))
        held++;
    }
  if (held >= df_seat_kind_get_quota (kind))
    {
      g_autofree char *date = df_date_iso_to_short (start);
      g_autofree char *text = g_strdup_printf (ngettext ("%s has its %d seat filled on %s already: this membership would be one too many.",
                                                         "%s has all %d seats filled on %s already: this membership would be one too many.",
                                                         df_seat_kind_get_quota (kind)),
                                               df_seat_kind_get_name (kind), df_seat_kind_get_quota (kind), date);

      gtk_label_set_text (self->quota_warning, text);
      gtk_widget_set_visible (GTK_WIDGET (self->quota_warning), TRUE);
    }
}

/* Checks every field, shows what is wrong beside it, and says whether the
 * form can be saved. Errors about an untouched empty name wait until the
 * first attempt to save. */
static gboolean
validate (DfPersonEditor *self)
{
  gboolean valid = TRUE;
  g_autofree char *email = g_strstrip (g_strdup (text_of (self->email_entry)));
  g_autofree char *secretary_email = g_strstrip (g_strdup (text_of (self->secretary_email_entry)));

  if (df_text_is_blank (text_of (self->name_entry)))
    {
      df_error_label_show_for_entry (self->name_entry, self->name_error,
                                     self->tried_to_save ? _("A name is required.") : NULL);
      valid = FALSE;
    }
  else
    df_error_label_show_for_entry (self->name_entry, self->name_error, NULL);

  if (email[0] != '\0' && !df_email_is_valid (email))
    {
      df_error_label_show_for_entry (self->email_entry, self->email_error, _("Not a valid e-mail address, such as navn@kommune.dk."));
      valid = FALSE;
    }
  else
    df_error_label_show_for_entry (self->email_entry, self->email_error, NULL);

  if (secretary_email[0] != '\0' && !df_email_is_valid (secretary_email))
    {
      df_error_label_show_for_entry (self->secretary_email_entry, self->secretary_email_error,
                                     _("Not a valid e-mail address, such as navn@kommune.dk."));
      valid = FALSE;
    }
  else
    df_error_label_show_for_entry (self->secretary_email_entry, self->secretary_email_error, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->quota_warning), FALSE);
  if (gtk_check_button_get_active (self->new_membership_check))
    {
      g_autofree char *start = read_date (self->start_entry);
      g_autofree char *end = read_date (self->end_entry);

      valid = df_error_label_check_term (self->start_entry, self->end_entry, self->term_error, start, end,
                                         _("To: the membership cannot end before it begins.")) && valid;
      check_quota (self, start);
    }
  else
    {
      df_error_label_show_for_entry (self->start_entry, self->term_error, NULL);
      df_error_label_show_for_entry (self->end_entry, self->term_error, NULL);
    }
  return valid;
}

static void
on_changed (DfPersonEditor *self)
{
  df_error_label_show (self->save_error, NULL);
  validate (self);
}

static char *
notes_text (DfPersonEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GStrv
checked_areas (DfPersonEditor *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->area_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->area_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, gtk_check_button_get_label (check));
    }
  return g_strv_builder_end (builder);
}

static const char *
chosen_category (DfPersonEditor *self)
{
  const char * const *categories = df_person_actor_categories ();
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);

  return selected < g_strv_length ((char **) categories) ? categories[selected] : "other";
}

static void
select_category (DfPersonEditor *self,
                 const char     *category)
{
  const char * const *categories = df_person_actor_categories ();

  self->filling = TRUE;
  for (guint i = 0; categories[i] != NULL; i++)
    if (g_str_equal (categories[i], category))
      gtk_drop_down_set_selected (self->category_dropdown, i);
  self->filling = FALSE;
}

/* Until the user picks a category, the organisation's kind suggests it. */
static void
suggest_category (DfPersonEditor *self)
{
  DfOrganisation *organisation = gtk_drop_down_get_selected_item (self->organisation_dropdown);

  if (self->category_chosen || !gtk_check_button_get_active (self->external_check))
    return;
  select_category (self, df_person_actor_category_for_kind (organisation ? df_organisation_get_kind (organisation) : NULL));
}

static void
on_category_chosen (DfPersonEditor *self)
{
  if (!self->filling)
    self->category_chosen = TRUE;
}

static void
on_organisation_chosen (DfPersonEditor *self)
{
  if (!self->filling)
    suggest_category (self);
}

/* What only a member has, the areas of responsibility, a secretary and
 * the seats, is not asked of an actor; an actor who once held a seat
 * still shows it. */
static void
show_member_sections (DfPersonEditor *self)
{
  gboolean member = !gtk_check_button_get_active (self->external_check);

  gtk_widget_set_visible (self->areas_label, member);
  gtk_widget_set_visible (GTK_WIDGET (self->areas_box), member);
  gtk_widget_set_visible (self->secretary_frame, member);
  gtk_widget_set_visible (self->memberships_frame, member || self->has_memberships);
}

/* An actor is a guest, not a member: a new one gets no membership unless
 * asked for. */
static void
on_external_toggled (DfPersonEditor *self)
{
  show_member_sections (self);
  if (self->filling)
    return;
  if (gtk_check_button_get_active (self->external_check) && self->person == NULL)
    gtk_check_button_set_active (self->new_membership_check, FALSE);
  suggest_category (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DfPersonEditor *self = DF_PERSON_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPerson) person = NULL;
  g_autoptr (DfMembership) membership = NULL;
  g_auto (GStrv) areas = checked_areas (self);
  g_autofree char *notes = notes_text (self);
  g_autofree char *email = g_strstrip (g_strdup (text_of (self->email_entry)));
  g_autofree char *secretary_email = g_strstrip (g_strdup (text_of (self->secretary_email_entry)));
  DfOrganisation *organisation = gtk_drop_down_get_selected_item (self->organisation_dropdown);

  self->tried_to_save = TRUE;
  if (!validate (self))
    return;

  person = g_object_new (DF_TYPE_PERSON,
                         "id", self->person ? df_person_get_id (self->person) : (gint64) 0,
                         "name", text_of (self->name_entry),
                         "title", text_of (self->title_entry),
                         "organisation-id", organisation ? df_organisation_get_id (organisation) : (gint64) 0,
                         "email", email,
                         "phone", text_of (self->phone_entry),
                         "secretary-name", text_of (self->secretary_name_entry),
                         "secretary-email", secretary_email,
                         "secretary-phone", text_of (self->secretary_phone_entry),
                         "notes", notes,
                         "is-secretariat", gtk_check_button_get_active (self->secretariat_check),
                         "anonymised", self->person ? df_person_get_anonymised (self->person) : FALSE,
                         "is-external", gtk_check_button_get_active (self->external_check),
                         "actor-category", gtk_check_button_get_active (self->external_check) ? chosen_category (self) : "",
                         "areas", areas,
                         NULL);
  if (gtk_check_button_get_active (self->new_membership_check))
    {
      g_autofree char *start = read_date (self->start_entry);
      g_autofree char *end = read_date (self->end_entry);
      DfSeatKind *kind = gtk_drop_down_get_selected_item (self->seat_dropdown);
      guint substitute = gtk_drop_down_get_selected (self->substitute_dropdown);

      membership = g_object_new (DF_TYPE_MEMBERSHIP,
                                 "seat-kind-id", kind ? df_seat_kind_get_id (kind) : (gint64) 0,
                                 "role", gtk_drop_down_get_selected (self->role_dropdown) == 1 ? "chair" : "member",
                                 "start-date", start,
                                 "end-date", end,
                                 "substitute-id", substitute < self->substitute_ids->len
                                   ? g_array_index (self->substitute_ids, gint64, substitute) : (gint64) 0,
                                 NULL);
    }
  if (df_store_save_person_and_membership (self->store, person, membership, &error) == 0)
    {
      df_error_label_show (self->save_error, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- Existing memberships ---------------------------------------------- */

static void fill_memberships (DfPersonEditor *self);

static void
on_end_membership (GtkButton      *button,
                   DfPersonEditor *self)
{
  DfMembership *m = g_object_get_data (G_OBJECT (button), "membership");
  g_autoptr (GError) error = NULL;
  g_autofree char *today = df_date_today_iso ();
  const char *start = df_membership_get_start_date (m);

  if (!df_store_end_membership (self->store, df_membership_get_id (m),
                                g_strcmp0 (start, today) > 0 ? start : today, &error))
    df_error_label_show (self->save_error, error);
  fill_memberships (self);
}

static void
on_delete_membership (GtkButton      *button,
                      DfPersonEditor *self)
{
  DfMembership *m = g_object_get_data (G_OBJECT (button), "membership");
  g_autoptr (GError) error = NULL;

  if (!df_store_delete_membership (self->store, df_membership_get_id (m), &error))
    df_error_label_show (self->save_error, error);
  fill_memberships (self);
}

static GtkWidget *
membership_row (DfPersonEditor *self,
                DfMembership   *m,
                const char     *today)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr (GString) text = g_string_new (df_membership_get_seat_kind_name (m));
  GtkWidget *label;
  const char *end = df_membership_get_end_date (m);
  g_autofree char *delete_label = NULL;

  g_string_append_printf (text, ", %s, %s",
                          g_strcmp0 (df_membership_get_role (m), "chair") == 0 ? _("chair") : _("member"),
                          df_membership_get_term_text (m));
  if (df_membership_get_substitute_id (m) != 0)
    g_string_append_printf (text, _("; substitute: %s"), df_membership_get_substitute_name (m));
  label = gtk_label_new (text->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), label);

  if (end[0] == '\0' || g_strcmp0 (end, today) > 0)
    {
      GtkWidget *end_button = gtk_button_new_with_mnemonic (_("_End Today"));

      gtk_widget_set_valign (end_button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (end_button), "membership", g_object_ref (m), g_object_unref);
      g_signal_connect (end_button, "clicked", G_CALLBACK (on_end_membership), self);
      gtk_box_append (GTK_BOX (box), end_button);
    }
  {
    GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

    delete_label = g_strdup_printf (_("Delete the membership as %s, entered by mistake"),
                                    df_membership_get_seat_kind_name (m));
    gtk_widget_set_tooltip_text (delete_button, delete_label);
    gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
    gtk_widget_add_css_class (delete_button, "flat");
    gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
    g_object_set_data_full (G_OBJECT (delete_button), "membership", g_object_ref (m), g_object_unref);
    g_signal_connect (delete_button, "clicked", G_CALLBACK (on_delete_membership), self);
    gtk_box_append (GTK_BOX (box), delete_button);
  }
  return box;
}

static void
fill_memberships (DfPersonEditor *self)
{
  g_autoptr (GPtrArray) memberships = NULL;
  g_autofree char *today = df_date_today_iso ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->memberships_list))) != NULL)
    gtk_list_box_remove (self->memberships_list, child);
  if (self->person != NULL)
    memberships = df_store_list_memberships_of (self->store, df_person_get_id (self->person), NULL);
  for (guint i = 0; memberships != NULL && i < memberships->len; i++)
    gtk_list_box_append (self->memberships_list, membership_row (self, g_ptr_array_index (memberships, i), today));
  self->has_memberships = memberships != NULL && memberships->len > 0;
  if (memberships == NULL || memberships->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No memberships"));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_widget_set_margin_top (none, 12);
      gtk_widget_set_margin_bottom (none, 12);
      gtk_list_box_append (self->memberships_list, none);
    }
}

/* --- Filling the form -------------------------------------------------- */

static void select_organisation (DfPersonEditor *self,
                                 gint64          id);

static void
on_add_organisation (DfPersonEditor *self)
{
  g_autoptr (GError) error = NULL;
  const char *kind = df_organisation_kinds ()[gtk_drop_down_get_selected (self->organisation_kind_dropdown)];
  gint64 id = df_store_add_organisation (self->store, text_of (self->organisation_name_entry), "", kind, "", &error);

  if (id == 0)
    {
      df_error_label_show (self->organisation_error, error);
      return;
    }
  df_error_label_show (self->organisation_error, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_name_entry), "");
  gtk_menu_button_popdown (self->new_organisation_button);
  select_organisation (self, id);
}

static void
fill_organisation_kinds (DfPersonEditor *self)
{
  const char * const *kinds = df_organisation_kinds ();
  GtkStringList *labels = gtk_string_list_new (NULL);
  guint other = 0;

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      gtk_string_list_append (labels, df_organisation_kind_label (kinds[i]));
      if (g_str_equal (kinds[i], "other"))
        other = i;
    }
  gtk_drop_down_set_model (self->organisation_kind_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->organisation_kind_dropdown, other);
  g_object_unref (labels);
}

static void
fill_actor_categories (DfPersonEditor *self)
{
  const char * const *categories = df_person_actor_categories ();
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; categories[i] != NULL; i++)
    gtk_string_list_append (labels, df_person_actor_category_label (categories[i]));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (labels));
  self->filling = FALSE;
}

static void
fill_substitutes (DfPersonEditor *self)
{
  g_autoptr (GListModel) people = df_store_list_people (self->store, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 none = 0;

  gtk_string_list_append (names, C_("substitute", "None"));
  g_array_append_val (self->substitute_ids, none);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) p = g_list_model_get_item (people, i);
      gint64 id = df_person_get_id (p);

      if (self->person != NULL && id == df_person_get_id (self->person))
        continue;
      gtk_string_list_append (names, df_person_get_name (p));
      g_array_append_val (self->substitute_ids, id);
    }
  gtk_drop_down_set_model (self->substitute_dropdown, G_LIST_MODEL (names));
  g_object_unref (names);
}

static void
fill_areas (DfPersonEditor *self)
{
  g_autoptr (GListModel) areas = df_store_list_adjacent_areas (self->store, NULL);
  const char * const *own = self->person ? df_person_get_areas (self->person) : NULL;

  for (guint i = 0; areas != NULL && i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr (DfAdjacentArea) area = g_list_model_get_item (areas, i);
      GtkWidget *check = gtk_check_button_new_with_label (df_adjacent_area_get_name (area));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   own != NULL && g_strv_contains (own, df_adjacent_area_get_name (area)));
      gtk_flow_box_append (self->areas_box, check);
      g_ptr_array_add (self->area_checks, check);
    }
}

static void
select_organisation (DfPersonEditor *self,
                     gint64          id)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->organisations); i++)
    {
      g_autoptr (DfOrganisation) o = g_list_model_get_item (self->organisations, i);

      if (df_organisation_get_id (o) == id)
        {
          gtk_drop_down_set_selected (self->organisation_dropdown, i);
          return;
        }
    }
}

static void
fill_form (DfPersonEditor *self)
{
  DfPerson *p = self->person;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");

  self->organisations = df_store_list_organisations (self->store, NULL);
  self->seat_kinds = df_store_list_seat_kinds (self->store, NULL);
  self->filling = TRUE;
  gtk_drop_down_set_model (self->organisation_dropdown, self->organisations);
  self->filling = FALSE;
  gtk_drop_down_set_model (self->seat_dropdown, self->seat_kinds);
  fill_organisation_kinds (self);
  fill_actor_categories (self);
  fill_substitutes (self);
  fill_areas (self);
  fill_memberships (self);
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), today);

  gtk_window_set_title (GTK_WINDOW (self), p ? _("Edit Person") : self->new_actor ? _("New Actor") : _("New Person"));
  gtk_check_button_set_active (self->new_membership_check, p == NULL && !self->new_actor);
  if (p == NULL)
    {
      self->filling = TRUE;
      gtk_check_button_set_active (self->external_check, self->new_actor);
      self->filling = FALSE;
      suggest_category (self);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), df_person_get_name (p));
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), df_person_get_title (p));
  self->filling = TRUE;
  select_organisation (self, df_person_get_organisation_id (p));
  gtk_check_button_set_active (self->external_check, df_person_get_is_external (p));
  self->filling = FALSE;
  self->category_chosen = df_person_get_is_external (p);
  if (df_person_get_is_external (p))
    select_category (self, df_person_get_actor_category (p));
  gtk_editable_set_text (GTK_EDITABLE (self->email_entry), df_person_get_email (p));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_entry), df_person_get_phone (p));
  gtk_editable_set_text (GTK_EDITABLE (self->secretary_name_entry), df_person_get_secretary_name (p));
  gtk_editable_set_text (GTK_EDITABLE (self->secretary_email_entry), df_person_get_secretary_email (p));
  gtk_editable_set_text (GTK_EDITABLE (self->secretary_phone_entry), df_person_get_secretary_phone (p));
  gtk_check_button_set_active (self->secretariat_check, df_person_get_is_secretariat (p));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), df_person_get_notes (p), -1);
}

static DfPersonEditor *
person_editor_new (DfStore  *store,
                   DfPerson *person,
                   gboolean  new_actor)
{
  DfPersonEditor *self = g_object_new (DF_TYPE_PERSON_EDITOR, NULL);

  self->store = g_object_ref (store);
  self->person = person ? g_object_ref (person) : NULL;
  self->new_actor = new_actor;
  fill_form (self);
  validate (self);
  return self;
}

DfPersonEditor *
df_person_editor_new (DfStore  *store,
                      DfPerson *person)
{
  return person_editor_new (store, person, FALSE);
}

DfPersonEditor *
df_person_editor_new_actor (DfStore *store)
{
  return person_editor_new (store, NULL, TRUE);
}

static void
df_person_editor_dispose (GObject *object)
{
  DfPersonEditor *self = DF_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_PERSON_EDITOR);
  g_clear_object (&self->organisations);
  g_clear_object (&self->seat_kinds);
  g_clear_object (&self->person);
  g_clear_object (&self->store);
  g_clear_pointer (&self->substitute_ids, g_array_unref);
  g_clear_pointer (&self->area_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (df_person_editor_parent_class)->dispose (object);
}

static void
df_person_editor_class_init (DfPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_person_editor_dispose;

  g_type_ensure (DF_TYPE_ORGANISATION);
  g_type_ensure (DF_TYPE_SEAT_KIND);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, organisation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, new_organisation_button);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, organisation_name_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, organisation_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, organisation_error);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, email_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, email_error);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, areas_box);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, secretariat_check);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, external_check);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, secretary_name_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, secretary_email_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, secretary_email_error);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, secretary_phone_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, memberships_list);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, areas_label);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, secretary_frame);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, memberships_frame);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, new_membership_check);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, seat_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, start_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, end_entry);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, term_error);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, substitute_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, quota_warning);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, save_error);
  gtk_widget_class_bind_template_child (widget_class, DfPersonEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_organisation);
  gtk_widget_class_bind_template_callback (widget_class, on_external_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_category_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_chosen);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
df_person_editor_init (DfPersonEditor *self)
{
  self->substitute_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->area_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  df_a11y_name_dropdown (self->category_dropdown, _("Actor category"));
}
