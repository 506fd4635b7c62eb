/* df-membership.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dialogforum/df-membership.h"

struct _DfMembership
{
  GObject parent_instance;
  gint64 id;
  gint64 person_id;
  char *person_name;
  char *organisation_name;
  gint64 seat_kind_id;
  char *seat_kind_name;
  char *role;
  char *start_date;
  char *end_date;
  gint64 substitute_id;
  char *substitute_name;
  char *term_text;
};

G_DEFINE_FINAL_TYPE (DfMembership, df_membership, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_ORGANISATION_NAME,
  PROP_SEAT_KIND_ID,
  PROP_SEAT_KIND_NAME,
  PROP_ROLE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_SUBSTITUTE_ID,
  PROP_SUBSTITUTE_NAME,
  PROP_TERM_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_membership_finalize (GObject *object)
{
  DfMembership *self = DF_MEMBERSHIP (object);

  g_free (self->person_name);
  g_free (self->organisation_name);
  g_free (self->seat_kind_name);
  g_free (self->role);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->substitute_name);
  g_free (self->term_text);

  G_OBJECT_CLASS (df_membership_parent_class)->finalize (object);
}

static void
df_membership_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DfMembership *self = DF_MEMBERSHIP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;
    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;
    case PROP_SEAT_KIND_ID:
      g_value_set_int64 (value, self->seat_kind_id);
      break;
    case PROP_SEAT_KIND_NAME:
      g_value_set_string (value, self->seat_kind_name);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;
    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;
    case PROP_SUBSTITUTE_ID:
      g_value_set_int64 (value, self->substitute_id);
      break;
    case PROP_SUBSTITUTE_NAME:
      g_value_set_string (value, self->substitute_name);
      break;
    case PROP_TERM_TEXT:
      g_value_set_string (value, self->term_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_membership_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DfMembership *self = DF_MEMBERSHIP (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_PERSON_ID:
      self->person_id = g_value_get_int64 (value);
      break;
    case PROP_PERSON_NAME:
      g_free (self->person_name);
      self->person_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ORGANISATION_NAME:
      g_free (self->organisation_name);
      self->organisation_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SEAT_KIND_ID:
      self->seat_kind_id = g_value_get_int64 (value);
      break;
    case PROP_SEAT_KIND_NAME:
      g_free (self->seat_kind_name);
      self->seat_kind_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ROLE:
      g_free (self->role);
      self->role = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_START_DATE:
      g_free (self->start_date);
      self->start_date = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_END_DATE:
      g_free (self->end_date);
      self->end_date = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SUBSTITUTE_ID:
      self->substitute_id = g_value_get_int64 (value);
      break;
    case PROP_SUBSTITUTE_NAME:
      g_free (self->substitute_name);
      self->substitute_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_TERM_TEXT:
      g_free (self->term_text);
      self->term_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_membership_class_init (DfMembershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_membership_finalize;
  object_class->get_property = df_membership_get_property;
  object_class->set_property = df_membership_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL, "", flags);
  properties[PROP_SEAT_KIND_ID] =
    g_param_spec_int64 ("seat-kind-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SEAT_KIND_NAME] =
    g_param_spec_string ("seat-kind-name", NULL, NULL, "", flags);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "", flags);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, "", flags);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, "", flags);
  properties[PROP_SUBSTITUTE_ID] =
    g_param_spec_int64 ("substitute-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SUBSTITUTE_NAME] =
    g_param_spec_string ("substitute-name", NULL, NULL, "", flags);
  properties[PROP_TERM_TEXT] =
    g_param_spec_string ("term-text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_membership_init (DfMembership *self)
{
  self->person_name = g_strdup ("");
  self->organisation_name = g_strdup ("");
  self->seat_kind_name = g_strdup ("");
  self->role = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->substitute_name = g_strdup ("");
  self->term_text = g_strdup ("");
}

gint64
df_membership_get_id (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), 0);
  return self->id;
}

gint64
df_membership_get_person_id (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), 0);
  return self->person_id;
}

const char *
df_membership_get_person_name (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), NULL);
  return self->person_name;
}

const char *
df_membership_get_organisation_name (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), NULL);
  return self->organisation_name;
}

gint64
df_membership_get_seat_kind_id (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), 0);
  return self->seat_kind_id;
}

const char *
df_membership_get_seat_kind_name (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), NULL);
  return self->seat_kind_name;
}

const char *
df_membership_get_role (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), NULL);
  return self->role;
}

const char *
df_membership_get_start_date (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), NULL);
  return self->start_date;
}

const char *
df_membership_get_end_date (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), NULL);
  return self->end_date;
}

gint64
df_membership_get_substitute_id (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), 0);
  return self->substitute_id;
}

const char *
df_membership_get_substitute_name (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), NULL);
  return self->substitute_name;
}

const char *
df_membership_get_term_text (DfMembership *self)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), NULL);
  return self->term_text;
}

gboolean
df_membership_is_active_on (DfMembership *self,
                            const char   *date)
{
  g_return_val_if_fail (DF_IS_MEMBERSHIP (self), FALSE);

  /* ISO dates compare as text. */
  return strcmp (self->start_date, date) <= 0 &&
         (self->end_date[0] == '\0' || strcmp (self->end_date, date) >= 0);
}
