/* df-minutes-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "dialogforum/df-minutes-item.h"

struct _DfMinutesItem
{
  GObject parent_instance;
  gint64 agenda_item_id;
  gint64 meeting_id;
  int number;
  char *title;
  char *format;
  char *summary;
  char *decisions;
};

G_DEFINE_FINAL_TYPE (DfMinutesItem, df_minutes_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AGENDA_ITEM_ID,
  PROP_MEETING_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_FORMAT,
  PROP_SUMMARY,
  PROP_DECISIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_minutes_item_finalize (GObject *object)
{
  DfMinutesItem *self = DF_MINUTES_ITEM (object);

  g_free (self->title);
  g_free (self->format);
  g_free (self->summary);
  g_free (self->decisions);

  G_OBJECT_CLASS (df_minutes_item_parent_class)->finalize (object);
}

static void
df_minutes_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DfMinutesItem *self = DF_MINUTES_ITEM (object);

  switch (prop_id)
    {
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
    case PROP_FORMAT:
      g_value_set_string (value, self->format);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_DECISIONS:
      g_value_set_string (value, self->decisions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_minutes_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DfMinutesItem *self = DF_MINUTES_ITEM (object);

  switch (prop_id)
    {
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
    case PROP_FORMAT:
      g_free (self->format);
      self->format = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SUMMARY:
      g_free (self->summary);
      self->summary = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_DECISIONS:
      g_free (self->decisions);
      self->decisions = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_minutes_item_class_init (DfMinutesItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_minutes_item_finalize;
  object_class->get_property = df_minutes_item_get_property;
  object_class->set_property = df_minutes_item_set_property;

  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, "", flags);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "", flags);
  properties[PROP_DECISIONS] =
    g_param_spec_string ("decisions", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_minutes_item_init (DfMinutesItem *self)
{
  self->title = g_strdup ("");
  self->format = g_strdup ("");
  self->summary = g_strdup ("");
  self->decisions = g_strdup ("");
}

gint64
df_minutes_item_get_agenda_item_id (DfMinutesItem *self)
{
  g_return_val_if_fail (DF_IS_MINUTES_ITEM (self), 0);
  return self->agenda_item_id;
}

gint64
df_minutes_item_get_meeting_id (DfMinutesItem *self)
{
  g_return_val_if_fail (DF_IS_MINUTES_ITEM (self), 0);
  return self->meeting_id;
}

int
df_minutes_item_get_number (DfMinutesItem *self)
{
  g_return_val_if_fail (DF_IS_MINUTES_ITEM (self), 0);
  return self->number;
}

const char *
df_minutes_item_get_title (DfMinutesItem *self)
{
  g_return_val_if_fail (DF_IS_MINUTES_ITEM (self), NULL);
  return self->title;
}

const char *
df_minutes_item_get_format (DfMinutesItem *self)
{
  g_return_val_if_fail (DF_IS_MINUTES_ITEM (self), NULL);
  return self->format;
}

const char *
df_minutes_item_get_summary (DfMinutesItem *self)
{
  g_return_val_if_fail (DF_IS_MINUTES_ITEM (self), NULL);
  return self->summary;
}

const char *
df_minutes_item_get_decisions (DfMinutesItem *self)
{
  g_return_val_if_fail (DF_IS_MINUTES_ITEM (self), NULL);
  return self->decisions;
}
