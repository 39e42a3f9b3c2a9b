/** Writing events as line formats (JSON Lines, TSV); the store and exports come later. */
package org.dyad.output;
