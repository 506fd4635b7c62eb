/* test-window.c: the real main window on the demo database, under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "dialogforum/df-demo.h"
#include "df-test-util.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-store-meetings.h"
#include "df-import-dialog.h"
#include "df-minutes-editor.h"
#include "df-person-editor.h"
#include "df-window.h"

static gboolean
keep_source (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Waits, by running the main loop, until @found finds its widget; gives
 * up after a generous while so that a broken window fails, not hangs. */
static GtkWidget *
wait_for_widget (GtkWidget  *root,
                 GtkWidget *(*found) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  /* Wakes the loop now and then, so the deadline is seen even when
   * nothing else happens. */
  guint tick = g_timeout_add (50, keep_source, NULL);
  GtkWidget *widget;

  while ((widget = found (root, data)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return widget;
}

static GtkWidget *
find_mapped_label (GtkWidget     *root,
                   gconstpointer  text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_mapped_label (child, text);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
find_by_type (GtkWidget     *root,
              gconstpointer  type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, GPOINTER_TO_SIZE (type)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_by_type (child, type);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget     *root,
             gconstpointer  label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_button (child, label);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

typedef struct
{
  char      *dir;
  char      *path;
  DfStore   *store;
  GtkWidget *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  f->dir = df_test_make_dir ();
  f->path = g_build_filename (f->dir, "demo.sqlite", NULL);
  g_assert_true (df_demo_create (f->path, &error));
  g_assert_no_error (error);
  f->store = df_store_open (f->path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->window = GTK_WIDGET (df_window_new (NULL, f->store));
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  df_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gboolean
running_in_danish (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  return messages != NULL && g_str_has_prefix (messages, "da");
}

static void
show_page (Fixture    *f,
           const char *name)
{
  GtkStack *stack = GTK_STACK (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_STACK)));

  gtk_stack_set_visible_child_name (stack, name);
}

static void
test_shows_seeded_rules (Fixture       *f,
                         gconstpointer  data)
{
  show_page (f, "rules");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Kommunal fagdirektør"));
  g_assert_nonnull (find_mapped_label (f->window, "Socialstyrelsens direktion"));
  g_assert_nonnull (find_mapped_label (f->window, "Social- og Ældreministeriets departement"));
  g_assert_nonnull (find_mapped_label (f->window, "skole og dagtilbud"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "demo.sqlite — Dialogforum");
  if (running_in_danish ())
    {
      /* The page's name in the sidebar, and the quota "at least 1". */
      g_assert_nonnull (find_mapped_label (f->window, "Kommissorium"));
      g_assert_nonnull (find_mapped_label (f->window, "mindst 1"));
    }
  else
    g_test_message ("not in a Danish locale: the Danish words were not checked");
}

static void
test_edit_through_form (Fixture       *f,
                        gconstpointer  data)
{
  GtkColumnView *view;
  GtkSingleSelection *selection;
  GtkSpinButton *quota;
  GtkWidget *save;

  show_page (f, "rules");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Kommunal fagdirektør"));
  view = GTK_COLUMN_VIEW (find_by_type (gtk_stack_get_visible_child (GTK_STACK (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_STACK)))),
                                        GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  gtk_single_selection_set_selected (selection, 1);

  quota = GTK_SPIN_BUTTON (find_by_type (GTK_WIDGET (view), GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON)));
  quota = GTK_SPIN_BUTTON (find_by_type (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_STACK),
                                         GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (quota), ==, 7);
  gtk_spin_button_set_value (quota, 8);
  save = find_button (f->window, _("_Save"));
  g_assert_nonnull (save);
  g_signal_emit_by_name (save, "clicked");

  /* In the database, and in the list, which follows the store. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT quota FROM seat_kind WHERE code = 'municipal-director'"), ==, 8);
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "8"));
}

/* The field a label with @mnemonic ("_Name") names, as a user finds it. */
static GtkWidget *
find_field (GtkWidget  *root,
            const char *mnemonic)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), mnemonic) == 0 &&
      gtk_label_get_mnemonic_widget (GTK_LABEL (root)) != NULL)
    return gtk_label_get_mnemonic_widget (GTK_LABEL (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_field (child, mnemonic);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
find_visible_warning (GtkWidget     *root,
                      gconstpointer  text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root) && gtk_widget_has_css_class (root, "warning") &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_visible_warning (child, text);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
find_visible_warning_or_error (GtkWidget     *root,
                               gconstpointer  text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) && gtk_widget_has_css_class (root, "error") &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_visible_warning_or_error (child, text);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
find_mapped_label_containing (GtkWidget     *root,
                              gconstpointer  text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_mapped_label_containing (child, text);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static GtkWidget *
find_editor (void)
{
  return find_toplevel (DF_TYPE_PERSON_EDITOR);
}

static GtkWidget *
editor_gone (GtkWidget     *root,
             gconstpointer  data)
{
  return find_editor () == NULL ? root : NULL;
}

static void
test_add_person_through_form (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *editor;
  GtkWidget *name, *email, *from, *to;
  GtkDropDown *seat;
  GtkWidget *warning;

  show_page (f, "members");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Karen Lundgaard"));
  page = gtk_stack_get_visible_child (GTK_STACK (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_STACK))));
  g_assert_true (gtk_widget_activate_action (page, "page.new", NULL));
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_nonnull (wait_for_widget (editor, find_mapped_label, _("New Person")));

  name = find_field (editor, _("_Name"));
  email = find_field (editor, _("_E-mail"));
  from = find_field (editor, _("_From"));
  to = find_field (editor, _("_To"));
  seat = GTK_DROP_DOWN (find_field (editor, _("Seat _kind")));
  g_assert_true (GTK_IS_ENTRY (name) && GTK_IS_ENTRY (email) && GTK_IS_ENTRY (from) && GTK_IS_ENTRY (to));
  g_assert_true (GTK_IS_DROP_DOWN (seat));
  gtk_editable_set_text (GTK_EDITABLE (name), "Testa Testesen");
  gtk_editable_set_text (GTK_EDITABLE (find_field (editor, _("_Job title"))), "Direktør for Velfærd");

  /* Inline validation: a broken address is named at once. */
  gtk_editable_set_text (GTK_EDITABLE (email), "testa@");
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  g_assert_true (gtk_widget_activate_action (editor, "editor.save", NULL));
  g_assert_nonnull (find_editor ());
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE name = 'Testa Testesen'"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (email), "testa@holstebro.example");
  g_assert_false (gtk_widget_has_css_class (email, "error"));

  /* A seat kind that is full on the start date warns before the save. */
  gtk_editable_set_text (GTK_EDITABLE (from), "01-02-2026");
  gtk_drop_down_set_selected (seat, 1);
  warning = find_visible_warning (editor, "Kommunal fagdirektør");
  g_assert_nonnull (warning);
  gtk_drop_down_set_selected (seat, 0);
  g_assert_false (gtk_widget_get_visible (warning));

  /* The end before the start is refused inline. */
  gtk_editable_set_text (GTK_EDITABLE (to), "31-01-2026");
  g_assert_true (gtk_widget_has_css_class (to, "error"));
  gtk_editable_set_text (GTK_EDITABLE (to), "");

  g_assert_true (gtk_widget_activate_action (editor, "editor.save", NULL));
  g_assert_nonnull (wait_for_widget (f->window, editor_gone, NULL));

  /* In the list, and in the database with the membership. */
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Testa Testesen"));
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM person p JOIN membership m ON m.person_id = p.id"
                                       " WHERE p.name = 'Testa Testesen' AND p.email = 'testa@holstebro.example'"
                                       " AND m.start_date = '2026-02-01' AND m.end_date IS NULL"), ==, 1);
}

static void
test_import_preview (Fixture       *f,
                     gconstpointer  data)
{
  const char *bad = "Navn;Pladstype;Fra\nAnna;Kommunal fagdirektør;31-02-2026\n";
  const char *good = "Navn;Organisation;E-mail\nAnna Import;Vejen Kommune;anna@vejen.example\n";
  g_autoptr (GBytes) bad_bytes = g_bytes_new_static (bad, strlen (bad));
  g_autoptr (GBytes) good_bytes = g_bytes_new_static (good, strlen (good));
  g_autoptr (GError) error = NULL;
  DfImportDialog *dialog;

  /* With a problem the line is shown and Import is not offered. */
  dialog = df_import_dialog_new (f->store, df_people_import_prepare (f->store, bad_bytes, "bad.csv", &error), "bad.csv");
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_nonnull (wait_for_widget (GTK_WIDGET (dialog), find_visible_warning_or_error, "2"));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (dialog), _("_Import"))));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE name = 'Anna'"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = df_import_dialog_new (f->store, df_people_import_prepare (f->store, good_bytes, "good.csv", &error), "good.csv");
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_nonnull (wait_for_widget (GTK_WIDGET (dialog), find_mapped_label_containing, "Anna Import"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE name = 'Anna Import'"), ==, 1);
}

/* Chooses the first of @dropdown's strings that contains @text. */
static void
choose (GtkWidget  *dropdown,
        const char *text)
{
  GListModel *choices;

  g_assert_true (GTK_IS_DROP_DOWN (dropdown));
  choices = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr (GtkStringObject) choice = g_list_model_get_item (choices, i);

      if (strstr (gtk_string_object_get_string (choice), text) != NULL)
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
          return;
        }
    }
  g_error ("no choice with “%s”", text);
}

static GtkWidget *
label_gone (GtkWidget     *root,
            gconstpointer  text)
{
  return find_mapped_label (root, text) == NULL ? root : NULL;
}

static GtkWidget *
minutes_editor_gone (GtkWidget     *root,
                     gconstpointer  data)
{
  return find_toplevel (DF_TYPE_MINUTES_EDITOR) == NULL ? root : NULL;
}

/* The day, as the dropdowns show it, of the demo's forum meeting in @month. */
static char *
forum_meeting_day (Fixture    *f,
                   GDateMonth  month)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (f->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      GDate date;

      g_date_clear (&date, 1);
      if (g_str_equal (df_meeting_get_kind (meeting), "forum") &&
          df_date_parse_iso (df_meeting_get_date (meeting), &date) && g_date_get_month (&date) == month)
        {
          g_autofree char *day = df_date_iso_to_short (df_meeting_get_date (meeting));

          return g_strdup_printf ("%s ·", day);
        }
    }
  g_assert_not_reached ();
}

static void
test_record_decision (Fixture       *f,
                      gconstpointer  data)
{
  const char *decision = "Dialogforum anbefaler et genbesøg i Aarhus om et år.";
  g_autofree char *may = forum_meeting_day (f, G_DATE_MAY);
  GtkWidget *page, *editor, *heading, *row, *decisions;
  GtkTextBuffer *buffer;

  show_page (f, "followup");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Oplæg til en styrket rådgivning af kommunerne"));
  page = gtk_stack_get_visible_child (GTK_STACK (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_STACK))));
  g_assert_true (gtk_widget_activate_action (page, "followup.minutes", NULL));
  editor = find_toplevel (DF_TYPE_MINUTES_EDITOR);
  g_assert_nonnull (editor);

  /* The May meeting's minutes are approved, and so read only. */
  choose (find_field (editor, _("_Meeting")), may);
  g_assert_nonnull (wait_for_widget (editor, find_mapped_label_containing, "Hvordan kan Socialstyrelsen"));
  decisions = find_field (editor, _("_Decision"));
  g_assert_true (GTK_IS_TEXT_VIEW (decisions));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (decisions)));

  /* The study trip's are not begun: a decision and an action under its
   * last item. */
  choose (find_field (editor, _("_Meeting")), "Studietur");
  heading = wait_for_widget (editor, find_mapped_label_containing, "5. Opsamling: Hvad tager vi med hjem?");
  g_assert_nonnull (heading);
  row = gtk_widget_get_ancestor (heading, GTK_TYPE_LIST_BOX_ROW);
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (row)), GTK_LIST_BOX_ROW (row));
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (decisions)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (decisions));
  gtk_text_buffer_set_text (buffer, decision, -1);

  gtk_editable_set_text (GTK_EDITABLE (find_field (editor, _("_New action"))), "Sekretariatet planlægger genbesøget");
  choose (find_field (editor, _("_Owner")), "Hanne Skovgaard");
  gtk_editable_set_text (GTK_EDITABLE (find_field (editor, _("D_ue"))), "15-01-2030");
  g_assert_true (gtk_widget_activate_action (editor, "editor.add-action", NULL));
  g_assert_nonnull (wait_for_widget (editor, find_mapped_label, "Sekretariatet planlægger genbesøget"));

  g_assert_true (gtk_widget_activate_action (editor, "editor.save", NULL));
  g_assert_nonnull (wait_for_widget (f->window, minutes_editor_gone, NULL));

  /* In the database, under the study trip's fifth item. */
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM minutes_item mi JOIN agenda_item a ON a.id = mi.agenda_item_id"
                                       " JOIN meeting m ON m.id = a.meeting_id WHERE m.kind = 'study-trip'"
                                       " AND a.position = 4 AND mi.decisions = 'Dialogforum anbefaler et genbesøg i Aarhus om et år.'"),
                   ==, 1);
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM action_item x JOIN person p ON p.id = x.owner_person_id"
                                       " WHERE x.description = 'Sekretariatet planlægger genbesøget'"
                                       " AND p.name = 'Hanne Skovgaard' AND x.due_date = '2030-01-15' AND x.status = 'open'"),
                   ==, 1);
  /* And among the open actions on the page, which follows the store. */
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Sekretariatet planlægger genbesøget"));
}

static void
test_proposals_page (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *december = forum_meeting_day (f, G_DATE_DECEMBER);
  GtkWidget *page, *status;

  show_page (f, "proposals");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Frit valg af hjemmehjælp på ældreområdet"));
  g_assert_nonnull (find_mapped_label (f->window, "Brug af data i styringen af det specialiserede socialområde"));
  page = gtk_stack_get_visible_child (GTK_STACK (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_STACK))));

  /* The declined only. */
  status = find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN));
  choose (status, C_("proposal status", "Declined"));
  g_assert_nonnull (wait_for_widget (f->window, label_gone, "Brug af data i styringen af det specialiserede socialområde"));
  g_assert_nonnull (find_mapped_label (f->window, "Frit valg af hjemmehjælp på ældreområdet"));
  choose (status, _("All statuses"));

  /* A meeting's deadline, with what came in for it and how much late. */
  choose (find_field (page, _("For _meeting")), december);
  g_assert_nonnull (wait_for_widget (f->window, label_gone, "Brug af data i styringen af det specialiserede socialområde"));
  g_assert_nonnull (find_mapped_label (f->window, "Rekruttering og fastholdelse af medarbejdere"));
  if (running_in_danish ())
    {
      g_assert_nonnull (find_mapped_label_containing (f->window, "Frist for forslag: tirsdag den "));
      g_assert_nonnull (find_mapped_label_containing (f->window, "3 forslag modtaget, 1 efter fristen"));
    }
  else
    g_test_message ("not in a Danish locale: the Danish words were not checked");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("DIALOGFORUM_LOCALEDIR");

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() keeps the C locale; the window is to be seen as the
   * secretariat sees it. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add ("/window/shows-seeded-rules", Fixture, NULL, fixture_set_up, test_shows_seeded_rules, fixture_tear_down);
  g_test_add ("/window/edit-through-form", Fixture, NULL, fixture_set_up, test_edit_through_form, fixture_tear_down);
  g_test_add ("/window/add-person-through-form", Fixture, NULL, fixture_set_up, test_add_person_through_form, fixture_tear_down);
  g_test_add ("/window/import-preview", Fixture, NULL, fixture_set_up, test_import_preview, fixture_tear_down);
  g_test_add ("/window/record-decision", Fixture, NULL, fixture_set_up, test_record_decision, fixture_tear_down);
  g_test_add ("/window/proposals-page", Fixture, NULL, fixture_set_up, test_proposals_page, fixture_tear_down);
  return g_test_run ();
}
