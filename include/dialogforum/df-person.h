/* df-person.h: a person in the register: a member, a substitute, a guest or one
 * of the secretariat.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where a person stands with the forum on the day the list was made. */
typedef enum
{
  DF_MEMBER_STATE_NONE,     /* never a member */
  DF_MEMBER_STATE_CURRENT,
  DF_MEMBER_STATE_FORMER,
  DF_MEMBER_STATE_FUTURE,   /* a membership that has not begun */
} DfMemberState;

#define DF_TYPE_PERSON (df_person_get_type ())
G_DECLARE_FINAL_TYPE (DfPerson, df_person, DF, PERSON, GObject)

gint64               df_person_get_id (DfPerson *self);
const char *         df_person_get_name (DfPerson *self);
/* the job title (Danish: stilling) */
const char *         df_person_get_title (DfPerson *self);
gint64               df_person_get_organisation_id (DfPerson *self);
const char *         df_person_get_organisation_name (DfPerson *self);
const char *         df_person_get_organisation_kind (DfPerson *self);
const char *         df_person_get_email (DfPerson *self);
const char *         df_person_get_phone (DfPerson *self);
/* the contact at their office who keeps their calendar */
const char *         df_person_get_secretary_name (DfPerson *self);
const char *         df_person_get_secretary_email (DfPerson *self);
const char *         df_person_get_secretary_phone (DfPerson *self);
const char *         df_person_get_notes (DfPerson *self);
gboolean             df_person_get_is_secretariat (DfPerson *self);
gboolean             df_person_get_anonymised (DfPerson *self);
/* an invited actor outside the forum (Danish: gæst) */
gboolean             df_person_get_is_external (DfPerson *self);
/* an actor's category, one of df_person_actor_categories(); empty for
 * anyone not external */
const char *         df_person_get_actor_category (DfPerson *self);
/* that category in the user's words */
const char *         df_person_get_actor_category_text (DfPerson *self);
/* the adjacent areas they are also responsible for, by name */
const char * const * df_person_get_areas (DfPerson *self);
const char *         df_person_get_areas_text (DfPerson *self);
/* the seat of their current membership, else of their last */
const char *         df_person_get_seat_name (DfPerson *self);
/* that membership's term, "1.1.2022–" */
const char *         df_person_get_term_text (DfPerson *self);
/* a DfMemberState */
int                  df_person_get_member_state (DfPerson *self);
/* name and organisation folded for search as you type */
const char *         df_person_get_search_text (DfPerson *self);

/* The categories of invited actors the kommissorium names, as codes:
 * "agency" (other state agencies), "region" (regional social directors),
 * "interest" (interest organisations), "research" (education and
 * research) and "other". */
const char * const *df_person_actor_categories        (void);
const char         *df_person_actor_category_label    (const char *category);
/* The category an organisation of @kind suggests: its own where it is
 * one, else "other". */
const char         *df_person_actor_category_for_kind (const char *kind);

G_END_DECLS
