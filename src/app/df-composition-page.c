/* df-composition-page.c: the Sammensætning page.
 *
 * One row per seat kind with its holders, vacant seats and surplus seats
 * marked; which adjacent areas are covered; and every deviation, for any
 * date, past or future. It follows the store: an edit anywhere shows here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-composition-page"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-composition.h"
#include "dialogforum/df-date.h"

#include "df-composition-page.h"

struct _DfCompositionPage
{
  GtkWidget       parent_instance;

  DfStore        *store;
  char           *date;

  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  GtkLabel       *verdict_label;
  GtkListBox     *seats_list;
  GtkBox         *areas_box;
  GtkBox         *findings_box;
};

G_DEFINE_FINAL_TYPE (DfCompositionPage, df_composition_page, GTK_TYPE_WIDGET)

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static GtkWidget *
line (const char *text,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
seat_row (DfSeatStatus *status)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  int quota = df_seat_kind_get_quota (status->kind);
  g_autofree char *heading = NULL;
  g_autofree char *count = NULL;
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  title = line (df_seat_kind_get_name (status->kind), "heading");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);
  if (df_seat_kind_get_quota_is_minimum (status->kind))
    count = g_strdup_printf (ngettext ("%u filled, at least %d seat", "%u filled, at least %d seats", quota),
                             status->holders->len, quota);
  else
    count = g_strdup_printf (ngettext ("%u of %d seat filled", "%u of %d seats filled", quota),
                             status->holders->len, quota);
  gtk_box_append (GTK_BOX (header),
                  line (count, status->missing > 0 ? "warning" : status->surplus > 0 ? "error" : "success"));
  gtk_box_append (GTK_BOX (box), header);

  for (guint i = 0; i < status->holders->len; i++)
    {
      DfMembership *m = g_ptr_array_index (status->holders, i);
      g_autoptr (GString) text = g_string_new (NULL);
      gboolean surplus = i >= (guint) quota && !df_seat_kind_get_quota_is_minimum (status->kind);

      if (g_strcmp0 (df_membership_get_role (m), "chair") == 0)
        g_string_append_printf (text, "%s ", _("Chair:"));
      g_string_append (text, df_membership_get_person_name (m));
      if (df_membership_get_organisation_name (m)[0] != '\0')
        g_string_append_printf (text, ", %s", df_membership_get_organisation_name (m));
      g_string_append_printf (text, " (%s)", df_membership_get_term_text (m));
      if (df_membership_get_substitute_id (m) != 0)
        g_string_append_printf (text, _("; substitute: %s"), df_membership_get_substitute_name (m));
      if (surplus)
        g_string_append_printf (text, " — %s", _("surplus seat"));
      gtk_box_append (GTK_BOX (box), line (text->str, surplus ? "error" : NULL));
    }
  for (int i = 0; i < status->missing; i++)
    gtk_box_append (GTK_BOX (box), line (_("Vacant seat"), "warning"));
  return box;
}

static void
add_findings (DfCompositionPage *self,
              const char        *heading,
              GPtrArray         *texts,
              const char        *css_class)
{
  if (texts->len == 0)
    return;
  gtk_box_append (self->findings_box, line (heading, "title-4"));
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("• %s", (const char *) g_ptr_array_index (texts, i));

      gtk_box_append (self->findings_box, line (text, css_class));
    }
}

static void
add_area_labels (DfCompositionPage *self,
                 GPtrArray         *names,
                 const char        *css_class,
                 const char        *prefix)
{
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %s", prefix, (const char *) g_ptr_array_index (names, i));
      GtkWidget *label = line (text, css_class);

      gtk_widget_add_css_class (label, "area-tag");
      gtk_box_append (self->areas_box, label);
    }
}

static void
refresh (DfCompositionPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfComposition) composition = NULL;
  g_autofree char *long_date = NULL;

  if (self->store == NULL)
    return;
  long_date = df_date_iso_to_long (self->date);
  gtk_menu_button_set_label (self->date_button, long_date);
  clear_box (GTK_WIDGET (self->seats_list));
  clear_box (GTK_WIDGET (self->areas_box));
  clear_box (GTK_WIDGET (self->findings_box));

  composition = df_store_compose_on (self->store, self->date, &error);
  if (composition == NULL)
    {
      gtk_label_set_text (self->verdict_label, error->message);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  if (df_composition_meets_rules (composition))
    {
      gtk_label_set_text (self->verdict_label, _("The composition meets the kommissorium."));
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "success");
    }
  else
    {
      g_autofree char *text = g_strdup_printf (ngettext ("The composition does not meet the kommissorium: %d deviation.",
                                                         "The composition does not meet the kommissorium: %d deviations.",
                                                         composition->deviations->len),
                                               composition->deviations->len);

      gtk_label_set_text (self->verdict_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
    }

  for (guint i = 0; i < composition->seats->len; i++)
    gtk_list_box_append (self->seats_list, seat_row (g_ptr_array_index (composition->seats, i)));

  /* ✓ and ✗ say it without colour too. */
  add_area_labels (self, composition->covered_areas, "success", "✓");
  add_area_labels (self, composition->uncovered_areas, "warning", "✗");

  add_findings (self, _("Deviations from the kommissorium:"), composition->deviations, "error");
  add_findings (self, _("Weight is to be given to:"), composition->warnings, "warning");
  add_findings (self, _("To follow up:"), composition->notices, NULL);
}

void
df_composition_page_set_date (DfCompositionPage *self,
                              const char        *date)
{
  GDate parsed;

  g_return_if_fail (DF_IS_COMPOSITION_PAGE (self));

  g_date_clear (&parsed, 1);
  if (!df_date_parse_iso (date, &parsed) || g_strcmp0 (date, self->date) == 0)
    return;
  g_free (self->date);
  self->date = g_strdup (date);
  refresh (self);
}

static void
on_day_selected (DfCompositionPage *self)
{
  g_autoptr (GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

  df_composition_page_set_date (self, date);
  gtk_menu_button_popdown (self->date_button);
}

static void
on_today (DfCompositionPage *self)
{
  g_autofree char *today = df_date_today_iso ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  gtk_calendar_select_day (self->calendar, now);
  df_composition_page_set_date (self, today);
}

static void
on_store_changed (DfCompositionPage *self)
{
  refresh (self);
}

void
df_composition_page_set_store (DfCompositionPage *self,
                               DfStore           *store)
{
  g_return_if_fail (DF_IS_COMPOSITION_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
df_composition_page_dispose (GObject *object)
{
  DfCompositionPage *self = DF_COMPOSITION_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_COMPOSITION_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (df_composition_page_parent_class)->dispose (object);
}

static void
df_composition_page_class_init (DfCompositionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_composition_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-composition-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DfCompositionPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, DfCompositionPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, DfCompositionPage, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, DfCompositionPage, seats_list);
  gtk_widget_class_bind_template_child (widget_class, DfCompositionPage, areas_box);
  gtk_widget_class_bind_template_child (widget_class, DfCompositionPage, findings_box);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_today);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_composition_page_init (DfCompositionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->date = df_date_today_iso ();
}
