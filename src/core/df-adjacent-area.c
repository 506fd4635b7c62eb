/* df-adjacent-area.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dialogforum/df-adjacent-area.h"

struct _DfAdjacentArea
{
  GObject parent_instance;
  gint64  id;
  char   *name;
  int     position;
};

G_DEFINE_FINAL_TYPE (DfAdjacentArea, df_adjacent_area, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_adjacent_area_finalize (GObject *object)
{
  DfAdjacentArea *self = DF_ADJACENT_AREA (object);

  g_free (self->name);
  G_OBJECT_CLASS (df_adjacent_area_parent_class)->finalize (object);
}

static void
df_adjacent_area_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DfAdjacentArea *self = DF_ADJACENT_AREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_adjacent_area_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DfAdjacentArea *self = DF_ADJACENT_AREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;
    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_adjacent_area_class_init (DfAdjacentAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = df_adjacent_area_finalize;
  object_class->get_property = df_adjacent_area_get_property;
  object_class->set_property = df_adjacent_area_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_adjacent_area_init (DfAdjacentArea *self)
{
  self->name = g_strdup ("");
}

gint64
df_adjacent_area_get_id (DfAdjacentArea *self)
{
  g_return_val_if_fail (DF_IS_ADJACENT_AREA (self), 0);
  return self->id;
}

const char *
df_adjacent_area_get_name (DfAdjacentArea *self)
{
  g_return_val_if_fail (DF_IS_ADJACENT_AREA (self), NULL);
  return self->name;
}
