/* test-window.c: the real main window on the demo database, under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "dialogforum/df-attendance.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-deadlines.h"
#include "dialogforum/df-demo.h"
#include "dialogforum/df-store-meetings.h"
#include "df-attendance-chart.h"
#include "df-overview-page.h"
#include "df-test-util.h"
#include "df-year-wheel-view.h"
#include "df-import-dialog.h"
#include "df-pack-dialog.h"
#include "df-participants-view.h"
#include "dialogforum/df-participant.h"
#include "df-print-operation.h"
#include "dialogforum/df-pack-meeting.h"
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
  /* In the page in view: the overview before it has spin buttons too. */
  quota = GTK_SPIN_BUTTON (find_by_type (gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_STACK))),
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

static GtkWidget *
file_written (GtkWidget     *root,
              gconstpointer  path)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Done when the dialog has closed itself after writing. */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (DF_IS_PACK_DIALOG (window))
        return NULL;
    }
  return g_file_test (path, G_FILE_TEST_EXISTS) ? root : NULL;
}

static void
test_pack_export_and_print (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *exported = g_build_filename (f->dir, "export.pdf", NULL);
  g_autofree char *printed = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfPackDocument) document = NULL;
  g_autoptr (DfPrintOperation) operation = NULL;
  DfPackDialog *dialog = df_pack_dialog_new (f->store, 1);
  g_autofree char *contents = NULL;

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  df_pack_dialog_export_to (dialog, exported);
  g_assert_nonnull (wait_for_widget (f->window, file_written, exported));
  g_assert_true (g_file_get_contents (exported, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* The printer's path draws the same pages: GTK writes them to a PDF. */
  document = df_pack_build_for_meeting (f->store, 1, DF_PACK_SHEET_AGENDA | DF_PACK_SHEET_CARDS, &error);
  g_assert_no_error (error);
  operation = df_print_operation_new (document);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), printed);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (f->window), &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_test (printed, G_FILE_TEST_EXISTS));
}

static void
test_participants_marks (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  DfParticipantsView *view = g_object_new (DF_TYPE_PARTICIPANTS_VIEW, NULL);
  GtkColumnView *columns;
  GtkSingleSelection *selection;
  GListModel *model;
  guint position = GTK_INVALID_LIST_POSITION;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  /* The December meeting: most have not answered yet. */
  df_participants_view_set_meeting (view, f->store, 3);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (wait_for_widget (window, find_mapped_label, "Karen Lundgaard"));
  g_assert_nonnull (wait_for_widget (window, find_mapped_label_containing, running_in_danish () ? "uden svar" : "without reply"));

  columns = GTK_COLUMN_VIEW (find_by_type (window, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (columns));
  model = G_LIST_MODEL (selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (DfParticipant) p = g_list_model_get_item (model, i);

      if (g_str_equal (df_participant_get_person_name (p), "Søren Hjort"))
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (selection, position);

  /* "t" on the list: accepted, by the channel chosen above it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "participants.mark", "s", "accepted"));
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM participant pa JOIN person p ON p.id = pa.person_id"
                                       " WHERE pa.meeting_id = 3 AND p.name = 'Søren Hjort' AND pa.reply = 'accepted'"
                                       " AND pa.reply_channel = 'email' AND pa.reply_date IS NOT NULL"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "participants.mark", "s", "attended"));
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT attended FROM participant pa JOIN person p ON p.id = pa.person_id"
                                       " WHERE pa.meeting_id = 3 AND p.name = 'Søren Hjort'"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A widget of @type once it has its size. */
static GtkWidget *
find_laid_out (GtkWidget     *root,
               gconstpointer  type)
{
  GtkWidget *widget = find_by_type (root, type);

  return widget != NULL && gtk_widget_get_width (widget) > 0 ? widget : NULL;
}

static void
on_show_meeting (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  *(gint64 *) user_data = g_variant_get_int64 (parameter);
}

/* The overview is the page the window opens on: its next tasks are the
 * core's, its wheel tells what a mark is and opens a meeting, and the
 * attendance chart's numbers are in the accessibility tree. */
static void
test_overview_first (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *today = df_date_today_iso ();
  g_autoptr (GPtrArray) tasks = df_store_list_tasks (f->store, &error);
  g_autoptr (GPtrArray) next = NULL;
  g_autoptr (GPtrArray) late = NULL;
  g_autoptr (GSimpleAction) show_meeting = g_simple_action_new ("show-meeting", G_VARIANT_TYPE_INT64);
  g_autoptr (DfAttendance) attendance = NULL;
  GtkStack *stack = GTK_STACK (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_STACK)));
  GtkWidget *page, *list, *row_label, *chart;
  DfYearWheelView *wheel;
  gint64 shown = 0;
  gboolean found = FALSE;

  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "overview");
  page = gtk_stack_get_visible_child (stack);
  g_assert_true (DF_IS_OVERVIEW_PAGE (page));
  if (running_in_danish ())
    g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Oversigt"));

  /* The demo always has a meeting ahead, so there are tasks ahead. */
  df_tasks_split (tasks, today, 5, &next, &late);
  g_assert_cmpuint (next->len, >, 0);
  row_label = wait_for_widget (page, find_mapped_label,
                               df_task_kind_label (((DfTask *) g_ptr_array_index (next, 0))->kind));
  g_assert_nonnull (row_label);
  list = gtk_widget_get_ancestor (row_label, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  gtk_test_accessible_assert_property (list, GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next tasks"));

  /* Hovering a meeting's mark names it; clicking it asks the window to
   * show that meeting. */
  wheel = DF_YEAR_WHEEL_VIEW (wait_for_widget (page, find_laid_out, GSIZE_TO_POINTER (DF_TYPE_YEAR_WHEEL_VIEW)));
  g_assert_nonnull (wheel);
  g_action_map_add_action (G_ACTION_MAP (f->window), G_ACTION (show_meeting));
  g_signal_connect (show_meeting, "activate", G_CALLBACK (on_show_meeting), &shown);
  for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (wheel)) && !found; y += 4)
    for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (wheel)) && !found; x += 4)
      {
        g_autofree char *text = df_year_wheel_view_describe_at (wheel, x, y);

        if (text != NULL && g_str_has_prefix (text, "Møde i Strategisk dialogforum — "))
          {
            found = TRUE;
            g_assert_true (df_year_wheel_view_activate_at (wheel, x, y));
          }
      }
  g_assert_true (found);
  g_assert_cmpint (shown, >, 0);
  g_assert_nonnull (df_store_find_meeting (f->store, shown));
  g_assert_null (df_year_wheel_view_describe_at (wheel, 0, 0));

  /* The chart says in words what its bars show. */
  attendance = df_store_attendance (f->store, today, DF_ATTENDANCE_MEETINGS_DEFAULT, &error);
  g_assert_no_error (error);
  chart = find_by_type (page, GSIZE_TO_POINTER (DF_TYPE_ATTENDANCE_CHART));
  g_assert_nonnull (chart);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       df_attendance_chart_get_text (DF_ATTENDANCE_CHART (chart)));
  for (guint i = 0; i < attendance->members->len; i++)
    {
      g_autofree char *line = df_attendance_row_describe (g_ptr_array_index (attendance->members, i));

      g_assert_nonnull (strstr (df_attendance_chart_get_text (DF_ATTENDANCE_CHART (chart)), line));
    }
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

  g_test_add ("/window/overview-first", Fixture, NULL, fixture_set_up, test_overview_first, fixture_tear_down);
  g_test_add ("/window/shows-seeded-rules", Fixture, NULL, fixture_set_up, test_shows_seeded_rules, fixture_tear_down);
  g_test_add ("/window/edit-through-form", Fixture, NULL, fixture_set_up, test_edit_through_form, fixture_tear_down);
  g_test_add ("/window/add-person-through-form", Fixture, NULL, fixture_set_up, test_add_person_through_form, fixture_tear_down);
  g_test_add ("/window/import-preview", Fixture, NULL, fixture_set_up, test_import_preview, fixture_tear_down);
  g_test_add ("/window/participants-marks", Fixture, NULL, fixture_set_up, test_participants_marks, fixture_tear_down);
  g_test_add ("/window/pack-export-and-print", Fixture, NULL, fixture_set_up, test_pack_export_and_print, fixture_tear_down);
  return g_test_run ();
}
