/* df-membership.h: a person in a seat of the forum from a date to an optional date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_MEMBERSHIP (df_membership_get_type ())
G_DECLARE_FINAL_TYPE (DfMembership, df_membership, DF, MEMBERSHIP, GObject)

gint64       df_membership_get_id (DfMembership *self);
gint64       df_membership_get_person_id (DfMembership *self);
const char * df_membership_get_person_name (DfMembership *self);
/* the person's organisation, for lists */
const char * df_membership_get_organisation_name (DfMembership *self);
gint64       df_membership_get_seat_kind_id (DfMembership *self);
const char * df_membership_get_seat_kind_name (DfMembership *self);
/* "chair" (Danish: formand) or "member" */
const char * df_membership_get_role (DfMembership *self);
/* ISO 8601, YYYY-MM-DD */
const char * df_membership_get_start_date (DfMembership *self);
/* ISO 8601, the last day; empty while it lasts */
const char * df_membership_get_end_date (DfMembership *self);
/* 0 when none (Danish: stedfortræder) */
gint64       df_membership_get_substitute_id (DfMembership *self);
const char * df_membership_get_substitute_name (DfMembership *self);
const char * df_membership_get_term_text (DfMembership *self);

/* Whether the membership covers @date (YYYY-MM-DD). */
gboolean df_membership_is_active_on (DfMembership *self,
                                     const char   *date);

G_END_DECLS
