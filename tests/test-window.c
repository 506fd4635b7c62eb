/* test-window.c: the real main window on the demo database, under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "dialogforum/df-demo.h"
#include "dialogforum/df-store-meetings.h"
#include "df-agenda-row.h"
#include "df-meeting-editor.h"
#include "df-meetings-page.h"
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

/* Opens the demo's December meeting, the half day whose agenda begins
 * "Velkomst" (10 minutes from 9.30), "Opfølgning fra mødet i maj". */
static GtkWidget *
open_december_meeting (Fixture *f)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *december = g_strdup_printf ("%d-12-", g_date_time_get_year (now));
  GtkWidget *page = find_by_type (f->window, GSIZE_TO_POINTER (DF_TYPE_MEETINGS_PAGE));
  GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (page, GTK_TYPE_STACK));
  GtkColumnView *view = GTK_COLUMN_VIEW (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  gboolean found = FALSE;

  gtk_stack_set_visible_child_name (stack, "meetings");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)) && !found; i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_str_has_prefix (df_meeting_get_date (meeting), december))
        {
          gtk_single_selection_set_selected (selection, i);
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_true (gtk_widget_activate_action (page, "meetings.open", NULL));
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Opfølgning fra mødet i maj"));
  return find_by_type (page, GSIZE_TO_POINTER (DF_TYPE_MEETING_EDITOR));
}

static GtkListBoxRow *
agenda_row (GtkWidget *editor,
            int        index)
{
  GtkWidget *row = find_by_type (editor, GSIZE_TO_POINTER (DF_TYPE_AGENDA_ROW));

  g_assert_nonnull (row);
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_parent (row)), index);
}

static void
assert_row (GtkWidget  *editor,
            int         index,
            const char *number,
            const char *time,
            const char *title)
{
  GtkListBoxRow *row = agenda_row (editor, index);

  g_assert_nonnull (row);
  g_assert_cmpstr (df_agenda_item_get_title (df_agenda_row_get_item (DF_AGENDA_ROW (row))), ==, title);
  g_assert_nonnull (wait_for_widget (GTK_WIDGET (row), find_mapped_label, number));
  g_assert_nonnull (wait_for_widget (GTK_WIDGET (row), find_mapped_label, time));
  g_assert_nonnull (wait_for_widget (GTK_WIDGET (row), find_mapped_label, title));
}

static void
test_meetings_year_plan (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *this_year = NULL;
  GtkWidget *page = find_by_type (f->window, GSIZE_TO_POINTER (DF_TYPE_MEETINGS_PAGE));

  gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_ancestor (page, GTK_TYPE_STACK)), "meetings");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Studietur til Aarhus: Nye veje i socialpsykiatrien"));
  if (!running_in_danish ())
    {
      g_test_message ("not in a Danish locale: the Danish words were not checked");
      return;
    }
  this_year = g_strdup_printf ("2 af 2 møder planlagt i %d", g_date_time_get_year (now));
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, this_year));
  g_assert_nonnull (find_mapped_label (f->window, "Møder"));
}

/* The action that @accelerator triggers on @widget, from the shortcuts of
 * its class; NULL when none does. */
static char *
action_for_key (GtkWidget  *widget,
                const char *accelerator)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_strcmp0 (trigger, accelerator) == 0 && GTK_IS_NAMED_ACTION (action))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }
  return NULL;
}

static void
test_reorder_agenda (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *editor = open_december_meeting (f);
  g_autofree char *down = action_for_key (editor, "<Alt>Down");
  g_autofree char *up = action_for_key (editor, "<Alt>Up");

  g_assert_cmpstr (down, ==, "agenda.move-down");
  g_assert_cmpstr (up, ==, "agenda.move-up");

  assert_row (editor, 0, "1.", "9.30", "Velkomst");
  assert_row (editor, 1, "2.", "9.40", "Opfølgning fra mødet i maj");

  /* Alt+Down moves the selected item down: the numbers and the times
   * follow at once. */
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (agenda_row (editor, 0)))),
                           agenda_row (editor, 0));
  g_assert_true (gtk_widget_activate_action (editor, "agenda.move-down", NULL));
  assert_row (editor, 0, "1.", "9.30", "Opfølgning fra mødet i maj");
  assert_row (editor, 1, "2.", "9.50", "Velkomst");
  assert_row (editor, 2, "3.", "10.00", "Tidlig indsats og forebyggelse på børne- og ungeområdet");
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT position FROM agenda_item WHERE title = 'Velkomst'"
                                                " AND meeting_id = (SELECT meeting_id FROM agenda_item"
                                                " WHERE title = 'Opfølgning fra mødet i maj')"), ==, 1);

  /* And back up with Alt+Up; the moved item stays selected. */
  g_assert_true (gtk_widget_activate_action (editor, "agenda.move-up", NULL));
  assert_row (editor, 0, "1.", "9.30", "Velkomst");
  assert_row (editor, 1, "2.", "9.40", "Opfølgning fra mødet i maj");

  /* Dropped on the third row, the welcome takes its place. */
  g_signal_emit_by_name (agenda_row (editor, 2), "item-dropped",
                         df_agenda_row_get_item (DF_AGENDA_ROW (agenda_row (editor, 0))));
  assert_row (editor, 0, "1.", "9.30", "Opfølgning fra mødet i maj");
  assert_row (editor, 1, "2.", "9.50", "Tidlig indsats og forebyggelse på børne- og ungeområdet");
  assert_row (editor, 2, "3.", "10.25", "Velkomst");
}

static void
test_remove_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *editor = open_december_meeting (f);
  DfAgendaItem *follow_up = df_agenda_row_get_item (DF_AGENDA_ROW (agenda_row (editor, 1)));
  GtkWidget *undo;

  g_assert_true (gtk_widget_activate_action (editor, "agenda.remove", "x", df_agenda_item_get_id (follow_up)));
  assert_row (editor, 1, "2.", "9.40", "Tidlig indsats og forebyggelse på børne- og ungeområdet");
  undo = find_button (editor, _("_Undo"));
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_is_sensitive (undo));
  if (running_in_danish ())
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (undo)), ==, "_Fortryd");
  g_signal_emit_by_name (undo, "clicked");
  assert_row (editor, 1, "2.", "9.40", "Opfølgning fra mødet i maj");
  assert_row (editor, 2, "3.", "10.00", "Tidlig indsats og forebyggelse på børne- og ungeområdet");
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
  g_test_add ("/window/meetings-year-plan", Fixture, NULL, fixture_set_up, test_meetings_year_plan, fixture_tear_down);
  g_test_add ("/window/reorder-agenda", Fixture, NULL, fixture_set_up, test_reorder_agenda, fixture_tear_down);
  g_test_add ("/window/remove-and-undo", Fixture, NULL, fixture_set_up, test_remove_and_undo, fixture_tear_down);
  return g_test_run ();
}
