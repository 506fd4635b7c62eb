/* df-poppler.c: poppler-glib, opened when first needed.
 *
 * Reading and drawing PDF attachments is all the program uses poppler
 * for, and poppler brings some thirty libraries with it (C++, NSS, image
 * codecs) that take 4 ms to load before main(): a tenth of a whole
 * pack's export, and a fifth of an export that has no attachment at all.
 * So the program does not link poppler-glib: it opens it by its soname,
 * found by the build, when an attachment is first read, or from
 * df_poppler_preload() in a thread of its own while the pack's sheets are
 * laid out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "df-pack"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "dialogforum/df-pack-document.h"
#include "df-poppler-private.h"

static GMutex lock;
static GThread *loading;   /* the preload's thread, until it is joined */
static gboolean loaded;    /* the library was tried: poppler or failure holds */
static DfPoppler poppler;
static char *failure;      /* why it cannot be opened */

static gpointer
load (gpointer data)
{
  static const struct
  {
    const char *name;
    gsize       offset;
  } symbols[] = {
    { "poppler_document_new_from_bytes", G_STRUCT_OFFSET (DfPoppler, document_new_from_bytes) },
    { "poppler_document_get_n_pages", G_STRUCT_OFFSET (DfPoppler, document_get_n_pages) },
    { "poppler_document_get_page", G_STRUCT_OFFSET (DfPoppler, document_get_page) },
    { "poppler_page_get_size", G_STRUCT_OFFSET (DfPoppler, page_get_size) },
    { "poppler_page_render_for_printing", G_STRUCT_OFFSET (DfPoppler, page_render_for_printing) },
  };
  /* Kept open until the program ends: its types stay registered. Bound
   * lazily, as a library the program linked would be. */
  GModule *module = g_module_open (POPPLER_GLIB_SONAME, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      failure = g_strdup (g_module_error ());
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (!g_module_symbol (module, symbols[i].name, G_STRUCT_MEMBER_P (&poppler, symbols[i].offset)))
      {
        failure = g_strdup (g_module_error ());
        return NULL;
      }
  return NULL;
}

void
df_poppler_preload (void)
{
  g_mutex_lock (&lock);
  if (!loaded && loading == NULL)
    loading = g_thread_new ("df-poppler", load, NULL);
  g_mutex_unlock (&lock);
}

const DfPoppler *
df_poppler_get (GError **error)
{
  g_mutex_lock (&lock);
  if (loading != NULL)
    g_thread_join (g_steal_pointer (&loading));
  else if (!loaded)
    load (NULL);
  loaded = TRUE;
  g_mutex_unlock (&lock);

  if (failure != NULL)
    {
      g_set_error (error, DF_PACK_ERROR, DF_PACK_ERROR_ATTACHMENT,
                   /* TRANSLATORS: %s is the library's file and the system's reason. */
                   _("The PDF library poppler-glib could not be opened (%s)."),
                   failure);
      return NULL;
    }
  return &poppler;
}
