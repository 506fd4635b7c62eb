/* df-poppler-private.h: poppler-glib, opened when first needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <poppler.h>

G_BEGIN_DECLS

/* The few functions of poppler-glib the pack uses to read and draw its
 * PDF attachments, found in the library once it is open. */
typedef struct
{
  PopplerDocument *(*document_new_from_bytes)  (GBytes          *bytes,
                                                const char      *password,
                                                GError         **error);
  int              (*document_get_n_pages)     (PopplerDocument *document);
  PopplerPage     *(*document_get_page)        (PopplerDocument *document,
                                                int              index);
  void             (*page_get_size)            (PopplerPage     *page,
                                                double          *width,
                                                double          *height);
  void             (*page_render_for_printing) (PopplerPage     *page,
                                                cairo_t         *cr);
} DfPoppler;

/* Starts opening the library in a thread of its own, for a job that will
 * read attachments after other work. */
void             df_poppler_preload (void);
/* The library's functions, waiting for the preload if one runs; NULL and
 * @error when the library cannot be opened. Any thread. */
const DfPoppler *df_poppler_get     (GError **error);

G_END_DECLS
