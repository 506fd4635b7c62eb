/* df-attachment-list.c: the attachments of one agenda item, numbered as
 * the meeting numbers them: added with a file chooser, renamed in place,
 * opened with the system's viewer and removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-attachment-list"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dialogforum/df-store-meetings.h"

#include "df-attachment-list.h"
#include "df-error-label.h"

struct _DfAttachmentList
{
  GtkWidget           parent_instance;

  DfStore            *store;
  GListModel         *attachments;   /* the meeting's */
  GtkFilterListModel *shown;         /* those of the item */
  GtkCustomFilter    *filter;
  gint64              item_id;
  char               *copies_dir;    /* attachments opened in a viewer */
  GPtrArray          *copies;

  GtkListBox         *list;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (DfAttachmentList, df_attachment_list, GTK_TYPE_WIDGET)

static gboolean
belongs_to_item (gpointer item,
                 gpointer user_data)
{
  DfAttachmentList *self = user_data;

  return self->item_id != 0 && df_attachment_get_agenda_item_id (item) == self->item_id;
}

static void
rename_attachment (DfAttachmentList *self,
                   GtkEntry         *entry)
{
  g_autoptr (GError) error = NULL;
  DfAttachment *attachment = g_object_get_data (G_OBJECT (entry), "attachment");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (g_strcmp0 (text, df_attachment_get_title (attachment)) == 0)
    return;
  if (!df_store_rename_attachment (self->store, df_attachment_get_id (attachment), text, &error))
    {
      df_error_label_show (self->error_label, error);
      gtk_editable_set_text (GTK_EDITABLE (entry), df_attachment_get_title (attachment));
    }
  else
    df_error_label_show (self->error_label, NULL);
}

static void
on_attachment_title_left (GtkEventControllerFocus *focus,
                          DfAttachmentList        *self)
{
  rename_attachment (self, GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))));
}

static void
update_attachment_row (GtkWidget *box)
{
  DfAttachment *attachment = g_object_get_data (G_OBJECT (box), "attachment");
  GtkWidget *number = gtk_widget_get_first_child (box);
  GtkWidget *texts = gtk_widget_get_next_sibling (number);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *file = gtk_widget_get_next_sibling (title);
  g_autofree char *number_text = g_strdup_printf (_("Attachment %d"), df_attachment_get_number (attachment));
  g_autofree char *size = g_format_size (df_attachment_get_size (attachment));
  g_autofree char *file_text = g_strdup_printf ("%s · %s", df_attachment_get_file_name (attachment), size);

  gtk_label_set_text (GTK_LABEL (number), number_text);
  if (gtk_widget_get_focus_child (title) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (title), df_attachment_get_title (attachment));
  gtk_label_set_text (GTK_LABEL (file), file_text);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label,
             const char *action,
             gint64      target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", target);
  return button;
}

static GtkWidget *
create_attachment_row (gpointer item,
                       gpointer user_data)
{
  DfAttachment *attachment = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_entry_new ();
  GtkWidget *file = gtk_label_new (NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  gint64 id = df_attachment_get_id (attachment);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_add_css_class (number, "heading");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_xalign (GTK_LABEL (file), 0);
  gtk_label_set_ellipsize (GTK_LABEL (file), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (file, "dim-label");
  gtk_widget_add_css_class (file, "caption");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title of the attachment"), -1);
  /* A frameless entry reads as the title and is renamed in place. */
  gtk_entry_set_has_frame (GTK_ENTRY (title), FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (title), 8);
  g_object_set_data_full (G_OBJECT (title), "attachment", g_object_ref (attachment), g_object_unref);
  g_signal_connect_swapped (title, "activate", G_CALLBACK (rename_attachment), user_data);
  g_signal_connect (focus, "leave", G_CALLBACK (on_attachment_title_left), user_data);
  gtk_widget_add_controller (title, focus);

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), file);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), icon_button ("document-open-symbolic", _("Open the attachment"),
                                              "attachments.open", id));
  gtk_box_append (GTK_BOX (box), icon_button ("user-trash-symbolic", _("Remove the attachment"),
                                              "attachments.remove", id));
  g_object_set_data_full (G_OBJECT (box), "attachment", g_object_ref (attachment), g_object_unref);
  g_signal_connect_object (attachment, "notify", G_CALLBACK (update_attachment_row), box, G_CONNECT_SWAPPED);
  update_attachment_row (box);
  return box;
}

static DfAttachment *
find_attachment (DfAttachmentList *self,
                 gint64            id)
{
  for (guint i = 0; self->attachments != NULL && i < g_list_model_get_n_items (self->attachments); i++)
    {
      g_autoptr (DfAttachment) attachment = g_list_model_get_item (self->attachments, i);

      /* The list holds a reference as long as the store lives. */
      if (df_attachment_get_id (attachment) == id)
        return attachment;
    }
  return NULL;
}

typedef struct
{
  DfAttachmentList *self;
  gint64            item_id;
} PendingAttachment;

static void
on_file_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PendingAttachment *pending = user_data;
  DfAttachmentList *self = pending->self;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *title = g_strdup (name);
  g_autofree char *type = NULL;
  g_autofree char *mime = NULL;
  g_autoptr (GBytes) data = NULL;
  char *dot = strrchr (title, '.');
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Attachment: “%s” could not be read: %s"), name, error->message);

      df_error_label_show_text (self->error_label, message);
    }
  else
    {
      /* The title starts as the file's name without its extension. */
      if (dot != NULL && dot != title)
        *dot = '\0';
      type = g_content_type_guess (name, (const guchar *) contents, length, NULL);
      mime = g_content_type_get_mime_type (type);
      data = g_bytes_new_take (g_steal_pointer (&contents), length);
      if (df_store_add_attachment (self->store, pending->item_id, title, name, mime, data, &error) == 0)
        df_error_label_show (self->error_label, error);
      else
        df_error_label_show (self->error_label, NULL);
    }
  g_object_unref (self);
  g_free (pending);
}

static void
on_attachment_chosen (GtkNativeDialog *chooser,
                      int              response,
                      gpointer         user_data)
{
  PendingAttachment *pending = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      g_file_load_contents_async (file, NULL, on_file_loaded, pending);
    }
  else
    {
      g_object_unref (pending->self);
      g_free (pending);
    }
  g_object_unref (chooser);
}

static void
add_attachment_activated (GtkWidget  *widget,
                          const char *action,
                          GVariant   *parameter)
{
  DfAttachmentList *self = DF_ATTACHMENT_LIST (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();
  PendingAttachment *pending;

  if (self->item_id == 0)
    return;
  chooser = gtk_file_chooser_native_new (_("Add an Attachment"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  pending = g_new0 (PendingAttachment, 1);
  pending->self = g_object_ref (self);
  pending->item_id = self->item_id;
  g_signal_connect (chooser, "response", G_CALLBACK (on_attachment_chosen), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The viewer gets a copy, in a folder of the user's own that is gone
 * with the editor: the attachments are confidential. */
static char *
write_copy (DfAttachmentList  *self,
            DfAttachment      *attachment,
            GBytes            *data,
            GError           **error)
{
  g_autofree char *base = g_path_get_basename (df_attachment_get_file_name (attachment));
  g_autofree char *name = NULL;
  char *path;

  if (self->copies_dir == NULL)
    {
      g_autofree char *template = g_build_filename (g_get_user_runtime_dir (), "dialogforum-XXXXXX", NULL);

      if (g_mkdtemp_full (template, 0700) == NULL)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s", g_strerror (errno));
          return NULL;
        }
      self->copies_dir = g_steal_pointer (&template);
    }
  /* Numbered, so that two attachments of the same name stay apart. */
  name = g_strdup_printf ("%" G_GINT64_FORMAT "-%s", df_attachment_get_id (attachment), base);
  path = g_build_filename (self->copies_dir, name, NULL);
  if (!g_file_set_contents_full (path, g_bytes_get_data (data, NULL), g_bytes_get_size (data),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    {
      g_free (path);
      return NULL;
    }
  g_ptr_array_add (self->copies, g_strdup (path));
  return path;
}

static void
open_attachment_activated (GtkWidget  *widget,
                           const char *action,
                           GVariant   *parameter)
{
  DfAttachmentList *self = DF_ATTACHMENT_LIST (widget);
  DfAttachment *attachment = find_attachment (self, g_variant_get_int64 (parameter));
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) data = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;

  if (attachment == NULL)
    return;
  data = df_store_load_attachment (self->store, df_attachment_get_id (attachment), &error);
  if (data != NULL)
    path = write_copy (self, attachment, data, &error);
  if (path != NULL)
    uri = g_filename_to_uri (path, NULL, &error);
  if (uri == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The attachment could not be opened: %s"), error->message);

      df_error_label_show_text (self->error_label, message);
      return;
    }
  df_error_label_show (self->error_label, NULL);
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), uri, GDK_CURRENT_TIME);
}

static void
on_remove_attachment_response (GtkDialog        *dialog,
                               int               response,
                               DfAttachmentList *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "attachment-id"));
  g_autoptr (GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  if (!df_store_remove_attachment (self->store, id, &error))
    df_error_label_show (self->error_label, error);
  else
    df_error_label_show (self->error_label, NULL);
}

static void
remove_attachment_activated (GtkWidget  *widget,
                             const char *action,
                             GVariant   *parameter)
{
  DfAttachmentList *self = DF_ATTACHMENT_LIST (widget);
  DfAttachment *attachment = find_attachment (self, g_variant_get_int64 (parameter));
  GtkWidget *dialog;
  GtkWidget *remove;

  if (attachment == NULL)
    return;
  /* No undo for this one: the file may exist nowhere else. */
  dialog = gtk_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Remove attachment %d, “%s”?"),
                                   df_attachment_get_number (attachment), df_attachment_get_title (attachment));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("The file is removed from the database. Attachments after it are numbered again."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  remove = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Remove"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data (G_OBJECT (dialog), "attachment-id", GSIZE_TO_POINTER (df_attachment_get_id (attachment)));
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_attachment_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
df_attachment_list_set_store (DfAttachmentList *self,
                              DfStore          *store)
{
  g_return_if_fail (DF_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
}

void
df_attachment_list_show (DfAttachmentList *self,
                         GListModel       *attachments,
                         gint64            item_id)
{
  g_return_if_fail (DF_IS_ATTACHMENT_LIST (self));

  df_error_label_show (self->error_label, NULL);
  self->item_id = item_id;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.add", item_id != 0);
  if (attachments != self->attachments)
    {
      g_set_object (&self->attachments, attachments);
      gtk_filter_list_model_set_model (self->shown, attachments);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
remove_copies (DfAttachmentList *self)
{
  for (guint i = 0; i < self->copies->len; i++)
    g_unlink (g_ptr_array_index (self->copies, i));
  g_ptr_array_set_size (self->copies, 0);
  if (self->copies_dir != NULL)
    g_rmdir (self->copies_dir);
  g_clear_pointer (&self->copies_dir, g_free);
}

/* The copies go when the window does, whoever still holds the widget. */
static void
df_attachment_list_unrealize (GtkWidget *widget)
{
  remove_copies (DF_ATTACHMENT_LIST (widget));
  GTK_WIDGET_CLASS (df_attachment_list_parent_class)->unrealize (widget);
}

static void
df_attachment_list_dispose (GObject *object)
{
  DfAttachmentList *self = DF_ATTACHMENT_LIST (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DF_TYPE_ATTACHMENT_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  remove_copies (self);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->attachments);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (df_attachment_list_parent_class)->dispose (object);
}

static void
df_attachment_list_finalize (GObject *object)
{
  DfAttachmentList *self = DF_ATTACHMENT_LIST (object);

  g_ptr_array_unref (self->copies);

  G_OBJECT_CLASS (df_attachment_list_parent_class)->finalize (object);
}

static void
df_attachment_list_class_init (DfAttachmentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = df_attachment_list_dispose;
  object_class->finalize = df_attachment_list_finalize;
  widget_class->unrealize = df_attachment_list_unrealize;

  gtk_widget_class_install_action (widget_class, "attachments.add", NULL, add_attachment_activated);
  gtk_widget_class_install_action (widget_class, "attachments.open", "x", open_attachment_activated);
  gtk_widget_class_install_action (widget_class, "attachments.remove", "x", remove_attachment_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/df-attachment-list.ui");
  gtk_widget_class_bind_template_child (widget_class, DfAttachmentList, list);
  gtk_widget_class_bind_template_child (widget_class, DfAttachmentList, error_label);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
df_attachment_list_init (DfAttachmentList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->copies = g_ptr_array_new_with_free_func (g_free);
  self->filter = gtk_custom_filter_new (belongs_to_item, self, NULL);
  self->shown = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_attachment_row, self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.add", FALSE);
}
