/* df-arranger.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "dialogforum/df-arranger.h"

struct _DfArranger
{
  GObject parent_instance;
  gint64 id;
  gint64 meeting_id;
  gint64 person_id;
  gint64 organisation_id;
  char *name;
};

G_DEFINE_FINAL_TYPE (DfArranger, df_arranger, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_PERSON_ID,
  PROP_ORGANISATION_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_arranger_finalize (GObject *object)
{
  DfArranger *self = DF_ARRANGER (object);

  g_free (self->name);

  G_OBJECT_CLASS (df_arranger_parent_class)->finalize (object);
}

static void
df_arranger_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DfArranger *self = DF_ARRANGER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_ORGANISATION_ID:
      g_value_set_int64 (value, self->organisation_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_arranger_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DfArranger *self = DF_ARRANGER (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    case PROP_PERSON_ID:
      self->person_id = g_value_get_int64 (value);
      break;
    case PROP_ORGANISATION_ID:
      self->organisation_id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_arranger_class_init (DfArrangerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_arranger_finalize;
  object_class->get_property = df_arranger_get_property;
  object_class->set_property = df_arranger_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ORGANISATION_ID] =
    g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_arranger_init (DfArranger *self)
{
  self->name = g_strdup ("");
}

gint64
df_arranger_get_id (DfArranger *self)
{
  g_return_val_if_fail (DF_IS_ARRANGER (self), 0);
  return self->id;
}

gint64
df_arranger_get_meeting_id (DfArranger *self)
{
  g_return_val_if_fail (DF_IS_ARRANGER (self), 0);
  return self->meeting_id;
}

gint64
df_arranger_get_person_id (DfArranger *self)
{
  g_return_val_if_fail (DF_IS_ARRANGER (self), 0);
  return self->person_id;
}

gint64
df_arranger_get_organisation_id (DfArranger *self)
{
  g_return_val_if_fail (DF_IS_ARRANGER (self), 0);
  return self->organisation_id;
}

const char *
df_arranger_get_name (DfArranger *self)
{
  g_return_val_if_fail (DF_IS_ARRANGER (self), NULL);
  return self->name;
}
