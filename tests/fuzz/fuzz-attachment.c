/* fuzz-attachment.c: libFuzzer target for the attachments (bilag) the
 * secretariat adds from files: poppler reads them when the meeting pack
 * takes them in (and refuses what is not a readable PDF), and draws
 * their pages into the pack, as an export does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <stdlib.h>

#include "dialogforum/df-pack-document.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* Enough pages to draw every kind of page the input holds, few enough
 * that a page count in the thousands does not stall the fuzzer. */
#define MAX_PAGES_DRAWN 8

/* A warning or a critical (poppler-glib's included) is a finding: it
 * aborts, which libFuzzer catches and saves, where GLib's own fatal
 * warnings would stop on a breakpoint trap that libFuzzer does not. */
static GLogWriterOutput
abort_on_warning (GLogLevelFlags   level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return output;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (abort_on_warning, NULL, NULL);
  return 0;
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (DfPackDocument) document = df_pack_document_new (NULL);
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean added;
  int n_pages;

  added = df_pack_document_add_attachment (document, bytes, "Bilag", &error);
  /* Refused with a message, or taken in with at least one page. */
  g_assert (added == (error == NULL));
  n_pages = df_pack_document_get_n_pages (document);
  g_assert (added ? n_pages >= 1 : n_pages == 0);
  if (n_pages == 0)
    return 0;
  surface = cairo_pdf_surface_create_for_stream (discard, NULL, 1, 1);
  cr = cairo_create (surface);
  for (int i = 0; i < MIN (n_pages, MAX_PAGES_DRAWN); i++)
    {
      double width, height;

      df_pack_document_get_page_size (document, i, &width, &height);
      g_assert (width > 0 && height > 0);
      cairo_pdf_surface_set_size (surface, width, height);
      df_pack_document_draw_page (document, cr, i, width, height);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return 0;
}
