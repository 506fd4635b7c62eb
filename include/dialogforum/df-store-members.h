/* df-store-members.h: organisations, people and memberships.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-membership.h"
#include "dialogforum/df-organisation.h"
#include "dialogforum/df-person.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* Live lists that follow every edit made through the store. People carry
 * a summary of their memberships as of today. */
GListModel   *df_store_list_organisations   (DfStore       *self,
                                             GError       **error);
GListModel   *df_store_list_people          (DfStore       *self,
                                             GError       **error);
GListModel   *df_store_list_memberships     (DfStore       *self,
                                             GError       **error);
/* The memberships (DfMembership) whose last day falls in @year, read
 * for the asking and not kept current: the year wheel's, which need not
 * wait for the whole register. */
GListModel   *df_store_list_membership_ends (DfStore       *self,
                                             int            year,
                                             GError       **error);
/* The people who hold a seat on @date (YYYY-MM-DD) and all their
 * memberships, read for the asking and not kept current: what the
 * composition on a date needs, without reading the whole register. */
gboolean      df_store_list_seated_on       (DfStore       *self,
                                             const char    *date,
                                             GListModel   **memberships,
                                             GListModel   **people,
                                             GError       **error);
/* The people (DfPerson) of @ids, by name, read for the asking and not
 * kept current. */
GListModel   *df_store_list_people_among    (DfStore       *self,
                                             const gint64  *ids,
                                             guint          n_ids,
                                             GError       **error);
/* The memberships of one person, first to last. */
GPtrArray    *df_store_list_memberships_of  (DfStore       *self,
                                             gint64         person_id,
                                             GError       **error);
DfPerson     *df_store_find_person          (DfStore       *self,
                                             gint64         id);
DfOrganisation *df_store_find_organisation  (DfStore       *self,
                                             gint64         id);

gint64        df_store_add_organisation     (DfStore       *self,
                                             const char    *name,
                                             const char    *short_name,
                                             const char    *kind,
                                             const char    *region,
                                             GError       **error);

/* Inserts @person when its id is 0, else updates that person; the
 * organisation and areas are taken by id and by name. Returns the id. */
gint64        df_store_save_person          (DfStore       *self,
                                             DfPerson      *person,
                                             GError       **error);
/* Refused with DF_STORE_ERROR_IN_USE for a person with any history:
 * end the membership instead. */
gboolean      df_store_delete_person        (DfStore       *self,
                                             gint64         id,
                                             GError       **error);
/* Puts a just deleted person back, with the same id: the undo. */
gboolean      df_store_restore_person       (DfStore       *self,
                                             DfPerson      *person,
                                             GError       **error);

/* Saves @person and, when given, a new @membership of theirs, in one
 * transaction: a new member is never left half-registered. */
gint64        df_store_save_person_and_membership (DfStore      *self,
                                                   DfPerson     *person,
                                                   DfMembership *membership,
                                                   GError      **error);
/* Replaces the personal data of a former member, or of someone who was
 * never a member (a guest, an invited actor): name, contact details,
 * notes, areas, secretary, and the diet, accessibility and notes of each
 * meeting they were invited to. The name becomes "Anonymiseret medlem",
 * or "Anonymiseret person" for someone never a member; the seat history,
 * replies and attendance stay. Refused for anyone with a current or
 * future membership. */
gboolean      df_store_anonymise_person     (DfStore       *self,
                                             gint64         id,
                                             GError       **error);
gint64        df_store_save_membership      (DfStore       *self,
                                             DfMembership  *membership,
                                             GError       **error);
gboolean      df_store_end_membership       (DfStore       *self,
                                             gint64         id,
                                             const char    *end_date,
                                             GError       **error);
gboolean      df_store_delete_membership    (DfStore       *self,
                                             gint64         id,
                                             GError       **error);

/* Whether @email looks like an address a mail program can use. */
gboolean      df_email_is_valid             (const char    *email);

G_END_DECLS
