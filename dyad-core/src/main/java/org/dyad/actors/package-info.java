/**
 * Stage 4, actors: dictionary-driven actor coding (countries, demonyms, capitals, organisations,
 * role nouns, people with dated offices) plus titles learned within an article. After a
 * sentence's mentions are found, {@code EthnicGroups} decides where peoples belong, {@code
 * ModifierMerger} rejoins phrases the role chain cut short, and {@code RoleCountries} gives
 * role-only actors the country of their place, sentence or article.
 */
package org.dyad.actors;
