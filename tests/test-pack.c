/* test-pack.c: the printed meeting pack, rendered to PDF and read back
 * with poppler as a reader's PDF viewer would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>

#include "dialogforum/df-composition.h"
#include "dialogforum/df-date.h"
#include "dialogforum/df-demo.h"
#include "dialogforum/df-pack-document.h"
#include "dialogforum/df-pack-language.h"
#include "dialogforum/df-pack-meeting.h"
#include "dialogforum/df-pack-minutes.h"
#include "dialogforum/df-pack-names.h"
#include "dialogforum/df-pack-roster.h"
#include "dialogforum/df-store-followup.h"
#include "dialogforum/df-store-meetings.h"
#include "dialogforum/df-store-members.h"
#include "df-test-util.h"

/* poppler-glib 22.12 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerFontInfo, g_object_unref)

#define PARAGRAPH "Formålet med punktet er at drøfte, hvordan kommunerne og Socialstyrelsen i fællesskab " \
                  "kan styrke indsatsen for børn og unge i udsatte positioner, og hvad der skal til."

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = df_test_make_dir ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  df_test_remove_dir (f->dir);
  g_free (f->dir);
}

static DfPackDocument *
new_document (void)
{
  const DfPackHeader header = { NULL, "Forårsmøde", "2023-03-14", NULL };

  return df_pack_document_new (&header);
}

/* Renders @document into the fixture's folder and opens the result. */
static PopplerDocument *
render (Fixture        *f,
        DfPackDocument *document)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "pack.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *pdf;

  g_assert_true (df_pack_document_render_pdf (document, path, &error));
  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, df_pack_document_get_n_pages (document));
  return pdf;
}

static char *
page_text (PopplerDocument *pdf,
           int              page_nr)
{
  g_autoptr (GObject) page = G_OBJECT (poppler_document_get_page (pdf, page_nr));

  return poppler_page_get_text (POPPLER_PAGE (page));
}

/* The page's text with its lines joined, for text that may wrap. */
static char *
page_words (PopplerDocument *pdf,
            int              page_nr)
{
  g_autofree char *text = page_text (pdf, page_nr);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strjoinv (" ", lines);
}

static void
assert_every_page_framed (PopplerDocument *pdf,
                          const char      *marking)
{
  int n_pages = poppler_document_get_n_pages (pdf);

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *text = page_text (pdf, i);
      g_autofree char *number = g_strdup_printf ("Side %d af %d", i + 1, n_pages);

      g_assert_nonnull (strstr (text, marking));
      g_assert_nonnull (strstr (text, number));
    }
}

static void
add_paragraphs (DfPackDocument *document,
                int             n)
{
  for (int i = 0; i < n; i++)
    df_pack_document_add_paragraph (document, PARAGRAPH);
}

static void
test_every_page_framed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (PopplerDocument) pdf = NULL;

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  df_pack_document_add_heading (document, 1, "Dagsorden");
  add_paragraphs (document, 40);
  df_pack_document_begin_sheet (document, "Referat", DF_PACK_LANDSCAPE);
  df_pack_document_add_heading (document, 1, "Referat");
  add_paragraphs (document, 2);

  pdf = render (f, document);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 3);
  assert_every_page_framed (pdf, "FORTROLIGT");
  /* The header names the forum and the meeting on every page. */
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *text = page_text (pdf, i);

      g_assert_nonnull (strstr (text, "Strategisk dialogforum på det sociale område"));
      g_assert_nonnull (strstr (text, "Forårsmøde"));
    }
}

static void
test_marking_is_a_parameter (Fixture       *f,
                             gconstpointer  data)
{
  const DfPackHeader header = { NULL, NULL, NULL, "INTERNT" };
  g_autoptr (DfPackDocument) document = df_pack_document_new (&header);
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;

  df_pack_document_begin_sheet (document, "Notat", DF_PACK_PORTRAIT);
  df_pack_document_add_paragraph (document, "Kort.");
  pdf = render (f, document);
  assert_every_page_framed (pdf, "INTERNT");
  text = page_text (pdf, 0);
  g_assert_null (strstr (text, "FORTROLIGT"));
}

static void
test_danish_text_exact (Fixture       *f,
                        gconstpointer  data)
{
  const char *text = "Æblegrød på Ærø – øl, ål og blåbær kl. 9.30–15.00";
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autofree char *page = NULL;

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  df_pack_document_add_paragraph (document, text);
  df_pack_document_add_key_value (document, "Sted", "Socialstyrelsen, Odense");
  pdf = render (f, document);
  page = page_text (pdf, 0);
  g_assert_nonnull (strstr (page, text));
  g_assert_nonnull (strstr (page, "Socialstyrelsen, Odense"));
  /* The meeting's date in the header, in Danish whatever the locale. */
  g_assert_nonnull (strstr (page, "Forårsmøde · tirsdag den 14. marts 2023"));
}

static void
test_danish_dates (void)
{
  const struct { const char *iso; const char *text; } dates[] = {
    { "2023-03-14", "tirsdag den 14. marts 2023" },
    { "2022-01-01", "lørdag den 1. januar 2022" },
    { "2023-12-31", "søndag den 31. december 2023" },
    { "2024-05-01", "onsdag den 1. maj 2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *text = df_pack_format_date_iso (dates[i].iso);

      g_assert_cmpstr (text, ==, dates[i].text);
    }
}

static void
test_table_header_repeats (Fixture       *f,
                           gconstpointer  data)
{
  const DfPackColumn columns[] = { { "Række", 1 }, { "Navn", 3 }, { "Kolonneoverskrift", 3 } };
  const int n_rows = 150;
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (DfPackTable) table = df_pack_table_new (columns, G_N_ELEMENTS (columns));
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (GString) all = g_string_new (NULL);
  int n_pages;

  for (int i = 1; i <= n_rows; i++)
    {
      g_autofree char *key = g_strdup_printf ("r%03dr", i);
      const char *cells[] = { key, "Hanne Skovgaard", i % 10 ? "Aarhus Kommune" : "Kommunernes Landsforening, Center for Social og Sundhed" };

      df_pack_table_add_row (table, cells);
    }
  df_pack_document_begin_sheet (document, "Deltagerliste", DF_PACK_PORTRAIT);
  df_pack_document_add_heading (document, 1, "Deltagerliste");
  df_pack_document_add_table (document, table);
  pdf = render (f, document);

  n_pages = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n_pages, >=, 3);
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *text = page_text (pdf, i);

      g_assert_nonnull (strstr (text, "Kolonneoverskrift"));
      g_string_append (all, text);
    }
  /* Every row once, in order, none lost at a break. */
  for (int i = 1; i <= n_rows; i++)
    {
      g_autofree char *key = g_strdup_printf ("r%03dr", i);
      g_autofree char *next = g_strdup_printf ("r%03dr", i + 1);
      const char *at = strstr (all->str, key);

      g_assert_nonnull (at);
      g_assert_null (strstr (at + 1, key));
      if (i < n_rows)
        g_assert_true (strstr (all->str, next) > at);
    }
}

static DfPackDocument *
lines_then_heading (int      n_lines,
                    gboolean with_body)
{
  DfPackDocument *document = new_document ();

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  for (int i = 0; i < n_lines; i++)
    df_pack_document_add_paragraph (document, "Linje");
  df_pack_document_add_heading (document, 2, "Overskriften");
  if (with_body)
    df_pack_document_add_paragraph (document, "Brødteksten under overskriften.\nOg dens anden linje.");
  return document;
}

static void
test_heading_kept_with_next (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = NULL;
  g_autoptr (DfPackDocument) alone = NULL;
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  int n_lines = 1;

  /* The fewest lines before the heading that push the heading and its
   * text onto a second page. */
  for (;; n_lines++)
    {
      g_clear_object (&document);
      document = lines_then_heading (n_lines, TRUE);
      g_assert_cmpint (n_lines, <, 200);
      if (df_pack_document_get_n_pages (document) == 2)
        break;
    }
  /* The heading alone would still have fitted on the first page ... */
  alone = lines_then_heading (n_lines, FALSE);
  g_assert_cmpint (df_pack_document_get_n_pages (alone), ==, 1);

  /* ... but it went to the second, with the text it heads. */
  pdf = render (f, document);
  first = page_text (pdf, 0);
  second = page_text (pdf, 1);
  g_assert_null (strstr (first, "Overskriften"));
  g_assert_nonnull (strstr (second, "Overskriften"));
  g_assert_nonnull (strstr (second, "Brødteksten under overskriften."));
  g_assert_nonnull (strstr (second, "Og dens anden linje."));
}

static void
check_entry (PopplerIndexIter *iter,
             const char       *title,
             int               page_num)
{
  PopplerAction *action = poppler_index_iter_get_action (iter);

  g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
  g_assert_cmpstr (action->goto_dest.title, ==, title);
  g_assert_nonnull (action->goto_dest.dest);
  g_assert_cmpint (action->goto_dest.dest->page_num, ==, page_num);
  poppler_action_free (action);
}

static void
test_outline_and_metadata (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  PopplerIndexIter *iter, *child;
  int agenda;

  agenda = df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  df_pack_document_add_paragraph (document, "Indledning.");
  df_pack_document_add_page_break (document);
  df_pack_document_add_outline_entry (document, agenda, "1. Velkomst");
  df_pack_document_add_heading (document, 2, "1. Velkomst");
  df_pack_document_add_paragraph (document, PARAGRAPH);
  df_pack_document_begin_sheet (document, "Medlemsoversigt", DF_PACK_PORTRAIT);
  df_pack_document_add_paragraph (document, PARAGRAPH);
  df_pack_document_set_metadata (document, NULL, "Sekretariatet", NULL);
  pdf = render (f, document);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 3);

  iter = poppler_index_iter_new (pdf);
  g_assert_nonnull (iter);
  check_entry (iter, "Dagsorden", 1);
  child = poppler_index_iter_get_child (iter);
  g_assert_nonnull (child);
  check_entry (child, "1. Velkomst", 2);
  g_assert_false (poppler_index_iter_next (child));
  poppler_index_iter_free (child);
  g_assert_true (poppler_index_iter_next (iter));
  check_entry (iter, "Medlemsoversigt", 3);
  g_assert_false (poppler_index_iter_next (iter));
  poppler_index_iter_free (iter);

  title = poppler_document_get_title (pdf);
  author = poppler_document_get_author (pdf);
  subject = poppler_document_get_subject (pdf);
  creator = poppler_document_get_creator (pdf);
  g_assert_cmpstr (title, ==, "Forårsmøde");
  g_assert_cmpstr (author, ==, "Sekretariatet");
  g_assert_cmpstr (subject, ==, "Mødemappe");
  g_assert_cmpstr (creator, ==, "Dialogforum " PACKAGE_VERSION);
}

static void
test_fonts_embedded (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (PopplerFontInfo) info = NULL;
  PopplerFontsIter *fonts = NULL;
  int n_fonts = 0;

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  df_pack_document_add_heading (document, 1, "Dagsorden");
  df_pack_document_add_paragraph (document, PARAGRAPH);
  pdf = render (f, document);

  info = poppler_font_info_new (pdf);
  while (poppler_font_info_scan (info, 1, &fonts))
    {
      if (fonts == NULL)
        continue;
      do
        {
          g_assert_true (poppler_fonts_iter_is_embedded (fonts));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (fonts));
      poppler_fonts_iter_free (fonts);
    }
  g_assert_cmpint (n_fonts, >, 0);
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A small PDF of @n_pages, as another program would make it. */
static GBytes *
make_attachment (int n_pages)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 20);
  for (int i = 1; i <= n_pages; i++)
    {
      g_autofree char *text = g_strdup_printf ("Vedhæftet side %d", i);

      cairo_move_to (cr, 72, 144);
      cairo_show_text (cr, text);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static void
test_attachment_appended (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (GBytes) attachment = make_attachment (2);
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (GError) error = NULL;

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  df_pack_document_add_paragraph (document, PARAGRAPH);
  g_assert_true (df_pack_document_add_attachment (document, attachment, "Notat om udsatte børn", &error));
  g_assert_no_error (error);
  pdf = render (f, document);

  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 3);
  assert_every_page_framed (pdf, "FORTROLIGT");
  for (int i = 1; i <= 2; i++)
    {
      g_autofree char *text = page_text (pdf, i);
      g_autofree char *own = g_strdup_printf ("Vedhæftet side %d", i);

      g_assert_nonnull (strstr (text, "Bilag 1"));
      g_assert_nonnull (strstr (text, "Notat om udsatte børn"));
      g_assert_nonnull (strstr (text, own));
    }
}

static void
test_attachment_not_a_pdf (void)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (GBytes) text = g_bytes_new_static ("Ikke en PDF", 11);
  g_autoptr (GError) error = NULL;

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  g_assert_false (df_pack_document_add_attachment (document, text, "Budget.xlsx", &error));
  g_assert_error (error, DF_PACK_ERROR, DF_PACK_ERROR_ATTACHMENT);
  g_assert_nonnull (strstr (error->message, "Budget.xlsx"));
  g_assert_cmpint (df_pack_document_get_n_pages (document), ==, 1);
}

/* A damaged PDF that counts a page it cannot give (found by fuzzing):
 * refused whole, with a message, and the pack is left as it was. */
static void
test_attachment_damaged (void)
{
  static const char damaged[] =
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (GBytes) pdf = g_bytes_new_static (damaged, sizeof damaged - 1);
  g_autoptr (GError) error = NULL;

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  g_assert_false (df_pack_document_add_attachment (document, pdf, "Notat.pdf", &error));
  g_assert_error (error, DF_PACK_ERROR, DF_PACK_ERROR_ATTACHMENT);
  g_assert_nonnull (strstr (error->message, "Notat.pdf"));
  g_assert_cmpint (df_pack_document_get_n_pages (document), ==, 1);
}

static void
test_roster_from_demo (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "demo.sqlite", NULL);
  g_autofree char *today = df_date_today_iso ();
  g_autoptr (DfPackDocument) document = df_pack_document_new (NULL);
  g_autoptr (DfStore) store = NULL;
  g_autoptr (DfComposition) composition = NULL;
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (GString) all = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *long_date = df_pack_format_date_iso (today);
  int n_names = 0;

  g_assert_true (df_demo_create (path, &error));
  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (df_pack_add_roster_sheet_from_store (document, store, today, &error));
  g_assert_no_error (error);
  pdf = render (f, document);
  assert_every_page_framed (pdf, "FORTROLIGT");
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *words = page_words (pdf, i);

      g_string_append (all, words);
    }

  g_assert_nonnull (strstr (all->str, "Medlemsoversigt"));
  /* Without a meeting, the header carries the roster's own date. */
  g_assert_nonnull (strstr (all->str, long_date));
  composition = df_store_compose_on (store, today, &error);
  g_assert_no_error (error);
  for (guint s = 0; s < composition->seats->len; s++)
    {
      DfSeatStatus *status = g_ptr_array_index (composition->seats, s);

      g_assert_nonnull (strstr (all->str, df_seat_kind_get_name (status->kind)));
      for (guint i = 0; i < status->holders->len; i++, n_names++)
        g_assert_nonnull (strstr (all->str, df_membership_get_person_name (g_ptr_array_index (status->holders, i))));
    }
  g_assert_cmpint (n_names, >=, 10);
}

/* The agenda's column headers each fit their column: "Tidspunkt" once
 * broke as "Tidspunk" over "t". */
static void
test_agenda_headers_whole (Fixture       *f,
                           gconstpointer  data)
{
  static const char * const others[] = { "Nr.", "Punkt", "Form", "Oplægsholdere" };
  g_autofree char *path = g_build_filename (f->dir, "demo.sqlite", NULL);
  g_autoptr (DfPackDocument) document = df_pack_document_new (NULL);
  g_autoptr (DfStore) store = NULL;
  g_autoptr (GListModel) meetings = NULL;
  g_autoptr (DfMeeting) first = NULL;
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) pieces = NULL;

  g_assert_true (df_demo_create (path, &error));
  store = df_store_open (path, DF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  meetings = df_store_list_meetings (store, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (meetings, 0);
  g_assert_true (df_pack_add_agenda_sheet (document, store, df_meeting_get_id (first), &error));
  g_assert_no_error (error);
  pdf = render (f, document);
  text = page_text (pdf, 0);
  /* The meeting's time span, then the table's column. */
  pieces = g_strsplit (text, "Tidspunkt", -1);
  g_assert_cmpuint (g_strv_length (pieces), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_nonnull (strstr (text, others[i]));
}

/* Minutes of a full day: approved, a decision and actions under the
 * discussion, nothing under the breaks. */
static gint64
write_minutes (DfStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) agenda = NULL;
  g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON, "name", "Mette Kjærgaard", NULL);
  g_autoptr (DfAgendaItem) discussion = NULL;
  g_autoptr (DfAction) sent = NULL;
  g_autoptr (DfAction) proposal = NULL;
  gint64 meeting = df_store_create_meeting (store, DF_MEETING_TEMPLATE_FULL_DAY, "2030-05-14", &error);
  gint64 mette = df_store_save_person (store, person, &error);

  g_assert_no_error (error);
  agenda = df_store_list_agenda (store, meeting, &error);
  discussion = g_list_model_get_item (agenda, 2);
  g_assert_true (df_store_save_minutes_item (store, df_agenda_item_get_id (discussion),
                                             "Medlemmerne drøftede, hvordan Socialstyrelsen bedst understøtter kommunerne.",
                                             "Socialstyrelsen udarbejder et oplæg om styrket rådgivning.", &error));
  sent = g_object_new (DF_TYPE_ACTION, "agenda-item-id", df_agenda_item_get_id (discussion),
                       "description", "Sekretariatet sender analysen til medlemmerne",
                       "owner-person-id", mette, "due-date", "2030-05-28", "status", "done", NULL);
  proposal = g_object_new (DF_TYPE_ACTION, "agenda-item-id", df_agenda_item_get_id (discussion),
                           "description", "Oplæg om styrket rådgivning af kommunerne",
                           "owner-organisation-id", (gint64) 1, "due-date", "2030-09-01", "status", "open", NULL);
  g_assert_cmpint (df_store_save_action (store, sent, &error), >, 0);
  g_assert_cmpint (df_store_save_action (store, proposal, &error), >, 0);
  g_assert_true (df_store_approve_minutes (store, meeting, "2030-06-02", &error));
  g_assert_no_error (error);
  return meeting;
}

static void
test_minutes_sheet (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "minutes.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = df_store_open (path, DF_STORE_OPEN_CREATE, &error);
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (GString) all = g_string_new (NULL);
  g_autoptr (DfMinutes) draft = NULL;
  g_autoptr (GListModel) agenda = NULL;
  g_autoptr (DfAgendaItem) discussion = NULL;
  g_autofree char *heading = NULL;
  gint64 meeting;

  g_assert_no_error (error);
  meeting = write_minutes (store);
  agenda = df_store_list_agenda (store, meeting, &error);
  discussion = g_list_model_get_item (agenda, 2);
  /* The item's title is as the store wrote it, in the user's language. */
  heading = g_strdup_printf ("3. %s", df_agenda_item_get_title (discussion));
  g_assert_true (df_pack_add_minutes_sheet (document, store, meeting, &error));
  g_assert_no_error (error);
  pdf = render (f, document);
  assert_every_page_framed (pdf, "FORTROLIGT");
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *words = page_words (pdf, i);

      g_string_append (all, words);
    }

  /* In Danish whatever the locale: the sheet, its status, the decision
   * and the actions with their owners and due dates. */
  g_assert_nonnull (strstr (all->str, "Referat"));
  g_assert_nonnull (strstr (all->str, "Godkendt 2.6.2030"));
  g_assert_nonnull (strstr (all->str, "tirsdag den 14. maj 2030"));
  g_assert_nonnull (strstr (all->str, "kl. 9.30–15.30"));
  g_assert_nonnull (strstr (all->str, heading));
  g_assert_nonnull (strstr (all->str, "Medlemmerne drøftede, hvordan Socialstyrelsen bedst understøtter kommunerne."));
  g_assert_nonnull (strstr (all->str, "Beslutning:"));
  g_assert_nonnull (strstr (all->str, "Socialstyrelsen udarbejder et oplæg om styrket rådgivning."));
  g_assert_nonnull (strstr (all->str, "Ansvarlig"));
  g_assert_nonnull (strstr (all->str, "Frist"));
  g_assert_nonnull (strstr (all->str, "Sekretariatet sender analysen til medlemmerne"));
  g_assert_nonnull (strstr (all->str, "Mette Kjærgaard"));
  g_assert_nonnull (strstr (all->str, "28.5.2030"));
  g_assert_nonnull (strstr (all->str, "Udført"));
  g_assert_nonnull (strstr (all->str, "Socialstyrelsen"));
  g_assert_nonnull (strstr (all->str, "1.9.2030"));
  g_assert_nonnull (strstr (all->str, "Åben"));
  /* Breaks and lunch with nothing to say are left out; the items after
   * keep their numbers. */
  {
    g_autoptr (DfAgendaItem) pause = g_list_model_get_item (agenda, 3);
    g_autoptr (DfAgendaItem) next = g_list_model_get_item (agenda, 4);
    g_autofree char *pause_heading = g_strdup_printf ("4. %s", df_agenda_item_get_title (pause));
    g_autofree char *next_heading = g_strdup_printf ("5. %s", df_agenda_item_get_title (next));

    g_assert_null (strstr (all->str, pause_heading));
    g_assert_nonnull (strstr (all->str, next_heading));
  }

  /* Reopened, the minutes print as a draft. */
  g_assert_true (df_store_reopen_minutes (store, meeting, &error));
  draft = df_store_get_minutes (store, meeting, &error);
  g_assert_cmpstr (df_minutes_get_status (draft), ==, "draft");
  g_clear_object (&document);
  g_clear_object (&pdf);
  document = new_document ();
  g_assert_true (df_pack_add_minutes_sheet (document, store, meeting, &error));
  pdf = render (f, document);
  {
    g_autofree char *words = page_words (pdf, 0);

    g_assert_nonnull (strstr (words, "Udkast"));
    g_assert_null (strstr (words, "Godkendt"));
  }

  /* A meeting that is not there is an error, not an empty sheet. */
  g_clear_object (&document);
  document = new_document ();
  g_assert_false (df_pack_add_minutes_sheet (document, store, meeting + 100, &error));
  g_assert_error (error, DF_STORE_ERROR, DF_STORE_ERROR_NO_SUCH_ITEM);
}

static const DfPackName names[] = {
  { "Søren Ågård", "Direktør", "Socialstyrelsen" },
  { "Hanne Skovgaard", "Direktør for Social og Sundhed", "Aarhus Kommune" },
  { "Per Østergaard", NULL, "Odense Kommune" },
  { "Lise Brandt Nielsen", "Social- og beskæftigelsesdirektør", "Aalborg Kommune" },
  { "Maja Winther", "Socialchef", "Foreningen af Socialchefer i Danmark" },
  { "Bo Kristensen", "Børne- og kulturdirektør", "Børne- og Kulturchefforeningen" },
  { "Susanne Melgaard", "Kontorchef", "Kommunernes Landsforening" },
  { "Ida Rosenkvist", "Afdelingschef", "Social- og Ældreministeriets departement" },
  { "Thomas Riis Mikkelsen", "Vicedirektør", "Socialstyrelsen" },
  { "Jens Kragh", "Direktør for Social og Arbejdsmarked", "Horsens Kommune" },
};

static void
test_table_cards (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (PopplerDocument) pdf = NULL;

  df_pack_add_table_cards_sheet (document, names, 3);
  pdf = render (f, document);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 3);
  assert_every_page_framed (pdf, "FORTROLIGT");
  for (int i = 0; i < 3; i++)
    {
      g_autoptr (GObject) page = G_OBJECT (poppler_document_get_page (pdf, i));
      g_autofree char *text = page_text (pdf, i);
      double width, height;

      poppler_page_get_size (POPPLER_PAGE (page), &width, &height);
      g_assert_cmpfloat (width, >, height);
      g_assert_nonnull (strstr (text, names[i].name));
      g_assert_nonnull (strstr (text, names[i].organisation));
    }
}

/* How dark the @size × @size block at @x, @y is, 0 to 255. */
static int
darkness (cairo_surface_t *image,
          int              x,
          int              y,
          int              size)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  int sum = 0;

  for (int j = y; j < y + size; j++)
    for (int i = x; i < x + size; i++)
      sum += 255 - data[j * stride + i * 4 + 1];
  return sum / (size * size);
}

static void
test_table_card_upper_half_upside_down (void)
{
  /* Sized so that the page's centre falls between pixels: turning the
   * picture half a turn maps pixels onto pixels. */
  const int width = 849, height = 600, block = 6;
  g_autoptr (DfPackDocument) document = new_document ();
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (image);
  int ink = 0, turned = 0, shifted = 0;

  df_pack_add_table_cards_sheet (document, names, 1);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  df_pack_document_draw_page (document, cr, 0, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  /* The upper half, less the band's mirror at the top and the fold. */
  for (int y = 36; y + block <= height / 2 - 6; y += block)
    for (int x = 0; x + block <= width; x += block)
      {
        int upper = darkness (image, x, y, block);
        int lower_turned = darkness (image, width - x - block, height - y - block, block);
        int lower_shifted = darkness (image, x, y + height / 2, block);

        if (upper < 40 && lower_turned < 40)
          continue;
        ink++;
        turned += ABS (upper - lower_turned) < 60;
        shifted += ABS (upper - lower_shifted) < 60;
      }
  cairo_surface_destroy (image);

  g_assert_cmpint (ink, >, 50);
  /* The upper half is the lower one turned half round ... */
  g_assert_cmpint (turned * 100, >=, ink * 95);
  /* ... and not an upright copy of it. */
  g_assert_cmpint (shifted * 100, <, ink * 70);
}

/* The size and extent, in points, of the first occurrence of @needle on
 * @page that starts below @below; FALSE when there is none. */
static gboolean
find_text (PopplerPage *page,
           const char  *needle,
           double       below,
           double      *font_size,
           double      *left,
           double      *right,
           double      *top_min,
           double      *top_max)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GList *attributes;
  gboolean found = FALSE;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  attributes = poppler_page_get_text_attributes (page);
  for (const char *at = strstr (text, needle); at != NULL && !found; at = strstr (at + 1, needle))
    {
      glong start = g_utf8_pointer_to_offset (text, at);
      glong end = start + g_utf8_strlen (needle, -1);

      g_assert_cmpint (end, <=, n_rects);
      if (rects[start].y1 <= below)
        continue;
      found = TRUE;
      *left = G_MAXDOUBLE, *right = -G_MAXDOUBLE, *top_min = G_MAXDOUBLE, *top_max = -G_MAXDOUBLE;
      for (glong i = start; i < end; i++)
        {
          if (g_unichar_isspace (g_utf8_get_char (g_utf8_offset_to_pointer (text, i))))
            continue;
          *left = MIN (*left, rects[i].x1);
          *right = MAX (*right, rects[i].x2);
          *top_min = MIN (*top_min, rects[i].y1);
          *top_max = MAX (*top_max, rects[i].y1);
        }
      *font_size = 0;
      for (GList *l = attributes; l != NULL; l = l->next)
        {
          PopplerTextAttributes *attribute = l->data;

          if (attribute->start_index <= start && start <= attribute->end_index)
            *font_size = attribute->font_size;
        }
    }
  poppler_page_free_text_attributes (attributes);
  return found;
}

/* A name too long for a table card at its full 54 points is set in the
 * largest whole point size that keeps it on one line between the card's
 * margins; a short one keeps 54 points. */
static void
test_table_card_long_name_fits (Fixture       *f,
                                gconstpointer  data)
{
  static const DfPackName cards[] = {
    { "Anne-Mette Kristensen Lindholm Bjerregaard", NULL, "Socialstyrelsen" },
    { "Bo Kragh", NULL, "Odense Kommune" },
  };
  const double margin = 18 * 72 / 25.4;
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (GObject) long_page = NULL;
  g_autoptr (GObject) short_page = NULL;
  double width, height, size, left, right, top_min, top_max;

  df_pack_add_table_cards_sheet (document, cards, G_N_ELEMENTS (cards));
  pdf = render (f, document);
  long_page = G_OBJECT (poppler_document_get_page (pdf, 0));
  poppler_page_get_size (POPPLER_PAGE (long_page), &width, &height);

  /* The upright half is the lower one. */
  g_assert_true (find_text (POPPLER_PAGE (long_page), cards[0].name, height / 2,
                            &size, &left, &right, &top_min, &top_max));
  g_assert_cmpfloat (size, <, 54);
  g_assert_cmpfloat (size, >=, 28);
  g_assert_cmpfloat_with_epsilon (size, round (size), 0.01);
  g_assert_cmpfloat_with_epsilon (top_min, top_max, 1);
  g_assert_cmpfloat (left, >=, margin - 1);
  g_assert_cmpfloat (right, <=, width - margin + 1);
  /* A point larger would not have fitted. */
  g_assert_cmpfloat ((right - left) * (size + 1) / size, >, width - 2 * margin - 3);

  short_page = G_OBJECT (poppler_document_get_page (pdf, 1));
  g_assert_true (find_text (POPPLER_PAGE (short_page), cards[1].name, height / 2,
                            &size, &left, &right, &top_min, &top_max));
  g_assert_cmpfloat_with_epsilon (size, 54, 0.01);
}

static void
test_name_badges (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autoptr (PopplerDocument) pdf = NULL;

  df_pack_add_name_badges_sheet (document, names, G_N_ELEMENTS (names));
  pdf = render (f, document);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  assert_every_page_framed (pdf, "FORTROLIGT");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *words = page_words (pdf, i / 8);

      g_assert_nonnull (strstr (words, names[i].name));
      g_assert_nonnull (strstr (words, names[i].organisation));
      if (names[i].title != NULL)
        g_assert_nonnull (strstr (words, names[i].title));
    }
}

static void
assert_folder_holds (const char *dir,
                     const char *only)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, only);
}

static void
test_failed_export_leaves_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autofree char *file = g_build_filename (f->dir, "notat.txt", NULL);
  g_autofree char *in_file = g_build_filename (file, "pakke.pdf", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "mappe.pdf", NULL);
  g_autoptr (GError) error = NULL;

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  df_pack_document_add_paragraph (document, PARAGRAPH);

  /* A folder that cannot hold files (a file stands in its place) ... */
  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  g_assert_false (df_pack_document_render_pdf (document, in_file, &error));
  g_assert_error (error, DF_PACK_ERROR, DF_PACK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "pakke.pdf"));
  assert_folder_holds (f->dir, "notat.txt");
  g_clear_error (&error);
  g_unlink (file);

  /* ... and a failure after the whole PDF was written: a folder has the
   * name asked for. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (df_pack_document_render_pdf (document, folder, &error));
  g_assert_error (error, DF_PACK_ERROR, DF_PACK_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "mappe.pdf"));
  assert_folder_holds (f->dir, "mappe.pdf");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

static void
test_empty_pack_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr (DfPackDocument) document = new_document ();
  g_autofree char *path = g_build_filename (f->dir, "tom.pdf", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (df_pack_document_render_pdf (document, path, &error));
  g_assert_error (error, DF_PACK_ERROR, DF_PACK_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "tom.pdf"));
  assert_folder_holds (f->dir, NULL);
}

static int
count_ink (cairo_surface_t *image,
           int              top,
           int              bottom)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  int width = cairo_image_surface_get_width (image);
  int n = 0;

  for (int y = top; y < bottom; y++)
    for (int x = 0; x < width; x++)
      n += data[y * stride + x * 4 + 1] < 128;
  return n;
}

/* The print preview's path: any cairo_t, any size. */
static void
test_draw_page_on_image (void)
{
  g_autoptr (DfPackDocument) document = new_document ();
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 420, 594);
  cairo_t *cr = cairo_create (image);

  df_pack_document_begin_sheet (document, "Dagsorden", DF_PACK_PORTRAIT);
  df_pack_document_add_heading (document, 1, "Dagsorden");
  add_paragraphs (document, 3);
  df_pack_document_begin_sheet (document, "Fremmødeliste", DF_PACK_LANDSCAPE);
  df_pack_document_add_heading (document, 1, "Fremmødeliste");
  g_assert_cmpint (df_pack_document_get_n_pages (document), ==, 2);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  df_pack_document_draw_page (document, cr, 0, 420, 594);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (image);
  /* Ink in the header, in the body, and the page left white below it. */
  g_assert_cmpint (count_ink (image, 0, 60), >, 20);
  g_assert_cmpint (count_ink (image, 60, 300), >, 200);
  g_assert_cmpint (count_ink (image, 300, 540), ==, 0);

  /* A landscape page fits inside a portrait preview. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  df_pack_document_draw_page (document, cr, 1, 420, 594);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (image);
  g_assert_cmpint (count_ink (image, 0, 140), ==, 0);
  g_assert_cmpint (count_ink (image, 140, 454), >, 200);
  g_assert_cmpint (count_ink (image, 454, 594), ==, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (image);
}

int
main (int   argc,
      char *argv[])
{
  df_test_init (&argc, &argv);

  g_test_add ("/pack/every-page-framed", Fixture, NULL, fixture_set_up, test_every_page_framed, fixture_tear_down);
  g_test_add ("/pack/marking-is-a-parameter", Fixture, NULL, fixture_set_up, test_marking_is_a_parameter, fixture_tear_down);
  g_test_add ("/pack/danish-text-exact", Fixture, NULL, fixture_set_up, test_danish_text_exact, fixture_tear_down);
  g_test_add_func ("/pack/danish-dates", test_danish_dates);
  g_test_add ("/pack/table-header-repeats", Fixture, NULL, fixture_set_up, test_table_header_repeats, fixture_tear_down);
  g_test_add ("/pack/heading-kept-with-next", Fixture, NULL, fixture_set_up, test_heading_kept_with_next, fixture_tear_down);
  g_test_add ("/pack/outline-and-metadata", Fixture, NULL, fixture_set_up, test_outline_and_metadata, fixture_tear_down);
  g_test_add ("/pack/fonts-embedded", Fixture, NULL, fixture_set_up, test_fonts_embedded, fixture_tear_down);
  g_test_add ("/pack/attachment-appended", Fixture, NULL, fixture_set_up, test_attachment_appended, fixture_tear_down);
  g_test_add_func ("/pack/attachment-not-a-pdf", test_attachment_not_a_pdf);
  g_test_add_func ("/pack/attachment-damaged", test_attachment_damaged);
  g_test_add ("/pack/agenda-headers-whole", Fixture, NULL, fixture_set_up, test_agenda_headers_whole, fixture_tear_down);
  g_test_add ("/pack/roster-from-demo", Fixture, NULL, fixture_set_up, test_roster_from_demo, fixture_tear_down);
  g_test_add ("/pack/table-cards", Fixture, NULL, fixture_set_up, test_table_cards, fixture_tear_down);
  g_test_add_func ("/pack/table-card-upper-half-upside-down", test_table_card_upper_half_upside_down);
  g_test_add ("/pack/table-card-long-name-fits", Fixture, NULL, fixture_set_up, test_table_card_long_name_fits, fixture_tear_down);
  g_test_add ("/pack/name-badges", Fixture, NULL, fixture_set_up, test_name_badges, fixture_tear_down);
  g_test_add ("/pack/failed-export-leaves-nothing", Fixture, NULL, fixture_set_up, test_failed_export_leaves_nothing, fixture_tear_down);
  g_test_add ("/pack/empty-pack-refused", Fixture, NULL, fixture_set_up, test_empty_pack_refused, fixture_tear_down);
  g_test_add_func ("/pack/draw-page-on-image", test_draw_page_on_image);
  g_test_add ("/pack/minutes-sheet", Fixture, NULL, fixture_set_up, test_minutes_sheet, fixture_tear_down);
  return g_test_run ();
}
