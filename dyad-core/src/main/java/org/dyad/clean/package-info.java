/**
 * Stage 2, clean: drops web-page furniture (share buttons, comment forms, mailing-list lines,
 * site names, photo captions) and finds the article's dateline. Offsets into the raw text survive.
 */
package org.dyad.clean;
