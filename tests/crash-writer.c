/* crash-writer.c: a writer that the crash test kills at random moments.
 *
 * It adds people to the database one committed store call at a time and
 * prints each id after the call has returned, that is after COMMIT: what
 * it printed must survive a SIGKILL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "dialogforum/df-store-members.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DfStore) store = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: crash-writer DATABASE\n");
      return 2;
    }
  store = df_store_open (argv[1], DF_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  for (guint64 n = 0; ; n++)
    {
      g_autofree char *name = g_strdup_printf ("Skriver %" G_GUINT64_FORMAT, n);
      g_autofree char *email = g_strdup_printf ("skriver%" G_GUINT64_FORMAT "@example.dk", n);
      g_autoptr (DfPerson) person = g_object_new (DF_TYPE_PERSON, "name", name, "email", email, NULL);
      gint64 id = df_store_save_person (store, person, &error);

      if (id == 0)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      printf ("%" G_GINT64_FORMAT "\n", id);
      fflush (stdout);
    }
}
