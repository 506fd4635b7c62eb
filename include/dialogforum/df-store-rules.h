/* df-store-rules.h: the forum's rules as the store holds them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dialogforum/df-adjacent-area.h"
#include "dialogforum/df-seat-kind.h"
#include "dialogforum/df-store.h"

G_BEGIN_DECLS

/* Live lists: they follow every edit made through the store. */
GListModel *df_store_list_seat_kinds        (DfStore     *self,
                                             GError     **error);
GListModel *df_store_list_adjacent_areas    (DfStore     *self,
                                             GError     **error);
DfSeatKind *df_store_find_seat_kind         (DfStore     *self,
                                             const char  *code);

gint64      df_store_add_seat_kind          (DfStore     *self,
                                             const char  *name,
                                             int          quota,
                                             GError     **error);
gboolean    df_store_update_seat_kind       (DfStore     *self,
                                             gint64       id,
                                             const char  *name,
                                             int          quota,
                                             gboolean     quota_is_minimum,
                                             const char  *description,
                                             GError     **error);
gboolean    df_store_remove_seat_kind       (DfStore     *self,
                                             gint64       id,
                                             GError     **error);

gint64      df_store_add_adjacent_area      (DfStore     *self,
                                             const char  *name,
                                             GError     **error);
gboolean    df_store_rename_adjacent_area   (DfStore     *self,
                                             gint64       id,
                                             const char  *name,
                                             GError     **error);
gboolean    df_store_remove_adjacent_area   (DfStore     *self,
                                             gint64       id,
                                             GError     **error);

int         df_store_get_meetings_per_year  (DfStore     *self);
gboolean    df_store_set_meetings_per_year  (DfStore     *self,
                                             int          meetings,
                                             GError     **error);

G_END_DECLS
