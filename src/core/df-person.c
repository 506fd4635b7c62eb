/* df-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-person.h"

struct _DfPerson
{
  GObject parent_instance;
  gint64 id;
  char *name;
  char *title;
  gint64 organisation_id;
  char *organisation_name;
  char *organisation_kind;
  char *email;
  char *phone;
  char *secretary_name;
  char *secretary_email;
  char *secretary_phone;
  char *notes;
  gboolean is_secretariat;
  gboolean anonymised;
  gboolean is_external;
  char *actor_category;
  char *actor_category_text;
  char **areas;
  char *areas_text;
  char *seat_name;
  char *term_text;
  int member_state;
  char *search_text;
};

G_DEFINE_FINAL_TYPE (DfPerson, df_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_ORGANISATION_KIND,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_SECRETARY_NAME,
  PROP_SECRETARY_EMAIL,
  PROP_SECRETARY_PHONE,
  PROP_NOTES,
  PROP_IS_SECRETARIAT,
  PROP_ANONYMISED,
  PROP_IS_EXTERNAL,
  PROP_ACTOR_CATEGORY,
  PROP_ACTOR_CATEGORY_TEXT,
  PROP_AREAS,
  PROP_AREAS_TEXT,
  PROP_SEAT_NAME,
  PROP_TERM_TEXT,
  PROP_MEMBER_STATE,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
df_person_finalize (GObject *object)
{
  DfPerson *self = DF_PERSON (object);

  g_free (self->name);
  g_free (self->title);
  g_free (self->organisation_name);
  g_free (self->organisation_kind);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->secretary_name);
  g_free (self->secretary_email);
  g_free (self->secretary_phone);
  g_free (self->notes);
  g_free (self->actor_category);
  g_free (self->actor_category_text);
  g_strfreev (self->areas);
  g_free (self->areas_text);
  g_free (self->seat_name);
  g_free (self->term_text);
  g_free (self->search_text);

  G_OBJECT_CLASS (df_person_parent_class)->finalize (object);
}

static void
df_person_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DfPerson *self = DF_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ORGANISATION_ID:
      g_value_set_int64 (value, self->organisation_id);
      break;
    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;
    case PROP_ORGANISATION_KIND:
      g_value_set_string (value, self->organisation_kind);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_SECRETARY_NAME:
      g_value_set_string (value, self->secretary_name);
      break;
    case PROP_SECRETARY_EMAIL:
      g_value_set_string (value, self->secretary_email);
      break;
    case PROP_SECRETARY_PHONE:
      g_value_set_string (value, self->secretary_phone);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_IS_SECRETARIAT:
      g_value_set_boolean (value, self->is_secretariat);
      break;
    case PROP_ANONYMISED:
      g_value_set_boolean (value, self->anonymised);
      break;
    case PROP_IS_EXTERNAL:
      g_value_set_boolean (value, self->is_external);
      break;
    case PROP_ACTOR_CATEGORY:
      g_value_set_string (value, self->actor_category);
      break;
    case PROP_ACTOR_CATEGORY_TEXT:
      g_value_set_string (value, self->actor_category_text);
      break;
    case PROP_AREAS:
      g_value_set_boxed (value, self->areas);
      break;
    case PROP_AREAS_TEXT:
      g_value_set_string (value, self->areas_text);
      break;
    case PROP_SEAT_NAME:
      g_value_set_string (value, self->seat_name);
      break;
    case PROP_TERM_TEXT:
      g_value_set_string (value, self->term_text);
      break;
    case PROP_MEMBER_STATE:
      g_value_set_int (value, self->member_state);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
df_person_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DfPerson *self = DF_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ORGANISATION_ID:
      self->organisation_id = g_value_get_int64 (value);
      break;
    case PROP_ORGANISATION_NAME:
      g_free (self->organisation_name);
      self->organisation_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ORGANISATION_KIND:
      g_free (self->organisation_kind);
      self->organisation_kind = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_EMAIL:
      g_free (self->email);
      self->email = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_PHONE:
      g_free (self->phone);
      self->phone = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SECRETARY_NAME:
      g_free (self->secretary_name);
      self->secretary_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SECRETARY_EMAIL:
      g_free (self->secretary_email);
      self->secretary_email = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SECRETARY_PHONE:
      g_free (self->secretary_phone);
      self->secretary_phone = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_NOTES:
      g_free (self->notes);
      self->notes = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_IS_SECRETARIAT:
      self->is_secretariat = g_value_get_boolean (value);
      break;
    case PROP_ANONYMISED:
      self->anonymised = g_value_get_boolean (value);
      break;
    case PROP_IS_EXTERNAL:
      self->is_external = g_value_get_boolean (value);
      break;
    case PROP_ACTOR_CATEGORY:
      g_free (self->actor_category);
      self->actor_category = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_ACTOR_CATEGORY_TEXT:
      g_free (self->actor_category_text);
      self->actor_category_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_AREAS:
      g_strfreev (self->areas);
      self->areas = g_value_get_boxed (value) != NULL ? g_strdupv (g_value_get_boxed (value)) : g_new0 (char *, 1);
      break;
    case PROP_AREAS_TEXT:
      g_free (self->areas_text);
      self->areas_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_SEAT_NAME:
      g_free (self->seat_name);
      self->seat_name = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_TERM_TEXT:
      g_free (self->term_text);
      self->term_text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_MEMBER_STATE:
      self->member_state = g_value_get_int (value);
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
df_person_class_init (DfPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = df_person_finalize;
  object_class->get_property = df_person_get_property;
  object_class->set_property = df_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION_ID] =
    g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION_KIND] =
    g_param_spec_string ("organisation-kind", NULL, NULL, "", flags);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "", flags);
  properties[PROP_SECRETARY_NAME] =
    g_param_spec_string ("secretary-name", NULL, NULL, "", flags);
  properties[PROP_SECRETARY_EMAIL] =
    g_param_spec_string ("secretary-email", NULL, NULL, "", flags);
  properties[PROP_SECRETARY_PHONE] =
    g_param_spec_string ("secretary-phone", NULL, NULL, "", flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_IS_SECRETARIAT] =
    g_param_spec_boolean ("is-secretariat", NULL, NULL, FALSE, flags);
  properties[PROP_ANONYMISED] =
    g_param_spec_boolean ("anonymised", NULL, NULL, FALSE, flags);
  properties[PROP_IS_EXTERNAL] =
    g_param_spec_boolean ("is-external", NULL, NULL, FALSE, flags);
  properties[PROP_ACTOR_CATEGORY] =
    g_param_spec_string ("actor-category", NULL, NULL, "", flags);
  properties[PROP_ACTOR_CATEGORY_TEXT] =
    g_param_spec_string ("actor-category-text", NULL, NULL, "", flags);
  properties[PROP_AREAS] =
    g_param_spec_boxed ("areas", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_AREAS_TEXT] =
    g_param_spec_string ("areas-text", NULL, NULL, "", flags);
  properties[PROP_SEAT_NAME] =
    g_param_spec_string ("seat-name", NULL, NULL, "", flags);
  properties[PROP_TERM_TEXT] =
    g_param_spec_string ("term-text", NULL, NULL, "", flags);
  properties[PROP_MEMBER_STATE] =
    g_param_spec_int ("member-state", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
df_person_init (DfPerson *self)
{
  self->name = g_strdup ("");
  self->title = g_strdup ("");
  self->organisation_name = g_strdup ("");
  self->organisation_kind = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->secretary_name = g_strdup ("");
  self->secretary_email = g_strdup ("");
  self->secretary_phone = g_strdup ("");
  self->notes = g_strdup ("");
  self->actor_category = g_strdup ("");
  self->actor_category_text = g_strdup ("");
  self->areas = g_new0 (char *, 1);
  self->areas_text = g_strdup ("");
  self->seat_name = g_strdup ("");
  self->term_text = g_strdup ("");
  self->search_text = g_strdup ("");
}

gint64
df_person_get_id (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), 0);
  return self->id;
}

const char *
df_person_get_name (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->name;
}

const char *
df_person_get_title (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->title;
}

gint64
df_person_get_organisation_id (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), 0);
  return self->organisation_id;
}

const char *
df_person_get_organisation_name (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->organisation_name;
}

const char *
df_person_get_organisation_kind (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->organisation_kind;
}

const char *
df_person_get_email (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->email;
}

const char *
df_person_get_phone (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->phone;
}

const char *
df_person_get_secretary_name (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->secretary_name;
}

const char *
df_person_get_secretary_email (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->secretary_email;
}

const char *
df_person_get_secretary_phone (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->secretary_phone;
}

const char *
df_person_get_notes (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->notes;
}

gboolean
df_person_get_is_secretariat (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), FALSE);
  return self->is_secretariat;
}

gboolean
df_person_get_anonymised (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), FALSE);
  return self->anonymised;
}

gboolean
df_person_get_is_external (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), FALSE);
  return self->is_external;
}

const char *
df_person_get_actor_category (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->actor_category;
}

const char *
df_person_get_actor_category_text (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->actor_category_text;
}

const char * const *
df_person_get_areas (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return (const char * const *) self->areas;
}

const char *
df_person_get_areas_text (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->areas_text;
}

const char *
df_person_get_seat_name (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->seat_name;
}

const char *
df_person_get_term_text (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->term_text;
}

int
df_person_get_member_state (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), 0);
  return self->member_state;
}

const char *
df_person_get_search_text (DfPerson *self)
{
  g_return_val_if_fail (DF_IS_PERSON (self), NULL);
  return self->search_text;
}

/* The codes are the organisation kinds of the same names (df-organisation.c),
 * so that an organisation's kind can suggest an actor's category. */
static const char * const actor_categories[] = {
  "agency", "region", "interest", "research", "other", NULL
};

const char * const *
df_person_actor_categories (void)
{
  return actor_categories;
}

const char *
df_person_actor_category_label (const char *category)
{
  if (g_strcmp0 (category, "agency") == 0)
    return C_("actor category", "Other state agency");
  if (g_strcmp0 (category, "region") == 0)
    return C_("actor category", "Regional social director");
  if (g_strcmp0 (category, "interest") == 0)
    return C_("actor category", "Interest organisation");
  if (g_strcmp0 (category, "research") == 0)
    return C_("actor category", "Education and research");
  if (g_strcmp0 (category, "other") == 0)
    return C_("actor category", "Other");
  return "";
}

const char *
df_person_actor_category_for_kind (const char *kind)
{
  for (guint i = 0; actor_categories[i] != NULL; i++)
    if (g_strcmp0 (kind, actor_categories[i]) == 0)
      return actor_categories[i];
  return "other";
}
