/* df-application.c
 *
 * Copyright 2026 The Dialogforum authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dialogforum/df-demo.h"
#include "dialogforum/df-store.h"

#include "df-application.h"
#include "df-cli.h"
#include "df-window.h"

struct _DfApplication
{
  GtkApplication parent_instance;

  GSettings *settings;           /* NULL when the schema is not installed */
  char      *database;           /* from --database, or the demo's */
  char      *demo_dir;           /* the --demo database's own folder */
  gboolean   quit_after_first_frame;
};

G_DEFINE_FINAL_TYPE (DfApplication, df_application, GTK_TYPE_APPLICATION)

DfApplication *
df_application_new (void)
{
  /* Not unique: each window holds its own database, and a second start
   * with --database must open that file, not raise the first window. */
  return g_object_new (DF_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

static GSettings *
settings_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  /* An uninstalled build has no compiled schema; it then just does not
   * remember anything. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

static void
remove_demo_dir (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_demo_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
df_application_finalize (GObject *object)
{
  DfApplication *self = DF_APPLICATION (object);

  if (self->demo_dir != NULL)
    remove_demo_dir (self->demo_dir);
  g_clear_object (&self->settings);
  g_free (self->database);
  g_free (self->demo_dir);

  G_OBJECT_CLASS (df_application_parent_class)->finalize (object);
}

static int
df_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  DfApplication *self = DF_APPLICATION (app);

  /* The program (main.c) has done the command line's jobs before it
   * loads the window: here the options only say how the window opens. */
  g_variant_dict_lookup (options, "database", "^ay", &self->database);
  self->quit_after_first_frame = g_variant_dict_contains (options, "quit-after-first-frame");

  if (g_variant_dict_contains (options, "demo"))
    {
      g_autoptr (GError) error = NULL;

      self->demo_dir = g_dir_make_tmp ("dialogforum-demo-XXXXXX", &error);
      g_free (self->database);
      self->database = self->demo_dir != NULL
        ? g_build_filename (self->demo_dir, _("demo.sqlite"), NULL) : NULL;
      if (self->database == NULL || !df_demo_create (self->database, &error))
        {
          g_printerr ("dialogforum: %s\n", error->message);
          return 2;
        }
    }
  return -1;
}

static void
on_first_frame (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, app);
  g_application_quit (app);
}

static void
on_window_mapped (GtkWidget     *window,
                  DfApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_window_mapped, self);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame), self);
}

static void
present_window (DfApplication *self,
                GtkWindow     *window)
{
  if (self->quit_after_first_frame)
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), self);
  gtk_window_present (window);
}

static DfWindow *
main_window (DfApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DF_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* --- When a database cannot be opened ---------------------------------- */

enum {
  RESPONSE_OPEN_OTHER = 1,
  RESPONSE_OPEN_BACKUP,
  RESPONSE_NEW,
};

static void choose_file (DfApplication *self,
                         GtkWindow     *parent,
                         gboolean       create,
                         const char    *folder);

static void
on_open_error_response (GtkDialog     *dialog,
                        int            response,
                        DfApplication *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autofree char *backups = g_strdup (g_object_get_data (G_OBJECT (dialog), "backups"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  switch (response)
    {
    case RESPONSE_OPEN_OTHER:
      choose_file (self, parent, FALSE, NULL);
      break;
    case RESPONSE_OPEN_BACKUP:
      choose_file (self, parent, FALSE, backups);
      break;
    case RESPONSE_NEW:
      choose_file (self, parent, TRUE, NULL);
      break;
    default:
      break;
    }
  g_application_release (G_APPLICATION (self));
}

static void
show_open_error (DfApplication *self,
                 const char    *path,
                 const GError  *error)
{
  DfWindow *parent = main_window (self);
  g_autoptr (GPtrArray) backups = df_store_list_backups (path);
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent != NULL ? GTK_WINDOW (parent) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_NONE,
                                   "%s", _("The database could not be opened"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Dialogforum"));
  gtk_dialog_add_button (GTK_DIALOG (dialog),
                         parent != NULL ? _("_Close") : _("_Quit"), GTK_RESPONSE_CLOSE);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_New Database…"), RESPONSE_NEW);
  if (backups->len > 0)
    {
      g_autofree char *dir = df_store_backup_dir_for (path);

      g_object_set_data_full (G_OBJECT (dialog), "backups", g_steal_pointer (&dir), g_free);
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("Open a _Backup…"), RESPONSE_OPEN_BACKUP);
    }
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Open Another Database…"), RESPONSE_OPEN_OTHER);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_OPEN_OTHER);
  gtk_application_add_window (GTK_APPLICATION (self), GTK_WINDOW (dialog));
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_error_response), self);
  present_window (self, GTK_WINDOW (dialog));
}

void
df_application_open_database (DfApplication *self,
                              const char    *path,
                              gboolean       create)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *default_path = NULL;
  g_autoptr (DfStore) store = NULL;
  DfWindow *old = main_window (self);
  DfWindow *window;

  g_return_if_fail (DF_IS_APPLICATION (self));

  if (path == NULL)
    path = default_path = df_store_default_path ();
  store = df_store_open (path, create ? DF_STORE_OPEN_CREATE : DF_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      show_open_error (self, path, error);
      return;
    }

  window = df_window_new (self, store);
  if (self->settings != NULL)
    {
      /* The demo lives in a temporary folder: remembering it would send
       * the next start to a file that is gone. */
      if (self->demo_dir == NULL || !g_str_has_prefix (path, self->demo_dir))
        g_settings_set_string (self->settings, "last-database", path);
      df_window_restore_size (window, self->settings);
    }
  present_window (self, GTK_WINDOW (window));
  if (old != NULL)
    gtk_window_destroy (GTK_WINDOW (old));
}

/* --- Choosing a file --------------------------------------------------- */

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                DfApplication   *self)
{
  gboolean create = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "create"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          /* "New" over an existing file replaces nothing: the chooser has
           * asked to overwrite, so an old database is moved aside first. */
          if (create && g_file_test (path, G_FILE_TEST_EXISTS))
            {
              g_autofree char *aside = g_strconcat (path, ".old", NULL);

              g_rename (path, aside);
            }
          df_application_open_database (self, path, create);
        }
    }
  g_object_unref (chooser);
  g_application_release (G_APPLICATION (self));
}

static void
choose_file (DfApplication *self,
             GtkWindow     *parent,
             gboolean       create,
             const char    *folder)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (create ? _("New Database") : _("Open Database"),
                                         parent,
                                         create ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         create ? _("_Create") : _("_Open"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Dialogforum databases"));
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (create)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("dialogforum.sqlite"));
  if (folder != NULL)
    {
      g_autoptr (GFile) dir = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
    }
  g_object_set_data (G_OBJECT (chooser), "create", GINT_TO_POINTER (create));
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
df_application_choose_database (DfApplication *self,
                                GtkWindow     *parent,
                                gboolean       create)
{
  g_return_if_fail (DF_IS_APPLICATION (self));
  choose_file (self, parent, create, NULL);
}

/* --- Actions ----------------------------------------------------------- */

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *authors[] = { _("The Dialogforum authors"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Dialogforum"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("The register, meetings and meeting packs of Strategisk dialogforum på det sociale område."),
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Dialogforum authors",
                         NULL);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_activated },
  { "quit", quit_activated },
};

static void
df_application_startup (GApplication *app)
{
  DfApplication *self = DF_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *new_accels[] = { "<Control><Shift>n", NULL };
  static const char *new_item_accels[] = { "<Control>n", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (df_application_parent_class)->startup (app);

  /* GtkApplication, unlike libadwaita's, does not load style.css itself. */
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open-database", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-database", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-item", new_item_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", shortcuts_accels);
  for (int page = 1; page <= 9; page++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.show-page(%d)", page);
      g_autofree char *accel = g_strdup_printf ("<Alt>%d", page);
      const char *accels[] = { accel, NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (app), detailed, accels);
    }
  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = settings_if_installed ();
}

static void
df_application_activate (GApplication *app)
{
  DfApplication *self = DF_APPLICATION (app);
  DfWindow *window = main_window (self);
  g_autofree char *remembered = NULL;
  const char *path = self->database;
  gboolean create = FALSE;

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  if (path == NULL && self->settings != NULL)
    {
      remembered = g_settings_get_string (self->settings, "last-database");
      if (remembered[0] != '\0')
        path = remembered;
    }
  /* Only the default database is made when missing: a named file that is
   * not there is more likely a mistake than a wish for a new register. */
  if (path == NULL)
    create = TRUE;
  df_application_open_database (self, path, create);
}

static void
df_application_class_init (DfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = df_application_finalize;
  app_class->handle_local_options = df_application_handle_local_options;
  app_class->startup = df_application_startup;
  app_class->activate = df_application_activate;
}

static void
df_application_init (DfApplication *self)
{
  df_cli_add_options (G_APPLICATION (self));
}
