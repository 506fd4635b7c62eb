/* df-attachment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "dialogforum/df-attachment.h"

struct _DfAttachment
{
  GObject parent_instance;
  gint64 id;
  gint64 agenda_item_id;
  gint64 meeting_id;
  int number;
  char *title;
  char *file_name;
  char *content_type;
  gint64 size;
};

G_DEFINE_FINAL_TYPE (DfAttachment, df_attachment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_MEETING_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_FILE_NAME,
  PROP_CONTENT_TYPE,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_attachment_finalize (GObject *object)
{
  DfAttachment *self = DF_ATTACHMENT (object);

  g_free (self->title);
  g_free (self->file_name);
  g_free (self->content_type);

  G_OBJECT_CLASS (df_attachment_parent_class)->finalize (object);
}

static void
df_attachment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DfAttachment *self = DF_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_AGENDA_ITEM_ID:
      g_value_set_int64 (value, self->agenda_item_id);
      break;
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_CONTENT_TYPE:
      g_value_set_string (value, self->content_type);
      break;
    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_attachment_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DfAttachment *self = DF_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_AGENDA_ITEM_ID:
      self->agenda_item_id = g_value_get_int64 (value);
      break;
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    case PROP_NUMBER:
      self->number = g_value_get_int (value);
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_FILE_NAME:
      g_free (self->file_name);
      self->file_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_CONTENT_TYPE:
      g_free (self->content_type);
      self->content_type = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SIZE:
      self->size = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_attachment_class_init (DfAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_attachment_finalize;
  object_class->get_property = df_attachment_get_property;
  object_class->set_property = df_attachment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, "", flags);
  properties[PROP_CONTENT_TYPE] =
    g_param_spec_string ("content-type", NULL, NULL, "", flags);
  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_attachment_init (DfAttachment *self)
{
  self->title = g_strdup ("");
  self->file_name = g_strdup ("");
  self->content_type = g_strdup ("");
}

gint64
df_attachment_get_id (DfAttachment *self)
{
  g_return_val_if_fail (DF_IS_ATTACHMENT (self), 0);
  return self->id;
}

gint64
df_attachment_get_agenda_item_id (DfAttachment *self)
{
  g_return_val_if_fail (DF_IS_ATTACHMENT (self), 0);
  return self->agenda_item_id;
}

gint64
df_attachment_get_meeting_id (DfAttachment *self)
{
  g_return_val_if_fail (DF_IS_ATTACHMENT (self), 0);
  return self->meeting_id;
}

int
df_attachment_get_number (DfAttachment *self)
{
  g_return_val_if_fail (DF_IS_ATTACHMENT (self), 0);
  return self->number;
}

const char *
df_attachment_get_title (DfAttachment *self)
{
  g_return_val_if_fail (DF_IS_ATTACHMENT (self), NULL);
  return self->title;
}

const char *
df_attachment_get_file_name (DfAttachment *self)
{
  g_return_val_if_fail (DF_IS_ATTACHMENT (self), NULL);
  return self->file_name;
}

const char *
df_attachment_get_content_type (DfAttachment *self)
{
  g_return_val_if_fail (DF_IS_ATTACHMENT (self), NULL);
  return self->content_type;
}

gint64
df_attachment_get_size (DfAttachment *self)
{
  g_return_val_if_fail (DF_IS_ATTACHMENT (self), 0);
  return self->size;
}
