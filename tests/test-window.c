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
#include "df-import-dialog.h"
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
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (DF_IS_PERSON_EDITOR (window))
        return window;
    }
  return NULL;
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

/* A shown window of @type, whatever @root. */
static GtkWidget *
found_toplevel (GtkWidget     *root,
                gconstpointer  type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, GPOINTER_TO_SIZE (type)) && gtk_widget_get_visible (window))
        return window; /* GTK keeps it while it is shown */
    }
  return NULL;
}

static GtkWidget *
find_primary_menu_button (GtkWidget     *root,
                          gconstpointer  data)
{
  if (GTK_IS_MENU_BUTTON (root) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (root)), "open-menu-symbolic") == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_primary_menu_button (child, data);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

/* A message dialog that says @text. */
static GtkWidget *
found_message (GtkWidget     *root,
               gconstpointer  text)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);
      g_autofree char *said = NULL;

      if (!GTK_IS_MESSAGE_DIALOG (window) || !gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;
      g_object_get (window, "text", &said, NULL);
      if (g_strcmp0 (said, text) == 0)
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action,
                 const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_action = NULL;
      g_autofree char *item_label = NULL;
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has_action (section, action, label))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_str_equal (item_action, action) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label) &&
          g_str_equal (item_label, label))
        return TRUE;
    }
  return FALSE;
}

static gboolean
wait_for_file (const char *path)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint tick = g_timeout_add (50, keep_source, NULL);

  while (!g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* Saves to @path in the dialog win.export-calendar opens, as a user who
 * types the whole path into its name field. (Setting its folder instead
 * does not reach the name field while the dialog loads its first folder.) */
static void
export_calendar_to (Fixture    *f,
                    const char *path)
{
  GtkWidget *chooser;

  g_assert_true (gtk_widget_activate_action (f->window, "win.export-calendar", NULL));
  chooser = wait_for_widget (NULL, found_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==, "dialogforum.ics");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

static void
test_export_calendar (Fixture       *f,
                      gconstpointer  data)
{
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (find_primary_menu_button (f->window, NULL));
  g_autofree char *path = g_build_filename (f->dir, "kalender.ics", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *long_stem = g_strnfill (246, 'k');
  g_autofree char *long_name = g_strconcat (long_stem, ".ics", NULL);
  g_autofree char *long_path = g_build_filename (f->dir, long_name, NULL);
  GtkWidget *message;

  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (menu_button), "win.export-calendar",
                                  _("Export _Calendar…")));
  if (running_in_danish ())
    g_assert_cmpstr (_("Export _Calendar…"), ==, "Eksportér _kalender…");

  export_calendar_to (f, path);
  g_assert_true (wait_for_file (path));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nCLASS:CONFIDENTIAL\r\n"));

  /* A name of 250 bytes is fine, but the temporary file beside it, with
   * 7 more, is too long a name for any file system (and any user, root
   * too): the export fails, and says so. */
  export_calendar_to (f, long_path);
  message = wait_for_widget (NULL, found_message, _("The calendar could not be exported"));
  g_assert_nonnull (message);
  gtk_window_destroy (GTK_WINDOW (message));
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
  g_test_add ("/window/export-calendar", Fixture, NULL, fixture_set_up, test_export_calendar, fixture_tear_down);
  return g_test_run ();
}
