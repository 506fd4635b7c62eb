/* df-store-followup.c: what the store's follow-up files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-meetings.h"
#include "df-store-followup-private.h"

static gboolean
reload_followup (DfStore  *self,
                 GError  **error)
{
  return df_store_reload_proposals (self, error) &&
         df_store_reload_working_groups (self, error) &&
         df_store_reload_actions (self, error);
}

static void
on_related_changed (DfStore *self)
{
  g_autoptr (GError) error = NULL;

  if (!reload_followup (self, &error))
    g_warning ("The proposals and actions could not be read again: %s", error->message);
}

/* Each of the three lists is read when first asked for: the overview's
 * year wheel needs the working groups long before anyone opens the list
 * of two thousand actions. An edit reads all three again (reload_followup). */
gboolean
df_followup_ensure_loaded (DfStore        *self,
                           const char     *list,
                           DfStoreReload   reload,
                           GError        **error)
{
  g_autofree char *key = g_strconcat ("followup:", list, NULL);

  if (df_store_model_needs_load (self, "followup"))
    {
      g_signal_connect (self, "changed::meetings", G_CALLBACK (on_related_changed), NULL);
      g_signal_connect (self, "changed::members", G_CALLBACK (on_related_changed), NULL);
    }
  if (!df_store_model_needs_load (self, key))
    return TRUE;
  return reload (self, error);
}

gboolean
df_followup_end_write (DfStore   *self,
                       gboolean   ok,
                       GError    *cause,
                       GError   **error)
{
  if (!ok)
    return df_store_fail (self, error, cause);
  if (!df_store_commit (self, error))
    return FALSE;
  df_store_changed (self, "followup", reload_followup);
  return TRUE;
}

void
df_followup_resync_meetings (DfStore *self,
                             gint64   meeting_id)
{
  /* Held across the refresh so that the live lists exist to be read
   * again. */
  GListModel *meetings = df_store_list_meetings (self, NULL);
  GListModel *agenda = df_store_list_agenda (self, meeting_id, NULL);

  on_related_changed (self);
  g_clear_object (&meetings);
  g_clear_object (&agenda);
}

gboolean
df_followup_check_date (const char  *date,
                        gboolean     may_be_empty,
                        const char  *field,
                        GError     **error)
{
  GDate parsed;

  if (may_be_empty && (date == NULL || date[0] == '\0'))
    return TRUE;
  g_date_clear (&parsed, 1);
  if (df_date_parse_iso (date, &parsed))
    return TRUE;
  /* TRANSLATORS: %s is the field's name, then the text given. */
  g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
               _("%s: “%s” is not a date (YYYY-MM-DD)."), field, date != NULL ? date : "");
  return FALSE;
}

char *
df_followup_meeting_text (const char *date,
                          const char *title)
{
  g_autofree char *day = df_date_iso_to_short (date);

  return g_strdup_printf ("%s · %s", day, title);
}

gboolean
df_followup_step (DfStore       *self,
                  sqlite3_stmt  *stmt,
                  const char    *message,
                  GError       **error)
{
  g_autoptr (GError) local = NULL;

  if (df_store_step_done (self, stmt, &local))
    return TRUE;
  if (sqlite3_extended_errcode (df_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error_literal (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM, message);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}
