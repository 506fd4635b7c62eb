/* df-window.c: the main window, one per open database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dialogforum/df-ics.h"
#include "dialogforum/df-people-csv.h"

#include "df-actors-page.h"
#include "df-error-label.h"
#include "df-composition-page.h"
#include "df-followup-page.h"
#include "df-groups-page.h"
#include "df-import-dialog.h"
#include "df-pack-dialog.h"
#include "df-members-page.h"
#include "df-meetings-page.h"
#include "df-overview-page.h"
#include "df-proposals-page.h"
#include "df-rules-page.h"
#include "df-window.h"

struct _DfWindow
{
  GtkApplicationWindow parent_instance;

  DfStore     *store;
  GSettings   *settings;

  GtkStack          *stack;
  DfOverviewPage    *overview_page;
  DfMembersPage     *members_page;
  DfCompositionPage *composition_page;
  DfMeetingsPage    *meetings_page;
  DfRulesPage       *rules_page;
  DfProposalsPage   *proposals_page;
  DfFollowupPage    *followup_page;
  DfGroupsPage      *groups_page;
  DfActorsPage      *actors_page;
};

G_DEFINE_FINAL_TYPE (DfWindow, df_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

DfWindow *
df_window_new (DfApplication *application,
               DfStore       *store)
{
  return g_object_new (DF_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

DfStore *
df_window_get_store (DfWindow *self)
{
  g_return_val_if_fail (DF_IS_WINDOW (self), NULL);
  return self->store;
}

void
df_window_restore_size (DfWindow  *self,
                        GSettings *settings)
{
  g_return_if_fail (DF_IS_WINDOW (self));

  g_set_object (&self->settings, settings);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
df_window_close_request (GtkWindow *window)
{
  DfWindow *self = DF_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (df_window_parent_class)->close_request (window);
}

static void
open_database_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (user_data));

  df_application_choose_database (DF_APPLICATION (app), GTK_WINDOW (user_data), FALSE);
}

static void
new_database_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (user_data));

  df_application_choose_database (DF_APPLICATION (app), GTK_WINDOW (user_data), TRUE);
}

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  return filter;
}

static void
on_import_chosen (GtkNativeDialog *chooser,
                  int              response,
                  DfWindow        *self)
{
  g_autoptr (GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  DfPeopleImport *plan;

  g_object_unref (chooser);
  if (file == NULL)
    return;
  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  plan = bytes ? df_people_import_prepare (self->store, bytes, name, &error) : NULL;
  if (plan == NULL)
    {
      df_error_dialog_show (GTK_WINDOW (self), _("The file could not be imported"), error);
      return;
    }
  {
    DfImportDialog *dialog = df_import_dialog_new (self->store, plan, name);

    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

static void
import_people_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  DfWindow *self = user_data;
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Import People"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr (GtkFileFilter) filter = csv_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Asks where an export goes, offering @name; @on_chosen gets the
 * chooser's response and ends it with take_chosen_path(). */
static void
ask_where_to_export (DfWindow      *self,
                     const char    *title,
                     GtkFileFilter *filter,
                     const char    *name,
                     GCallback      on_chosen)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), _("_Cancel"));

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", on_chosen, self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The path chosen, or NULL when the user cancelled; frees @chooser. */
static char *
take_chosen_path (GtkNativeDialog *chooser,
                  int              response)
{
  g_autoptr (GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  g_object_unref (chooser);
  return file != NULL ? g_file_get_path (file) : NULL;
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  DfWindow        *self)
{
  g_autofree char *path = take_chosen_path (chooser, response);
  g_autoptr (GError) error = NULL;

  if (path != NULL && !df_people_export_csv_file (self->store, path, &error))
    df_error_dialog_show (GTK_WINDOW (self), _("The people could not be exported"), error);
}

static void
export_people_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  g_autoptr (GtkFileFilter) filter = csv_filter ();

  ask_where_to_export (user_data, _("Export People"), filter, _("people.csv"), G_CALLBACK (on_export_chosen));
}

static void
on_export_calendar_chosen (GtkNativeDialog *chooser,
                           int              response,
                           DfWindow        *self)
{
  g_autofree char *path = take_chosen_path (chooser, response);
  g_autoptr (GError) error = NULL;

  if (path != NULL && !df_ics_export_file (self->store, 0, 0, path, &error))
    df_error_dialog_show (GTK_WINDOW (self), _("The calendar could not be exported"), error);
}

/* Every meeting, so that one import puts the forum's whole calendar, and
 * later its changes, into the user's calendar program. */
static void
export_calendar_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_pattern (filter, "*.ICS");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  ask_where_to_export (user_data, _("Export Calendar"), filter, "dialogforum.ics",
                       G_CALLBACK (on_export_calendar_chosen));
}

/* Ctrl+F and Ctrl+N act on the page in view: each page that has a list
 * to search or items to add names those "page.search" and "page.new". */
static void
activate_on_page (DfWindow   *self,
                  const char *action)
{
  GtkWidget *slot = gtk_stack_get_visible_child (self->stack);
  GtkWidget *page = slot != NULL ? gtk_widget_get_first_child (slot) : NULL;

  if (page != NULL)
    gtk_widget_activate_action (page, action, NULL);
}

static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  activate_on_page (user_data, "page.search");
}

static void
new_item_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  activate_on_page (user_data, "page.new");
}

static void
print_pack_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  DfWindow *self = user_data;
  DfPackDialog *dialog = df_pack_dialog_new (self->store, g_variant_get_int64 (parameter));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A meeting opened from the overview's year wheel, or a working group's
 * meeting planned from a dialog of another page: the Møder page shows it
 * in its editor. */
static void
show_meeting_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  DfWindow *self = user_data;

  gtk_stack_set_visible_child_name (self->stack, "meetings");
  df_meetings_page_show_meeting (self->meetings_page, g_variant_get_int64 (parameter));
}

static void
show_action_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  DfWindow *self = user_data;

  gtk_stack_set_visible_child_name (self->stack, "followup");
  df_followup_page_show_action (self->followup_page, g_variant_get_int64 (parameter));
}

static void
show_working_group_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  DfWindow *self = user_data;

  gtk_stack_set_visible_child_name (self->stack, "groups");
  df_groups_page_show_group (self->groups_page, g_variant_get_int64 (parameter));
}

static void
new_group_meeting_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  DfWindow *self = user_data;

  gtk_stack_set_visible_child_name (self->stack, "meetings");
  df_meetings_page_plan_group_meeting (self->meetings_page, g_variant_get_int64 (parameter));
}

/* The shortcuts window is built when first asked for, not with every
 * main window as GtkApplication does with gtk/help-overlay.ui: its
 * hundred labels cost the first frame a tenth of its time. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *self = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (self);

  if (overlay == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (self, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* Alt+1, Alt+2 ... go to the sidebar's pages in their order. */
static void
show_page_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  DfWindow *self = user_data;
  g_autoptr (GtkSelectionModel) pages = gtk_stack_get_pages (self->stack);
  guint wanted = g_variant_get_int32 (parameter);

  if (wanted >= 1 && wanted <= g_list_model_get_n_items (G_LIST_MODEL (pages)))
    gtk_selection_model_select_item (pages, wanted - 1, TRUE);
}

/* The window's actions, "win.*": menus, buttons and shortcuts name these. */
static const GActionEntry win_actions[] = {
  { "open-database", open_database_activated },
  { "new-database", new_database_activated },
  { "import-people", import_people_activated },
  { "search", search_activated },
  { "show-page", show_page_activated, "i" },
  { "show-help-overlay", show_help_overlay_activated },
  { "print-pack", print_pack_activated, "x" },
  { "show-meeting", show_meeting_activated, "x" },
  { "new-group-meeting", new_group_meeting_activated, "x" },
  { "show-action", show_action_activated, "x" },
  { "show-working-group", show_working_group_activated, "x" },
  { "new-item", new_item_activated },
  { "export-people", export_people_activated },
  { "export-calendar", export_calendar_activated },
};

/* Makes a page of @type, filling @slot. */
static gpointer
attach_page (GtkWidget *slot,
             GType      type)
{
  GtkWidget *page = g_object_new (type, "hexpand", TRUE, "vexpand", TRUE, NULL);

  gtk_box_append (GTK_BOX (slot), page);
  return page;
}

/* Each sidebar page is made, and given the store, the first time it is
 * shown: the window's first frame builds and lays out only the page in
 * view. Until then the stack holds an empty box in its place. TRUE when
 * the page in view was made now. */
static gboolean
load_visible_page (DfWindow *self)
{
  GtkWidget *slot = gtk_stack_get_visible_child (self->stack);
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  if (slot == NULL || gtk_widget_get_first_child (slot) != NULL)
    return FALSE;
  if (g_strcmp0 (name, "overview") == 0)
    df_overview_page_set_store (self->overview_page = attach_page (slot, DF_TYPE_OVERVIEW_PAGE), self->store);
  else if (g_strcmp0 (name, "members") == 0)
    df_members_page_set_store (self->members_page = attach_page (slot, DF_TYPE_MEMBERS_PAGE), self->store);
  else if (g_strcmp0 (name, "composition") == 0)
    df_composition_page_set_store (self->composition_page = attach_page (slot, DF_TYPE_COMPOSITION_PAGE), self->store);
  else if (g_strcmp0 (name, "rules") == 0)
    df_rules_page_set_store (self->rules_page = attach_page (slot, DF_TYPE_RULES_PAGE), self->store);
  else if (g_strcmp0 (name, "meetings") == 0)
    df_meetings_page_set_store (self->meetings_page = attach_page (slot, DF_TYPE_MEETINGS_PAGE), self->store);
  else if (g_strcmp0 (name, "proposals") == 0)
    df_proposals_page_set_store (self->proposals_page = attach_page (slot, DF_TYPE_PROPOSALS_PAGE), self->store);
  else if (g_strcmp0 (name, "followup") == 0)
    df_followup_page_set_store (self->followup_page = attach_page (slot, DF_TYPE_FOLLOWUP_PAGE), self->store);
  else if (g_strcmp0 (name, "groups") == 0)
    df_groups_page_set_store (self->groups_page = attach_page (slot, DF_TYPE_GROUPS_PAGE), self->store);
  else if (g_strcmp0 (name, "actors") == 0)
    df_actors_page_set_store (self->actors_page = attach_page (slot, DF_TYPE_ACTORS_PAGE), self->store);
  else
    g_return_val_if_reached (FALSE);
  return TRUE;
}

/* GtkStack moves the keyboard focus into a page shown while the focus was
 * in the page before (Alt+4 from the overview), but a page made only now
 * was empty when the stack looked: it is done here instead. */
static void
on_visible_page_changed (DfWindow *self)
{
  GtkWidget *slot = gtk_stack_get_visible_child (self->stack);
  GtkWidget *focus;

  if (!load_visible_page (self))
    return;
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL || (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack)) &&
                        !gtk_widget_is_ancestor (focus, slot)))
    gtk_widget_child_focus (slot, GTK_DIR_TAB_FORWARD);
}

static void
df_window_constructed (GObject *object)
{
  DfWindow *self = DF_WINDOW (object);
  g_autofree char *name = g_path_get_basename (df_store_get_path (self->store));
  g_autofree char *title = g_strdup_printf ("%s — %s", name, _("Dialogforum"));

  G_OBJECT_CLASS (df_window_parent_class)->constructed (object);

  gtk_window_set_title (GTK_WINDOW (self), title);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (on_visible_page_changed), self, G_CONNECT_SWAPPED);
  load_visible_page (self);
}

static void
df_window_dispose (GObject *object)
{
  DfWindow *self = DF_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_window_parent_class)->dispose (object);
}

static void
df_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DfWindow *self = DF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DfWindow *self = DF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_window_class_init (DfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = df_window_constructed;
  object_class->dispose = df_window_dispose;
  object_class->set_property = df_window_set_property;
  object_class->get_property = df_window_get_property;
  window_class->close_request = df_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DfWindow, stack);
}

static void
df_window_init (DfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
}
