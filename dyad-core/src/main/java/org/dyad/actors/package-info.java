/**
 * Stage 4, actors: dictionary-driven actor coding (countries, demonyms, capitals, organisations,
 * role nouns, people with dated offices) plus titles learned within an article.
 */
package org.dyad.actors;
