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
#include "df-window.h"

/* Waits, by running the main loop, until @found finds its widget; gives
 * up after a generous while so that a broken window fails, not hangs. */
static GtkWidget *
wait_for_widget (GtkWidget  *root,
                 GtkWidget *(*found) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GtkWidget *widget;

  while ((widget = found (root, data)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
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
test_shows_seeded_rules (Fixture       *f,
                         gconstpointer  data)
{
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

  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Kommunal fagdirektør"));
  view = GTK_COLUMN_VIEW (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  gtk_single_selection_set_selected (selection, 1);

  quota = GTK_SPIN_BUTTON (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (quota), ==, 7);
  gtk_spin_button_set_value (quota, 8);
  save = find_button (f->window, _("_Save"));
  g_assert_nonnull (save);
  g_signal_emit_by_name (save, "clicked");

  /* In the database, and in the list, which follows the store. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT quota FROM seat_kind WHERE code = 'municipal-director'"), ==, 8);
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "8"));
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
  return g_test_run ();
}
