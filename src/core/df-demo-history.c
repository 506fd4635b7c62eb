/* df-demo-history.c: ten years of the forum's past for the benchmarks'
 * large database (--create-demo FILE --scale N). N meetings a year (the
 * forum's own two among them, the rest of every other kind), each with an
 * agenda of twelve items, the members of its day invited and most of
 * them there, approved minutes, and ten actions with owners, due dates
 * and statuses.
 *
 * Hundreds of meetings and thousands of rows are written with the
 * store's cached prepared statements inside the crowd's one
 * transaction: going through the store's calls one row at a time would
 * read the live lists again after each of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-demo"

#include "config.h"

#include "dialogforum/df-date.h"
#include "df-demo-private.h"
#include "df-store-private.h"

#define HM(h, m) ((h) * 60 + (m))
#define ITEMS_PER_MEETING 12
#define ACTIONS_PER_MEETING 10

typedef struct
{
  const char *format;
  const char *purpose;
  int         half_day;        /* minutes, adding up to three hours */
  int         full_day;        /* minutes, adding up to six hours */
} HistoryItem;

/* One agenda, shaped like the forum's own: a half day of 9.30–12.30 or
 * 13.00–16.00, a full day of 9.30–15.30 with lunch at noon. */
static const HistoryItem agenda[ITEMS_PER_MEETING] = {
  { "welcome", "information", 10, 15 },
  { "presentation", "information", 15, 30 },
  { "presentation", "discussion", 20, 45 },
  { "break", "", 10, 15 },
  { "discussion", "discussion", 15, 30 },
  { "discussion", "decision", 15, 15 },
  { "lunch", "", 15, 30 },
  { "workshop", "discussion", 25, 60 },
  { "break", "", 10, 15 },
  { "group-work", "discussion", 15, 45 },
  { "summary", "decision", 20, 45 },
  { "any-other-business", "information", 10, 15 },
};

typedef struct
{
  const char *kind;
  const char *title;           /* ending in a space: the topic follows */
  gboolean    full_day;
  int         start;
} HistoryKind;

/* The year's two meetings of the forum, as the kommissorium has it: a
 * full day in spring, a half day in autumn. */
static const HistoryKind forum_meetings[] = {
  { "forum", "Møde i Strategisk dialogforum", TRUE, HM (9, 30) },
  { "forum", "Møde i Strategisk dialogforum", FALSE, HM (9, 30) },
};

/* The year's other meetings, taken in turn. */
static const HistoryKind kinds[] = {
  { "working-group", "Arbejdsgruppemøde: ", FALSE, HM (13, 0) },
  { "follow-up", "Opfølgende møde: ", FALSE, HM (9, 30) },
  { "working-group", "Arbejdsgruppemøde: ", FALSE, HM (13, 0) },
  { "study-trip", "Studietur: ", TRUE, HM (9, 30) },
  { "working-group", "Arbejdsgruppemøde: ", FALSE, HM (13, 0) },
  { "visit", "Besøg: ", FALSE, HM (9, 30) },
  { "follow-up", "Opfølgende møde: ", FALSE, HM (13, 0) },
  { "other", "Temamøde: ", TRUE, HM (9, 30) },
};

static const char * const topics[] = {
  "udsatte børn og unge",
  "voksne med komplekse støttebehov",
  "handicapområdet",
  "socialpsykiatrien",
  "hjemløshed",
  "rekruttering og fastholdelse af medarbejdere",
  "data i styringen af det specialiserede socialområde",
  "udgiftsudviklingen på det specialiserede socialområde",
  "tidlig indsats og forebyggelse",
  "samarbejdet mellem kommuner og regioner",
  "misbrugsbehandling",
  "anbringelsesområdet",
};

/* As the kinds' titles, a space at the end takes the topic. */
static const char * const item_titles[ITEMS_PER_MEETING] = {
  "Velkomst og dagens program",
  "Nyt fra Socialstyrelsen",
  "Oplæg om ",
  "Pause",
  "Drøftelse: kommunernes erfaringer med ",
  "Beslutning om næste skridt for ",
  "Frokost",
  "Workshop om ",
  "Pause",
  "Gruppearbejde: hvad virker i praksis?",
  "Opsamling og aftaler om opfølgning",
  "Eventuelt",
};

static const char * const venues[][2] = {
  { "Socialstyrelsen", "Edisonsvej 1, 5000 Odense C" },
  { "KL-huset", "Weidekampsgade 10, 2300 København S" },
  { "Aarhus Rådhus", "Rådhuspladsen 2, 8000 Aarhus C" },
  { "Aalborg Rådhus", "Boulevarden 13, 9000 Aalborg" },
};

static const char * const action_verbs[] = {
  "Sekretariatet sender materialet til medlemmerne om ",
  "Notat til næste møde om ",
  "Kommunernes erfaringer samles og deles om ",
  "Oplæg til en fælles indsats om ",
  "Socialstyrelsen undersøger mulighederne for rådgivning om ",
};

/* @text, followed by @topic when it ends in a space. */
static char *
with_topic (const char *text,
            const char *topic)
{
  return g_str_has_suffix (text, " ") ? g_strconcat (text, topic, NULL) : g_strdup (text);
}

typedef struct
{
  DfStore *store;
  GRand   *rand;
  gint64   responsible[2];
  GArray  *organisations;      /* gint64: who may own an action */
  GArray  *members;            /* gint64: the current meeting's members */
} History;

static gboolean
step (History       *history,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  return stmt != NULL && df_store_step_done (history->store, stmt, error);
}

static gboolean
load_organisations (History  *history,
                    GError  **error)
{
  sqlite3_stmt *stmt = df_store_prepare (history->store,
                                         "SELECT id FROM organisation"
                                         " WHERE kind IN ('socialstyrelsen', 'association', 'municipality')"
                                         " ORDER BY id", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (history->organisations, id);
    }
  sqlite3_reset (stmt);
  return history->organisations->len > 0;
}

/* The @index-th of @per_year meetings in @year: a Tuesday or a Thursday,
 * spread over the 44 weeks from the second one on, July left out. */
static void
meeting_date (History *history,
              int      year,
              guint    index,
              guint    per_year,
              GDate   *date)
{
  int week = (int) (index * 44 / per_year) + g_rand_int_range (history->rand, 0, MAX (1, 44 / (int) per_year));

  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, G_DATE_JANUARY, year);
  g_date_add_days (date, 7 * (1 + week + (week >= 25 ? 6 : 0)));
  while (g_date_get_weekday (date) != (index % 2 ? G_DATE_THURSDAY : G_DATE_TUESDAY))
    g_date_add_days (date, 1);
}

static gint64
add_meeting (History            *history,
             const HistoryKind  *kind,
             const char         *topic,
             const GDate        *date,
             GError            **error)
{
  sqlite3_stmt *stmt = df_store_prepare (history->store,
                                         "INSERT INTO meeting (title, kind, date, start_time, end_time, full_day,"
                                         " venue_name, venue_address, status, responsible_id, proposal_deadline)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'held', ?9, ?10)", error);
  g_autofree char *title = with_topic (kind->title, topic);
  g_autofree char *day = df_date_to_iso (date);
  g_autofree char *deadline = NULL;
  GDate before = *date;
  guint venue = g_rand_int_range (history->rand, 0, G_N_ELEMENTS (venues));

  if (stmt == NULL)
    return 0;
  g_date_subtract_days (&before, 28);
  deadline = df_date_to_iso (&before);
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kind->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, kind->start);
  sqlite3_bind_int (stmt, 5, kind->start + (kind->full_day ? HM (6, 0) : HM (3, 0)));
  sqlite3_bind_int (stmt, 6, kind->full_day);
  sqlite3_bind_text (stmt, 7, venues[venue][0], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, venues[venue][1], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 9, history->responsible[g_rand_int_range (history->rand, 0, 2)]);
  sqlite3_bind_text (stmt, 10, deadline, -1, SQLITE_TRANSIENT);
  if (!step (history, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (df_store_get_db (history->store));
}

/* Adds the agenda and returns the items' ids in @items. */
static gboolean
add_agenda (History     *history,
            gint64       meeting_id,
            gboolean     full_day,
            const char  *topic,
            gint64      *items,
            GError     **error)
{
  guint position = 0;

  for (guint i = 0; i < ITEMS_PER_MEETING; i++)
    {
      const HistoryItem *item = &agenda[i];
      sqlite3_stmt *stmt = df_store_prepare (history->store,
                                             "INSERT INTO agenda_item (meeting_id, position, title, format, purpose,"
                                             " duration, fixed_start, description)"
                                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
      /* A half day has no lunch: a second discussion takes its place. */
      gboolean lunch = g_str_equal (item->format, "lunch");
      g_autofree char *title = with_topic (lunch && !full_day ? item_titles[4] : item_titles[i], topic);
      g_autofree char *description = NULL;

      if (stmt == NULL)
        return FALSE;
      if (g_str_equal (item->purpose, "discussion") || g_str_equal (item->purpose, "decision"))
        description = g_strdup_printf ("Dialogforum drøfter %s med udgangspunkt i kommunernes erfaringer og "
                                       "Socialstyrelsens viden. Medlemmerne forbereder et kort indlæg om, "
                                       "hvad der fylder mest i deres egen kommune.", topic);
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      sqlite3_bind_int (stmt, 2, (int) position);
      sqlite3_bind_text (stmt, 3, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, lunch && !full_day ? "discussion" : item->format, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, lunch && !full_day ? "discussion" : item->purpose, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, full_day ? item->full_day : item->half_day);
      if (lunch && full_day)
        sqlite3_bind_int (stmt, 7, HM (12, 0));
      sqlite3_bind_text (stmt, 8, description != NULL ? description : "", -1, SQLITE_TRANSIENT);
      if (!step (history, stmt, error))
        return FALSE;
      items[position++] = sqlite3_last_insert_rowid (df_store_get_db (history->store));
    }
  return TRUE;
}

/* The members of the meeting's day and the secretariat, invited; one in
 * eight declined, everyone else came. Returns the members in
 * history->members. */
static gboolean
add_participants (History      *history,
                  gint64        meeting_id,
                  const char   *reply_date,
                  GError      **error)
{
  sqlite3_stmt *stmt = df_store_prepare (history->store,
                                         "INSERT OR IGNORE INTO participant (meeting_id, person_id, role, reply,"
                                         " attended, reply_date, reply_channel)"
                                         " SELECT mt.id, m.person_id, 'member',"
                                         " CASE WHEN (m.person_id + mt.id) % 8 = 0 THEN 'declined' ELSE 'accepted' END,"
                                         " (m.person_id + mt.id) % 8 <> 0, ?2, 'email'"
                                         " FROM meeting mt JOIN membership m"
                                         " ON m.start_date <= mt.date AND (m.end_date IS NULL OR m.end_date >= mt.date)"
                                         " WHERE mt.id = ?1 GROUP BY m.person_id", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_text (stmt, 2, reply_date, -1, SQLITE_TRANSIENT);
  if (!step (history, stmt, error))
    return FALSE;
  stmt = df_store_prepare (history->store,
                           "INSERT OR IGNORE INTO participant (meeting_id, person_id, role, reply, attended,"
                           " reply_date, reply_channel)"
                           " SELECT ?1, id, 'secretariat', 'accepted', 1, ?2, 'other' FROM person"
                           " WHERE is_secretariat = 1 AND anonymised = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_text (stmt, 2, reply_date, -1, SQLITE_TRANSIENT);
  if (!step (history, stmt, error))
    return FALSE;

  g_array_set_size (history->members, 0);
  stmt = df_store_prepare (history->store,
                           "SELECT person_id FROM participant WHERE meeting_id = ?1 AND role = 'member'"
                           " AND attended = 1 ORDER BY person_id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (history->members, id);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* Approved minutes, a summary of every item that was discussed, and the
 * actions agreed under them; @recent: held in the last two years. */
static gboolean
add_minutes (History      *history,
             gint64        meeting_id,
             gboolean      recent,
             const GDate  *date,
             const char   *topic,
             const gint64 *items,
             GError      **error)
{
  sqlite3_stmt *stmt = df_store_prepare (history->store,
                                         "INSERT INTO minutes (meeting_id, status, approved_on)"
                                         " VALUES (?1, 'approved', ?2)", error);
  g_autofree char *approved = NULL;
  guint positions[ITEMS_PER_MEETING] = { 0 };
  GDate day = *date;

  if (stmt == NULL)
    return FALSE;
  g_date_add_days (&day, 21);
  approved = df_date_to_iso (&day);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_text (stmt, 2, approved, -1, SQLITE_TRANSIENT);
  if (!step (history, stmt, error))
    return FALSE;

  for (guint i = 0; i < ITEMS_PER_MEETING; i++)
    {
      g_autofree char *summary = NULL;

      if (!g_str_equal (agenda[i].purpose, "discussion") && !g_str_equal (agenda[i].purpose, "decision"))
        continue;
      stmt = df_store_prepare (history->store,
                               "INSERT INTO minutes_item (agenda_item_id, summary, decisions) VALUES (?1, ?2, ?3)",
                               error);
      if (stmt == NULL)
        return FALSE;
      summary = g_strdup_printf ("Medlemmerne drøftede %s og delte erfaringer fra deres kommuner.", topic);
      sqlite3_bind_int64 (stmt, 1, items[i]);
      sqlite3_bind_text (stmt, 2, summary, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, g_str_equal (agenda[i].purpose, "decision")
                                    ? "Dialogforum tiltrådte sekretariatets forslag." : "", -1, SQLITE_STATIC);
      if (!step (history, stmt, error))
        return FALSE;
    }

  for (guint a = 0; a < ACTIONS_PER_MEETING; a++)
    {
      /* Under the items where something is decided or discussed. */
      static const guint under[] = { 2, 4, 5, 7, 9, 10 };
      guint item = under[g_rand_int_range (history->rand, 0, G_N_ELEMENTS (under))];
      g_autofree char *description = with_topic (action_verbs[g_rand_int_range (history->rand, 0,
                                                                                G_N_ELEMENTS (action_verbs))],
                                                 topic);
      g_autofree char *due = NULL;
      gboolean by_person = history->members->len > 0 && g_rand_int_range (history->rand, 0, 4) != 0;
      int roll = g_rand_int_range (history->rand, 0, 20);
      GDate due_day = *date;

      stmt = df_store_prepare (history->store,
                               "INSERT INTO action_item (agenda_item_id, position, description, owner_person_id,"
                               " owner_organisation_id, due_date, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               error);
      if (stmt == NULL)
        return FALSE;
      g_date_add_days (&due_day, g_rand_int_range (history->rand, 14, 181));
      due = df_date_to_iso (&due_day);
      sqlite3_bind_int64 (stmt, 1, items[item]);
      sqlite3_bind_int (stmt, 2, (int) positions[item]++);
      sqlite3_bind_text (stmt, 3, description, -1, SQLITE_TRANSIENT);
      if (by_person)
        sqlite3_bind_int64 (stmt, 4, g_array_index (history->members, gint64,
                                                    g_rand_int_range (history->rand, 0, history->members->len)));
      else
        sqlite3_bind_int64 (stmt, 5, g_array_index (history->organisations, gint64,
                                                    g_rand_int_range (history->rand, 0, history->organisations->len)));
      sqlite3_bind_text (stmt, 6, due, -1, SQLITE_TRANSIENT);
      /* Most are done and some were dropped; only the last two years'
       * meetings leave some open, and overdue. */
      sqlite3_bind_text (stmt, 7, roll < 15 ? "done" : roll < 17 || !recent ? "dropped" : "open", -1, SQLITE_STATIC);
      if (!step (history, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
df_demo_fill_history (DfStore  *store,
                      GDate    *today,
                      guint     scale,
                      GError  **error)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261207);
  g_autoptr (GArray) organisations = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (gint64));
  History history = { store, rand, { 0, 0 }, organisations, members };
  int this_year = g_date_get_year (today);
  GError *local = NULL;
  guint n = 0;

  history.responsible[0] = df_demo_person_id (store, "Mette Kjærgaard");
  history.responsible[1] = df_demo_person_id (store, "Jonas Vestergaard");
  if (!df_store_begin (store, error))
    return FALSE;
  if (!load_organisations (&history, &local))
    return df_store_fail (store, error, local);

  /* The ten years before this one, as the crowd's memberships are. */
  for (int year = this_year - 10; year < this_year; year++)
    for (guint i = 0; i < scale; i++)
      {
        /* The forum meets first and half-way through the year. */
        gboolean forum = i == 0 || (scale > 1 && i == scale / 2);
        const HistoryKind *kind = forum ? &forum_meetings[i == 0 ? 0 : 1] : &kinds[n++ % G_N_ELEMENTS (kinds)];
        const char *topic = topics[g_rand_int_range (rand, 0, G_N_ELEMENTS (topics))];
        gint64 items[ITEMS_PER_MEETING];
        g_autofree char *reply_date = NULL;
        GDate date, replied;
        gint64 id;

        meeting_date (&history, year, i, scale, &date);
        replied = date;
        g_date_subtract_days (&replied, 14);
        reply_date = df_date_to_iso (&replied);
        id = add_meeting (&history, kind, topic, &date, &local);
        if (id == 0 ||
            !add_agenda (&history, id, kind->full_day, topic, items, &local) ||
            !add_participants (&history, id, reply_date, &local) ||
            !add_minutes (&history, id, year >= this_year - 2, &date, topic, items, &local))
          return df_store_fail (store, error, local);
      }
  return df_store_commit (store, error);
}
