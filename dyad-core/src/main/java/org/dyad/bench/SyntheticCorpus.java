package org.dyad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.dict.TsvTable;
import org.dyad.model.Article;

/**
 * A deterministic generator of news-like articles, so that `dyad bench` has a corpus that is the
 * same on every machine. Sentences come from templates written for dyad, filled with countries,
 * demonyms, capitals and organisations from the built-in actor dictionaries; a fixed seed fixes
 * every choice ({@link Random} is specified to give the same sequence on every JVM).
 *
 * <p>The mix is roughly that of wire news: most sentences name two actors (and so are parsed),
 * some name one or none (and are skipped by the parser gate).
 */
public final class SyntheticCorpus {
  /** The seed used by `dyad bench` unless told otherwise. */
  public static final long DEFAULT_SEED = 20_240_401L;

  /** Placeholders: {A} {B} country names, {AJ} {BJ} demonyms, {CA} a capital, {O} an organisation, {D} a weekday. */
  private static final String[] TWO_ACTORS = {
      "{AJ} forces shelled positions near the border with {B} on {D}, the ministry said.",
      "The foreign minister of {A} met his {BJ} counterpart in {CA} on {D} to discuss the ceasefire.",
      "{A} accused {B} of violating the truce along their disputed frontier.",
      "{AJ} troops attacked villages in northern {B} overnight, according to local officials.",
      "{A} urged {B} to release the detained journalists without delay.",
      "The {O} condemned the {AJ} air strikes and called for restraint.",
      "{AJ} officials said they would hold talks with {B} next week.",
      "{A} expelled two {BJ} diplomats on {D}, citing espionage.",
      "The {BJ} president praised {A} for its mediation in the conflict.",
      "{A} imposed new sanctions on {B} after the missile test.",
      "{AJ} police arrested dozens of protesters outside the {BJ} embassy in {CA}.",
      "The {O} criticised {A} for blocking humanitarian aid to refugees.",
      "{A} and {B} signed an agreement on trade and energy cooperation on {D}.",
      "{AJ} Foreign Ministry spokesman said {B} had rejected the proposal.",
      "{A} threatened to cut diplomatic ties with {B} over the incident.",
      "{AJ} warplanes bombed rebel positions near the {BJ} border.",
  };
  private static final String[] ONE_ACTOR = {
      "Thousands of people gathered in {CA} for the funeral on {D}.",
      "The {AJ} economy grew by three percent in the second quarter.",
      "Heavy rain flooded parts of {A} and cut power to several towns.",
      "Officials in {CA} said the talks would resume after the holiday.",
  };
  private static final String[] NO_ACTOR = {
      "The statement gave no further details.",
      "It was not immediately clear how many people were hurt.",
      "Witnesses described hearing several loud explosions before dawn.",
      "The talks are expected to last at least three days.",
  };
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  /** A country as the templates need it. */
  record Country(String name, String demonym, String capital) {}

  private final List<Country> countries;
  private final List<String> organisations;

  private SyntheticCorpus(List<Country> countries, List<String> organisations) {
    if (countries.size() < 2 || organisations.isEmpty()) {
      throw new IllegalStateException("the built-in dictionaries have too few countries or organisations to generate from");
    }
    this.countries = List.copyOf(countries);
    this.organisations = List.copyOf(organisations);
  }

  /** A generator over the built-in dictionaries' countries (with a demonym and capital) and organisations. */
  public static SyntheticCorpus fromBuiltInDictionaries() {
    List<Country> countries = new ArrayList<>();
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/actors/countries.tsv", "names", "demonyms", "capitals")) {
      List<String> names = r.list("names");
      List<String> demonyms = r.list("demonyms");
      List<String> capitals = r.list("capitals");
      if (!names.isEmpty() && !demonyms.isEmpty() && !capitals.isEmpty()) {
        countries.add(new Country(names.get(0), demonyms.get(0), capitals.get(0)));
      }
    }
    List<String> organisations = new ArrayList<>();
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/actors/organisations.tsv", "names")) {
      String name = r.list("names").isEmpty() ? "" : r.list("names").get(0);
      if (name.contains(" ")) { // spelled-out names read naturally after "The"
        organisations.add(name);
      }
    }
    return new SyntheticCorpus(countries, organisations);
  }

  /**
   * {@code articles} articles of 3 to 8 sentences in one to three paragraphs. The same seed and
   * size give the same articles, and a larger size extends a smaller one.
   */
  public Corpus generate(long seed, int articles) {
    if (articles < 0) {
      throw new IllegalArgumentException("number of articles must be >= 0, was " + articles);
    }
    List<Article> out = new ArrayList<>(articles);
    int sentenceCount = 0;
    for (int i = 0; i < articles; i++) {
      Random rnd = new Random(seed * 1_000_003L + i); // per article, so article i never depends on the size
      int n = 3 + rnd.nextInt(6);
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < n; s++) {
        if (s > 0) {
          text.append(rnd.nextInt(3) == 0 ? "\n\n" : " ");
        }
        text.append(sentence(rnd));
      }
      sentenceCount += n;
      out.add(new Article(String.format("generated-%05d", i), text.toString()));
    }
    return new Corpus("generated", "generated: " + articles + " articles, " + sentenceCount
        + " sentences from templates and the built-in dictionaries, seed " + seed, out);
  }

  private String sentence(Random rnd) {
    int kind = rnd.nextInt(10);
    String[] templates = kind < 7 ? TWO_ACTORS : kind < 9 ? ONE_ACTOR : NO_ACTOR;
    String t = templates[rnd.nextInt(templates.length)];
    Country a = countries.get(rnd.nextInt(countries.size()));
    Country b = countries.get(rnd.nextInt(countries.size()));
    while (b.equals(a)) {
      b = countries.get(rnd.nextInt(countries.size()));
    }
    String o = organisations.get(rnd.nextInt(organisations.size()));
    String d = DAYS[rnd.nextInt(DAYS.length)];
    String filled = t.replace("{AJ}", a.demonym()).replace("{BJ}", b.demonym()).replace("{A}", a.name())
        .replace("{B}", b.name()).replace("{CA}", a.capital()).replace("{O}", o).replace("{D}", d);
    return Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
  }
}
