/**
 * The lexicon: named classes of words ({@code &month}, {@code &locative}, {@code &weapon}), one
 * file per class, that patterns, tables and the stages refer to by name instead of spelling the
 * words out in Java. See {@link org.dyad.lexicon.Lexicon} for the file format.
 */
package org.dyad.lexicon;
