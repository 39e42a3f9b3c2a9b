package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Actors named without a country word of their own, resolved from what is around them:
 * <ul>
 *   <li>a bare title before a name: "Defense Minister Anil Sharma", with the country from an
 *       apposition (", the Indian army's spokesman") or from a collective actor earlier in the
 *       sentence ("The Indian delegation included Defense Minister ...");
 *   <li>a name with its title after it: "Anil Sharma, the Indian defence minister, said";
 *   <li>definite descriptions: "the deputy minister" (the last actor titled minister in this
 *       article), "the regime" (the government of the country the article is most about).
 * </ul>
 * Names resolved here are learned for the rest of the article like titled names. A name whose
 * country cannot be told from the sentence is left uncoded rather than guessed.
 */
final class References {

  private final ActorDictionary dictionary;
  private final ActorTagger tagger;

  private final org.dyad.lexicon.WordClass regimeNouns;
  private final org.dyad.lexicon.WordClass articles;

  References(ActorDictionary dictionary, ActorTagger tagger, org.dyad.lexicon.Lexicon lexicon) {
    this.regimeNouns = lexicon.get("government-noun");
    this.articles = lexicon.get("article");
    this.dictionary = dictionary;
    this.tagger = tagger;
  }

  /** "the deputy minister", "the regime": an actor already seen in this article. */
  Optional<ActorMention> definiteDescription(Sentence s, int i, ArticleMemory memory) {
    List<Token> tokens = s.tokens();
    int k = i + 1;
    while (k < tokens.size() && tagger.roleModifiers.contains(lower(tokens.get(k)))) {
      k++;
    }
    if (k >= tokens.size() || !dictionary.actors().matchesAt(tokens, k).isEmpty()) {
      return Optional.empty(); // "the Turkish side" is coded from "Turkish" itself
    }
    List<Entry> roles = dictionary.roles().matchesAt(tokens, k);
    if (roles.isEmpty()) {
      return Optional.empty();
    }
    Entry role = roles.get(0);
    int end = k + role.words().size();
    if (end < tokens.size() && (lower(tokens.get(end)).equals("of") || tagger.isNameToken(tokens.get(end))
        || !dictionary.roles().matchesAt(tokens, end).isEmpty())) {
      return Optional.empty(); // "the government of Iraq", "the minister Ali ...", "the army units"
    }
    String head = role.words().get(role.words().size() - 1);
    Optional<ArticleMemory.Learned> titled = memory.lastWithTitle(head);
    if (titled.isPresent()) {
      return Optional.of(ActorTagger.mention(s, i, end, titled.get().actor(),
          "definite: " + titled.get().introducedAs(), true, false, ActorMention.Found.DEFINITE));
    }
    if (role.role().equals("GOV") && regimeNouns.contains(head)) {
      return memory.mainCountry().map(c -> ActorTagger.mention(s, i, end, new Actor(c, "GOV"),
          "definite: the country this article is most about", true, false, ActorMention.Found.DEFINITE));
    }
    return Optional.empty();
  }

  /** "Defense Minister Anil Sharma": a title without a country, then an unknown name. */
  Optional<ActorMention> titledName(Sentence s, int i, ArticleMemory memory, List<ActorMention> before) {
    List<Token> tokens = s.tokens();
    int k = i;
    int end = -1;
    String role = "";
    while (true) {
      int portfolio = 0;
      while (k < tokens.size() && (tagger.roleModifiers.contains(lower(tokens.get(k)))
          || portfolio < 2 && tagger.isPortfolioWord(tokens, k) && ++portfolio > 0)) {
        k++;
      }
      List<Entry> r = k < tokens.size() ? dictionary.roles().matchesAt(tokens, k) : List.of();
      if (r.isEmpty()) {
        break;
      }
      role = r.get(0).role();
      k += r.get(0).words().size();
      end = k;
    }
    if (end < 0) {
      return Optional.empty();
    }
    int nameEnd = tagger.nameEnd(tokens, end);
    if (nameEnd == end || isKnown(tokens, end, nameEnd, memory)) {
      return Optional.empty(); // no name, or a person the dictionary or the article already knows
    }
    Optional<String> apposition = appositionCountry(tokens, nameEnd);
    Optional<String> country = apposition.or(() -> collectiveBefore(before));
    // with no country in sight the person is known by the title's role alone ("---GOV"): the
    // country is not guessed, but the person can still act (make a statement, be arrested)
    Actor actor = new Actor(country.orElse(ActorTagger.NO_COUNTRY), role);
    memory.learn(names(tokens, end, nameEnd), actor, s.span(i, nameEnd));
    String how = apposition.isPresent() ? "title + country from the apposition"
        : country.isPresent() ? "title + country from the sentence" : "title, no country in sight";
    return Optional.of(ActorTagger.mention(s, i, nameEnd, actor, how, true, true,
        apposition.isPresent() || country.isPresent() ? ActorMention.Found.TITLE_AND_COUNTRY
            : ActorMention.Found.DICTIONARY));
  }

  /** "Anil Sharma, the Indian defence minister,": an unknown name explained by what follows it. */
  Optional<ActorMention> namedByApposition(Sentence s, int i, ArticleMemory memory) {
    List<Token> tokens = s.tokens();
    if (!tagger.isNameToken(tokens.get(i)) || !dictionary.roles().matchesAt(tokens, i).isEmpty()) {
      return Optional.empty();
    }
    int nameEnd = tagger.nameEnd(tokens, i);
    if (nameEnd - i < 2 || nameEnd + 2 >= tokens.size() || !tokens.get(nameEnd).text().equals(",")) {
      return Optional.empty(); // a one-word name is too often a place or a sentence's first word
    }
    int k = nameEnd + 1;
    if (articles.contains(lower(tokens.get(k)))) {
      k++;
    }
    List<Entry> entries = k < tokens.size() ? dictionary.actors().matchesAt(tokens, k) : List.of();
    if (entries.isEmpty() || entries.get(0).kind() == Entry.Kind.PERSON) {
      return Optional.empty();
    }
    // Read the apposition with a scratch memory: it is tagged again, for real, when the tagger gets there.
    ActorMention described = tagger.withRoleAndName(s, k, entries.get(0), new ArticleMemory());
    if (described.actor().role().isEmpty()) {
      return Optional.empty(); // ", a Turkish town" says where, not who
    }
    memory.learn(names(tokens, i, nameEnd), described.actor(), s.span(i, described.endToken()));
    return Optional.of(ActorTagger.mention(s, i, nameEnd, described.actor(),
        "apposition: " + described.text(), true, true, ActorMention.Found.APPOSITION));
  }

  /** True when a person the dictionary or the article knows starts anywhere in the name run. */
  private boolean isKnown(List<Token> tokens, int nameStart, int nameEnd, ArticleMemory memory) {
    for (int p = nameStart; p < nameEnd; p++) {
      if (memory.lookup(tokens.get(p).text()).isPresent() || dictionary.actors().matchesAt(tokens, p).stream()
          .anyMatch(e -> e.kind() == Entry.Kind.PERSON)) {
        return true;
      }
    }
    return false;
  }

  /** The country of ", the Indian army's spokesman" right after a name. */
  private Optional<String> appositionCountry(List<Token> tokens, int nameEnd) {
    int k = nameEnd;
    if (k >= tokens.size() || !tokens.get(k).text().equals(",")) {
      return Optional.empty();
    }
    k++;
    if (k < tokens.size() && articles.contains(lower(tokens.get(k)))) {
      k++;
    }
    if (k >= tokens.size()) {
      return Optional.empty();
    }
    return dictionary.actors().matchesAt(tokens, k).stream()
        .filter(e -> e.kind() != Entry.Kind.PERSON && e.country().length() == 3)
        .map(Entry::country).findFirst();
  }

  /** The country of a collective actor ("the Turkish delegation", "Russia") earlier in the sentence. */
  private static Optional<String> collectiveBefore(List<ActorMention> before) {
    for (int m = before.size() - 1; m >= 0; m--) {
      ActorMention a = before.get(m);
      if (!a.person() && ActorTagger.isNational(a.actor())) {
        return Optional.of(a.actor().country());
      }
    }
    return Optional.empty();
  }

  private static List<String> names(List<Token> tokens, int from, int to) {
    return tokens.subList(from, to).stream().map(Token::text).toList();
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
