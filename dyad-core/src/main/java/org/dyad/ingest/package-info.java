/**
 * Stage 1, ingest: turns inputs (text, HTML, JSON Lines, CSV, WARC, RSS/Atom, inside .gz and .zip)
 * into {@link org.dyad.model.Article}s with their container's metadata. {@link
 * org.dyad.ingest.ArticleReaders} picks the reader; every bad file or record becomes an {@link
 * org.dyad.ingest.InputException} naming it, and reading goes on.
 */
package org.dyad.ingest;
