/* df-demo-followup.c: what the demo's meetings started and what came of
 * them. Proposals in every status (one received after its deadline),
 * the approved minutes of the May meeting with its decisions and
 * actions (open, overdue, done and dropped), the working group it set
 * up with a meeting of its own, and who arranged the study trip.
 *
 * Dates are counted from the meetings and from today, as the meetings'
 * own are, so the demo tells the same story whenever it is made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-deadlines.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "df-demo-private.h"

#define HM(h, m) ((h) * 60 + (m))

typedef struct
{
  DfStore   *store;
  GDate      today;
  DfMeeting *may;            /* held: the minutes are its */
  DfMeeting *study_trip;
  DfMeeting *december;
  DfMeeting *next_may;
} Demo;

/* The forum's meetings of the demo, found by kind and month. */
static DfMeeting *
find_meeting (DfStore    *store,
              const char *kind,
              int         year,
              GDateMonth  month)
{
  g_autoptr (GListModel) meetings = df_store_list_meetings (store, NULL);

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr (DfMeeting) meeting = g_list_model_get_item (meetings, i);
      GDate date;

      g_date_clear (&date, 1);
      if (g_str_equal (df_meeting_get_kind (meeting), kind) &&
          df_date_parse_iso (df_meeting_get_date (meeting), &date) &&
          (int) g_date_get_year (&date) == year && g_date_get_month (&date) == month)
        /* The store's list keeps it. */
        return meeting;
    }
  return NULL;
}

static gint64
organisation_id (Demo       *demo,
                 const char *name)
{
  g_autoptr (GListModel) organisations = df_store_list_organisations (demo->store, NULL);

  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (DfOrganisation) organisation = g_list_model_get_item (organisations, i);

      if (g_str_equal (df_organisation_get_name (organisation), name))
        return df_organisation_get_id (organisation);
    }
  return 0;
}

static gint64
item_titled (Demo       *demo,
             DfMeeting  *meeting,
             const char *title)
{
  g_autoptr (GListModel) agenda = df_store_list_agenda (demo->store, df_meeting_get_id (meeting), NULL);

  for (guint i = 0; agenda != NULL && i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr (DfAgendaItem) item = g_list_model_get_item (agenda, i);

      if (g_str_equal (df_agenda_item_get_title (item), title))
        return df_agenda_item_get_id (item);
    }
  return 0;
}

/* @days after @meeting's date, as YYYY-MM-DD. */
static char *
days_after (DfMeeting *meeting,
            int        days)
{
  GDate date;

  g_date_clear (&date, 1);
  df_date_parse_iso (df_meeting_get_date (meeting), &date);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return df_date_to_iso (&date);
}

/* @days after today, but not before @not_before. */
static char *
days_from_today (Demo       *demo,
                 int         days,
                 const char *not_before)
{
  GDate date = demo->today;
  g_autofree char *iso = NULL;

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  iso = df_date_to_iso (&date);
  /* ISO dates compare as text. */
  return g_strdup (g_strcmp0 (iso, not_before) < 0 ? not_before : iso);
}

/* No proposal arrives after today. */
static char *
not_after_today (Demo *demo,
                 char *iso)
{
  g_autofree char *today = df_date_to_iso (&demo->today);

  if (g_strcmp0 (iso, today) <= 0)
    return iso;
  g_free (iso);
  return g_steal_pointer (&today);
}

/* --- Proposals --------------------------------------------------------- */

static gint64
add_proposal (Demo        *demo,
              const char  *proposer,
              const char  *title,
              const char  *description,
              char        *received,
              DfMeeting   *meeting,
              gint64       agenda_item_id,
              GError     **error)
{
  g_autofree char *day = not_after_today (demo, received);
  g_autoptr (DfProposal) proposal = g_object_new (DF_TYPE_PROPOSAL,
                                                  "proposer-id", df_demo_person_id (demo->store, proposer),
                                                  "title", title,
                                                  "description", description,
                                                  "received", day,
                                                  "meeting-id", df_meeting_get_id (meeting),
                                                  "status", agenda_item_id != 0 ? "on-agenda" : "received",
                                                  "agenda-item-id", agenda_item_id,
                                                  NULL);

  return df_store_save_proposal (demo->store, proposal, error);
}

static gboolean
fill_proposals (Demo    *demo,
                GError **error)
{
  const char *early = "Tidlig indsats og forebyggelse på børne- og ungeområdet";
  gint64 id;
  GDate late;

  if (add_proposal (demo, "Lise Brandt Nielsen",
                    "Samarbejdet mellem kommuner og regioner om borgere med psykiske vanskeligheder",
                    "Aalborg Kommune foreslår en drøftelse af, hvordan kommuner og regioner kan skabe mere "
                    "sammenhængende forløb for borgere med både psykiske vanskeligheder og sociale problemer.",
                    days_from_today (demo, -6, ""), demo->next_may, 0, error) == 0)
    return FALSE;
  id = add_proposal (demo, "Søren Hjort", "Brug af data i styringen af det specialiserede socialområde",
                     "Hvordan kan kommunerne bruge data om indsatser og resultater i styringen, og hvad kan "
                     "Socialstyrelsen bidrage med?",
                     days_from_today (demo, -20, ""), demo->next_may, 0, error);
  if (id == 0 || !df_store_set_proposal_status (demo->store, id, "considering", 0, NULL, error))
    return FALSE;

  /* The December meeting's item on early intervention came from a member. */
  if (add_proposal (demo, "Per Østergaard", early,
                    "Odense Kommune vil gerne dele erfaringerne fra omstillingen til en mere forebyggende "
                    "indsats og høre de andre kommuners.",
                    days_after (demo->december, -40), demo->december,
                    item_titled (demo, demo->december, early), error) == 0)
    return FALSE;

  id = add_proposal (demo, "Camilla Frost", "Rekruttering og fastholdelse af medarbejdere",
                     "Mangel på socialrådgivere og pædagoger rammer alle kommuner. Holbæk Kommune foreslår en "
                     "drøftelse af, hvad kommunerne og Socialstyrelsen kan gøre sammen.",
                     days_after (demo->december, -33), demo->december, 0, error);
  if (id == 0 ||
      !df_store_set_proposal_status (demo->store, id, "deferred", df_meeting_get_id (demo->next_may), NULL, error))
    return FALSE;

  /* Received three days after the deadline, and declined. */
  g_date_clear (&late, 1);
  df_date_parse_iso (df_meeting_get_proposal_deadline (demo->december), &late);
  g_date_add_days (&late, 3);
  id = add_proposal (demo, "Anders Lyngholm", "Frit valg af hjemmehjælp på ældreområdet",
                     "Gladsaxe Kommune ønsker en drøftelse af erfaringerne med frit valg af hjemmehjælp.",
                     df_date_to_iso (&late), demo->december, 0, error);
  return id != 0 &&
         df_store_set_proposal_status (demo->store, id, "declined", 0,
                                       "Emnet hører under ældreområdet og ligger uden for dialogforummets "
                                       "kommissorium. Sekretariatet har henvist til KL’s netværk for ældrechefer.",
                                       error);
}

/* --- The working group ------------------------------------------------- */

static gint64
fill_working_group (Demo    *demo,
                    GError **error)
{
  static const struct { const char *title; const char *format; const char *purpose; int duration; } items[] = {
    { "Velkomst og forventninger", "welcome", "information", 15 },
    { "Barrierer for sammenhængende indsatser", "discussion", "discussion", 75 },
    { "Næste skridt og arbejdsplan", "summary", "decision", 30 },
  };
  g_autofree char *start = days_after (demo->may, 1);
  /* Twenty-one weeks after the May meeting: a Tuesday in October. */
  g_autofree char *date = days_after (demo->may, 21 * 7);
  g_autofree char *today = df_date_to_iso (&demo->today);
  g_autoptr (DfWorkingGroup) group = NULL;
  g_autoptr (DfMeeting) meeting = NULL;
  gint64 members[4];
  gint64 id, meeting_id;

  group = g_object_new (DF_TYPE_WORKING_GROUP,
                        "name", "Arbejdsgruppe om voksne med komplekse støttebehov",
                        "mandate", "Arbejdsgruppen beskriver de største barrierer for sammenhængende indsatser for "
                                   "voksne med komplekse støttebehov og kommer med bud på løsninger. Den "
                                   "afrapporterer til dialogforum på mødet i maj.",
                        "start-date", start,
                        "end-date", df_meeting_get_date (demo->next_may),
                        NULL);
  id = df_store_save_working_group (demo->store, group, error);
  if (id == 0)
    return 0;
  members[0] = df_demo_person_id (demo->store, "Hanne Skovgaard");
  members[1] = df_demo_person_id (demo->store, "Søren Hjort");
  members[2] = df_demo_person_id (demo->store, "Camilla Frost");
  members[3] = df_demo_person_id (demo->store, "Mette Kjærgaard");
  if (!df_store_set_working_group_members (demo->store, id, members, G_N_ELEMENTS (members), error))
    return 0;

  meeting = g_object_new (DF_TYPE_MEETING,
                          "title", "Arbejdsgruppemøde: voksne med komplekse støttebehov",
                          "kind", "working-group",
                          "date", date,
                          "start-time", HM (13, 0),
                          "end-time", HM (15, 30),
                          "venue-name", "Aarhus Rådhus",
                          "venue-address", "Rådhuspladsen 2, 8000 Aarhus C",
                          /* ISO dates compare as text. */
                          "status", g_strcmp0 (date, today) < 0 ? "held" : "planned",
                          "responsible-id", members[3],
                          NULL);
  meeting_id = df_store_save_meeting (demo->store, meeting, error);
  if (meeting_id == 0)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr (DfAgendaItem) item = g_object_new (DF_TYPE_AGENDA_ITEM,
                                                    "meeting-id", meeting_id,
                                                    "position", (int) i,
                                                    "title", items[i].title,
                                                    "format", items[i].format,
                                                    "purpose", items[i].purpose,
                                                    "duration", items[i].duration,
                                                    NULL);

      if (df_store_save_agenda_item (demo->store, item, error) == 0)
        return 0;
    }
  return df_store_add_working_group_meeting (demo->store, id, meeting_id, error) ? id : 0;
}

/* --- The May meeting's minutes ----------------------------------------- */

typedef struct
{
  const char *description;
  const char *person;          /* the owner: a person ... */
  const char *organisation;    /* ... or an organisation */
  gboolean    working_group;
  int         due;             /* days, counted as @due_from says */
  int         due_from;
  const char *status;
} DemoAction;

enum {
  DUE_AFTER_MEETING,           /* days after the May meeting */
  DUE_BEFORE_DECEMBER,         /* days before the December meeting */
  DUE_BEFORE_NEXT_MAY,         /* days before next year's May meeting */
  DUE_FROM_TODAY,              /* days from today, after the May meeting */
};

typedef struct
{
  const char       *item;
  const char       *summary;
  const char       *decisions;
  const DemoAction *actions;
  guint             n_actions;
} DemoMinutes;

static const DemoAction vive_actions[] = {
  { "Sekretariatet sender VIVE’s analyse og oplæggets slides til medlemmerne", "Mette Kjærgaard", NULL, FALSE,
    7, DUE_AFTER_MEETING, "done" },
};

static const DemoAction support_actions[] = {
  { "Oplæg til en styrket rådgivning af kommunerne", NULL, "Socialstyrelsen", FALSE,
    14, DUE_BEFORE_DECEMBER, "open" },
  { "Kommunernes erfaringer med rådgivningsforløb samles til oplægget", NULL, "Kommunernes Landsforening", FALSE,
    -21, DUE_FROM_TODAY, "open" },
  { "Odense Kommunes model for tidlig opsporing deles med medlemmerne", "Per Østergaard", NULL, FALSE,
    -45, DUE_FROM_TODAY, "open" },
};

static const DemoAction workshop_actions[] = {
  { "Notat om barrierer og løsninger til dialogforums møde i maj", "Hanne Skovgaard", NULL, TRUE,
    28, DUE_BEFORE_NEXT_MAY, "open" },
  { "Sekretariatet indkalder til arbejdsgruppens første møde", "Mette Kjærgaard", NULL, TRUE,
    30, DUE_AFTER_MEETING, "done" },
};

static const DemoAction closing_actions[] = {
  { "Ekstra temamøde om rekruttering i juni", "Mette Kjærgaard", NULL, FALSE,
    30, DUE_AFTER_MEETING, "dropped" },
};

static const DemoMinutes may_minutes[] = {
  { "Velkomst og præsentationsrunde",
    "Karen Lundgaard bød velkommen. Medlemmerne fortalte kort om, hvad der fylder mest i deres kommuner lige nu.",
    NULL, NULL, 0 },
  { "Nyt fra Socialstyrelsen",
    "Thomas Riis Mikkelsen orienterede om arbejdet med de nationale mål på socialområdet og om den kommende "
    "rådgivningsindsats over for kommunerne.",
    "Dialogforum tog orienteringen til efterretning.", NULL, 0 },
  { "Kommunernes udfordringsbillede på området for udsatte børn og unge",
    "Trine Vang fremlagde VIVE’s seneste analyser. Medlemmerne genkendte billedet af flere forebyggende indsatser, "
    "men pegede på store forskelle mellem kommunerne.",
    NULL, vive_actions, G_N_ELEMENTS (vive_actions) },
  { "Hvordan kan Socialstyrelsen bedst understøtte kommunerne?",
    "Drøftelsen pegede på behovet for hurtigere adgang til viden og for rådgivning, der tager udgangspunkt i den "
    "enkelte kommunes situation.",
    "Socialstyrelsen udarbejder et oplæg til en styrket rådgivning af kommunerne, som drøftes på mødet i december.",
    support_actions, G_N_ELEMENTS (support_actions) },
  { "Sammenhængende indsatser for voksne med komplekse støttebehov",
    "Grupperne pegede på den manglende sammenhæng mellem social-, beskæftigelses- og sundhedsindsatserne som den "
    "største barriere.",
    "Dialogforum nedsætter en arbejdsgruppe om sammenhængende indsatser for voksne med komplekse støttebehov med "
    "Hanne Skovgaard som formand. Arbejdsgruppen afrapporterer på mødet i maj næste år.",
    workshop_actions, G_N_ELEMENTS (workshop_actions) },
  { "Opsamling fra workshoppen og aftaler om opfølgning",
    "Karen Lundgaard samlede op på dagens drøftelser.",
    "Sekretariatet følger op på aftalerne på næste møde.",
    closing_actions, G_N_ELEMENTS (closing_actions) },
};

static char *
due_date (Demo             *demo,
          const DemoAction *action)
{
  g_autofree char *after_meeting = days_after (demo->may, 1);

  switch (action->due_from)
    {
    case DUE_BEFORE_DECEMBER:
      return days_after (demo->december, -action->due);
    case DUE_BEFORE_NEXT_MAY:
      return days_after (demo->next_may, -action->due);
    case DUE_FROM_TODAY:
      return days_from_today (demo, action->due, after_meeting);
    default:
      return days_after (demo->may, action->due);
    }
}

static gboolean
fill_minutes (Demo     *demo,
              gint64    group,
              GError  **error)
{
  gint64 may = df_meeting_get_id (demo->may);
  g_autofree char *approved = days_after (demo->may, 21);
  g_autofree char *today = df_date_to_iso (&demo->today);

  for (guint i = 0; i < G_N_ELEMENTS (may_minutes); i++)
    {
      const DemoMinutes *minutes = &may_minutes[i];
      gint64 item = item_titled (demo, demo->may, minutes->item);

      if (!df_store_save_minutes_item (demo->store, item, minutes->summary,
                                       minutes->decisions != NULL ? minutes->decisions : "", error))
        return FALSE;
      for (guint a = 0; a < minutes->n_actions; a++)
        {
          const DemoAction *demo_action = &minutes->actions[a];
          g_autofree char *due = due_date (demo, demo_action);
          g_autoptr (DfAction) action = g_object_new (DF_TYPE_ACTION,
                                                      "agenda-item-id", item,
                                                      "description", demo_action->description,
                                                      "owner-person-id", demo_action->person != NULL
                                                        ? df_demo_person_id (demo->store, demo_action->person) : (gint64) 0,
                                                      "owner-organisation-id", demo_action->organisation != NULL
                                                        ? organisation_id (demo, demo_action->organisation) : (gint64) 0,
                                                      "working-group-id", demo_action->working_group ? group : (gint64) 0,
                                                      "due-date", due,
                                                      "status", demo_action->status,
                                                      NULL);

          if (df_store_save_action (demo->store, action, error) == 0)
            return FALSE;
        }
    }
  /* Approved three weeks after the meeting, once that day has come. */
  if (g_strcmp0 (approved, today) > 0)
    return TRUE;
  return df_store_approve_minutes (demo->store, may, approved, error);
}

gboolean
df_demo_fill_followup (DfStore  *store,
                       GDate    *today,
                       GError  **error)
{
  int year = g_date_get_year (today);
  Demo demo = { store, *today, NULL, NULL, NULL, NULL };
  gint64 arrangers[1], organisations[1];
  gint64 group;

  demo.may = find_meeting (store, "forum", year, G_DATE_MAY);
  demo.study_trip = find_meeting (store, "study-trip", year, G_DATE_SEPTEMBER);
  demo.december = find_meeting (store, "forum", year, G_DATE_DECEMBER);
  demo.next_may = find_meeting (store, "forum", year + 1, G_DATE_MAY);
  if (demo.may == NULL || demo.study_trip == NULL || demo.december == NULL || demo.next_may == NULL)
    {
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_FAILED,
                   _("The demo’s meetings are missing, so its minutes and proposals cannot be made."));
      return FALSE;
    }

  /* The study trip is Aarhus's invitation, arranged by its director. */
  arrangers[0] = df_demo_person_id (store, "Hanne Skovgaard");
  organisations[0] = organisation_id (&demo, "Aarhus Kommune");
  if (!df_store_set_meeting_arrangers (store, df_meeting_get_id (demo.study_trip), arrangers, 1,
                                       organisations, 1, error))
    return FALSE;

  group = fill_working_group (&demo, error);
  return group != 0 &&
         fill_minutes (&demo, group, error) &&
         fill_proposals (&demo, error) &&
         /* The May meeting's approved minutes went out; the study trip's
          * are still to write, and show as late. */
         (!g_str_equal (df_meeting_get_status (demo.may), "held") ||
          df_store_set_task_done (store, df_meeting_get_id (demo.may), DF_TASK_MINUTES, TRUE, error));
}
