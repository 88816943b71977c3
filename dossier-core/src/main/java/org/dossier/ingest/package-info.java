/** Ingest: finds articles in files, folders, JSON Lines, WARC archives and RSS/Atom feeds. */
package org.dossier.ingest;
