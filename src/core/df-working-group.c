/* df-working-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "dialogforum/df-working-group.h"

struct _DfWorkingGroup
{
  GObject parent_instance;
  gint64 id;
  char *name;
  char *mandate;
  char *start_date;
  char *end_date;
  char *term_text;
  char *members_text;
  int n_members;
  int n_meetings;
  int n_open_actions;
};

G_DEFINE_FINAL_TYPE (DfWorkingGroup, df_working_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_MANDATE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_TERM_TEXT,
  PROP_MEMBERS_TEXT,
  PROP_N_MEMBERS,
  PROP_N_MEETINGS,
  PROP_N_OPEN_ACTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_working_group_finalize (GObject *object)
{
  DfWorkingGroup *self = DF_WORKING_GROUP (object);

  g_free (self->name);
  g_free (self->mandate);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->term_text);
  g_free (self->members_text);

  G_OBJECT_CLASS (df_working_group_parent_class)->finalize (object);
}

static void
df_working_group_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DfWorkingGroup *self = DF_WORKING_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_MANDATE:
      g_value_set_string (value, self->mandate);
      break;
    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;
    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;
    case PROP_TERM_TEXT:
      g_value_set_string (value, self->term_text);
      break;
    case PROP_MEMBERS_TEXT:
      g_value_set_string (value, self->members_text);
      break;
    case PROP_N_MEMBERS:
      g_value_set_int (value, self->n_members);
      break;
    case PROP_N_MEETINGS:
      g_value_set_int (value, self->n_meetings);
      break;
    case PROP_N_OPEN_ACTIONS:
      g_value_set_int (value, self->n_open_actions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_working_group_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DfWorkingGroup *self = DF_WORKING_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_MANDATE:
      g_free (self->mandate);
      self->mandate = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_START_DATE:
      g_free (self->start_date);
      self->start_date = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_END_DATE:
      g_free (self->end_date);
      self->end_date = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_TERM_TEXT:
      g_free (self->term_text);
      self->term_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_MEMBERS_TEXT:
      g_free (self->members_text);
      self->members_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_N_MEMBERS:
      self->n_members = g_value_get_int (value);
      break;
    case PROP_N_MEETINGS:
      self->n_meetings = g_value_get_int (value);
      break;
    case PROP_N_OPEN_ACTIONS:
      self->n_open_actions = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_working_group_class_init (DfWorkingGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_working_group_finalize;
  object_class->get_property = df_working_group_get_property;
  object_class->set_property = df_working_group_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_MANDATE] =
    g_param_spec_string ("mandate", NULL, NULL, "", flags);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, "", flags);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, "", flags);
  properties[PROP_TERM_TEXT] =
    g_param_spec_string ("term-text", NULL, NULL, "", flags);
  properties[PROP_MEMBERS_TEXT] =
    g_param_spec_string ("members-text", NULL, NULL, "", flags);
  properties[PROP_N_MEMBERS] =
    g_param_spec_int ("n-members", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_N_MEETINGS] =
    g_param_spec_int ("n-meetings", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_N_OPEN_ACTIONS] =
    g_param_spec_int ("n-open-actions", NULL, NULL, 0, G_MAXINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_working_group_init (DfWorkingGroup *self)
{
  self->name = g_strdup ("");
  self->mandate = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->term_text = g_strdup ("");
  self->members_text = g_strdup ("");
}

gint64
df_working_group_get_id (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), 0);
  return self->id;
}

const char *
df_working_group_get_name (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), NULL);
  return self->name;
}

const char *
df_working_group_get_mandate (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), NULL);
  return self->mandate;
}

const char *
df_working_group_get_start_date (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), NULL);
  return self->start_date;
}

const char *
df_working_group_get_end_date (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), NULL);
  return self->end_date;
}

const char *
df_working_group_get_term_text (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), NULL);
  return self->term_text;
}

const char *
df_working_group_get_members_text (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), NULL);
  return self->members_text;
}

int
df_working_group_get_n_members (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), 0);
  return self->n_members;
}

int
df_working_group_get_n_meetings (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), 0);
  return self->n_meetings;
}

int
df_working_group_get_n_open_actions (DfWorkingGroup *self)
{
  g_return_val_if_fail (DF_IS_WORKING_GROUP (self), 0);
  return self->n_open_actions;
}
