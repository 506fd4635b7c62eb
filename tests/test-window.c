/* test-window.c: the real main window on the demo database, under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <poppler.h>

#include "dialogforum/df-demo.h"
#include "dialogforum/df-store-meetings.h"
#include "df-agenda-row.h"
#include "df-meeting-editor.h"
#include "df-actors-page.h"
#include "df-composition-page.h"
#include "df-followup-page.h"
#include "df-groups-page.h"
#include "df-meetings-page.h"
#include "df-members-page.h"
#include "df-proposals-page.h"
#include "df-rules-page.h"
#include "dialogforum/df-attendance.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-action.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-deadlines.h"
#include "df-attendance-chart.h"
#include "df-overview-page.h"
#include "df-year-wheel-view.h"
#include "df-minutes-editor.h"
#include "df-group-editor.h"
#include "df-test-util.h"
#include "df-import-dialog.h"
#include "df-pack-dialog.h"
#include "df-participants-view.h"
#include "dialogforum/df-participant.h"
#include "df-print-operation.h"
#include "dialogforum/df-pack-meeting.h"
#include "df-person-editor.h"
#include "df-window.h"
#include "dialogforum/df-person.h"
#include "dialogforum/df-time.h"

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

/* The first widget at or under @root, depth first, that @matches with
 * @data; NULL when there is none. The finders below give it their test. */
static GtkWidget *
find_first (GtkWidget  *root,
            gboolean  (*matches) (GtkWidget *, gconstpointer),
            gconstpointer data)
{
  if (matches (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_first (child, matches, data);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static gboolean
is_mapped_label (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static GtkWidget *
find_mapped_label (GtkWidget     *root,
                   gconstpointer  text)
{
  return find_first (root, is_mapped_label, text);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
find_by_type (GtkWidget     *root,
              gconstpointer  type)
{
  return find_first (root, is_of_type, type);
}

static gboolean
is_button (GtkWidget     *widget,
           gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static GtkWidget *
find_button (GtkWidget     *root,
             gconstpointer  label)
{
  return find_first (root, is_button, label);
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

/* The page in view: the sidebar's pages are made when first shown, each
 * inside the stack's child in its place. */
static GtkWidget *
visible_page (Fixture *f)
{
  GtkWidget *slot = gtk_stack_get_visible_child (GTK_STACK (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_STACK))));

  g_assert_nonnull (slot);
  return gtk_widget_get_first_child (slot);
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

  /* Ctrl+N on the page: a new seat kind, its name ready to type. */
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "new-item", NULL);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM seat_kind WHERE name = 'Ny pladstype'"), ==,
                   running_in_danish () ? 1 : 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM seat_kind WHERE name = 'Ny pladstype'"
                                                " OR name = 'New seat kind'"), ==, 1);
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
  view = GTK_COLUMN_VIEW (find_by_type (visible_page (f),
                                        GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  gtk_single_selection_set_selected (selection, 1);

  quota = GTK_SPIN_BUTTON (find_by_type (visible_page (f),
                                         GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (quota), ==, 7);
  gtk_spin_button_set_value (quota, 8);
  save = find_button (visible_page (f),
                      _("_Save"));
  g_assert_nonnull (save);
  g_signal_emit_by_name (save, "clicked");

  /* In the database, and in the list, which follows the store. */
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT quota FROM seat_kind WHERE code = 'municipal-director'"), ==, 8);
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "8"));
}

static gboolean
is_field_label (GtkWidget     *widget,
                gconstpointer  mnemonic)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), mnemonic) == 0 &&
         gtk_label_get_mnemonic_widget (GTK_LABEL (widget)) != NULL;
}

/* The field a label with @mnemonic ("_Name") names, as a user finds it. */
static GtkWidget *
find_field (GtkWidget  *root,
            const char *mnemonic)
{
  GtkWidget *label = find_first (root, is_field_label, mnemonic);

  return label != NULL ? gtk_label_get_mnemonic_widget (GTK_LABEL (label)) : NULL;
}

static gboolean
is_visible_warning (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) && gtk_widget_has_css_class (widget, "warning") &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static GtkWidget *
find_visible_warning (GtkWidget     *root,
                      gconstpointer  text)
{
  return find_first (root, is_visible_warning, text);
}

static gboolean
is_visible_warning_or_error (GtkWidget     *widget,
                             gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, "error") &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static GtkWidget *
find_visible_warning_or_error (GtkWidget     *root,
                               gconstpointer  text)
{
  return find_first (root, is_visible_warning_or_error, text);
}

static gboolean
is_mapped_label_containing (GtkWidget     *widget,
                            gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static GtkWidget *
find_mapped_label_containing (GtkWidget     *root,
                              gconstpointer  text)
{
  return find_first (root, is_mapped_label_containing, text);
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
  page = visible_page (f);
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

/* Opens the demo's December meeting, the half day whose agenda begins
 * "Velkomst" (10 minutes from 9.30), "Opfølgning fra mødet i maj". */
static GtkWidget *
open_december_meeting (Fixture *f)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *december = g_strdup_printf ("%d-12-", g_date_time_get_year (now));
  GtkWidget *page;
  GtkColumnView *view;
  GtkSingleSelection *selection;
  gboolean found = FALSE;

  /* The page is made when it is first shown. */
  show_page (f, "meetings");
  page = find_by_type (f->window, GSIZE_TO_POINTER (DF_TYPE_MEETINGS_PAGE));
  view = GTK_COLUMN_VIEW (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
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

  show_page (f, "meetings");
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

/* The shortcut that @accelerator triggers on @widget, from its shortcut
 * controllers; NULL when none does. */
static GtkShortcut *
shortcut_for_key (GtkWidget  *widget,
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

          if (g_strcmp0 (trigger, accelerator) == 0)
            return g_steal_pointer (&shortcut);
        }
    }
  return NULL;
}

/* The action that @accelerator triggers on @widget, from the shortcuts of
 * its class; NULL when none does. */
static char *
action_for_key (GtkWidget  *widget,
                const char *accelerator)
{
  g_autoptr (GtkShortcut) shortcut = shortcut_for_key (widget, accelerator);
  GtkShortcutAction *action = shortcut != NULL ? gtk_shortcut_get_action (shortcut) : NULL;

  if (action == NULL || !GTK_IS_NAMED_ACTION (action))
    return NULL;
  return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
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

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "open-menu-symbolic") == 0;
}

static GtkWidget *
find_primary_menu_button (GtkWidget     *root,
                          gconstpointer  data)
{
  return find_first (root, is_primary_menu_button, data);
}

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

/* Answers the save chooser just asked for: it offers @offered_name, and
 * the file is saved as @path. */
static void
save_in_chooser (const char *offered_name,
                 const char *path)
{
  GtkWidget *chooser = wait_for_widget (NULL, found_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_autofree char *offered = NULL;

  g_assert_nonnull (chooser);
  offered = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (offered, ==, offered_name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

static void
export_calendar_to (Fixture    *f,
                    const char *path)
{

  g_assert_true (gtk_widget_activate_action (f->window, "win.export-calendar", NULL));
  save_in_chooser ("dialogforum.ics", path);
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

/* Selects @name in the list of the Medlemmer page @page, which shows them. */
static void
select_person (GtkWidget  *page,
               const char *name)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr (DfPerson) person = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_str_equal (df_person_get_name (person), name))
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (selection, position);
}

/* The report on Karen Lundgaard, chosen on the Medlemmer page, through
 * the chooser "Export Personal Data…" opens, saved as @path. */
static void
export_insight_to (Fixture    *f,
                   const char *path)
{
  GtkWidget *page;
  g_autofree char *offered = g_strdup_printf (_("Personal Data - %s.pdf"), "Karen Lundgaard");

  show_page (f, "members");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Karen Lundgaard"));
  page = visible_page (f);
  select_person (page, "Karen Lundgaard");
  if (running_in_danish ())
    g_assert_cmpstr (offered, ==, "Indsigt - Karen Lundgaard.pdf");
  g_assert_true (gtk_widget_activate_action (page, "members.export-insight", NULL));
  save_in_chooser (offered, path);
}

static void
test_export_insight (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "indsigt.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *long_stem = g_strnfill (246, 'i');
  g_autofree char *long_name = g_strconcat (long_stem, ".pdf", NULL);
  g_autofree char *long_path = g_build_filename (f->dir, long_name, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GObject) pdf = NULL;
  g_autoptr (GObject) page = NULL;
  g_autofree char *text = NULL;
  GtkWidget *message;

  export_insight_to (f, path);
  g_assert_true (wait_for_file (path));
  pdf = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (pdf), 0));
  text = poppler_page_get_text (POPPLER_PAGE (page));
  /* Danish, as every printed page is, whatever the desktop's language. */
  g_assert_nonnull (strstr (text, "Oplysninger om Karen Lundgaard"));
  g_assert_nonnull (strstr (text, "FORTROLIGT"));

  /* A name of 250 bytes leaves no room for the temporary file's beside
   * it: the export fails, says so, and leaves no file. */
  export_insight_to (f, long_path);
  message = wait_for_widget (NULL, found_message, _("The personal data could not be exported"));
  g_assert_nonnull (message);
  gtk_window_destroy (GTK_WINDOW (message));
  g_assert_false (g_file_test (long_path, G_FILE_TEST_EXISTS));
}

static gboolean
is_actionable_for (GtkWidget     *widget,
                   gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Anonymisér serves a guest, never a member, as well as a former member;
 * not a current member. */
static void
test_anonymise_guest (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *question = g_strdup_printf (_("Anonymise %s?"), "Trine Vang");
  GtkWidget *page, *button, *dialog;

  show_page (f, "members");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Karen Lundgaard"));
  page = visible_page (f);
  /* Everyone: the guest is no member. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN))), 2);
  button = find_first (page, is_actionable_for, "members.anonymise");
  g_assert_nonnull (button);

  select_person (page, "Karen Lundgaard");
  g_assert_false (gtk_widget_get_sensitive (button));
  select_person (page, "Trine Vang");
  g_assert_true (gtk_widget_get_sensitive (button));

  g_assert_true (gtk_widget_activate_action (page, "members.anonymise", NULL));
  dialog = wait_for_widget (NULL, found_message, question);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE name = 'Trine Vang'"), ==, 0);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE name = 'Anonymiseret person'"
                                                " AND email = '' AND anonymised = 1"), ==, 1);
  /* The list shows the new name, and the person cannot be anonymised twice. */
  g_assert_nonnull (wait_for_widget (page, find_mapped_label, "Anonymiseret person"));
  select_person (page, "Anonymiseret person");
  g_assert_false (gtk_widget_get_sensitive (button));
}

/* A widget of @type once it has its size. */
static GtkWidget *
find_laid_out (GtkWidget     *root,
               gconstpointer  type)
{
  GtkWidget *widget = find_by_type (root, type);

  return widget != NULL && gtk_widget_get_width (widget) > 0 ? widget : NULL;
}

/* The attendance chart once it has been filled: the overview fills it
 * after its first frame. */
static GtkWidget *
find_filled_chart (GtkWidget     *root,
                   gconstpointer  data)
{
  GtkWidget *chart = find_by_type (root, GSIZE_TO_POINTER (DF_TYPE_ATTENDANCE_CHART));

  return chart != NULL && df_attendance_chart_get_text (DF_ATTENDANCE_CHART (chart))[0] != '\0' ? chart : NULL;
}

static void
on_show_meeting (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  *(gint64 *) user_data = g_variant_get_int64 (parameter);
}

/* A control shown whose accessible name is @name: a list among lists, or
 * a cell among a list's rows, told apart by what they are named for. A
 * label, named by its own text, is not one. */
static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  g_autofree char *mismatch = NULL;

  if (!gtk_widget_get_mapped (widget) || GTK_IS_LABEL (widget))
    return FALSE;
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  return mismatch == NULL;
}

static GtkWidget *
find_named (GtkWidget     *root,
            gconstpointer  name)
{
  return find_first (root, is_named, name);
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
  page = visible_page (f);
  g_assert_true (DF_IS_OVERVIEW_PAGE (page));
  if (running_in_danish ())
    g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Oversigt"));

  /* The demo always has a meeting ahead, so there are tasks ahead. */
  df_tasks_split (tasks, today, 5, &next, &late);
  g_assert_cmpuint (next->len, >, 0);
  /* Looked for in the list of the next tasks: on some days a task of the
   * same kind is overdue too, in the list above it. */
  list = wait_for_widget (page, find_named, _("Next tasks"));
  g_assert_nonnull (list);
  row_label = wait_for_widget (list, find_mapped_label,
                               df_task_kind_label (((DfTask *) g_ptr_array_index (next, 0))->kind));
  g_assert_nonnull (row_label);

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
  chart = wait_for_widget (page, find_filled_chart, NULL);
  g_assert_nonnull (chart);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       df_attendance_chart_get_text (DF_ATTENDANCE_CHART (chart)));
  for (guint i = 0; i < attendance->members->len; i++)
    {
      g_autofree char *line = df_attendance_row_describe (g_ptr_array_index (attendance->members, i));

      g_assert_nonnull (strstr (df_attendance_chart_get_text (DF_ATTENDANCE_CHART (chart)), line));
    }
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
  page = visible_page (f);
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
  page = visible_page (f);

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

/* The overview's health counts the open actions and names the overdue
 * ones, each a way to it on the Opfølgning page; the year wheel's marks
 * of an action's due date lead there too. */
static void
test_overview_actions (Fixture       *f,
                       gconstpointer  data)
{
  const char *odense = "Odense Kommunes model for tidlig opsporing deles med medlemmerne";
  g_autofree char *today = df_date_today_iso ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) actions = df_store_list_actions (f->store, &error);
  g_autoptr (GPtrArray) overdue = NULL;
  GtkStack *stack = GTK_STACK (find_by_type (f->window, GSIZE_TO_POINTER (GTK_TYPE_STACK)));
  GtkWidget *page = visible_page (f);
  GtkWidget *label, *button, *followup, *view, *group_editor;
  GtkSingleSelection *selection;
  DfYearWheelView *wheel;
  gint64 odense_id = 0;
  gboolean found = FALSE;

  g_assert_no_error (error);
  overdue = df_actions_overdue_on (actions, today);
  for (guint i = 0; i < overdue->len; i++)
    if (g_str_equal (df_action_get_description (g_ptr_array_index (overdue, i)), odense))
      odense_id = df_action_get_id (g_ptr_array_index (overdue, i));
  g_assert_cmpint (odense_id, >, 0);

  if (running_in_danish ())
    {
      g_autofree char *counted = g_strdup_printf ("heraf %u med overskredet frist", overdue->len);

      g_assert_nonnull (wait_for_widget (page, find_mapped_label_containing, counted));
    }
  label = wait_for_widget (page, find_mapped_label_containing, odense);
  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");

  followup = visible_page (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "followup");
  view = find_by_type (followup, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
  g_assert_nonnull (gtk_single_selection_get_selected_item (selection));
  g_assert_cmpint (df_action_get_id (gtk_single_selection_get_selected_item (selection)), ==, odense_id);

  /* On the wheel: the action's mark says what it is, and opens it. */
  show_page (f, "overview");
  wheel = DF_YEAR_WHEEL_VIEW (wait_for_widget (page, find_laid_out, GSIZE_TO_POINTER (DF_TYPE_YEAR_WHEEL_VIEW)));
  g_assert_nonnull (wheel);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (wheel)) && !found; y += 2)
    for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (wheel)) && !found; x += 2)
      {
        g_autofree char *text = df_year_wheel_view_describe_at (wheel, x, y);

        if (text != NULL && g_str_has_prefix (text, odense))
          {
            found = TRUE;
            g_assert_nonnull (strstr (text, df_year_wheel_kind_label (DF_YEAR_WHEEL_ACTION_DUE)));
            g_assert_true (df_year_wheel_view_activate_at (wheel, x, y));
          }
      }
  g_assert_true (found);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "followup");
  g_assert_cmpint (df_action_get_id (gtk_single_selection_get_selected_item (selection)), ==, odense_id);

  /* A working group's term opens the group. */
  show_page (f, "overview");
  found = FALSE;
  for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (wheel)) && !found; y += 2)
    for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (wheel)) && !found; x += 2)
      {
        g_autofree char *text = df_year_wheel_view_describe_at (wheel, x, y);

        if (text != NULL && strstr (text, df_year_wheel_kind_label (DF_YEAR_WHEEL_WORKING_GROUP)) != NULL)
          {
            found = TRUE;
            g_assert_true (g_str_has_prefix (text, "Arbejdsgruppe om voksne med komplekse støttebehov"));
            g_assert_true (df_year_wheel_view_activate_at (wheel, x, y));
          }
      }
  g_assert_true (found);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "groups");
  group_editor = find_toplevel (DF_TYPE_GROUP_EDITOR);
  g_assert_nonnull (group_editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_field (group_editor, _("_Name")))), ==,
                   "Arbejdsgruppe om voksne med komplekse støttebehov");
  gtk_window_destroy (GTK_WINDOW (group_editor));
}

static GtkWidget *
focus_within (GtkWidget     *root,
              gconstpointer  field)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (field)));

  return focus != NULL && (focus == field || gtk_widget_is_ancestor (focus, GTK_WIDGET (field))) ? root : NULL;
}

static GtkWidget *
popover_shown (GtkWidget     *root,
               gconstpointer  button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover)) ? root : NULL;
}


/* Only the page in view is built when the window opens; each other page
 * is made the first time it is shown, once, and is the page in view. */
static void
test_pages_made_when_shown (Fixture       *f,
                            gconstpointer  data)
{
  struct { const char *name; GType type; } pages[] = {
    { "members", DF_TYPE_MEMBERS_PAGE }, { "composition", DF_TYPE_COMPOSITION_PAGE },
    { "meetings", DF_TYPE_MEETINGS_PAGE }, { "rules", DF_TYPE_RULES_PAGE },
    { "proposals", DF_TYPE_PROPOSALS_PAGE }, { "followup", DF_TYPE_FOLLOWUP_PAGE },
    { "groups", DF_TYPE_GROUPS_PAGE }, { "actors", DF_TYPE_ACTORS_PAGE },
  };

  g_assert_true (DF_IS_OVERVIEW_PAGE (visible_page (f)));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_null (find_by_type (f->window, GSIZE_TO_POINTER (pages[i].type)));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page;

      show_page (f, pages[i].name);
      page = visible_page (f);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, pages[i].type));
      g_assert_true (find_by_type (f->window, GSIZE_TO_POINTER (pages[i].type)) == page);
      if (i + 1 < G_N_ELEMENTS (pages))
        g_assert_null (find_by_type (f->window, GSIZE_TO_POINTER (pages[i + 1].type)));
    }
  /* Shown again, the same page. */
  {
    GtkWidget *members = find_by_type (f->window, GSIZE_TO_POINTER (DF_TYPE_MEMBERS_PAGE));

    show_page (f, "overview");
    show_page (f, "members");
    g_assert_true (visible_page (f) == members);
  }
}

/* The shortcuts window (Ctrl+?) is built when first asked for, not with
 * the main window, and shows the window's shortcuts when it is. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *overlay;

  g_assert_null (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (f->window), "show-help-overlay"));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-help-overlay", NULL);
  overlay = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (overlay);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (f->window));
  g_assert_nonnull (wait_for_widget (overlay, find_mapped_label, _("Database")));

  /* Asked again, the same window. */
  gtk_widget_set_visible (overlay, FALSE);
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-help-overlay", NULL);
  g_assert_true (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == overlay);
  g_assert_true (gtk_widget_get_visible (overlay));
}

/* Ctrl+F and Ctrl+N ("win.search", "win.new-item") on the Møder page:
 * the search finds meetings, the new one starts from the choice of
 * template, and both work from the editor too. */
static void
test_meetings_shortcuts (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *page, *search;

  show_page (f, "meetings");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Studietur til Aarhus: Nye veje i socialpsykiatrien"));
  page = visible_page (f);
  search = find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  g_assert_nonnull (search);

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "search", NULL);
  g_assert_nonnull (wait_for_widget (f->window, focus_within, search));
  gtk_editable_set_text (GTK_EDITABLE (search), "studietur");
  g_assert_nonnull (wait_for_widget (f->window, label_gone, "Arbejdsgruppemøde: voksne med komplekse støttebehov"));
  g_assert_nonnull (find_mapped_label (f->window, "Studietur til Aarhus: Nye veje i socialpsykiatrien"));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Arbejdsgruppemøde: voksne med komplekse støttebehov"));

  /* From the editor, Ctrl+N goes back to the list and offers the
   * templates. */
  g_assert_true (gtk_widget_activate_action (page, "meetings.open", NULL));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "new-item", NULL);
  g_assert_nonnull (wait_for_widget (f->window, popover_shown, find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON))));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_STACK)))), ==, "list");
}

/* Ctrl+F and Ctrl+N on the Opfølgning page: the search narrows the
 * actions, and a new action is begun in the minutes, under the selected
 * action's agenda item. */
static void
test_followup_shortcuts (Fixture       *f,
                         gconstpointer  data)
{
  const char *odense = "Odense Kommunes model for tidlig opsporing deles med medlemmerne";
  GtkWidget *page, *search, *editor, *view, *heading, *row;
  GtkSelectionModel *selection;
  const char *item_title;

  show_page (f, "followup");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Oplæg til en styrket rådgivning af kommunerne"));
  page = visible_page (f);
  search = find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  g_assert_nonnull (search);

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "search", NULL);
  g_assert_nonnull (wait_for_widget (f->window, focus_within, search));
  /* The owner's name is searched too. */
  gtk_editable_set_text (GTK_EDITABLE (search), "østergaard");
  g_assert_nonnull (wait_for_widget (f->window, label_gone, "Oplæg til en styrket rådgivning af kommunerne"));
  g_assert_nonnull (find_mapped_label (f->window, odense));

  view = find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  gtk_selection_model_select_item (selection, 0, TRUE);

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "new-item", NULL);
  editor = find_toplevel (DF_TYPE_MINUTES_EDITOR);
  g_assert_nonnull (editor);
  g_assert_nonnull (wait_for_widget (editor, focus_within, find_field (editor, _("_New action"))));
  /* The item it came from is the one shown. */
  item_title = df_action_get_item_title (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection)));
  heading = find_mapped_label_containing (editor, item_title);
  g_assert_nonnull (heading);
  row = gtk_widget_get_ancestor (heading, GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)));
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

/* The Deltagere tab edits a partial stay in place: a time outside the
 * meeting is refused with the field named and the row left as it was;
 * one inside it is saved. */
static void
test_participant_stay (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  DfParticipantsView *view = g_object_new (DF_TYPE_PARTICIPANTS_VIEW, NULL);
  g_autofree char *from_name = g_strdup_printf (_("Stay of %s, from"), "Hanne Skovgaard");
  g_autofree char *to_name = g_strdup_printf (_("Stay of %s, to"), "Hanne Skovgaard");
  g_autofree char *access_name = g_strdup_printf (_("Accessibility needs of %s"), "Hanne Skovgaard");
  g_autofree char *not_a_time = NULL;
  g_autofree char *too_late = NULL;
  const char *row = "SELECT count(*) FROM participant pa JOIN person p ON p.id = pa.person_id"
                    " WHERE pa.meeting_id = 3 AND p.name = 'Hanne Skovgaard'";
  g_autofree char *unchanged = g_strconcat (row, " AND pa.attend_from IS NULL AND pa.attend_to IS NULL", NULL);
  g_autofree char *saved = g_strconcat (row, " AND pa.attend_from = 600 AND pa.attend_to = 720", NULL);
  GtkWidget *from, *to;
  DfMeeting *meeting = df_store_find_meeting (f->store, 3);
  g_autofree char *end = df_time_format (df_meeting_get_end_time (meeting));

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 700);
  /* The December meeting, a half day from 9.30. */
  df_participants_view_set_meeting (view, f->store, 3);
  gtk_window_present (GTK_WINDOW (window));
  from = wait_for_widget (window, find_named, from_name);
  to = find_named (window, to_name);
  g_assert_nonnull (from);
  g_assert_nonnull (to);
  g_assert_cmpint (df_test_sqlite_int (f->path, unchanged), ==, 1);

  /* Not a time: named by field, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (from), "10.00");
  type_and_enter (to, "kl. tolv");
  not_a_time = g_strdup_printf (_("%s: “%s” is not a time of day (such as 9.30)."), _("To"), "kl. tolv");
  g_assert_nonnull (find_visible_warning_or_error (window, "Hanne Skovgaard"));
  g_assert_nonnull (find_visible_warning_or_error (window, not_a_time));
  g_assert_true (gtk_widget_has_css_class (to, "error"));
  g_assert_cmpint (df_test_sqlite_int (f->path, unchanged), ==, 1);

  /* After the meeting's end: refused by the store, nothing written. */
  type_and_enter (to, "13.00");
  too_late = g_strdup_printf (_("To: %s is after the meeting ends at %s."), "13.00", end);
  g_assert_nonnull (find_visible_warning_or_error (window, too_late));
  g_assert_cmpint (df_test_sqlite_int (f->path, unchanged), ==, 1);

  /* Inside the meeting: saved, and the cell shows it as the store has it. */
  type_and_enter (to, "1200");
  g_assert_cmpint (df_test_sqlite_int (f->path, saved), ==, 1);
  g_assert_false (gtk_widget_has_css_class (to, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (to)), ==, "12.00");

  /* Accessibility needs, for the venue. */
  type_and_enter (find_named (window, access_name), "Kørestol");
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM participant pa JOIN person p ON p.id = pa.person_id"
                                                " WHERE pa.meeting_id = 3 AND p.name = 'Hanne Skovgaard'"
                                                " AND pa.accessibility = 'Kørestol'"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Runs what @key (a trigger such as "e") does on @widget, as pressing it
 * would: the shortcut's action with the shortcut's own arguments. */
static void
press_shortcut (GtkWidget  *widget,
                const char *key)
{
  g_autoptr (GtkShortcut) shortcut = shortcut_for_key (widget, key);

  g_assert_nonnull (shortcut);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                               gtk_shortcut_get_arguments (shortcut)));
}

/* "Kun egne punkter" in the Deltagere tab: a check in the row, named for
 * the participant; the guest's time, from her item, shows under the stay
 * and follows the agenda; E on the selected row sets it too; someone who
 * presents on nothing is told so by name, and nothing is written. */
static void
test_participant_own_items (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  DfParticipantsView *view = g_object_new (DF_TYPE_PARTICIPANTS_VIEW, NULL);
  g_autofree char *trine_name = g_strdup_printf (_("%s comes for own items only"), "Trine Vang");
  g_autofree char *hanne_name = g_strdup_printf (_("%s comes for own items only"), "Hanne Skovgaard");
  const char *trine = "SELECT count(*) FROM participant pa JOIN person p ON p.id = pa.person_id"
                      " WHERE pa.meeting_id = 3 AND p.name = 'Trine Vang'";
  g_autofree char *flagged = g_strconcat (trine, " AND pa.only_own_items = 1"
                                          " AND pa.attend_from IS NULL AND pa.attend_to IS NULL", NULL);
  g_autofree char *unflagged = g_strconcat (trine, " AND pa.only_own_items = 0", NULL);
  const char *hanne_unflagged = "SELECT count(*) FROM participant pa JOIN person p ON p.id = pa.person_id"
                                " WHERE pa.meeting_id = 3 AND p.name = 'Hanne Skovgaard' AND pa.only_own_items = 0";
  g_autoptr (GListModel) agenda = df_store_list_agenda (f->store, 3, NULL);
  g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, 1);
  g_autofree char *span = df_time_format_span (df_agenda_item_get_start (item), df_agenda_item_get_end (item));
  g_autofree char *caption = g_strdup_printf (_("%s (own items)"), span);
  g_autofree char *moved_span = NULL;
  g_autofree char *moved_caption = NULL;
  g_autofree char *refusal = NULL;
  GtkWidget *check, *hanne, *columns;
  GtkSelectionModel *rows;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1100);
  /* The December meeting: the guest Trine Vang speaks on item 2,
   * "Opfølgning fra mødet i maj", 9.40–10.00, and comes for it only. */
  df_participants_view_set_meeting (view, f->store, 3);
  gtk_window_present (GTK_WINDOW (window));
  check = wait_for_widget (window, find_named, trine_name);
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_true (gtk_widget_get_focusable (check));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpint (df_test_sqlite_int (f->path, flagged), ==, 1);
  g_assert_nonnull (find_mapped_label (window, caption));

  /* Unchecked: written, and the line under the stay goes. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_cmpint (df_test_sqlite_int (f->path, unflagged), ==, 1);
  g_assert_null (find_mapped_label (window, caption));

  /* E on her row sets it again. */
  columns = find_by_type (GTK_WIDGET (view), GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  rows = gtk_column_view_get_model (GTK_COLUMN_VIEW (columns));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr (DfParticipant) p = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (g_str_equal (df_participant_get_person_name (p), "Trine Vang"))
        gtk_selection_model_select_item (rows, i, TRUE);
    }
  press_shortcut (columns, "e");
  g_assert_cmpint (df_test_sqlite_int (f->path, flagged), ==, 1);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_nonnull (find_mapped_label (window, caption));

  /* Her item moves to the end of the agenda: her time moves with it. */
  g_assert_true (df_store_move_agenda_item (f->store, df_agenda_item_get_id (item),
                                            g_list_model_get_n_items (agenda) - 1, NULL));
  moved_span = df_time_format_span (df_agenda_item_get_start (item), df_agenda_item_get_end (item));
  moved_caption = g_strdup_printf (_("%s (own items)"), moved_span);
  g_assert_cmpstr (moved_caption, !=, caption);
  g_assert_nonnull (find_mapped_label (window, moved_caption));
  g_assert_cmpint (df_test_sqlite_int (f->path, flagged), ==, 1);

  /* A member who presents on nothing: refused, named, the check back. */
  hanne = find_named (window, hanne_name);
  g_assert_nonnull (hanne);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (hanne), TRUE);
  refusal = g_strdup_printf (_("Only own items: %s presents on no item of the agenda. Attach them to an item first."),
                             "Hanne Skovgaard");
  g_assert_nonnull (find_visible_warning_or_error (window, refusal));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (hanne)));
  g_assert_cmpint (df_test_sqlite_int (f->path, hanne_unflagged), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_check_button (GtkWidget     *widget,
                 gconstpointer  label)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

static GtkWidget *
find_check_button (GtkWidget     *root,
                   gconstpointer  label)
{
  return find_first (root, is_check_button, label);
}

/* The Aktører page: the demo's actors, found by search (Ctrl+F puts the
 * focus there) and by category; Ctrl+N adds one through the person
 * editor with the box for an external actor checked. */
static void
test_actors_page (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *page, *search, *focus, *editor, *external;

  show_page (f, "actors");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Trine Vang"));
  g_assert_nonnull (find_mapped_label (f->window, "Anne-Marie Juhl"));
  g_assert_nonnull (find_mapped_label (f->window, df_person_actor_category_label ("region")));
  /* Members are not actors. */
  g_assert_null (find_mapped_label (f->window, "Karen Lundgaard"));
  if (running_in_danish ())
    g_assert_nonnull (find_mapped_label (f->window, "Aktører"));
  page = visible_page (f);

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (f->window), "search"));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "search", NULL);
  search = find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));
  gtk_editable_set_text (GTK_EDITABLE (search), "vive");
  g_assert_nonnull (wait_for_widget (f->window, label_gone, "Anne-Marie Juhl"));
  g_assert_nonnull (find_mapped_label (f->window, "Trine Vang"));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Anne-Marie Juhl"));

  choose (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN)), df_person_actor_category_label ("region"));
  g_assert_nonnull (wait_for_widget (f->window, label_gone, "Trine Vang"));
  g_assert_nonnull (find_mapped_label (f->window, "Anne-Marie Juhl"));
  choose (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN)), _("All categories"));

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "new-item", NULL);
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_nonnull (wait_for_widget (editor, find_mapped_label, _("New Actor")));
  external = find_check_button (editor, _("E_xternal actor (guest)"));
  g_assert_nonnull (external);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (external)));
  /* A member's seats and secretary are not asked of an actor; they come
   * back when the box is cleared. */
  g_assert_null (find_mapped_label (editor, _("Memberships")));
  g_assert_null (find_mapped_label (editor, _("Secretary")));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (external), FALSE);
  g_assert_nonnull (wait_for_widget (editor, find_mapped_label, _("Memberships")));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (external), TRUE);
  g_assert_nonnull (wait_for_widget (editor, label_gone, _("Memberships")));
  gtk_editable_set_text (GTK_EDITABLE (find_field (editor, _("_Name"))), "Testa Aktør");
  choose (find_field (editor, _("Actor cate_gory")), df_person_actor_category_label ("interest"));
  g_assert_true (gtk_widget_activate_action (editor, "editor.save", NULL));
  g_assert_nonnull (wait_for_widget (f->window, editor_gone, NULL));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM person WHERE name = 'Testa Aktør'"
                                                " AND is_external = 1 AND actor_category = 'interest'"
                                                " AND NOT EXISTS (SELECT 1 FROM membership WHERE person_id = person.id)"), ==, 1);
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Testa Aktør"));
}

static GtkWidget *
group_editor_gone (GtkWidget     *root,
                   gconstpointer  data)
{
  return find_toplevel (DF_TYPE_GROUP_EDITOR) == NULL ? root : NULL;
}

static void
test_groups_page (Fixture       *f,
                  gconstpointer  data)
{
  const char *name = "Arbejdsgruppe om rekruttering og fastholdelse";
  GtkWidget *page, *editor, *from, *to, *add;
  GtkDropDown *person;
  GListModel *people;
  GtkSingleSelection *selection;

  show_page (f, "groups");
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, "Arbejdsgruppe om voksne med komplekse støttebehov"));
  page = visible_page (f);
  if (running_in_danish ())
    g_assert_nonnull (find_mapped_label (f->window, "Arbejdsgrupper"));

  /* Ctrl+N on the page: a new group, its dates checked as typed. */
  g_assert_true (gtk_widget_activate_action (page, "page.new", NULL));
  editor = find_toplevel (DF_TYPE_GROUP_EDITOR);
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (find_field (editor, _("_Name"))), name);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_field (editor, _("_Mandate")))),
                            "Gruppen samler kommunernes erfaringer med rekruttering.", -1);
  from = find_field (editor, _("_From"));
  to = find_field (editor, _("_To"));
  gtk_editable_set_text (GTK_EDITABLE (from), "01-03-2027");
  gtk_editable_set_text (GTK_EDITABLE (to), "1.2.2027");
  g_assert_true (gtk_widget_has_css_class (to, "error"));
  g_assert_nonnull (find_visible_warning_or_error (editor, _("To: the working group cannot end before it begins.")));
  g_assert_true (gtk_widget_activate_action (editor, "editor.save", NULL));
  g_assert_nonnull (find_toplevel (DF_TYPE_GROUP_EDITOR));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM working_group"), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (to), "30-06-2027");
  g_assert_false (gtk_widget_has_css_class (to, "error"));

  /* A member from the register. */
  person = GTK_DROP_DOWN (find_field (editor, _("Mem_bers")));
  people = gtk_drop_down_get_model (person);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr (DfPerson) candidate = g_list_model_get_item (people, i);

      if (g_str_equal (df_person_get_name (candidate), "Hanne Skovgaard"))
        gtk_drop_down_set_selected (person, i);
    }
  add = find_button (editor, _("A_dd"));
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  /* In the list of members, the first list of the form. */
  g_assert_nonnull (wait_for_widget (find_by_type (editor, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX)),
                                     find_mapped_label, "Hanne Skovgaard"));

  g_assert_true (gtk_widget_activate_action (editor, "editor.save", NULL));
  g_assert_nonnull (wait_for_widget (f->window, group_editor_gone, NULL));

  /* In the database with its dates and member, and in the list. */
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM working_group g JOIN working_group_member m ON m.group_id = g.id"
                                       " JOIN person p ON p.id = m.person_id"
                                       " WHERE g.name = 'Arbejdsgruppe om rekruttering og fastholdelse'"
                                       " AND g.start_date = '2027-03-01' AND g.end_date = '2027-06-30'"
                                       " AND g.mandate = 'Gruppen samler kommunernes erfaringer med rekruttering.'"
                                       " AND p.name = 'Hanne Skovgaard'"), ==, 1);
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, name));
  g_assert_nonnull (find_mapped_label (f->window, "1.3.2027–30.6.2027"));

  /* Deleted with Delete, back with the undo. */
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)))));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr (DfWorkingGroup) group = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_str_equal (df_working_group_get_name (group), name))
        gtk_single_selection_set_selected (selection, i);
    }
  g_assert_true (gtk_widget_activate_action (page, "groups.delete", NULL));
  g_assert_nonnull (wait_for_widget (f->window, label_gone, name));
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM working_group"), ==, 1);
  g_assert_true (gtk_widget_activate_action (page, "groups.undo", NULL));
  g_assert_nonnull (wait_for_widget (f->window, find_mapped_label, name));
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM working_group g JOIN working_group_member m ON m.group_id = g.id"
                                       " WHERE g.name = 'Arbejdsgruppe om rekruttering og fastholdelse'"), ==, 1);
}

/* Opens the demo's study trip in the meeting editor, at its details. */
static GtkWidget *
open_study_trip (Fixture *f)
{
  GtkWidget *page, *editor;
  GtkColumnView *view;
  GtkSingleSelection *selection;

  show_page (f, "meetings");
  page = find_by_type (f->window, GSIZE_TO_POINTER (DF_TYPE_MEETINGS_PAGE));
  view = GTK_COLUMN_VIEW (find_by_type (page, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_str_equal (df_meeting_get_kind (meeting), "study-trip"))
        gtk_single_selection_set_selected (selection, i);
    }
  g_assert_true (gtk_widget_activate_action (page, "meetings.open", NULL));
  editor = find_by_type (page, GSIZE_TO_POINTER (DF_TYPE_MEETING_EDITOR));
  gtk_stack_set_visible_child_name (GTK_STACK (find_by_type (editor, GSIZE_TO_POINTER (GTK_TYPE_STACK))), "details");
  return editor;
}

static void
test_study_trip_arranger (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *editor = open_study_trip (f);
  GtkWidget *arranger, *add;

  /* The demo's trip is arranged by Aarhus's director and by Aarhus. */
  g_assert_nonnull (wait_for_widget (editor, find_mapped_label, "Hanne Skovgaard"));
  g_assert_nonnull (find_mapped_label (editor, "Aarhus Kommune"));
  arranger = find_field (editor, _("Arranged _by"));
  g_assert_true (GTK_IS_DROP_DOWN (arranger));
  g_assert_true (gtk_widget_get_mapped (arranger));
  choose (arranger, "Kommunernes Landsforening");
  add = find_button (editor, _("Add _Arranger"));
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  g_assert_nonnull (wait_for_widget (editor, find_mapped_label, "Kommunernes Landsforening"));
  g_assert_cmpint (df_test_sqlite_int (f->path,
                                       "SELECT count(*) FROM meeting_arranger a JOIN organisation o ON o.id = a.organisation_id"
                                       " JOIN meeting m ON m.id = a.meeting_id"
                                       " WHERE m.kind = 'study-trip' AND o.name = 'Kommunernes Landsforening'"), ==, 1);
  g_assert_cmpint (df_test_sqlite_int (f->path, "SELECT count(*) FROM meeting_arranger"), ==, 3);

  /* A meeting of the forum is arranged by the secretariat: no field. */
  choose (find_field (editor, _("_Kind")), df_meeting_kind_label ("forum"));
  g_assert_false (gtk_widget_get_mapped (arranger));
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
  g_test_add ("/window/add-person-through-form", Fixture, NULL, fixture_set_up, test_add_person_through_form, fixture_tear_down);
  g_test_add ("/window/import-preview", Fixture, NULL, fixture_set_up, test_import_preview, fixture_tear_down);
  g_test_add ("/window/participants-marks", Fixture, NULL, fixture_set_up, test_participants_marks, fixture_tear_down);
  g_test_add ("/window/pack-export-and-print", Fixture, NULL, fixture_set_up, test_pack_export_and_print, fixture_tear_down);
  g_test_add ("/window/export-calendar", Fixture, NULL, fixture_set_up, test_export_calendar, fixture_tear_down);
  g_test_add ("/window/anonymise-guest", Fixture, NULL, fixture_set_up, test_anonymise_guest, fixture_tear_down);
  g_test_add ("/window/export-insight", Fixture, NULL, fixture_set_up, test_export_insight, fixture_tear_down);
  g_test_add ("/window/overview-first", Fixture, NULL, fixture_set_up, test_overview_first, fixture_tear_down);
  g_test_add ("/window/record-decision", Fixture, NULL, fixture_set_up, test_record_decision, fixture_tear_down);
  g_test_add ("/window/proposals-page", Fixture, NULL, fixture_set_up, test_proposals_page, fixture_tear_down);
  g_test_add ("/window/overview-actions", Fixture, NULL, fixture_set_up, test_overview_actions, fixture_tear_down);
  g_test_add ("/window/pages-made-when-shown", Fixture, NULL, fixture_set_up, test_pages_made_when_shown, fixture_tear_down);
  g_test_add ("/window/shortcuts-window", Fixture, NULL, fixture_set_up, test_shortcuts_window, fixture_tear_down);
  g_test_add ("/window/meetings-shortcuts", Fixture, NULL, fixture_set_up, test_meetings_shortcuts, fixture_tear_down);
  g_test_add ("/window/followup-shortcuts", Fixture, NULL, fixture_set_up, test_followup_shortcuts, fixture_tear_down);
  g_test_add ("/window/participant-stay", Fixture, NULL, fixture_set_up, test_participant_stay, fixture_tear_down);
  g_test_add ("/window/participant-own-items", Fixture, NULL, fixture_set_up, test_participant_own_items, fixture_tear_down);
  g_test_add ("/window/actors-page", Fixture, NULL, fixture_set_up, test_actors_page, fixture_tear_down);
  g_test_add ("/window/groups-page", Fixture, NULL, fixture_set_up, test_groups_page, fixture_tear_down);
  g_test_add ("/window/study-trip-arranger", Fixture, NULL, fixture_set_up, test_study_trip_arranger, fixture_tear_down);
  return g_test_run ();
}
