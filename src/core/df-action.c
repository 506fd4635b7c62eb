/* df-action.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dialogforum/df-action.h"

struct _DfAction
{
  GObject parent_instance;
  gint64 id;
  gint64 agenda_item_id;
  gint64 meeting_id;
  char *meeting_date;
  int item_number;
  char *item_title;
  char *source_text;
  int position;
  char *description;
  gint64 owner_person_id;
  gint64 owner_organisation_id;
  char *owner_name;
  gint64 working_group_id;
  char *working_group_name;
  char *due_date;
  char *due_text;
  char *status;
  char *status_label;
  gboolean overdue;
  char *state_text;
};

G_DEFINE_FINAL_TYPE (DfAction, df_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_MEETING_ID,
  PROP_MEETING_DATE,
  PROP_ITEM_NUMBER,
  PROP_ITEM_TITLE,
  PROP_SOURCE_TEXT,
  PROP_POSITION,
  PROP_DESCRIPTION,
  PROP_OWNER_PERSON_ID,
  PROP_OWNER_ORGANISATION_ID,
  PROP_OWNER_NAME,
  PROP_WORKING_GROUP_ID,
  PROP_WORKING_GROUP_NAME,
  PROP_DUE_DATE,
  PROP_DUE_TEXT,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_OVERDUE,
  PROP_STATE_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_action_finalize (GObject *object)
{
  DfAction *self = DF_ACTION (object);

  g_free (self->meeting_date);
  g_free (self->item_title);
  g_free (self->source_text);
  g_free (self->description);
  g_free (self->owner_name);
  g_free (self->working_group_name);
  g_free (self->due_date);
  g_free (self->due_text);
  g_free (self->status);
  g_free (self->status_label);
  g_free (self->state_text);

  G_OBJECT_CLASS (df_action_parent_class)->finalize (object);
}

static void
df_action_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DfAction *self = DF_ACTION (object);

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
    case PROP_MEETING_DATE:
      g_value_set_string (value, self->meeting_date);
      break;
    case PROP_ITEM_NUMBER:
      g_value_set_int (value, self->item_number);
      break;
    case PROP_ITEM_TITLE:
      g_value_set_string (value, self->item_title);
      break;
    case PROP_SOURCE_TEXT:
      g_value_set_string (value, self->source_text);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_OWNER_PERSON_ID:
      g_value_set_int64 (value, self->owner_person_id);
      break;
    case PROP_OWNER_ORGANISATION_ID:
      g_value_set_int64 (value, self->owner_organisation_id);
      break;
    case PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;
    case PROP_WORKING_GROUP_ID:
      g_value_set_int64 (value, self->working_group_id);
      break;
    case PROP_WORKING_GROUP_NAME:
      g_value_set_string (value, self->working_group_name);
      break;
    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case PROP_DUE_TEXT:
      g_value_set_string (value, self->due_text);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;
    case PROP_STATE_TEXT:
      g_value_set_string (value, self->state_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_action_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DfAction *self = DF_ACTION (object);

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
    case PROP_MEETING_DATE:
      g_free (self->meeting_date);
      self->meeting_date = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ITEM_NUMBER:
      self->item_number = g_value_get_int (value);
      break;
    case PROP_ITEM_TITLE:
      g_free (self->item_title);
      self->item_title = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SOURCE_TEXT:
      g_free (self->source_text);
      self->source_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;
    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_OWNER_PERSON_ID:
      self->owner_person_id = g_value_get_int64 (value);
      break;
    case PROP_OWNER_ORGANISATION_ID:
      self->owner_organisation_id = g_value_get_int64 (value);
      break;
    case PROP_OWNER_NAME:
      g_free (self->owner_name);
      self->owner_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_WORKING_GROUP_ID:
      self->working_group_id = g_value_get_int64 (value);
      break;
    case PROP_WORKING_GROUP_NAME:
      g_free (self->working_group_name);
      self->working_group_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_DUE_DATE:
      g_free (self->due_date);
      self->due_date = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_DUE_TEXT:
      g_free (self->due_text);
      self->due_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_STATUS:
      g_free (self->status);
      self->status = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_STATUS_LABEL:
      g_free (self->status_label);
      self->status_label = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_OVERDUE:
      self->overdue = g_value_get_boolean (value);
      break;
    case PROP_STATE_TEXT:
      g_free (self->state_text);
      self->state_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_action_class_init (DfActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_action_finalize;
  object_class->get_property = df_action_get_property;
  object_class->set_property = df_action_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_DATE] =
    g_param_spec_string ("meeting-date", NULL, NULL, "", flags);
  properties[PROP_ITEM_NUMBER] =
    g_param_spec_int ("item-number", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_ITEM_TITLE] =
    g_param_spec_string ("item-title", NULL, NULL, "", flags);
  properties[PROP_SOURCE_TEXT] =
    g_param_spec_string ("source-text", NULL, NULL, "", flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_OWNER_PERSON_ID] =
    g_param_spec_int64 ("owner-person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OWNER_ORGANISATION_ID] =
    g_param_spec_int64 ("owner-organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL, "", flags);
  properties[PROP_WORKING_GROUP_ID] =
    g_param_spec_int64 ("working-group-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_WORKING_GROUP_NAME] =
    g_param_spec_string ("working-group-name", NULL, NULL, "", flags);
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, "", flags);
  properties[PROP_DUE_TEXT] =
    g_param_spec_string ("due-text", NULL, NULL, "", flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "", flags);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, "", flags);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE, flags);
  properties[PROP_STATE_TEXT] =
    g_param_spec_string ("state-text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_action_init (DfAction *self)
{
  self->meeting_date = g_strdup ("");
  self->item_title = g_strdup ("");
  self->source_text = g_strdup ("");
  self->description = g_strdup ("");
  self->owner_name = g_strdup ("");
  self->working_group_name = g_strdup ("");
  self->due_date = g_strdup ("");
  self->due_text = g_strdup ("");
  self->status = g_strdup ("");
  self->status_label = g_strdup ("");
  self->state_text = g_strdup ("");
}

gint64
df_action_get_id (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), 0);
  return self->id;
}

gint64
df_action_get_agenda_item_id (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), 0);
  return self->agenda_item_id;
}

gint64
df_action_get_meeting_id (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), 0);
  return self->meeting_id;
}

const char *
df_action_get_meeting_date (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->meeting_date;
}

int
df_action_get_item_number (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), 0);
  return self->item_number;
}

const char *
df_action_get_item_title (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->item_title;
}

const char *
df_action_get_source_text (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->source_text;
}

int
df_action_get_position (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), 0);
  return self->position;
}

const char *
df_action_get_description (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->description;
}

gint64
df_action_get_owner_person_id (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), 0);
  return self->owner_person_id;
}

gint64
df_action_get_owner_organisation_id (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), 0);
  return self->owner_organisation_id;
}

const char *
df_action_get_owner_name (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->owner_name;
}

gint64
df_action_get_working_group_id (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), 0);
  return self->working_group_id;
}

const char *
df_action_get_working_group_name (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->working_group_name;
}

const char *
df_action_get_due_date (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->due_date;
}

const char *
df_action_get_due_text (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->due_text;
}

const char *
df_action_get_status (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->status;
}

const char *
df_action_get_status_label (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->status_label;
}

gboolean
df_action_get_overdue (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), FALSE);
  return self->overdue;
}

const char *
df_action_get_state_text (DfAction *self)
{
  g_return_val_if_fail (DF_IS_ACTION (self), NULL);
  return self->state_text;
}

static const char * const statuses[] = {
  "open", "done", "dropped", NULL
};

const char * const *
df_action_statuses (void)
{
  return statuses;
}

const char *
df_action_status_label (const char *status)
{
  if (g_strcmp0 (status, "done") == 0)
    return C_("action status", "Done");
  if (g_strcmp0 (status, "dropped") == 0)
    return C_("action status", "Dropped");
  return C_("action status", "Open");
}

gboolean
df_action_is_overdue_on (DfAction   *self,
                         const char *date)
{
  g_return_val_if_fail (DF_IS_ACTION (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  /* ISO dates compare as text. */
  return g_strcmp0 (self->status, "open") == 0 &&
         self->due_date[0] != '\0' &&
         strcmp (self->due_date, date) < 0;
}

GPtrArray *
df_actions_overdue_on (GListModel *actions,
                       const char *date)
{
  GPtrArray *overdue = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (G_IS_LIST_MODEL (actions), overdue);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (DfAction) action = g_list_model_get_item (actions, i);

      if (df_action_is_overdue_on (action, date))
        g_ptr_array_add (overdue, g_steal_pointer (&action));
    }
  return overdue;
}
