/* df-minutes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-minutes.h"

struct _DfMinutes
{
  GObject parent_instance;
  gint64 meeting_id;
  char *status;
  char *status_label;
  char *approved_on;
  char *approved_text;
};

G_DEFINE_FINAL_TYPE (DfMinutes, df_minutes, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_APPROVED_ON,
  PROP_APPROVED_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_minutes_finalize (GObject *object)
{
  DfMinutes *self = DF_MINUTES (object);

  g_free (self->status);
  g_free (self->status_label);
  g_free (self->approved_on);
  g_free (self->approved_text);

  G_OBJECT_CLASS (df_minutes_parent_class)->finalize (object);
}

static void
df_minutes_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DfMinutes *self = DF_MINUTES (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;
    case PROP_APPROVED_ON:
      g_value_set_string (value, self->approved_on);
      break;
    case PROP_APPROVED_TEXT:
      g_value_set_string (value, self->approved_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_minutes_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DfMinutes *self = DF_MINUTES (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    case PROP_STATUS:
      g_free (self->status);
      self->status = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_STATUS_LABEL:
      g_free (self->status_label);
      self->status_label = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_APPROVED_ON:
      g_free (self->approved_on);
      self->approved_on = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_APPROVED_TEXT:
      g_free (self->approved_text);
      self->approved_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_minutes_class_init (DfMinutesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_minutes_finalize;
  object_class->get_property = df_minutes_get_property;
  object_class->set_property = df_minutes_set_property;

  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "", flags);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, "", flags);
  properties[PROP_APPROVED_ON] =
    g_param_spec_string ("approved-on", NULL, NULL, "", flags);
  properties[PROP_APPROVED_TEXT] =
    g_param_spec_string ("approved-text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_minutes_init (DfMinutes *self)
{
  self->status = g_strdup ("");
  self->status_label = g_strdup ("");
  self->approved_on = g_strdup ("");
  self->approved_text = g_strdup ("");
}

gint64
df_minutes_get_meeting_id (DfMinutes *self)
{
  g_return_val_if_fail (DF_IS_MINUTES (self), 0);
  return self->meeting_id;
}

const char *
df_minutes_get_status (DfMinutes *self)
{
  g_return_val_if_fail (DF_IS_MINUTES (self), NULL);
  return self->status;
}

const char *
df_minutes_get_status_label (DfMinutes *self)
{
  g_return_val_if_fail (DF_IS_MINUTES (self), NULL);
  return self->status_label;
}

const char *
df_minutes_get_approved_on (DfMinutes *self)
{
  g_return_val_if_fail (DF_IS_MINUTES (self), NULL);
  return self->approved_on;
}

const char *
df_minutes_get_approved_text (DfMinutes *self)
{
  g_return_val_if_fail (DF_IS_MINUTES (self), NULL);
  return self->approved_text;
}

const char *
df_minutes_status_label (const char *status)
{
  if (g_strcmp0 (status, "approved") == 0)
    return C_("minutes status", "Approved");
  return C_("minutes status", "Draft");
}
