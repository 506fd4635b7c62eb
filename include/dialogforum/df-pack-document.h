/* df-pack-document.h: the printed meeting pack (Danish: mødemappe), laid
 * out once and drawn anywhere.
 *
 * Sheets (the agenda, the roster, table cards ...) are producers: each
 * begins a sheet and adds blocks to it. The document measures the blocks
 * with Pango in points, independent of any output, paginates the whole
 * pack (so that "Side X af Y" counts every page, attachments included),
 * and only then draws: the same pages onto a print preview, a printer's
 * cairo_t or a PDF file.
 *
 * Every page carries the forum's name, the meeting and its date, the
 * marking (FORTROLIGT unless told otherwise) and "Side X af Y".
 *
 * A document may be built and written in a worker thread (for a long
 * export with progress), one thread at a time.
 *
 * For a GtkPrintOperation: n-pages is df_pack_document_get_n_pages();
 * request-page-setup sets the orientation from
 * df_pack_document_get_page_size(); draw-page calls
 * df_pack_document_draw_page() with the print context's size. Use the
 * full page (gtk_print_operation_set_use_full_page()) for 1:1 output;
 * otherwise the page is scaled to fit the printable area.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "dialogforum/df-pack-table.h"

G_BEGIN_DECLS

#define DF_PACK_ERROR (df_pack_error_quark ())

typedef enum
{
  DF_PACK_ERROR_WRITE,        /* the PDF file could not be written */
  DF_PACK_ERROR_EMPTY,        /* nothing to write: no sheet has any page */
  DF_PACK_ERROR_ATTACHMENT,   /* an attachment is not a PDF that can be read */
} DfPackError;

typedef enum
{
  DF_PACK_PORTRAIT,
  DF_PACK_LANDSCAPE,
} DfPackOrientation;

/* What the document draws around a painted page. */
typedef enum
{
  DF_PACK_FRAME_FULL,   /* the header and footer of every sheet page */
  DF_PACK_FRAME_BAND,   /* a narrow band at the foot with the marking and page number */
} DfPackFrame;

typedef struct
{
  const char *forum_name;      /* NULL: "Strategisk dialogforum på det sociale område" */
  const char *meeting_title;   /* NULL for papers that belong to no meeting */
  const char *meeting_date;    /* YYYY-MM-DD; NULL: each sheet shows its own date */
  const char *marking;         /* NULL: FORTROLIGT; "" for none */
} DfPackHeader;

#define DF_TYPE_PACK_DOCUMENT (df_pack_document_get_type ())
G_DECLARE_FINAL_TYPE (DfPackDocument, df_pack_document, DF, PACK_DOCUMENT, GObject)

/* Draws one page of a sheet that is not a flow of blocks (table cards,
 * badges), in points, with the origin at the page's top left. @area is
 * the part of the page the frame leaves free. */
typedef void (*DfPackPainter) (DfPackDocument          *document,
                               cairo_t                 *cr,
                               double                   page_width,
                               double                   page_height,
                               const cairo_rectangle_t *area,
                               gpointer                 user_data);

GQuark          df_pack_error_quark                  (void);

DfPackDocument *df_pack_document_new                 (const DfPackHeader *header);
/* For the PDF's properties; NULL keeps the default (the meeting's title,
 * the forum's secretariat, "Mødemappe"). */
void            df_pack_document_set_metadata        (DfPackDocument     *self,
                                                      const char         *title,
                                                      const char         *author,
                                                      const char         *subject);

/* Starts a sheet on a new page, with an entry of its own in the PDF's
 * outline. Returns that entry, to nest others under. */
int             df_pack_document_begin_sheet         (DfPackDocument     *self,
                                                      const char         *title,
                                                      DfPackOrientation   orientation);
/* The date the sheet's header shows when the pack has no meeting. */
void            df_pack_document_set_sheet_date      (DfPackDocument     *self,
                                                      const char         *iso_date);
/* An outline entry under @parent (0 for the top level) pointing at the
 * next block added. Returns the entry. */
int             df_pack_document_add_outline_entry   (DfPackDocument     *self,
                                                      int                 parent,
                                                      const char         *title);

/* Blocks, added to the current sheet. A heading is kept on the page of
 * what follows it; paragraphs wrap and break between lines. @level 1 is
 * a sheet's title, 2 a section, 3 a subsection. */
void            df_pack_document_add_heading         (DfPackDocument     *self,
                                                      int                 level,
                                                      const char         *text);
void            df_pack_document_add_paragraph       (DfPackDocument     *self,
                                                      const char         *text);
/* "Sted:  Socialstyrelsen, Odense": the key in a column of its own. */
void            df_pack_document_add_key_value       (DfPackDocument     *self,
                                                      const char         *key,
                                                      const char         *value);
void            df_pack_document_add_table           (DfPackDocument     *self,
                                                      DfPackTable        *table);
void            df_pack_document_add_page_break      (DfPackDocument     *self);
void            df_pack_document_add_painted_page    (DfPackDocument     *self,
                                                      DfPackFrame         frame,
                                                      DfPackPainter       painter,
                                                      gpointer            user_data,
                                                      GDestroyNotify      destroy);
/* Appends the pages of the PDF in @pdf as the next attachment (Danish:
 * bilag), each stamped "Bilag N" with @title; a sheet of its own. */
gboolean        df_pack_document_add_attachment      (DfPackDocument     *self,
                                                      GBytes             *pdf,
                                                      const char         *title,
                                                      GError            **error);

const char     *df_pack_document_get_forum_name      (DfPackDocument     *self);

/* A layout in the pack's font and measure, for painters. It is laid out
 * at one size for all and drawn at @size: show it with
 * df_pack_show_layout(), not pango_cairo_show_layout(). */
PangoLayout    *df_pack_document_create_layout       (DfPackDocument     *self,
                                                      double              size,
                                                      PangoWeight         weight);
/* Shows a layout of the pack's at the current point, at its size. */
void            df_pack_show_layout                  (cairo_t            *cr,
                                                      PangoLayout        *layout);

/* Pages count from 0 here, as GtkPrintOperation counts them. */
int             df_pack_document_get_n_pages         (DfPackDocument     *self);
/* In points. */
void            df_pack_document_get_page_size       (DfPackDocument     *self,
                                                      int                 page_nr,
                                                      double             *width,
                                                      double             *height);
/* Draws page @page_nr scaled to fit @width × @height in @cr's units,
 * centred. */
void            df_pack_document_draw_page           (DfPackDocument     *self,
                                                      cairo_t            *cr,
                                                      int                 page_nr,
                                                      double              width,
                                                      double              height);
/* Writes the pack to @path. The file appears whole or not at all: it is
 * written beside @path under another name and renamed when complete. */
gboolean        df_pack_document_render_pdf          (DfPackDocument     *self,
                                                      const char         *path,
                                                      GError            **error);

G_END_DECLS
