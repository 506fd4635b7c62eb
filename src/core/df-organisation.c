/* df-organisation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-organisation.h"

struct _DfOrganisation
{
  GObject parent_instance;
  gint64 id;
  char *name;
  char *short_name;
  char *kind;
  char *region;
  char *notes;
};

G_DEFINE_FINAL_TYPE (DfOrganisation, df_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_REGION,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_organisation_finalize (GObject *object)
{
  DfOrganisation *self = DF_ORGANISATION (object);

  g_free (self->name);
  g_free (self->short_name);
  g_free (self->kind);
  g_free (self->region);
  g_free (self->notes);

  G_OBJECT_CLASS (df_organisation_parent_class)->finalize (object);
}

static void
df_organisation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DfOrganisation *self = DF_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_organisation_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DfOrganisation *self = DF_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SHORT_NAME:
      g_free (self->short_name);
      self->short_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_KIND:
      g_free (self->kind);
      self->kind = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_REGION:
      g_free (self->region);
      self->region = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_NOTES:
      g_free (self->notes);
      self->notes = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_organisation_class_init (DfOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_organisation_finalize;
  object_class->get_property = df_organisation_get_property;
  object_class->set_property = df_organisation_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, "", flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "", flags);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, "", flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_organisation_init (DfOrganisation *self)
{
  self->name = g_strdup ("");
  self->short_name = g_strdup ("");
  self->kind = g_strdup ("");
  self->region = g_strdup ("");
  self->notes = g_strdup ("");
}

gint64
df_organisation_get_id (DfOrganisation *self)
{
  g_return_val_if_fail (DF_IS_ORGANISATION (self), 0);
  return self->id;
}

const char *
df_organisation_get_name (DfOrganisation *self)
{
  g_return_val_if_fail (DF_IS_ORGANISATION (self), NULL);
  return self->name;
}

const char *
df_organisation_get_short_name (DfOrganisation *self)
{
  g_return_val_if_fail (DF_IS_ORGANISATION (self), NULL);
  return self->short_name;
}

const char *
df_organisation_get_kind (DfOrganisation *self)
{
  g_return_val_if_fail (DF_IS_ORGANISATION (self), NULL);
  return self->kind;
}

const char *
df_organisation_get_region (DfOrganisation *self)
{
  g_return_val_if_fail (DF_IS_ORGANISATION (self), NULL);
  return self->region;
}

const char *
df_organisation_get_notes (DfOrganisation *self)
{
  g_return_val_if_fail (DF_IS_ORGANISATION (self), NULL);
  return self->notes;
}

static const char * const kinds[] = {
  "municipality", "association", "ministry", "socialstyrelsen",
  "agency", "region", "interest", "research", "other", NULL
};

const char * const *
df_organisation_kinds (void)
{
  return kinds;
}

const char *
df_organisation_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "municipality") == 0)
    return _("Municipality");
  if (g_strcmp0 (kind, "association") == 0)
    return _("Association");
  if (g_strcmp0 (kind, "ministry") == 0)
    return _("Ministry");
  if (g_strcmp0 (kind, "socialstyrelsen") == 0)
    return _("Socialstyrelsen");
  if (g_strcmp0 (kind, "agency") == 0)
    return _("State agency");
  if (g_strcmp0 (kind, "region") == 0)
    return _("Region");
  if (g_strcmp0 (kind, "interest") == 0)
    return _("Interest organisation");
  if (g_strcmp0 (kind, "research") == 0)
    return _("Education and research");
  return _("Other");
}

gboolean
df_organisation_is_municipality (DfOrganisation *self)
{
  g_return_val_if_fail (DF_IS_ORGANISATION (self), FALSE);
  return g_strcmp0 (self->kind, "municipality") == 0;
}
