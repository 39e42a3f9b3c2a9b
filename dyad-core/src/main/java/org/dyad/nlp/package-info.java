/**
 * Stage 3, nlp: sentences, tokens, tags and dependencies. CoreNLP lives only in this package;
 * everything outside sees {@link org.dyad.model.Sentence} and {@link org.dyad.model.Token}.
 */
package org.dyad.nlp;
