/* df-proposal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-proposal.h"

struct _DfProposal
{
  GObject parent_instance;
  gint64 id;
  gint64 proposer_id;
  char *proposer_name;
  char *received;
  char *received_text;
  char *title;
  char *description;
  gint64 meeting_id;
  char *meeting_text;
  char *deadline;
  gboolean late;
  char *late_text;
  char *status;
  char *status_label;
  gint64 agenda_item_id;
  gint64 deferred_to_id;
  char *reason;
  char *status_text;
  char *search_text;
};

G_DEFINE_FINAL_TYPE (DfProposal, df_proposal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROPOSER_ID,
  PROP_PROPOSER_NAME,
  PROP_RECEIVED,
  PROP_RECEIVED_TEXT,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_MEETING_ID,
  PROP_MEETING_TEXT,
  PROP_DEADLINE,
  PROP_LATE,
  PROP_LATE_TEXT,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_AGENDA_ITEM_ID,
  PROP_DEFERRED_TO_ID,
  PROP_REASON,
  PROP_STATUS_TEXT,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_proposal_finalize (GObject *object)
{
  DfProposal *self = DF_PROPOSAL (object);

  g_free (self->proposer_name);
  g_free (self->received);
  g_free (self->received_text);
  g_free (self->title);
  g_free (self->description);
  g_free (self->meeting_text);
  g_free (self->deadline);
  g_free (self->late_text);
  g_free (self->status);
  g_free (self->status_label);
  g_free (self->reason);
  g_free (self->status_text);
  g_free (self->search_text);

  G_OBJECT_CLASS (df_proposal_parent_class)->finalize (object);
}

static void
df_proposal_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DfProposal *self = DF_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PROPOSER_ID:
      g_value_set_int64 (value, self->proposer_id);
      break;
    case PROP_PROPOSER_NAME:
      g_value_set_string (value, self->proposer_name);
      break;
    case PROP_RECEIVED:
      g_value_set_string (value, self->received);
      break;
    case PROP_RECEIVED_TEXT:
      g_value_set_string (value, self->received_text);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_MEETING_TEXT:
      g_value_set_string (value, self->meeting_text);
      break;
    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;
    case PROP_LATE:
      g_value_set_boolean (value, self->late);
      break;
    case PROP_LATE_TEXT:
      g_value_set_string (value, self->late_text);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;
    case PROP_AGENDA_ITEM_ID:
      g_value_set_int64 (value, self->agenda_item_id);
      break;
    case PROP_DEFERRED_TO_ID:
      g_value_set_int64 (value, self->deferred_to_id);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_STATUS_TEXT:
      g_value_set_string (value, self->status_text);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_proposal_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DfProposal *self = DF_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_PROPOSER_ID:
      self->proposer_id = g_value_get_int64 (value);
      break;
    case PROP_PROPOSER_NAME:
      g_free (self->proposer_name);
      self->proposer_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_RECEIVED:
      g_free (self->received);
      self->received = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_RECEIVED_TEXT:
      g_free (self->received_text);
      self->received_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    case PROP_MEETING_TEXT:
      g_free (self->meeting_text);
      self->meeting_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_DEADLINE:
      g_free (self->deadline);
      self->deadline = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_LATE:
      self->late = g_value_get_boolean (value);
      break;
    case PROP_LATE_TEXT:
      g_free (self->late_text);
      self->late_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_STATUS:
      g_free (self->status);
      self->status = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_STATUS_LABEL:
      g_free (self->status_label);
      self->status_label = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_AGENDA_ITEM_ID:
      self->agenda_item_id = g_value_get_int64 (value);
      break;
    case PROP_DEFERRED_TO_ID:
      self->deferred_to_id = g_value_get_int64 (value);
      break;
    case PROP_REASON:
      g_free (self->reason);
      self->reason = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_STATUS_TEXT:
      g_free (self->status_text);
      self->status_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SEARCH_TEXT:
      g_free (self->search_text);
      self->search_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_proposal_class_init (DfProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_proposal_finalize;
  object_class->get_property = df_proposal_get_property;
  object_class->set_property = df_proposal_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_PROPOSER_ID] =
    g_param_spec_int64 ("proposer-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROPOSER_NAME] =
    g_param_spec_string ("proposer-name", NULL, NULL, "", flags);
  properties[PROP_RECEIVED] =
    g_param_spec_string ("received", NULL, NULL, "", flags);
  properties[PROP_RECEIVED_TEXT] =
    g_param_spec_string ("received-text", NULL, NULL, "", flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_TEXT] =
    g_param_spec_string ("meeting-text", NULL, NULL, "", flags);
  properties[PROP_DEADLINE] =
    g_param_spec_string ("deadline", NULL, NULL, "", flags);
  properties[PROP_LATE] =
    g_param_spec_boolean ("late", NULL, NULL, FALSE, flags);
  properties[PROP_LATE_TEXT] =
    g_param_spec_string ("late-text", NULL, NULL, "", flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "", flags);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, "", flags);
  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DEFERRED_TO_ID] =
    g_param_spec_int64 ("deferred-to-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "", flags);
  properties[PROP_STATUS_TEXT] =
    g_param_spec_string ("status-text", NULL, NULL, "", flags);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_proposal_init (DfProposal *self)
{
  self->proposer_name = g_strdup ("");
  self->received = g_strdup ("");
  self->received_text = g_strdup ("");
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->meeting_text = g_strdup ("");
  self->deadline = g_strdup ("");
  self->late_text = g_strdup ("");
  self->status = g_strdup ("");
  self->status_label = g_strdup ("");
  self->reason = g_strdup ("");
  self->status_text = g_strdup ("");
  self->search_text = g_strdup ("");
}

gint64
df_proposal_get_id (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), 0);
  return self->id;
}

gint64
df_proposal_get_proposer_id (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), 0);
  return self->proposer_id;
}

const char *
df_proposal_get_proposer_name (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->proposer_name;
}

const char *
df_proposal_get_received (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->received;
}

const char *
df_proposal_get_received_text (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->received_text;
}

const char *
df_proposal_get_title (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->title;
}

const char *
df_proposal_get_description (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->description;
}

gint64
df_proposal_get_meeting_id (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), 0);
  return self->meeting_id;
}

const char *
df_proposal_get_meeting_text (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->meeting_text;
}

const char *
df_proposal_get_deadline (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->deadline;
}

gboolean
df_proposal_get_late (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), FALSE);
  return self->late;
}

const char *
df_proposal_get_late_text (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->late_text;
}

const char *
df_proposal_get_status (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->status;
}

const char *
df_proposal_get_status_label (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->status_label;
}

gint64
df_proposal_get_agenda_item_id (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), 0);
  return self->agenda_item_id;
}

gint64
df_proposal_get_deferred_to_id (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), 0);
  return self->deferred_to_id;
}

const char *
df_proposal_get_reason (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->reason;
}

const char *
df_proposal_get_status_text (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->status_text;
}

const char *
df_proposal_get_search_text (DfProposal *self)
{
  g_return_val_if_fail (DF_IS_PROPOSAL (self), NULL);
  return self->search_text;
}

static const char * const statuses[] = {
  "received", "considering", "on-agenda", "deferred", "declined", NULL
};

const char * const *
df_proposal_statuses (void)
{
  return statuses;
}

const char *
df_proposal_status_label (const char *status)
{
  if (g_strcmp0 (status, "considering") == 0)
    return C_("proposal status", "Under consideration");
  if (g_strcmp0 (status, "on-agenda") == 0)
    return C_("proposal status", "On the agenda");
  if (g_strcmp0 (status, "deferred") == 0)
    return C_("proposal status", "Deferred");
  if (g_strcmp0 (status, "declined") == 0)
    return C_("proposal status", "Declined");
  return C_("proposal status", "Received");
}
