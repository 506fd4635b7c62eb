/* df-print-operation.c: the one GtkPrintOperation of the program.
 *
 * The pack is laid out by the core before printing starts; each page is
 * drawn by the same function that draws the PDF, onto the printer's (or
 * the preview's) cairo context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-print"

#include "config.h"

#include "df-print-operation.h"

struct _DfPrintOperation
{
  GtkPrintOperation parent_instance;

  DfPackDocument   *document;
};

G_DEFINE_FINAL_TYPE (DfPrintOperation, df_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
df_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  DfPrintOperation *self = DF_PRINT_OPERATION (operation);

  gtk_print_operation_set_n_pages (operation, df_pack_document_get_n_pages (self->document));
}

/* Table cards and the year wheel are landscape: each page gets the
 * orientation it was laid out for. */
static void
df_print_operation_request_page_setup (GtkPrintOperation *operation,
                                       GtkPrintContext   *context,
                                       int                page_nr,
                                       GtkPageSetup      *setup)
{
  DfPrintOperation *self = DF_PRINT_OPERATION (operation);
  double width, height;

  df_pack_document_get_page_size (self->document, page_nr, &width, &height);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
df_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  DfPrintOperation *self = DF_PRINT_OPERATION (operation);

  df_pack_document_draw_page (self->document, gtk_print_context_get_cairo_context (context), page_nr,
                              gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static void
df_print_operation_finalize (GObject *object)
{
  DfPrintOperation *self = DF_PRINT_OPERATION (object);

  g_clear_object (&self->document);
  G_OBJECT_CLASS (df_print_operation_parent_class)->finalize (object);
}

static void
df_print_operation_class_init (DfPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = df_print_operation_finalize;
  print_class->begin_print = df_print_operation_begin_print;
  print_class->request_page_setup = df_print_operation_request_page_setup;
  print_class->draw_page = df_print_operation_draw_page;
}

static void
df_print_operation_init (DfPrintOperation *self)
{
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  /* The pack is laid out in points, with its own margins. */
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

DfPrintOperation *
df_print_operation_new (DfPackDocument *document)
{
  DfPrintOperation *self = g_object_new (DF_TYPE_PRINT_OPERATION, NULL);

  self->document = g_object_ref (document);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), "Dialogforum");
  return self;
}
