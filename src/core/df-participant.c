/* df-participant.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-participant.h"

struct _DfParticipant
{
  GObject parent_instance;
  gint64 id;
  gint64 meeting_id;
  gint64 person_id;
  char *person_name;
  char *title;
  char *organisation_name;
  char *email;
  char *role;
  char *reply;
  gint64 substitute_id;
  char *substitute_name;
  char *substitute_organisation;
  int attend_from;
  int attend_to;
  gboolean only_own_items;
  int items_start;
  int items_end;
  char *dietary;
  char *accessibility;
  char *notes;
  int attended;
  char *reply_date;
  char *reply_channel;
  char *seat_name;
  int seat_position;
  char *items_text;
  char *reply_text;
  char *span_text;
};

G_DEFINE_FINAL_TYPE (DfParticipant, df_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_TITLE,
  PROP_ORGANISATION_NAME,
  PROP_EMAIL,
  PROP_ROLE,
  PROP_REPLY,
  PROP_SUBSTITUTE_ID,
  PROP_SUBSTITUTE_NAME,
  PROP_SUBSTITUTE_ORGANISATION,
  PROP_ATTEND_FROM,
  PROP_ATTEND_TO,
  PROP_ONLY_OWN_ITEMS,
  PROP_ITEMS_START,
  PROP_ITEMS_END,
  PROP_DIETARY,
  PROP_ACCESSIBILITY,
  PROP_NOTES,
  PROP_ATTENDED,
  PROP_REPLY_DATE,
  PROP_REPLY_CHANNEL,
  PROP_SEAT_NAME,
  PROP_SEAT_POSITION,
  PROP_ITEMS_TEXT,
  PROP_REPLY_TEXT,
  PROP_SPAN_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_participant_finalize (GObject *object)
{
  DfParticipant *self = DF_PARTICIPANT (object);

  g_free (self->person_name);
  g_free (self->title);
  g_free (self->organisation_name);
  g_free (self->email);
  g_free (self->role);
  g_free (self->reply);
  g_free (self->substitute_name);
  g_free (self->substitute_organisation);
  g_free (self->dietary);
  g_free (self->accessibility);
  g_free (self->notes);
  g_free (self->reply_date);
  g_free (self->reply_channel);
  g_free (self->seat_name);
  g_free (self->items_text);
  g_free (self->reply_text);
  g_free (self->span_text);

  G_OBJECT_CLASS (df_participant_parent_class)->finalize (object);
}

static void
df_participant_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DfParticipant *self = DF_PARTICIPANT (object);

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
    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_REPLY:
      g_value_set_string (value, self->reply);
      break;
    case PROP_SUBSTITUTE_ID:
      g_value_set_int64 (value, self->substitute_id);
      break;
    case PROP_SUBSTITUTE_NAME:
      g_value_set_string (value, self->substitute_name);
      break;
    case PROP_SUBSTITUTE_ORGANISATION:
      g_value_set_string (value, self->substitute_organisation);
      break;
    case PROP_ATTEND_FROM:
      g_value_set_int (value, self->attend_from);
      break;
    case PROP_ATTEND_TO:
      g_value_set_int (value, self->attend_to);
      break;
    case PROP_ONLY_OWN_ITEMS:
      g_value_set_boolean (value, self->only_own_items);
      break;
    case PROP_ITEMS_START:
      g_value_set_int (value, self->items_start);
      break;
    case PROP_ITEMS_END:
      g_value_set_int (value, self->items_end);
      break;
    case PROP_DIETARY:
      g_value_set_string (value, self->dietary);
      break;
    case PROP_ACCESSIBILITY:
      g_value_set_string (value, self->accessibility);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_ATTENDED:
      g_value_set_int (value, self->attended);
      break;
    case PROP_REPLY_DATE:
      g_value_set_string (value, self->reply_date);
      break;
    case PROP_REPLY_CHANNEL:
      g_value_set_string (value, self->reply_channel);
      break;
    case PROP_SEAT_NAME:
      g_value_set_string (value, self->seat_name);
      break;
    case PROP_SEAT_POSITION:
      g_value_set_int (value, self->seat_position);
      break;
    case PROP_ITEMS_TEXT:
      g_value_set_string (value, self->items_text);
      break;
    case PROP_REPLY_TEXT:
      g_value_set_string (value, self->reply_text);
      break;
    case PROP_SPAN_TEXT:
      g_value_set_string (value, self->span_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_participant_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DfParticipant *self = DF_PARTICIPANT (object);

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
    case PROP_PERSON_NAME:
      g_free (self->person_name);
      self->person_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ORGANISATION_NAME:
      g_free (self->organisation_name);
      self->organisation_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_EMAIL:
      g_free (self->email);
      self->email = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ROLE:
      g_free (self->role);
      self->role = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_REPLY:
      g_free (self->reply);
      self->reply = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SUBSTITUTE_ID:
      self->substitute_id = g_value_get_int64 (value);
      break;
    case PROP_SUBSTITUTE_NAME:
      g_free (self->substitute_name);
      self->substitute_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SUBSTITUTE_ORGANISATION:
      g_free (self->substitute_organisation);
      self->substitute_organisation = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ATTEND_FROM:
      self->attend_from = g_value_get_int (value);
      break;
    case PROP_ATTEND_TO:
      self->attend_to = g_value_get_int (value);
      break;
    case PROP_ONLY_OWN_ITEMS:
      self->only_own_items = g_value_get_boolean (value);
      break;
    case PROP_ITEMS_START:
      self->items_start = g_value_get_int (value);
      break;
    case PROP_ITEMS_END:
      self->items_end = g_value_get_int (value);
      break;
    case PROP_DIETARY:
      g_free (self->dietary);
      self->dietary = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ACCESSIBILITY:
      g_free (self->accessibility);
      self->accessibility = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_NOTES:
      g_free (self->notes);
      self->notes = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ATTENDED:
      self->attended = g_value_get_int (value);
      break;
    case PROP_REPLY_DATE:
      g_free (self->reply_date);
      self->reply_date = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_REPLY_CHANNEL:
      g_free (self->reply_channel);
      self->reply_channel = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SEAT_NAME:
      g_free (self->seat_name);
      self->seat_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SEAT_POSITION:
      self->seat_position = g_value_get_int (value);
      break;
    case PROP_ITEMS_TEXT:
      g_free (self->items_text);
      self->items_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_REPLY_TEXT:
      g_free (self->reply_text);
      self->reply_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SPAN_TEXT:
      g_free (self->span_text);
      self->span_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_participant_class_init (DfParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_participant_finalize;
  object_class->get_property = df_participant_get_property;
  object_class->set_property = df_participant_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, "", flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL, "", flags);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "", flags);
  properties[PROP_REPLY] =
    g_param_spec_string ("reply", NULL, NULL, "", flags);
  properties[PROP_SUBSTITUTE_ID] =
    g_param_spec_int64 ("substitute-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SUBSTITUTE_NAME] =
    g_param_spec_string ("substitute-name", NULL, NULL, "", flags);
  properties[PROP_SUBSTITUTE_ORGANISATION] =
    g_param_spec_string ("substitute-organisation", NULL, NULL, "", flags);
  properties[PROP_ATTEND_FROM] =
    g_param_spec_int ("attend-from", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_ATTEND_TO] =
    g_param_spec_int ("attend-to", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_ONLY_OWN_ITEMS] =
    g_param_spec_boolean ("only-own-items", NULL, NULL, FALSE, flags);
  properties[PROP_ITEMS_START] =
    g_param_spec_int ("items-start", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_ITEMS_END] =
    g_param_spec_int ("items-end", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_DIETARY] =
    g_param_spec_string ("dietary", NULL, NULL, "", flags);
  properties[PROP_ACCESSIBILITY] =
    g_param_spec_string ("accessibility", NULL, NULL, "", flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_ATTENDED] =
    g_param_spec_int ("attended", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_REPLY_DATE] =
    g_param_spec_string ("reply-date", NULL, NULL, "", flags);
  properties[PROP_REPLY_CHANNEL] =
    g_param_spec_string ("reply-channel", NULL, NULL, "", flags);
  properties[PROP_SEAT_NAME] =
    g_param_spec_string ("seat-name", NULL, NULL, "", flags);
  properties[PROP_SEAT_POSITION] =
    g_param_spec_int ("seat-position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_ITEMS_TEXT] =
    g_param_spec_string ("items-text", NULL, NULL, "", flags);
  properties[PROP_REPLY_TEXT] =
    g_param_spec_string ("reply-text", NULL, NULL, "", flags);
  properties[PROP_SPAN_TEXT] =
    g_param_spec_string ("span-text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_participant_init (DfParticipant *self)
{
  self->attend_from = -1;
  self->attend_to = -1;
  self->items_start = -1;
  self->items_end = -1;
  self->attended = -1;
  self->person_name = g_strdup ("");
  self->title = g_strdup ("");
  self->organisation_name = g_strdup ("");
  self->email = g_strdup ("");
  self->role = g_strdup ("");
  self->reply = g_strdup ("");
  self->substitute_name = g_strdup ("");
  self->substitute_organisation = g_strdup ("");
  self->dietary = g_strdup ("");
  self->accessibility = g_strdup ("");
  self->notes = g_strdup ("");
  self->reply_date = g_strdup ("");
  self->reply_channel = g_strdup ("");
  self->seat_name = g_strdup ("");
  self->items_text = g_strdup ("");
  self->reply_text = g_strdup ("");
  self->span_text = g_strdup ("");
}

gint64
df_participant_get_id (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), 0);
  return self->id;
}

gint64
df_participant_get_meeting_id (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), 0);
  return self->meeting_id;
}

gint64
df_participant_get_person_id (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), 0);
  return self->person_id;
}

const char *
df_participant_get_person_name (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->person_name;
}

const char *
df_participant_get_title (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->title;
}

const char *
df_participant_get_organisation_name (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->organisation_name;
}

const char *
df_participant_get_email (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->email;
}

const char *
df_participant_get_role (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->role;
}

const char *
df_participant_get_reply (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->reply;
}

gint64
df_participant_get_substitute_id (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), 0);
  return self->substitute_id;
}

const char *
df_participant_get_substitute_name (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->substitute_name;
}

const char *
df_participant_get_substitute_organisation (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->substitute_organisation;
}

int
df_participant_get_attend_from (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), 0);
  return self->attend_from;
}

int
df_participant_get_attend_to (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), 0);
  return self->attend_to;
}

gboolean
df_participant_get_only_own_items (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), FALSE);
  return self->only_own_items;
}

int
df_participant_get_items_start (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), -1);
  return self->items_start;
}

int
df_participant_get_items_end (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), -1);
  return self->items_end;
}

gboolean
df_participant_get_stay (DfParticipant *self,
                         int           *from,
                         int           *to)
{
  gboolean own;

  g_return_val_if_fail (DF_IS_PARTICIPANT (self), FALSE);

  own = df_participant_has_own_items_stay (self);
  *from = self->attend_from >= 0 ? self->attend_from : own ? self->items_start : -1;
  *to = self->attend_to >= 0 ? self->attend_to : own ? self->items_end : -1;
  return *from >= 0 || *to >= 0;
}

gboolean
df_participant_has_own_items_stay (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), FALSE);
  return self->only_own_items && self->items_start >= 0 && self->items_end >= 0;
}

const char *
df_participant_get_dietary (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->dietary;
}

const char *
df_participant_get_accessibility (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->accessibility;
}

const char *
df_participant_get_notes (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->notes;
}

int
df_participant_get_attended (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), 0);
  return self->attended;
}

const char *
df_participant_get_reply_date (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->reply_date;
}

const char *
df_participant_get_reply_channel (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->reply_channel;
}

const char *
df_participant_get_seat_name (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->seat_name;
}

int
df_participant_get_seat_position (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), 0);
  return self->seat_position;
}

const char *
df_participant_get_items_text (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->items_text;
}

const char *
df_participant_get_reply_text (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->reply_text;
}

const char *
df_participant_get_span_text (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), NULL);
  return self->span_text;
}

const char *
df_participant_reply_label (const char *reply)
{
  if (g_strcmp0 (reply, "accepted") == 0)
    return C_("reply", "Accepted");
  if (g_strcmp0 (reply, "declined") == 0)
    return C_("reply", "Declined");
  if (g_strcmp0 (reply, "substitute") == 0)
    return C_("reply", "Sends a substitute");
  return C_("reply", "Invited");
}

gboolean
df_participant_is_coming (DfParticipant *self)
{
  g_return_val_if_fail (DF_IS_PARTICIPANT (self), FALSE);
  return g_strcmp0 (self->reply, "accepted") == 0 ||
         (g_strcmp0 (self->reply, "substitute") == 0 && self->substitute_id != 0);
}
