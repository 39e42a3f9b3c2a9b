/** Stage 1, ingest: turns files into {@link org.dyad.model.Article}s, rejecting bad input with a clear error. */
package org.dyad.ingest;
