/* replay.c: runs a fuzz target over every file of its corpus, so that the
 * seeds, and every crash fuzzing ever found, are tests of every build.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv) __attribute__ ((weak));
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) error = NULL;
  const char *name;
  guint n = 0;

  if (argc != 2)
    {
      g_printerr ("usage: %s CORPUS-DIRECTORY\n", argv[0]);
      return 2;
    }
  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize (&argc, &argv);
  dir = g_dir_open (argv[1], 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (argv[1], name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
      n++;
    }
  g_print ("%u inputs replayed\n", n);
  return n > 0 ? 0 : 1;
}
