/* df-organisation.h: an organisation people belong to: a municipality, an association,
 * the ministry, Socialstyrelsen itself, or any other the secretariat adds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DF_TYPE_ORGANISATION (df_organisation_get_type ())
G_DECLARE_FINAL_TYPE (DfOrganisation, df_organisation, DF, ORGANISATION, GObject)

gint64       df_organisation_get_id (DfOrganisation *self);
const char * df_organisation_get_name (DfOrganisation *self);
/* "KL", "FSD", or the municipality's plain name */
const char * df_organisation_get_short_name (DfOrganisation *self);
/* "municipality", "association", "ministry", "socialstyrelsen",
 * "agency", "region", "interest", "research" or "other" */
const char * df_organisation_get_kind (DfOrganisation *self);
const char * df_organisation_get_region (DfOrganisation *self);
const char * df_organisation_get_notes (DfOrganisation *self);

/* The kinds an organisation can be, as codes, and in the user's words. */
const char * const *df_organisation_kinds           (void);
const char         *df_organisation_kind_label      (const char *kind);
gboolean            df_organisation_is_municipality (DfOrganisation *self);

G_END_DECLS
