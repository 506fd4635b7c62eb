/* df-seat-kind.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-seat-kind.h"

struct _DfSeatKind
{
  GObject  parent_instance;
  gint64   id;
  char    *code;
  char    *name;
  int      quota;
  gboolean quota_is_minimum;
  gboolean one_per_municipality;
  gboolean chair_seat;
  gboolean covers_areas;
  char    *description;
  int      position;
};

G_DEFINE_FINAL_TYPE (DfSeatKind, df_seat_kind, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_QUOTA,
  PROP_QUOTA_IS_MINIMUM,
  PROP_ONE_PER_MUNICIPALITY,
  PROP_CHAIR_SEAT,
  PROP_COVERS_AREAS,
  PROP_DESCRIPTION,
  PROP_POSITION,
  PROP_QUOTA_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_seat_kind_finalize (GObject *object)
{
  DfSeatKind *self = DF_SEAT_KIND (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->description);
  G_OBJECT_CLASS (df_seat_kind_parent_class)->finalize (object);
}

static void
df_seat_kind_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DfSeatKind *self = DF_SEAT_KIND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_QUOTA:
      g_value_set_int (value, self->quota);
      break;
    case PROP_QUOTA_IS_MINIMUM:
      g_value_set_boolean (value, self->quota_is_minimum);
      break;
    case PROP_ONE_PER_MUNICIPALITY:
      g_value_set_boolean (value, self->one_per_municipality);
      break;
    case PROP_CHAIR_SEAT:
      g_value_set_boolean (value, self->chair_seat);
      break;
    case PROP_COVERS_AREAS:
      g_value_set_boolean (value, self->covers_areas);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_QUOTA_TEXT:
      g_value_take_string (value, df_seat_kind_dup_quota_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (char       **field,
            const GValue *value)
{
  g_free (*field);
  *field = g_value_dup_string (value);
  if (*field == NULL)
    *field = g_strdup ("");
}

static void
df_seat_kind_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DfSeatKind *self = DF_SEAT_KIND (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_CODE:
      set_string (&self->code, value);
      break;
    case PROP_NAME:
      set_string (&self->name, value);
      break;
    case PROP_QUOTA:
      self->quota = g_value_get_int (value);
      g_object_notify_by_pspec (object, properties[PROP_QUOTA_TEXT]);
      break;
    case PROP_QUOTA_IS_MINIMUM:
      self->quota_is_minimum = g_value_get_boolean (value);
      g_object_notify_by_pspec (object, properties[PROP_QUOTA_TEXT]);
      break;
    case PROP_ONE_PER_MUNICIPALITY:
      self->one_per_municipality = g_value_get_boolean (value);
      break;
    case PROP_CHAIR_SEAT:
      self->chair_seat = g_value_get_boolean (value);
      break;
    case PROP_COVERS_AREAS:
      self->covers_areas = g_value_get_boolean (value);
      break;
    case PROP_DESCRIPTION:
      set_string (&self->description, value);
      break;
    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_seat_kind_class_init (DfSeatKindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_seat_kind_finalize;
  object_class->get_property = df_seat_kind_get_property;
  object_class->set_property = df_seat_kind_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_QUOTA] = g_param_spec_int ("quota", NULL, NULL, 0, 99, 0, rw);
  properties[PROP_QUOTA_IS_MINIMUM] = g_param_spec_boolean ("quota-is-minimum", NULL, NULL, FALSE, rw);
  properties[PROP_ONE_PER_MUNICIPALITY] = g_param_spec_boolean ("one-per-municipality", NULL, NULL, FALSE, rw);
  properties[PROP_CHAIR_SEAT] = g_param_spec_boolean ("chair-seat", NULL, NULL, FALSE, rw);
  properties[PROP_COVERS_AREAS] = g_param_spec_boolean ("covers-areas", NULL, NULL, FALSE, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_QUOTA_TEXT] =
    g_param_spec_string ("quota-text", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_seat_kind_init (DfSeatKind *self)
{
  self->code = g_strdup ("");
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

gint64
df_seat_kind_get_id (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), 0);
  return self->id;
}

const char *
df_seat_kind_get_code (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), NULL);
  return self->code;
}

const char *
df_seat_kind_get_name (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), NULL);
  return self->name;
}

int
df_seat_kind_get_quota (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), 0);
  return self->quota;
}

gboolean
df_seat_kind_get_quota_is_minimum (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), FALSE);
  return self->quota_is_minimum;
}

gboolean
df_seat_kind_get_one_per_municipality (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), FALSE);
  return self->one_per_municipality;
}

gboolean
df_seat_kind_get_chair_seat (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), FALSE);
  return self->chair_seat;
}

gboolean
df_seat_kind_get_covers_areas (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), FALSE);
  return self->covers_areas;
}

const char *
df_seat_kind_get_description (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), NULL);
  return self->description;
}

char *
df_seat_kind_dup_quota_text (DfSeatKind *self)
{
  g_return_val_if_fail (DF_IS_SEAT_KIND (self), NULL);

  if (self->quota_is_minimum)
    /* TRANSLATORS: a quota of seats, as in "at least 1" */
    return g_strdup_printf (_("at least %d"), self->quota);
  return g_strdup_printf ("%d", self->quota);
}
