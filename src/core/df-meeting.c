/* df-meeting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-meeting.h"

struct _DfMeeting
{
  GObject parent_instance;
  gint64 id;
  char *title;
  char *kind;
  char *date;
  int start_time;
  int end_time;
  gboolean full_day;
  char *venue_name;
  char *venue_address;
  char *online_link;
  char *status;
  char *marking;
  gint64 responsible_id;
  char *responsible_name;
  char *proposal_deadline;
  char *notes;
  int year;
  char *date_text;
  char *time_text;
  char *kind_label;
  char *status_label;
  int agenda_end;
  char *timing_note;
};

G_DEFINE_FINAL_TYPE (DfMeeting, df_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_KIND,
  PROP_DATE,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_FULL_DAY,
  PROP_VENUE_NAME,
  PROP_VENUE_ADDRESS,
  PROP_ONLINE_LINK,
  PROP_STATUS,
  PROP_MARKING,
  PROP_RESPONSIBLE_ID,
  PROP_RESPONSIBLE_NAME,
  PROP_PROPOSAL_DEADLINE,
  PROP_NOTES,
  PROP_YEAR,
  PROP_DATE_TEXT,
  PROP_TIME_TEXT,
  PROP_KIND_LABEL,
  PROP_STATUS_LABEL,
  PROP_AGENDA_END,
  PROP_TIMING_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_meeting_finalize (GObject *object)
{
  DfMeeting *self = DF_MEETING (object);

  g_free (self->title);
  g_free (self->kind);
  g_free (self->date);
  g_free (self->venue_name);
  g_free (self->venue_address);
  g_free (self->online_link);
  g_free (self->status);
  g_free (self->marking);
  g_free (self->responsible_name);
  g_free (self->proposal_deadline);
  g_free (self->notes);
  g_free (self->date_text);
  g_free (self->time_text);
  g_free (self->kind_label);
  g_free (self->status_label);
  g_free (self->timing_note);

  G_OBJECT_CLASS (df_meeting_parent_class)->finalize (object);
}

static void
df_meeting_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DfMeeting *self = DF_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_START_TIME:
      g_value_set_int (value, self->start_time);
      break;
    case PROP_END_TIME:
      g_value_set_int (value, self->end_time);
      break;
    case PROP_FULL_DAY:
      g_value_set_boolean (value, self->full_day);
      break;
    case PROP_VENUE_NAME:
      g_value_set_string (value, self->venue_name);
      break;
    case PROP_VENUE_ADDRESS:
      g_value_set_string (value, self->venue_address);
      break;
    case PROP_ONLINE_LINK:
      g_value_set_string (value, self->online_link);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_MARKING:
      g_value_set_string (value, self->marking);
      break;
    case PROP_RESPONSIBLE_ID:
      g_value_set_int64 (value, self->responsible_id);
      break;
    case PROP_RESPONSIBLE_NAME:
      g_value_set_string (value, self->responsible_name);
      break;
    case PROP_PROPOSAL_DEADLINE:
      g_value_set_string (value, self->proposal_deadline);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_DATE_TEXT:
      g_value_set_string (value, self->date_text);
      break;
    case PROP_TIME_TEXT:
      g_value_set_string (value, self->time_text);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, self->kind_label);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;
    case PROP_AGENDA_END:
      g_value_set_int (value, self->agenda_end);
      break;
    case PROP_TIMING_NOTE:
      g_value_set_string (value, self->timing_note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_meeting_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DfMeeting *self = DF_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_KIND:
      g_free (self->kind);
      self->kind = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_DATE:
      g_free (self->date);
      self->date = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_START_TIME:
      self->start_time = g_value_get_int (value);
      break;
    case PROP_END_TIME:
      self->end_time = g_value_get_int (value);
      break;
    case PROP_FULL_DAY:
      self->full_day = g_value_get_boolean (value);
      break;
    case PROP_VENUE_NAME:
      g_free (self->venue_name);
      self->venue_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_VENUE_ADDRESS:
      g_free (self->venue_address);
      self->venue_address = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ONLINE_LINK:
      g_free (self->online_link);
      self->online_link = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_STATUS:
      g_free (self->status);
      self->status = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_MARKING:
      g_free (self->marking);
      self->marking = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_RESPONSIBLE_ID:
      self->responsible_id = g_value_get_int64 (value);
      break;
    case PROP_RESPONSIBLE_NAME:
      g_free (self->responsible_name);
      self->responsible_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_PROPOSAL_DEADLINE:
      g_free (self->proposal_deadline);
      self->proposal_deadline = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_NOTES:
      g_free (self->notes);
      self->notes = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;
    case PROP_DATE_TEXT:
      g_free (self->date_text);
      self->date_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_TIME_TEXT:
      g_free (self->time_text);
      self->time_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_KIND_LABEL:
      g_free (self->kind_label);
      self->kind_label = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_STATUS_LABEL:
      g_free (self->status_label);
      self->status_label = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_AGENDA_END:
      self->agenda_end = g_value_get_int (value);
      break;
    case PROP_TIMING_NOTE:
      g_free (self->timing_note);
      self->timing_note = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_meeting_class_init (DfMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_meeting_finalize;
  object_class->get_property = df_meeting_get_property;
  object_class->set_property = df_meeting_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "forum", flags);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_START_TIME] =
    g_param_spec_int ("start-time", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_END_TIME] =
    g_param_spec_int ("end-time", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_FULL_DAY] =
    g_param_spec_boolean ("full-day", NULL, NULL, FALSE, flags);
  properties[PROP_VENUE_NAME] =
    g_param_spec_string ("venue-name", NULL, NULL, "", flags);
  properties[PROP_VENUE_ADDRESS] =
    g_param_spec_string ("venue-address", NULL, NULL, "", flags);
  properties[PROP_ONLINE_LINK] =
    g_param_spec_string ("online-link", NULL, NULL, "", flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "planned", flags);
  properties[PROP_MARKING] =
    g_param_spec_string ("marking", NULL, NULL, "FORTROLIGT", flags);
  properties[PROP_RESPONSIBLE_ID] =
    g_param_spec_int64 ("responsible-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_RESPONSIBLE_NAME] =
    g_param_spec_string ("responsible-name", NULL, NULL, "", flags);
  properties[PROP_PROPOSAL_DEADLINE] =
    g_param_spec_string ("proposal-deadline", NULL, NULL, "", flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_DATE_TEXT] =
    g_param_spec_string ("date-text", NULL, NULL, "", flags);
  properties[PROP_TIME_TEXT] =
    g_param_spec_string ("time-text", NULL, NULL, "", flags);
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, "", flags);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, "", flags);
  properties[PROP_AGENDA_END] =
    g_param_spec_int ("agenda-end", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TIMING_NOTE] =
    g_param_spec_string ("timing-note", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_meeting_init (DfMeeting *self)
{
  self->title = g_strdup ("");
  self->kind = g_strdup ("forum");
  self->date = g_strdup ("");
  self->venue_name = g_strdup ("");
  self->venue_address = g_strdup ("");
  self->online_link = g_strdup ("");
  self->status = g_strdup ("planned");
  self->marking = g_strdup ("FORTROLIGT");
  self->responsible_name = g_strdup ("");
  self->proposal_deadline = g_strdup ("");
  self->notes = g_strdup ("");
  self->date_text = g_strdup ("");
  self->time_text = g_strdup ("");
  self->kind_label = g_strdup ("");
  self->status_label = g_strdup ("");
  self->timing_note = g_strdup ("");
}

gint64
df_meeting_get_id (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), 0);
  return self->id;
}

const char *
df_meeting_get_title (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->title;
}

const char *
df_meeting_get_kind (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->kind;
}

const char *
df_meeting_get_date (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->date;
}

int
df_meeting_get_start_time (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), 0);
  return self->start_time;
}

int
df_meeting_get_end_time (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), 0);
  return self->end_time;
}

gboolean
df_meeting_get_full_day (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), FALSE);
  return self->full_day;
}

const char *
df_meeting_get_venue_name (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->venue_name;
}

const char *
df_meeting_get_venue_address (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->venue_address;
}

const char *
df_meeting_get_online_link (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->online_link;
}

const char *
df_meeting_get_status (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->status;
}

const char *
df_meeting_get_marking (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->marking;
}

gint64
df_meeting_get_responsible_id (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), 0);
  return self->responsible_id;
}

const char *
df_meeting_get_responsible_name (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->responsible_name;
}

const char *
df_meeting_get_proposal_deadline (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->proposal_deadline;
}

const char *
df_meeting_get_notes (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->notes;
}

int
df_meeting_get_year (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), 0);
  return self->year;
}

const char *
df_meeting_get_date_text (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->date_text;
}

const char *
df_meeting_get_time_text (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->time_text;
}

const char *
df_meeting_get_kind_label (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->kind_label;
}

const char *
df_meeting_get_status_label (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->status_label;
}

int
df_meeting_get_agenda_end (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), 0);
  return self->agenda_end;
}

const char *
df_meeting_get_timing_note (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), NULL);
  return self->timing_note;
}

static const char * const kinds[] = {
  "forum", "follow-up", "working-group", "study-trip", "visit", "other", NULL
};

static const char * const statuses[] = {
  "planned", "invited", "held", "cancelled", NULL
};

const char * const *
df_meeting_kinds (void)
{
  return kinds;
}

const char *
df_meeting_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "forum") == 0)
    return _("Forum meeting");
  if (g_strcmp0 (kind, "follow-up") == 0)
    return _("Follow-up meeting");
  if (g_strcmp0 (kind, "working-group") == 0)
    return _("Working-group meeting");
  if (g_strcmp0 (kind, "study-trip") == 0)
    return _("Study trip");
  if (g_strcmp0 (kind, "visit") == 0)
    return _("Visit");
  return C_("meeting kind", "Other");
}

/* The kommissorium's own words; not translated, as scripts read them. */
const char *
df_meeting_kind_danish (const char *kind)
{
  if (g_strcmp0 (kind, "forum") == 0)
    return "møde i dialogforum";
  if (g_strcmp0 (kind, "follow-up") == 0)
    return "opfølgende møde";
  if (g_strcmp0 (kind, "working-group") == 0)
    return "arbejdsgruppemøde";
  if (g_strcmp0 (kind, "study-trip") == 0)
    return "studietur";
  if (g_strcmp0 (kind, "visit") == 0)
    return "besøg";
  return "andet";
}

const char * const *
df_meeting_statuses (void)
{
  return statuses;
}

const char *
df_meeting_status_label (const char *status)
{
  if (g_strcmp0 (status, "invited") == 0)
    return _("Invited");
  if (g_strcmp0 (status, "held") == 0)
    return _("Held");
  if (g_strcmp0 (status, "cancelled") == 0)
    return _("Cancelled");
  return _("Planned");
}

gboolean
df_meeting_counts_for_year (DfMeeting *self)
{
  g_return_val_if_fail (DF_IS_MEETING (self), FALSE);
  return g_strcmp0 (self->kind, "forum") == 0 && g_strcmp0 (self->status, "cancelled") != 0;
}
