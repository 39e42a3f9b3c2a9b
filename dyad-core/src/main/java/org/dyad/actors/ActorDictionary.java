package org.dyad.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.TsvTable;
import org.dyad.dict.TsvTable.Row;

/**
 * The actor dictionaries, loaded once and read-only afterwards (safe to share between threads).
 * Five files, documented in their headers: countries.tsv, regions.tsv (regions and historical states),
 * organisations.tsv, roles.tsv, people.tsv.
 */
public final class ActorDictionary {
  static final String[] FILES = {"countries.tsv", "regions.tsv", "organisations.tsv", "roles.tsv", "people.tsv"};

  private final PhraseIndex actors = new PhraseIndex();
  private final PhraseIndex roles = new PhraseIndex();
  private final java.util.Set<String> regions = new java.util.HashSet<>();
  /** Role nouns that make an actor on their own (roles.tsv's {@code alone} column), lower case. */
  private final java.util.Set<String> alone = new java.util.HashSet<>();
  private int size;

  private ActorDictionary() {}

  /** The dictionaries shipped with dyad. */
  public static ActorDictionary builtIn() {
    return load(name -> TsvTable.fromResource("/org/dyad/actors/" + name, columns(name)));
  }

  /**
   * Dictionaries from a directory; a file missing there is taken from the built-in set, so a user
   * can override just people.tsv, say.
   */
  public static ActorDictionary fromDirectory(Path dir) {
    return load(name -> Files.exists(dir.resolve(name))
        ? TsvTable.fromFile(dir.resolve(name), columns(name))
        : TsvTable.fromResource("/org/dyad/actors/" + name, columns(name)));
  }

  private static String[] columns(String file) {
    return switch (file) {
      case "countries.tsv" -> new String[] {"code", "names", "demonyms", "capitals"};
      case "regions.tsv" -> new String[] {"code", "names", "demonyms"};
      case "organisations.tsv" -> new String[] {"code", "names"};
      case "roles.tsv" -> new String[] {"noun", "role", "alone"};
      case "people.tsv" -> new String[] {"name", "aliases", "country", "role", "from", "to"};
      default -> throw new IllegalArgumentException(file);
    };
  }

  private static ActorDictionary load(Function<String, List<Row>> files) {
    ActorDictionary d = new ActorDictionary();
    java.util.Set<String> codes = new java.util.HashSet<>();
    java.util.Map<String, String> stateRows = new java.util.HashMap<>();
    for (Row r : files.apply("countries.tsv")) {
      String code = r.get("code");
      codes.add(code);
      unique(stateRows, code, r);
      r.list("names").forEach(n -> d.addActor(Entry.Kind.COUNTRY, n, code, "", r));
      r.list("demonyms").forEach(n -> d.addActor(Entry.Kind.DEMONYM, n, code, "", r));
      r.list("capitals").forEach(n -> d.addActor(Entry.Kind.CAPITAL, n, code, "GOV", r));
    }
    java.util.Map<String, String> regionRows = new java.util.HashMap<>(); // former names may reuse a country's code
    for (Row r : files.apply("regions.tsv")) {
      String code = r.get("code");
      codes.add(code);
      unique(regionRows, code, r);
      switch (r.get("kind")) {
        case "" -> { }
        case "region" -> d.regions.add(code);
        default -> throw new DictionaryException(r.source() + ": kind is '" + r.get("kind")
            + "', expected 'region' (a CAMEO region) or nothing (a state)");
      }
      r.list("names").forEach(n -> d.addActor(Entry.Kind.COUNTRY, n, code, "", r));
      r.list("demonyms").forEach(n -> d.addActor(Entry.Kind.DEMONYM, n, code, "", r));
    }
    List<Row> organisations = files.apply("organisations.tsv");
    organisations.forEach(r -> codes.add(r.get("code")));
    java.util.Map<String, String> homes = new java.util.HashMap<>(); // for people coded as a group's members
    for (Row r : organisations) {
      knownRole(r, "role");
      String home = r.get("home");
      if (!home.isEmpty() && (!codes.contains(home) || home.length() != 3)) {
        throw new DictionaryException(r.source() + ": unknown home country '" + home
            + "' (a three-letter code from countries.tsv or regions.tsv, or empty)");
      }
      if (!home.isEmpty()) {
        homes.put(r.get("code"), home);
      }
      r.list("names").forEach(n -> d.addActor(Entry.Kind.ORGANISATION, n, r.get("code"), r.get("role"), home, r));
    }
    java.util.Map<String, String> nouns = new java.util.HashMap<>();
    for (Row r : files.apply("roles.tsv")) {
      knownRole(r, "role");
      String noun = r.get("noun");
      if (noun.isEmpty() || r.get("role").isEmpty()) {
        throw new DictionaryException(r.source() + ": a role row needs a noun and a role code");
      }
      String before = nouns.putIfAbsent(noun.toLowerCase(java.util.Locale.ROOT), r.source());
      if (before != null) {
        throw new DictionaryException(r.source() + ": '" + noun + "' is already listed on " + before
            + "; a noun has one role");
      }
      switch (r.get("alone")) {
        case "yes" -> d.alone.add(noun.toLowerCase(java.util.Locale.ROOT));
        case "" -> { }
        default -> throw new DictionaryException(r.source() + ": column 'alone' is '" + r.get("alone")
            + "', expected 'yes' (the noun names an actor on its own) or nothing");
      }
      d.roles.add(new Entry(Entry.Kind.ROLE, words(noun), "", r.get("role"), "", null, null, r.source()));
    }
    java.util.Map<String, List<Office>> offices = new java.util.HashMap<>();
    java.util.Map<String, List<Holder>> aliases = new java.util.HashMap<>();
    for (Row r : files.apply("people.tsv")) {
      LocalDate from = date(r, "from");
      LocalDate to = date(r, "to");
      if (!codes.contains(r.get("country"))) {
        throw new DictionaryException(r.source() + ": unknown country or organisation code '" + r.get("country")
            + "' (codes come from countries.tsv, regions.tsv and organisations.tsv)");
      }
      knownRole(r, "role");
      if (from != null && to != null && to.isBefore(from)) {
        throw new DictionaryException(r.source() + ": office ends (" + to + ") before it starts (" + from + ")");
      }
      Office office = new Office(from, to, r.source());
      List<Office> held = offices.computeIfAbsent(r.get("name"), n -> new java.util.ArrayList<>());
      for (Office o : held) {
        if (o.overlaps(office)) {
          throw new DictionaryException(r.source() + ": " + r.get("name") + "'s office " + office
              + " overlaps the one on " + o.source() + " (" + o + "); a person holds one coded office at a time");
        }
      }
      held.add(office);
      for (String n : concat(r.get("name"), r.list("aliases"))) {
        String key = String.join(" ", words(n)).toLowerCase(java.util.Locale.ROOT);
        List<Holder> same = aliases.computeIfAbsent(key, k -> new java.util.ArrayList<>());
        for (Holder h : same) {
          if (!h.name().equals(r.get("name")) && h.office().overlaps(office)) {
            throw new DictionaryException(r.source() + ": '" + n + "' names " + r.get("name") + " (" + office
                + ") and also " + h.name() + " on " + h.office().source() + " (" + h.office() + "); a name may"
                + " stand for one person at a time: drop the alias from one of them or make the dates disjoint");
          }
        }
        same.add(new Holder(r.get("name"), office));
        d.actors.add(new Entry(Entry.Kind.PERSON, words(n), r.get("country"), r.get("role"),
            homes.getOrDefault(r.get("country"), ""), from, to,
            r.source()));
        d.size++;
      }
    }
    d.actors.freeze();
    d.roles.freeze();
    return d;
  }

  /** A person known by a name during an office, to catch a name shared by two people at once. */
  private record Holder(String name, Office office) {}

  /** Fails on a second row for a code in one file: one code, one row (more names go in its 'names' column). */
  private static void unique(java.util.Map<String, String> seen, String code, Row r) {
    String first = seen.putIfAbsent(code, r.source());
    if (first != null) {
      throw new DictionaryException(r.source() + ": code '" + code + "' is already defined on " + first
          + " (one row per code in a file; put more names in its 'names' column)");
    }
  }

  /** One dated office of a person, to catch overlapping rows. */
  private record Office(LocalDate from, LocalDate to, String source) {
    boolean overlaps(Office o) {
      LocalDate min = LocalDate.MIN;
      LocalDate max = LocalDate.MAX;
      return !(to == null ? max : to).isBefore(o.from == null ? min : o.from)
          && !(o.to == null ? max : o.to).isBefore(from == null ? min : from);
    }

    @Override
    public String toString() {
      return (from == null ? "…" : from) + " to " + (to == null ? "…" : to);
    }
  }

  private static void knownRole(Row r, String column) {
    String role = r.get(column);
    if (!role.isEmpty() && !RoleCodes.KNOWN.contains(role)) {
      throw new DictionaryException(r.source() + ": unknown role code '" + role + "' in column '" + column
          + "' (known: " + new java.util.TreeSet<>(RoleCodes.KNOWN) + ")");
    }
  }

  private void addActor(Entry.Kind kind, String phrase, String code, String role, Row r) {
    addActor(kind, phrase, code, role, "", r);
  }

  private void addActor(Entry.Kind kind, String phrase, String code, String role, String home, Row r) {
    if (code.isEmpty()) {
      throw new DictionaryException(r.source() + ": empty code");
    }
    actors.add(new Entry(kind, words(phrase), code, role, home, null, null, r.source()));
    size++;
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
  }

  private static LocalDate date(Row r, String column) {
    String v = r.get(column);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new DictionaryException(r.source() + ": column '" + column + "' is '" + v + "', expected YYYY-MM-DD");
    }
  }

  /** Splits a dictionary phrase into the tokens the tokenizer would make ("Russia's" → Russia, 's). */
  static List<String> words(String phrase) {
    return Arrays.stream(phrase.replaceAll("(\\w)(['’]s)\\b", "$1 $2").split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  PhraseIndex actors() {
    return actors;
  }

  PhraseIndex roles() {
    return roles;
  }

  /**
   * True when a role noun names an actor with no country before it ("police", "gunmen",
   * "officials"): roles.tsv's {@code alone} column.
   */
  boolean standsAlone(Entry role) {
    return role.kind() == Entry.Kind.ROLE && alone.contains(role.phrase().toLowerCase(java.util.Locale.ROOT));
  }

  /** True for a CAMEO region of regions.tsv ("MEA", "WST"): a part of the world, not a state. */
  public boolean isRegion(String code) {
    return regions.contains(code);
  }

  /** Number of actor phrases (names, demonyms, capitals, organisations, people). */
  public int size() {
    return size;
  }

  /** The entry for a phrase of the given kind, for tests and tools. */
  public Optional<Entry> lookup(String phrase) {
    List<org.dyad.model.Token> tokens = new java.util.ArrayList<>();
    for (String w : words(phrase)) {
      tokens.add(new org.dyad.model.Token(tokens.size(), w, w, 0, 0, "", ""));
    }
    return actors.matchesAt(tokens, 0).stream().filter(e -> e.words().size() == tokens.size()).findFirst();
  }
}
