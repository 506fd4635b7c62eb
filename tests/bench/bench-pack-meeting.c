/* bench-pack-meeting.c: adds to a database the meeting whose pack is the
 * pack benchmark's large one, and prints its id.
 *
 * A theme day of the whole forum with guests: 36 agenda items with long
 * descriptions, 65 accepted guests (a table card each, name badges, the
 * participant list and the sign-in sheet), and two attachments of three
 * pages each: about 100 pages in all. tests/bench/pack.py checks the
 * count with pdfinfo and times the export through the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "dialogforum/df-date.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "dialogforum/df-store-participants.h"

#define N_ITEMS 36
#define N_GUESTS 65
#define N_ATTACHMENTS 2
#define ATTACHMENT_PAGES 3

static const char * const topics[] = {
  "udsatte børn og unge", "voksne med komplekse støttebehov", "handicapområdet", "socialpsykiatrien",
  "hjemløshed", "rekruttering og fastholdelse", "data i styringen", "tidlig indsats og forebyggelse",
  "samarbejdet med regionerne",
};

static const char * const formats[] = { "presentation", "discussion", "workshop", "group-work" };

static const char *description =
  "Oplægget samler erfaringer fra kommuner, der i de seneste år har arbejdet målrettet med området, og "
  "peger på, hvad der skal til, for at indsatserne hænger sammen for borgerne. Der lægges vægt på den "
  "kommunale ledelses rolle, på samarbejdet mellem fagområderne og på systematisk opfølgning på, hvordan "
  "det går borgerne.\n"
  "Medlemmerne bedes forberede et kort indlæg om deres egen kommunes erfaringer: hvad er lykkedes, hvad "
  "har været svært, og hvor kan Socialstyrelsen bidrage med viden, rådgivning eller redskaber? "
  "Sekretariatet samler indlæggene op i referatet og foreslår, hvordan dialogforum følger op.";

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF of a few pages of text, as a note from outside would be. */
static GBytes *
make_attachment (const char *title)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, 595.28, 841.89);
  cairo_t *cr = cairo_create (surface);
  g_autoptr (PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("DejaVu Sans 11");
  g_autoptr (GString) text = g_string_new (title);

  for (int i = 0; i < 5; i++)
    g_string_append_printf (text, "\n\n%s", description);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (595 - 144) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_text (layout, text->str, -1);
  for (int page = 0; page < ATTACHMENT_PAGES; page++)
    {
      cairo_move_to (cr, 72, 72);
      pango_cairo_show_layout (cr, layout);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static gint64
add_meeting (DfStore  *store,
             GError  **error)
{
  g_autofree char *today = df_date_today_iso ();
  g_autoptr (DfMeeting) meeting = g_object_new (DF_TYPE_MEETING,
                                                "title", "Temadag for Strategisk dialogforum og gæster",
                                                "kind", "other",
                                                "date", today,
                                                "start-time", 8 * 60,
                                                "end-time", 8 * 60 + N_ITEMS * 15,
                                                "full-day", TRUE,
                                                "venue-name", "Socialstyrelsen",
                                                "venue-address", "Edisonsvej 1, 5000 Odense C",
                                                "status", "invited",
                                                NULL);

  return df_store_save_meeting (store, meeting, error);
}

static gboolean
add_agenda (DfStore  *store,
            gint64    meeting_id,
            GError  **error)
{
  for (int i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Oplæg og drøftelse %d: %s", i + 1,
                                                topics[i % G_N_ELEMENTS (topics)]);
      g_autoptr (DfAgendaItem) item = g_object_new (DF_TYPE_AGENDA_ITEM,
                                                    "meeting-id", meeting_id,
                                                    "position", i,
                                                    "title", title,
                                                    "format", formats[i % G_N_ELEMENTS (formats)],
                                                    "purpose", "discussion",
                                                    "duration", 15,
                                                    "description", description,
                                                    NULL);
      gint64 id = df_store_save_agenda_item (store, item, error);

      if (id == 0)
        return FALSE;
      if (i < N_ATTACHMENTS)
        {
          g_autofree char *name = g_strdup_printf ("Notat om %s", topics[i]);
          g_autofree char *file = g_strconcat (name, ".pdf", NULL);
          g_autoptr (GBytes) pdf = make_attachment (name);

          if (df_store_add_attachment (store, id, name, file, "application/pdf", pdf, error) == 0)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_guests (DfStore  *store,
            gint64    meeting_id,
            GError  **error)
{
  g_autofree char *today = df_date_today_iso ();

  for (int i = 0; i < N_GUESTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Gæst %02d Østergaard Ågård", i + 1);
      g_autofree char *email = g_strdup_printf ("gaest%02d@kommune.example", i + 1);
      g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON, "name", name, "title", "Socialchef",
                                                  "email", email, "is-external", TRUE, NULL);
      gint64 person_id = df_store_save_person (store, person, error);
      gint64 participant = person_id != 0 ? df_store_add_participant (store, meeting_id, person_id, "guest", error) : 0;

      if (participant == 0 ||
          !df_store_record_reply (store, participant, "accepted", 0, today, "email", error))
        return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;
  gint64 id = 0;

  if (argc != 2)
    {
      g_printerr ("usage: bench-pack-meeting DATABASE\n");
      return 2;
    }
  store = df_store_open (argv[1], DF_STORE_OPEN_DEFAULT, &error);
  if (store != NULL)
    id = add_meeting (store, &error);
  if (id == 0 || !add_agenda (store, id, &error) || !add_guests (store, id, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}
