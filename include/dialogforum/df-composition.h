/* df-composition.h: who holds which seat on a date, checked against the
 * rules of the kommissorium (Danish: sammensætning).
 *
 * A pure function of the model objects: no store, no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-adjacent-area.h"
#include "dialogforum/df-membership.h"
#include "dialogforum/df-person.h"
#include "dialogforum/df-seat-kind.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

#define DF_COMPOSITION_NOTICE_DAYS 90

typedef struct
{
  DfSeatKind *kind;
  GPtrArray  *holders;   /* DfMembership active on the date */
  int         missing;   /* seats short of the quota */
  int         surplus;   /* seats beyond it (never for "at least" quotas) */
} DfSeatStatus;

typedef struct
{
  char      *date;            /* YYYY-MM-DD */
  GPtrArray *seats;           /* DfSeatStatus, in the seat kinds' order */
  GPtrArray *chairs;          /* DfMembership with the chair role */
  GPtrArray *covered_areas;   /* area names */
  GPtrArray *uncovered_areas;
  GPtrArray *ending_soon;     /* DfMembership ending within 90 days */
  GPtrArray *without_email;   /* DfPerson seated without an address */
  /* In words, in the user's language: */
  GPtrArray *deviations;      /* rules broken: quotas, chair, one per municipality */
  GPtrArray *warnings;        /* what the kommissorium asks weight on: areas */
  GPtrArray *notices;         /* what to act on soon */
} DfComposition;

/* @seat_kinds, @areas, @people and @memberships as the store lists them;
 * @date in YYYY-MM-DD. */
DfComposition *df_composition_compute     (GListModel    *seat_kinds,
                                           GListModel    *areas,
                                           GListModel    *people,
                                           GListModel    *memberships,
                                           const char    *date);
gboolean       df_composition_meets_rules (DfComposition *self);
void           df_composition_free        (DfComposition *self);

/* The composition of the register in @store on @date. */
DfComposition *df_store_compose_on        (DfStore       *store,
                                           const char    *date,
                                           GError       **error);

/* The composition and its deviations as plain text, for the command line. */
char          *df_composition_to_text     (DfComposition *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfComposition, df_composition_free)

G_END_DECLS
