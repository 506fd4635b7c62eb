/* df-deadlines.c: the secretariat's tasks derived from the meetings.
 *
 * The offsets and the tasks marked done are kept as the forum's settings
 * (table forum_setting): "deadline-invitation-days" and its two siblings,
 * and "task-done:<meeting id>:<task>" holding the meeting's date when the
 * task was marked done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-deadlines.h"
#include "dialogforum/df-store-meetings.h"
#include "df-store-private.h"

/* The settings' names for the tasks, in the "task-done:" keys. */
static const char * const task_codes[DF_TASK_N_KINDS] = {
  [DF_TASK_INVITATION] = "invitation",
  [DF_TASK_PROPOSAL_DEADLINE] = "proposals",
  [DF_TASK_DISPATCH] = "dispatch",
  [DF_TASK_MINUTES] = "minutes",
};

void
df_deadline_offsets_init_default (DfDeadlineOffsets *offsets)
{
  g_return_if_fail (offsets != NULL);

  offsets->invitation_days = DF_DEADLINE_INVITATION_DAYS_DEFAULT;
  offsets->dispatch_days = DF_DEADLINE_DISPATCH_DAYS_DEFAULT;
  offsets->minutes_days = DF_DEADLINE_MINUTES_DAYS_DEFAULT;
}

DfTask *
df_task_copy (const DfTask *task)
{
  DfTask *copy;

  g_return_val_if_fail (task != NULL, NULL);

  copy = g_memdup2 (task, sizeof *task);
  copy->date = g_strdup (task->date);
  copy->meeting_title = g_strdup (task->meeting_title);
  copy->meeting_date = g_strdup (task->meeting_date);
  return copy;
}

void
df_task_free (DfTask *task)
{
  if (task == NULL)
    return;
  g_free (task->date);
  g_free (task->meeting_title);
  g_free (task->meeting_date);
  g_free (task);
}

const char *
df_task_kind_label (DfTaskKind kind)
{
  switch (kind)
    {
    case DF_TASK_INVITATION:
      return _("Send the invitation");
    case DF_TASK_PROPOSAL_DEADLINE:
      return _("Deadline for agenda proposals");
    case DF_TASK_DISPATCH:
      return _("Send the agenda and attachments");
    case DF_TASK_MINUTES:
    case DF_TASK_N_KINDS:
    default:
      return _("Send the minutes");
    }
}

gboolean
df_task_kind_can_be_done (DfTaskKind kind)
{
  return kind != DF_TASK_PROPOSAL_DEADLINE;
}

static void
add_task (GPtrArray   *tasks,
          DfTaskKind   kind,
          const GDate *date,
          DfMeeting   *meeting,
          gboolean     done)
{
  DfTask *task = g_new0 (DfTask, 1);

  task->kind = kind;
  task->date = df_date_to_iso (date);
  task->meeting_id = df_meeting_get_id (meeting);
  task->meeting_title = g_strdup (df_meeting_get_title (meeting));
  task->meeting_date = g_strdup (df_meeting_get_date (meeting));
  task->done = done;
  g_ptr_array_add (tasks, task);
}

static int
compare_tasks (gconstpointer a,
               gconstpointer b)
{
  const DfTask *x = *(DfTask * const *) a;
  const DfTask *y = *(DfTask * const *) b;
  int by_date = g_strcmp0 (x->date, y->date);

  if (by_date != 0)
    return by_date;
  if (x->meeting_id != y->meeting_id)
    return x->meeting_id < y->meeting_id ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

GPtrArray *
df_tasks_for_meeting (DfMeeting               *meeting,
                      const DfDeadlineOffsets *offsets,
                      guint                    marked_done)
{
  GPtrArray *tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) df_task_free);
  const char *status, *kind;
  gboolean invited, held;
  GDate date, due;

  g_return_val_if_fail (DF_IS_MEETING (meeting), tasks);
  g_return_val_if_fail (offsets != NULL, tasks);

  status = df_meeting_get_status (meeting);
  kind = df_meeting_get_kind (meeting);
  g_date_clear (&date, 1);
  if (g_strcmp0 (status, "cancelled") == 0 || !df_date_parse_iso (df_meeting_get_date (meeting), &date))
    return tasks;
  /* The status says what the register knows was done: a meeting is
   * "invited" once its invitation went out, and a held meeting had its
   * papers. */
  held = g_strcmp0 (status, "held") == 0;
  invited = held || g_strcmp0 (status, "invited") == 0;

  due = date;
  g_date_subtract_days (&due, offsets->invitation_days);
  add_task (tasks, DF_TASK_INVITATION, &due, meeting, invited || (marked_done & (1 << DF_TASK_INVITATION)));

  g_date_clear (&due, 1);
  if (df_date_parse_iso (df_meeting_get_proposal_deadline (meeting), &due))
    add_task (tasks, DF_TASK_PROPOSAL_DEADLINE, &due, meeting, FALSE);

  due = date;
  g_date_subtract_days (&due, offsets->dispatch_days);
  add_task (tasks, DF_TASK_DISPATCH, &due, meeting, held || (marked_done & (1 << DF_TASK_DISPATCH)));

  /* Study trips and visits have no decisions to write down. */
  if (g_strcmp0 (kind, "forum") == 0 || g_strcmp0 (kind, "follow-up") == 0)
    {
      due = date;
      g_date_add_days (&due, offsets->minutes_days);
      add_task (tasks, DF_TASK_MINUTES, &due, meeting, (marked_done & (1 << DF_TASK_MINUTES)) != 0);
    }
  g_ptr_array_sort (tasks, compare_tasks);
  return tasks;
}

GPtrArray *
df_tasks_for_meetings (GListModel              *meetings,
                       const DfDeadlineOffsets *offsets,
                       GHashTable              *marked_done)
{
  GPtrArray *tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) df_task_free);

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), tasks);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 id = df_meeting_get_id (meeting);
      guint marks = marked_done != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (marked_done, &id)) : 0;
      g_autoptr (GPtrArray) own = df_tasks_for_meeting (meeting, offsets, marks);

      g_ptr_array_set_free_func (own, NULL);
      g_ptr_array_extend_and_steal (tasks, g_steal_pointer (&own));
    }
  g_ptr_array_sort (tasks, compare_tasks);
  return tasks;
}

gboolean
df_task_is_late (const DfTask *task,
                 const char   *date)
{
  g_return_val_if_fail (task != NULL, FALSE);

  return !task->done && df_task_kind_can_be_done (task->kind) && g_strcmp0 (task->date, date) < 0;
}

void
df_tasks_split (GPtrArray   *tasks,
                const char  *date,
                guint        max_next,
                GPtrArray  **next,
                GPtrArray  **late)
{
  g_return_if_fail (tasks != NULL && date != NULL && next != NULL && late != NULL);

  *next = g_ptr_array_new ();
  *late = g_ptr_array_new ();
  for (guint i = 0; i < tasks->len; i++)
    {
      DfTask *task = g_ptr_array_index (tasks, i);

      if (df_task_is_late (task, date))
        g_ptr_array_add (*late, task);
      else if (!task->done && g_strcmp0 (task->date, date) >= 0 && (*next)->len < max_next)
        g_ptr_array_add (*next, task);
    }
}

/* The store's side */

static int
get_days (DfStore    *store,
          const char *key,
          int         fallback)
{
  g_autofree char *value = df_store_get_setting (store, key, NULL);
  gint64 days;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, 0, DF_DEADLINE_MAX_DAYS, &days, NULL))
    return fallback;
  return (int) days;
}

void
df_store_get_deadline_offsets (DfStore           *store,
                               DfDeadlineOffsets *offsets)
{
  g_return_if_fail (DF_IS_STORE (store));
  g_return_if_fail (offsets != NULL);

  df_deadline_offsets_init_default (offsets);
  offsets->invitation_days = get_days (store, "deadline-invitation-days", offsets->invitation_days);
  offsets->dispatch_days = get_days (store, "deadline-dispatch-days", offsets->dispatch_days);
  offsets->minutes_days = get_days (store, "deadline-minutes-days", offsets->minutes_days);
}

/* Writes @n settings in one transaction and tells the views. */
static gboolean
write_settings (DfStore            *store,
                guint               n,
                const char * const *keys,
                const char * const *values,
                GError            **error)
{
  if (!df_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!df_store_set_setting (store, keys[i], values[i], error))
      {
        df_store_rollback (store);
        return FALSE;
      }
  if (!df_store_commit (store, error))
    return FALSE;
  df_store_changed (store, "deadlines", NULL);
  return TRUE;
}

gboolean
df_store_set_deadline_offsets (DfStore                  *store,
                               const DfDeadlineOffsets  *offsets,
                               GError                  **error)
{
  static const char * const keys[] = { "deadline-invitation-days", "deadline-dispatch-days", "deadline-minutes-days" };
  const int days[G_N_ELEMENTS (keys)] = { offsets->invitation_days, offsets->dispatch_days, offsets->minutes_days };
  char *texts[G_N_ELEMENTS (keys)];
  const char *values[G_N_ELEMENTS (keys)];
  gboolean written;

  g_return_val_if_fail (DF_IS_STORE (store), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (days[i] < 0 || days[i] > DF_DEADLINE_MAX_DAYS)
      {
        g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                     _("Deadlines: the number of days must be between 0 and %d, not %d."),
                     DF_DEADLINE_MAX_DAYS, days[i]);
        return FALSE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    values[i] = texts[i] = g_strdup_printf ("%d", days[i]);
  written = write_settings (store, G_N_ELEMENTS (keys), keys, values, error);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_free (texts[i]);
  return written;
}

static char *
done_key (gint64     meeting_id,
          DfTaskKind kind)
{
  return g_strdup_printf ("task-done:%" G_GINT64_FORMAT ":%s", meeting_id, task_codes[kind]);
}

gboolean
df_store_set_task_done (DfStore     *store,
                        gint64       meeting_id,
                        DfTaskKind   kind,
                        gboolean     done,
                        GError     **error)
{
  DfMeeting *meeting;
  g_autofree char *key = NULL;
  const char *value;

  g_return_val_if_fail (DF_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind < DF_TASK_N_KINDS, FALSE);

  meeting = df_store_require_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  if (!df_task_kind_can_be_done (kind))
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_INVALID,
                   _("A deadline for proposals passes by itself; it cannot be marked done."));
      return FALSE;
    }
  key = done_key (meeting_id, kind);
  value = done ? df_meeting_get_date (meeting) : "";
  return write_settings (store, 1, (const char * const *) &key, &value, error);
}

/* The kinds marked done for @meeting on its present date, as bits. */
static guint
marked_done_of (DfStore   *store,
                DfMeeting *meeting)
{
  guint marks = 0;

  for (DfTaskKind kind = 0; kind < DF_TASK_N_KINDS; kind++)
    {
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (!df_task_kind_can_be_done (kind))
        continue;
      key = done_key (df_meeting_get_id (meeting), kind);
      value = df_store_get_setting (store, key, "");
      if (value[0] != '\0' && g_strcmp0 (value, df_meeting_get_date (meeting)) == 0)
        marks |= 1 << kind;
    }
  return marks;
}

GPtrArray *
df_store_list_tasks (DfStore  *store,
                     GError  **error)
{
  g_autoptr (GListModel) meetings = NULL;
  g_autoptr (GHashTable) marks = NULL;
  DfDeadlineOffsets offsets;

  g_return_val_if_fail (DF_IS_STORE (store), NULL);

  meetings = df_store_list_meetings (store, error);
  if (meetings == NULL)
    return NULL;
  marks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 id = df_meeting_get_id (meeting);
      guint bits = marked_done_of (store, meeting);

      if (bits != 0)
        g_hash_table_insert (marks, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (bits));
    }
  df_store_get_deadline_offsets (store, &offsets);
  return df_tasks_for_meetings (meetings, &offsets, marks);
}
