/* df-demo-meetings.c: the demo's meetings. This year's two meetings of
 * the forum (a full day with lunch, and a half day whose agenda runs a
 * quarter of an hour over), a study trip, and next year's first meeting;
 * two attachments made as real PDF files.
 *
 * The people are the demo register's; an agenda names whoever of them
 * the register holds, and nobody when it holds none of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-demo"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-meetings.h"
#include "df-demo-private.h"
#include "df-store-private.h"

#define HM(h, m) ((h) * 60 + (m))
#define A4_WIDTH 595.28
#define A4_HEIGHT 841.89

typedef struct
{
  const char *title;
  const char *format;
  const char *purpose;
  int         duration;
  int         fixed_start;
  const char *presenters;     /* names, comma-separated */
  const char *description;
  const char *attachment;     /* the title of a PDF made for it */
  const char *attachment_text;
} DemoItem;

typedef struct
{
  const char     *title;
  const char     *kind;
  int             years_ahead;
  GDateMonth      month;
  int             start;
  int             end;
  gboolean        full_day;
  const char     *venue_name;
  const char     *venue_address;
  const char     *online_link;
  const char     *responsible;
  const char     *notes;
  const DemoItem *items;
  guint           n_items;
} DemoMeeting;

static const DemoItem spring_items[] = {
  { "Velkomst og præsentationsrunde", "welcome", "information", 20, -1, "Karen Lundgaard", NULL, NULL, NULL },
  { "Nyt fra Socialstyrelsen", "presentation", "information", 25, -1, "Thomas Riis Mikkelsen", NULL, NULL, NULL },
  { "Kommunernes udfordringsbillede på området for udsatte børn og unge", "presentation", "discussion", 30, -1,
    "Trine Vang",
    "Oplæg ved VIVE om de seneste analyser af udviklingen i anbringelser og forebyggende indsatser.", NULL, NULL },
  { "Pause", "break", "", 15, -1, NULL, NULL, NULL, NULL },
  { "Hvordan kan Socialstyrelsen bedst understøtte kommunerne?", "discussion", "discussion", 60, -1, NULL,
    "Drøftelse i plenum med udgangspunkt i formiddagens oplæg.", NULL, NULL },
  { "Frokost", "lunch", "", 45, HM (12, 0), NULL, NULL, NULL, NULL },
  { "Sammenhængende indsatser for voksne med komplekse støttebehov", "workshop", "discussion", 90, -1,
    "Hanne Skovgaard, Søren Hjort",
    "Workshop i tre grupper. Hver gruppe udpeger de tre vigtigste barrierer og et bud på, hvad der skal til.",
    NULL, NULL },
  { "Pause", "break", "", 15, -1, NULL, NULL, NULL, NULL },
  { "Opsamling fra workshoppen og aftaler om opfølgning", "summary", "decision", 40, -1, "Karen Lundgaard",
    NULL, NULL, NULL },
  { "Eventuelt og afrunding", "any-other-business", "information", 20, -1, NULL, NULL, NULL, NULL },
};

static const DemoItem study_trip_items[] = {
  { "Velkomst ved Aarhus Kommune", "welcome", "information", 15, -1, "Hanne Skovgaard", NULL, NULL, NULL },
  { "Besøg på et botilbud: rundvisning og oplæg", "presentation", "information", 90, -1, NULL,
    "Ledelse og medarbejdere fortæller om botilbuddets recoveryorienterede arbejde.", NULL, NULL },
  { "Frokost", "lunch", "", 45, HM (12, 0), NULL, NULL, NULL, NULL },
  { "Dialog med borgere og medarbejdere", "discussion", "discussion", 75, -1, NULL, NULL, NULL, NULL },
  { "Opsamling: Hvad tager vi med hjem?", "summary", "discussion", 30, -1, "Karen Lundgaard", NULL, NULL, NULL },
};

static const DemoItem winter_items[] = {
  { "Velkomst", "welcome", "information", 10, -1, "Karen Lundgaard", NULL, NULL, NULL },
  { "Opfølgning fra mødet i maj", "presentation", "information", 20, -1, "Mette Kjærgaard", NULL, NULL, NULL },
  { "Tidlig indsats og forebyggelse på børne- og ungeområdet", "presentation", "discussion", 35, -1,
    "Per Østergaard",
    "Oplæg om erfaringer fra kommunernes omstilling til en mere forebyggende indsats.",
    "Notat om tidlig indsats og forebyggelse",
    "Notatet samler erfaringer fra syv kommuner, der i de seneste år har flyttet ressourcer fra anbringelser "
    "til tidlige og forebyggende indsatser. Det peger på tre forudsætninger: en fælles retning i den kommunale "
    "ledelse, et tæt samarbejde med skoler og dagtilbud, og systematisk opfølgning på, hvordan det går børnene "
    "og familierne. Notatet lægger op til drøftelse af, hvordan Socialstyrelsen bedst understøtter omstillingen." },
  { "Gruppearbejde: Kommunernes erfaringer med tidlig indsats", "group-work", "discussion", 45, -1, NULL,
    NULL, NULL, NULL },
  { "Pause", "break", "", 15, -1, NULL, NULL, NULL, NULL },
  { "Emner til dialogforum i det kommende år", "discussion", "decision", 40, -1, "Karen Lundgaard",
    "Sekretariatet har samlet medlemmernes forslag til emner. Dialogforum beslutter årsplanen.",
    "Forslag til årsplan for dialogforum",
    "Sekretariatet foreslår, at dialogforum i det kommende år sætter fokus på rekruttering og fastholdelse af "
    "medarbejdere, på udviklingen i udgifterne på det specialiserede socialområde og på samarbejdet mellem "
    "kommuner og regioner om borgere med psykiske vanskeligheder. Forslagene bygger på medlemmernes input." },
  /* Ends at 12.45: the deliberate quarter of an hour too much. */
  { "Opsamling og eventuelt", "summary", "information", 30, -1, NULL, NULL, NULL, NULL },
};

static const DemoItem next_spring_items[] = {
  { "Velkomst", "welcome", "information", 15, -1, "Karen Lundgaard", NULL, NULL, NULL },
  { "Udviklingen i udgifterne på det specialiserede socialområde", "presentation", "information", 30, -1, NULL,
    NULL, NULL, NULL },
  { "Drøftelse af udgiftsudviklingen", "discussion", "discussion", 45, -1, NULL, NULL, NULL, NULL },
  { "Pause", "break", "", 15, -1, NULL, NULL, NULL, NULL },
  { "Rekruttering og fastholdelse af medarbejdere", "workshop", "discussion", 45, -1, NULL, NULL, NULL, NULL },
  { "Opsamling og eventuelt", "summary", "information", 30, -1, NULL, NULL, NULL, NULL },
};

static const DemoMeeting meetings[] = {
  { "Møde i Strategisk dialogforum", "forum", 0, G_DATE_MAY, HM (9, 30), HM (15, 30), TRUE,
    "Socialstyrelsen", "Edisonsvej 1, 5000 Odense C", "", "Mette Kjærgaard",
    "Frokost bestilt til 20 personer.", spring_items, G_N_ELEMENTS (spring_items) },
  { "Studietur til Aarhus: Nye veje i socialpsykiatrien", "study-trip", 0, G_DATE_SEPTEMBER, HM (10, 0), HM (15, 0),
    TRUE, "Aarhus Rådhus", "Rådhuspladsen 2, 8000 Aarhus C", "", "Jonas Vestergaard",
    "Fælles bus fra Aarhus H kl. 9.30.", study_trip_items, G_N_ELEMENTS (study_trip_items) },
  { "Møde i Strategisk dialogforum", "forum", 0, G_DATE_DECEMBER, HM (9, 30), HM (12, 30), FALSE,
    "KL-huset", "Weidekampsgade 10, 2300 København S", "https://moede.socialstyrelsen.example/dialogforum",
    "Mette Kjærgaard", "", winter_items, G_N_ELEMENTS (winter_items) },
  { "Møde i Strategisk dialogforum", "forum", 1, G_DATE_MAY, HM (9, 30), HM (12, 30), FALSE,
    "Socialstyrelsen", "Edisonsvej 1, 5000 Odense C", "", "Jonas Vestergaard",
    "", next_spring_items, G_N_ELEMENTS (next_spring_items) },
};

/* The forum meets on Tuesdays: the second one of the month. */
static void
second_tuesday (GDate      *date,
                int         year,
                GDateMonth  month)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, month, year);
  while (g_date_get_weekday (date) != G_DATE_TUESDAY)
    g_date_add_days (date, 1);
  g_date_add_days (date, 7);
}

static const char *
status_on (const GDate *date,
           const GDate *today)
{
  int days = g_date_days_between (today, date);

  if (days < 0)
    return "held";
  /* Invitations go out five weeks ahead. */
  return days <= 35 ? "invited" : "planned";
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Shows @text at @y and returns where the next paragraph goes. */
static double
show_text (cairo_t    *cr,
           const char *text,
           const char *font,
           double      y)
{
  g_autoptr (PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) description = pango_font_description_from_string (font);
  int height;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) ((A4_WIDTH - 2 * 72) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, 72, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &height);
  return y + (double) height / PANGO_SCALE + 18;
}

/* A one-page PDF, as an attachment in real life would be. */
static GBytes *
make_pdf (const char  *title,
          const char  *text,
          GError     **error)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, A4_WIDTH, A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Socialstyrelsen");
  show_text (cr, "FORTROLIGT", "DejaVu Sans, sans-serif Bold 9", 40);
  show_text (cr, text, "DejaVu Sans, sans-serif 11",
             show_text (cr, title, "DejaVu Sans, sans-serif Bold 16", 90));
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (bytes);
      g_set_error (error, DF_STORE_ERROR, DF_STORE_ERROR_FAILED,
                   _("The demo attachment “%s” could not be made: %s."), title, cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (bytes);
}

static gboolean
fill_item (DfStore         *store,
           gint64           meeting_id,
           guint            position,
           const DemoItem  *demo,
           GError         **error)
{
  g_autoptr (DfAgendaItem) item = g_object_new (DF_TYPE_AGENDA_ITEM,
                                                "meeting-id", meeting_id,
                                                "position", (int) position,
                                                "title", demo->title,
                                                "format", demo->format,
                                                "purpose", demo->purpose,
                                                "duration", demo->duration,
                                                "fixed-start", demo->fixed_start,
                                                "description", demo->description,
                                                NULL);
  g_autoptr (GArray) presenters = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto (GStrv) names = demo->presenters != NULL ? g_strsplit (demo->presenters, ", ", -1) : NULL;
  gint64 id = df_store_save_agenda_item (store, item, error);

  if (id == 0)
    return FALSE;
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      gint64 person = df_demo_person_id (store, names[i]);

      if (person != 0)
        g_array_append_val (presenters, person);
    }
  if (presenters->len > 0 &&
      !df_store_set_presenters (store, id, (gint64 *) presenters->data, presenters->len, error))
    return FALSE;
  if (demo->attachment != NULL)
    {
      g_autoptr (GBytes) pdf = make_pdf (demo->attachment, demo->attachment_text, error);
      g_autofree char *file_name = g_strconcat (demo->attachment, ".pdf", NULL);

      if (pdf == NULL ||
          df_store_add_attachment (store, id, demo->attachment, file_name, "application/pdf", pdf, error) == 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
df_demo_fill_meetings (DfStore  *store,
                       GDate    *today,
                       GError  **error)
{
  for (guint m = 0; m < G_N_ELEMENTS (meetings); m++)
    {
      const DemoMeeting *demo = &meetings[m];
      g_autoptr (DfMeeting) meeting = NULL;
      g_autofree char *date_text = NULL;
      g_autofree char *deadline_text = NULL;
      GDate date, deadline;
      gint64 id;

      second_tuesday (&date, g_date_get_year (today) + demo->years_ahead, demo->month);
      deadline = date;
      g_date_subtract_days (&deadline, 28);
      date_text = df_date_to_iso (&date);
      deadline_text = df_date_to_iso (&deadline);
      meeting = g_object_new (DF_TYPE_MEETING,
                              "title", demo->title,
                              "kind", demo->kind,
                              "date", date_text,
                              "start-time", demo->start,
                              "end-time", demo->end,
                              "full-day", demo->full_day,
                              "venue-name", demo->venue_name,
                              "venue-address", demo->venue_address,
                              "online-link", demo->online_link,
                              "status", status_on (&date, today),
                              "responsible-id", df_demo_person_id (store, demo->responsible),
                              "proposal-deadline", deadline_text,
                              "notes", demo->notes,
                              NULL);
      id = df_store_save_meeting (store, meeting, error);
      if (id == 0)
        return FALSE;
      for (guint i = 0; i < demo->n_items; i++)
        if (!fill_item (store, id, i, &demo->items[i], error))
          return FALSE;
    }
  return TRUE;
}
