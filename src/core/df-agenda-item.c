/* df-agenda-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-agenda-item.h"

struct _DfAgendaItem
{
  GObject parent_instance;
  gint64 id;
  gint64 meeting_id;
  int position;
  char *title;
  char *format;
  char *purpose;
  int duration;
  int fixed_start;
  gint64 responsible_id;
  char *responsible_name;
  char *presenters_text;
  char *description;
  int start;
  int end;
  int late;
  int past_end;
  char *timing_note;
  char *attachments_text;
};

G_DEFINE_FINAL_TYPE (DfAgendaItem, df_agenda_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_FORMAT,
  PROP_PURPOSE,
  PROP_DURATION,
  PROP_FIXED_START,
  PROP_RESPONSIBLE_ID,
  PROP_RESPONSIBLE_NAME,
  PROP_PRESENTERS_TEXT,
  PROP_DESCRIPTION,
  PROP_START,
  PROP_END,
  PROP_LATE,
  PROP_PAST_END,
  PROP_TIMING_NOTE,
  PROP_ATTACHMENTS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_agenda_item_finalize (GObject *object)
{
  DfAgendaItem *self = DF_AGENDA_ITEM (object);

  g_free (self->title);
  g_free (self->format);
  g_free (self->purpose);
  g_free (self->responsible_name);
  g_free (self->presenters_text);
  g_free (self->description);
  g_free (self->timing_note);
  g_free (self->attachments_text);

  G_OBJECT_CLASS (df_agenda_item_parent_class)->finalize (object);
}

static void
df_agenda_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DfAgendaItem *self = DF_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_FORMAT:
      g_value_set_string (value, self->format);
      break;
    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;
    case PROP_DURATION:
      g_value_set_int (value, self->duration);
      break;
    case PROP_FIXED_START:
      g_value_set_int (value, self->fixed_start);
      break;
    case PROP_RESPONSIBLE_ID:
      g_value_set_int64 (value, self->responsible_id);
      break;
    case PROP_RESPONSIBLE_NAME:
      g_value_set_string (value, self->responsible_name);
      break;
    case PROP_PRESENTERS_TEXT:
      g_value_set_string (value, self->presenters_text);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_START:
      g_value_set_int (value, self->start);
      break;
    case PROP_END:
      g_value_set_int (value, self->end);
      break;
    case PROP_LATE:
      g_value_set_int (value, self->late);
      break;
    case PROP_PAST_END:
      g_value_set_int (value, self->past_end);
      break;
    case PROP_TIMING_NOTE:
      g_value_set_string (value, self->timing_note);
      break;
    case PROP_ATTACHMENTS_TEXT:
      g_value_set_string (value, self->attachments_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_agenda_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DfAgendaItem *self = DF_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_FORMAT:
      g_free (self->format);
      self->format = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_PURPOSE:
      g_free (self->purpose);
      self->purpose = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_DURATION:
      self->duration = g_value_get_int (value);
      break;
    case PROP_FIXED_START:
      self->fixed_start = g_value_get_int (value);
      break;
    case PROP_RESPONSIBLE_ID:
      self->responsible_id = g_value_get_int64 (value);
      break;
    case PROP_RESPONSIBLE_NAME:
      g_free (self->responsible_name);
      self->responsible_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_PRESENTERS_TEXT:
      g_free (self->presenters_text);
      self->presenters_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_START:
      self->start = g_value_get_int (value);
      break;
    case PROP_END:
      self->end = g_value_get_int (value);
      break;
    case PROP_LATE:
      self->late = g_value_get_int (value);
      break;
    case PROP_PAST_END:
      self->past_end = g_value_get_int (value);
      break;
    case PROP_TIMING_NOTE:
      g_free (self->timing_note);
      self->timing_note = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ATTACHMENTS_TEXT:
      g_free (self->attachments_text);
      self->attachments_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_agenda_item_class_init (DfAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_agenda_item_finalize;
  object_class->get_property = df_agenda_item_get_property;
  object_class->set_property = df_agenda_item_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, "presentation", flags);
  properties[PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL, "", flags);
  properties[PROP_DURATION] =
    g_param_spec_int ("duration", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_FIXED_START] =
    g_param_spec_int ("fixed-start", NULL, NULL, -1, G_MAXINT, DF_NO_FIXED_START, flags);
  properties[PROP_RESPONSIBLE_ID] =
    g_param_spec_int64 ("responsible-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_RESPONSIBLE_NAME] =
    g_param_spec_string ("responsible-name", NULL, NULL, "", flags);
  properties[PROP_PRESENTERS_TEXT] =
    g_param_spec_string ("presenters-text", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_START] =
    g_param_spec_int ("start", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_END] =
    g_param_spec_int ("end", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_LATE] =
    g_param_spec_int ("late", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_PAST_END] =
    g_param_spec_int ("past-end", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TIMING_NOTE] =
    g_param_spec_string ("timing-note", NULL, NULL, "", flags);
  properties[PROP_ATTACHMENTS_TEXT] =
    g_param_spec_string ("attachments-text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_agenda_item_init (DfAgendaItem *self)
{
  self->title = g_strdup ("");
  self->format = g_strdup ("presentation");
  self->fixed_start = DF_NO_FIXED_START;
  self->purpose = g_strdup ("");
  self->responsible_name = g_strdup ("");
  self->presenters_text = g_strdup ("");
  self->description = g_strdup ("");
  self->timing_note = g_strdup ("");
  self->attachments_text = g_strdup ("");
}

gint64
df_agenda_item_get_id (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->id;
}

gint64
df_agenda_item_get_meeting_id (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->meeting_id;
}

int
df_agenda_item_get_position (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->position;
}

const char *
df_agenda_item_get_title (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), NULL);
  return self->title;
}

const char *
df_agenda_item_get_format (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), NULL);
  return self->format;
}

const char *
df_agenda_item_get_purpose (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), NULL);
  return self->purpose;
}

int
df_agenda_item_get_duration (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->duration;
}

int
df_agenda_item_get_fixed_start (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->fixed_start;
}

gint64
df_agenda_item_get_responsible_id (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->responsible_id;
}

const char *
df_agenda_item_get_responsible_name (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), NULL);
  return self->responsible_name;
}

const char *
df_agenda_item_get_presenters_text (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), NULL);
  return self->presenters_text;
}

const char *
df_agenda_item_get_description (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), NULL);
  return self->description;
}

int
df_agenda_item_get_start (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->start;
}

int
df_agenda_item_get_end (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->end;
}

int
df_agenda_item_get_late (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->late;
}

int
df_agenda_item_get_past_end (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), 0);
  return self->past_end;
}

const char *
df_agenda_item_get_timing_note (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), NULL);
  return self->timing_note;
}

const char *
df_agenda_item_get_attachments_text (DfAgendaItem *self)
{
  g_return_val_if_fail (DF_IS_AGENDA_ITEM (self), NULL);
  return self->attachments_text;
}

static const char * const formats[] = {
  "welcome", "presentation", "discussion", "workshop", "group-work",
  "break", "lunch", "summary", "any-other-business", NULL
};

static const char * const purposes[] = {
  "", "information", "discussion", "decision", NULL
};

const char * const *
df_agenda_item_formats (void)
{
  return formats;
}

const char *
df_agenda_item_format_label (const char *format)
{
  if (g_strcmp0 (format, "welcome") == 0)
    return C_("agenda format", "Welcome");
  if (g_strcmp0 (format, "discussion") == 0)
    return C_("agenda format", "Discussion");
  if (g_strcmp0 (format, "workshop") == 0)
    return C_("agenda format", "Workshop");
  if (g_strcmp0 (format, "group-work") == 0)
    return C_("agenda format", "Group work");
  if (g_strcmp0 (format, "break") == 0)
    return C_("agenda format", "Break");
  if (g_strcmp0 (format, "lunch") == 0)
    return C_("agenda format", "Lunch");
  if (g_strcmp0 (format, "summary") == 0)
    return C_("agenda format", "Summary");
  if (g_strcmp0 (format, "any-other-business") == 0)
    return C_("agenda format", "Any other business");
  return C_("agenda format", "Presentation");
}

const char * const *
df_agenda_item_purposes (void)
{
  return purposes;
}

const char *
df_agenda_item_purpose_label (const char *purpose)
{
  if (g_strcmp0 (purpose, "information") == 0)
    return _("For information");
  if (g_strcmp0 (purpose, "discussion") == 0)
    return _("For discussion");
  if (g_strcmp0 (purpose, "decision") == 0)
    return _("For decision");
  return C_("agenda purpose", "None");
}
