package org.dyad.dict.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.petrarch.ActorFileReader.ActorEntry;
import org.dyad.dict.petrarch.ActorFileReader.Agent;
import org.dyad.dict.petrarch.ActorFileReader.Discard;
import org.dyad.events.CameoCodebook;
import org.dyad.events.VerbDictionary;

/**
 * A set of PETRARCH/TABARI dictionaries imported into dyad: the actor finder (actors, agents,
 * discards), the verb patterns, the codebook extended with the dictionary's own codes, and the
 * import report. Read-only once loaded; safe to share between threads.
 *
 * @param actors   finds actors with PETRARCH's actor and agent grammar
 * @param verbs    the verb patterns as dyad patterns
 * @param codebook CAMEO plus the codes the verb dictionary uses that CAMEO lacks
 * @param report   counts, unmapped and approximately mapped constructs
 */
public record PetrarchDictionaries(PetrarchActorTagger actors, VerbDictionary verbs, CameoCodebook codebook,
    ImportReport report) {

  /**
   * Loads the dictionaries in a directory, recognised by name: {@code *actor*.txt} (one or more),
   * {@code *agent*.txt}, {@code *verb*.txt} and {@code *discard*.txt} (PETRARCH's usual names, e.g.
   * {@code PETR.Validate.actors.txt}). Actors and verbs are required.
   */
  public static PetrarchDictionaries load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DictionaryException(dir + ": not a directory with PETRARCH dictionaries");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list dictionary directory", e);
    }
    List<Path> actorFiles = named(files, "actor");
    List<Path> verbFiles = named(files, "verb");
    if (actorFiles.isEmpty() || verbFiles.isEmpty()) {
      throw new DictionaryException(dir + ": expected at least one *actors*.txt and one *verbs*.txt file (found "
          + files.stream().map(p -> p.getFileName().toString()).toList() + ")");
    }
    return load(actorFiles, named(files, "agent"), verbFiles, named(files, "discard"));
  }

  /** Loads the given files (any of the lists may be empty except actors and verbs). */
  public static PetrarchDictionaries load(List<Path> actorFiles, List<Path> agentFiles, List<Path> verbFiles,
      List<Path> discardFiles) {
    ImportReport report = new ImportReport();
    List<ActorEntry> actors = new ArrayList<>();
    actorFiles.forEach(f -> actors.addAll(ActorFileReader.actors(SourceLines.read(f))));
    List<Agent> agents = new ArrayList<>();
    agentFiles.forEach(f -> agents.addAll(ActorFileReader.agents(SourceLines.read(f))));
    List<Discard> discards = new ArrayList<>();
    discardFiles.forEach(f -> discards.addAll(ActorFileReader.discards(SourceLines.read(f))));
    VerbFileReader verbs = new VerbFileReader(report);
    verbFiles.forEach(f -> verbs.read(SourceLines.read(f)));
    return assemble(actors, agents, discards, verbs, report);
  }

  /** From file contents, for tests: each argument is a file's text (null for none). */
  static PetrarchDictionaries fromText(String actorsText, String agentsText, String verbsText, String discardsText) {
    ImportReport report = new ImportReport();
    List<ActorEntry> actors = ActorFileReader.actors(SourceLines.parse("actors.txt", actorsText));
    List<Agent> agents = agentsText == null ? List.of() : ActorFileReader.agents(SourceLines.parse("agents.txt", agentsText));
    List<Discard> discards = discardsText == null ? List.of()
        : ActorFileReader.discards(SourceLines.parse("discards.txt", discardsText));
    VerbFileReader verbs = new VerbFileReader(report);
    verbs.read(SourceLines.parse("verbs.txt", verbsText));
    return assemble(actors, agents, discards, verbs, report);
  }

  private static PetrarchDictionaries assemble(List<ActorEntry> actors, List<Agent> agents, List<Discard> discards,
      VerbFileReader verbs, ImportReport report) {
    report.count("actors", actors.size());
    report.count("actor phrases", actors.stream().mapToInt(a -> a.phrases().size()).sum());
    report.count("dated codes", (int) actors.stream().flatMap(a -> a.codes().stream()).filter(DatedCode::dated).count());
    report.count("agent phrases", agents.size());
    report.count("discards", discards.size());
    report.count("verb patterns", verbs.patterns().size());
    CameoCodebook cameo = CameoCodebook.builtIn();
    report.notCameo(verbs.codes().stream().filter(c -> cameo.lookup(c).isEmpty()).toList());
    return new PetrarchDictionaries(new PetrarchActorTagger(actors, agents, discards),
        VerbDictionary.of(verbs.patterns()), cameo.extendedWith(verbs.codes()), report);
  }

  private static List<Path> named(List<Path> files, String kind) {
    return files.stream().filter(p -> {
      String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
      return n.contains(kind) && !n.startsWith(".");
    }).toList();
  }

  /** Parses {@code petrarch:DIR}; empty for null, an error for another format. */
  public static Optional<Path> parseOption(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int colon = value.indexOf(':');
    String format = colon < 0 ? value : value.substring(0, colon);
    if (!format.equals("petrarch") || colon < 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException("--dictionaries " + value + ": expected petrarch:DIR (the only format "
          + "dyad imports so far)");
    }
    return Optional.of(Path.of(value.substring(colon + 1)));
  }
}
