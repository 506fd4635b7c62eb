/* df-year-wheel.h: the forum's year as a wheel (Danish: årshjul).
 *
 * The twelve months as a ring, 1 January at the top and the year running
 * clockwise, with the year's marks each on a track of its own inside the
 * ring: the meetings, the members' proposal deadlines, the dates the
 * invitations and the papers go out, and the memberships that end.
 *
 * The marks are data, made by producers from the register: each part of
 * the register that has dates to show adds a kind below, an entry to the
 * kinds' table in df-year-wheel.c and a producer that calls
 * df_year_wheel_add_mark(); df_store_build_year_wheel() calls the
 * producers. A mark may be a period (a working group's term): it is then
 * drawn as an arc.
 *
 * One drawing function draws the wheel with its legend on any cairo_t:
 * the window's widget and the printed sheet both call it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "dialogforum/df-deadlines.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* In the order of the tracks, from the months inwards. */
typedef enum
{
  DF_YEAR_WHEEL_MEETING,
  DF_YEAR_WHEEL_PROPOSAL_DEADLINE,
  DF_YEAR_WHEEL_INVITATION,
  DF_YEAR_WHEEL_DISPATCH,
  DF_YEAR_WHEEL_MEMBERSHIP_END,
  DF_YEAR_WHEEL_ACTION_DUE,
  DF_YEAR_WHEEL_WORKING_GROUP,
  DF_YEAR_WHEEL_N_KINDS,
} DfYearWheelKind;

/* What clicking a mark opens. */
typedef enum
{
  DF_YEAR_WHEEL_TARGET_NONE,
  DF_YEAR_WHEEL_TARGET_MEETING,
  DF_YEAR_WHEEL_TARGET_ACTION,
  DF_YEAR_WHEEL_TARGET_WORKING_GROUP,
} DfYearWheelTarget;

typedef struct
{
  DfYearWheelKind kind;
  char           *date;        /* YYYY-MM-DD: the day, or a period's first day */
  char           *end_date;    /* a period's last day; NULL for a single day */
  /* Radians clockwise from the top, to the middle of the day; for a
   * period, its part within the year. */
  double          angle;
  double          end_angle;   /* == angle for a single day */
  char           *subject;     /* what it is about: a meeting's title, a member's name */
  /* What it belongs to: the meeting, for the kinds derived from a meeting;
   * the membership, for an ending; the action, for its due date; the
   * working group, for its term. */
  gint64          id;
} DfYearWheelMark;

typedef struct _DfYearWheel DfYearWheel;

typedef struct
{
  double                 foreground[4];  /* ring, text and lines: the theme's on screen */
  const char            *today;          /* YYYY-MM-DD, marked when it falls in the year; or NULL */
  gboolean               pack_language;  /* the papers' Danish, whatever the locale */
  gboolean               list_marks;     /* every mark by date under the legend, for paper */
  const DfYearWheelMark *highlight;      /* drawn larger (under the pointer), or NULL */
} DfYearWheelStyle;

DfYearWheel *df_year_wheel_new               (int                      year);
void         df_year_wheel_free              (DfYearWheel             *self);
int          df_year_wheel_get_year          (DfYearWheel             *self);
/* DfYearWheelMark, by date; owned by the wheel. */
GPtrArray   *df_year_wheel_get_marks         (DfYearWheel             *self);

/* Adds a mark on @date (YYYY-MM-DD), or for the period from @date to
 * @end_date; FALSE, and nothing added, when it does not touch the year. */
gboolean     df_year_wheel_add_mark          (DfYearWheel             *self,
                                              DfYearWheelKind          kind,
                                              const char              *date,
                                              const char              *end_date,
                                              const char              *subject,
                                              gint64                   id);

/* Producers. The meetings (DfMeeting) that are not cancelled, their
 * proposal deadlines, and the days their invitation and papers go out by
 * @offsets, where these fall in the year. */
void         df_year_wheel_add_meetings      (DfYearWheel             *self,
                                              GListModel              *meetings,
                                              const DfDeadlineOffsets *offsets);
/* The memberships (DfMembership) whose last day is in the year. */
void         df_year_wheel_add_membership_ends (DfYearWheel           *self,
                                                GListModel            *memberships);

/* The actions (DfAction) that have a due date in the year and are not
 * dropped. */
void         df_year_wheel_add_actions       (DfYearWheel             *self,
                                              GListModel              *actions);
/* The working groups (DfWorkingGroup) whose term touches the year; one
 * with no end runs on to the year's end. */
void         df_year_wheel_add_working_groups (DfYearWheel            *self,
                                               GListModel             *groups);

/* The wheel of @year with every producer's marks from the register. */
DfYearWheel *df_store_build_year_wheel       (DfStore                 *store,
                                              int                      year,
                                              GError                 **error);

/* The angle of @date on its year's wheel, as DfYearWheelMark.angle. */
double       df_year_wheel_angle_of          (const GDate             *date);
/* The kind in the user's language, for the legend and tooltips. */
const char  *df_year_wheel_kind_label        (DfYearWheelKind          kind);
/* The meeting a mark belongs to, or 0. */
gint64       df_year_wheel_mark_get_meeting_id (const DfYearWheelMark *mark);
/* What clicking @mark opens, and its id in @id. */
DfYearWheelTarget df_year_wheel_mark_get_target (const DfYearWheelMark *mark,
                                                 gint64                *id);

/* Draws the wheel and its legend within @area of @cr, in @cr's units,
 * with text laid out in @context (a PangoCairo context). A wide area has
 * the legend beside the wheel, a tall one under it. */
void         df_year_wheel_draw              (DfYearWheel             *self,
                                              cairo_t                 *cr,
                                              PangoContext            *context,
                                              const cairo_rectangle_t *area,
                                              const DfYearWheelStyle  *style);
/* The marks drawn at @x, @y when the wheel was drawn within @area,
 * nearest first; borrowed from the wheel. */
GPtrArray   *df_year_wheel_marks_at          (DfYearWheel             *self,
                                              const cairo_rectangle_t *area,
                                              double                   x,
                                              double                   y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DfYearWheel, df_year_wheel_free)

G_END_DECLS
