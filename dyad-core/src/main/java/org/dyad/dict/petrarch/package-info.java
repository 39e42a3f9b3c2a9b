/**
 * Import of PETRARCH/TABARI dictionaries (actors, agents, verbs, discards) onto dyad's actor finder
 * and dependency-based pattern matcher. Entry point: {@link org.dyad.dict.petrarch.PetrarchDictionaries#load}.
 *
 * <p>The format as dyad reads it: comments are {@code #} to the end of a line and {@code <!-- -->}
 * blocks. Words in a phrase are joined by {@code _} or spaces and matched case-insensitively as
 * whole words (TABARI's prefix matching of words without a trailing {@code _} is not done: list
 * the forms). Actor files: an entry line {@code PHRASE [CODE]}, synonyms on {@code +PHRASE} lines,
 * code blocks on the entry line or on their own lines: {@code [CODE]}, {@code [CODE <DATE]} (before),
 * {@code [CODE >DATE]} (after), {@code [CODE DATE-DATE]} (inclusive), dates YYMMDD (00-29 → 20xx)
 * or YYYYMMDD, {@code [A/B/C]} for several actors. On a date the narrowest block that holds wins,
 * else the undated one; ranges may nest or meet on a day, crossing ranges are an error. Agent
 * files: {@code PHRASE {PLURALS} [~CODE]} (after the actor's code) or {@code [CODE~]} (before it),
 * plurals generated when there are no braces, {@code !NAME! = A, B} substitutions. Discards: a
 * phrase per line, {@code +} for story level (dyad applies both to the sentence).
 *
 * <p>Verb files: {@code &SYNSET} lists of {@code +MEMBER} lines; groups {@code --- VERB [CODE] ---}
 * of verb lines ({@code VERB [CODE] {FORMS}}, {@code WORD_+VERB}, {@code +VERB_PARTICLE}) and
 * pattern lines {@code - WORDS * WORDS [CODE]} with {@code $} source, {@code +} target,
 * {@code %} compound, {@code ^} skip, {@code _} joining, {@code [A:B]} paired codes and
 * {@code [---]} no event; see {@link org.dyad.events.WordPattern} for how they map onto the parse.
 */
package org.dyad.dict.petrarch;
