package org.dyad.dict.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a PETRARCH import did: how much it read, what it could not map (with file:line, never
 * dropped silently) and what it mapped only approximately. Printed by the CLI at load time.
 */
public final class ImportReport {
  /** One construct that could not be used, where it was, and why. */
  public record Unmapped(String where, String construct, String problem) {}

  private final List<Unmapped> unmapped = new ArrayList<>();
  private final Map<String, List<String>> approximate = new LinkedHashMap<>();
  private final Map<String, String> approximateNotes = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final List<String> notCameo = new ArrayList<>();

  void unmapped(String where, String construct, String problem) {
    unmapped.add(new Unmapped(where, construct, problem));
  }

  void mappedApproximately(String construct, String note, String where) {
    approximate.computeIfAbsent(construct, k -> new ArrayList<>()).add(where);
    approximateNotes.put(construct, note);
  }

  void count(String what, int n) {
    counts.merge(what, n, Integer::sum);
  }

  void notCameo(List<String> codes) {
    notCameo.addAll(codes);
  }

  public List<Unmapped> unmapped() {
    return List.copyOf(unmapped);
  }

  public Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** Event codes the dictionary uses that are not in the CAMEO codebook (kept, scored by their prefix). */
  public List<String> codesOutsideCameo() {
    return List.copyOf(notCameo);
  }

  /** Approximately mapped constructs and how many entries use each. */
  public Map<String, Integer> approximations() {
    Map<String, Integer> m = new LinkedHashMap<>();
    approximate.forEach((k, v) -> m.put(k, v.size()));
    return m;
  }

  /** A few lines for a human: counts, then unmapped constructs with up to {@code examples} examples. */
  public String summary(int examples) {
    StringBuilder b = new StringBuilder("PETRARCH import: ");
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(v + " " + k));
    b.append(String.join(", ", parts)).append('\n');
    if (!notCameo.isEmpty()) {
      b.append("  ").append(notCameo.size()).append(" event code(s) not in the CAMEO codebook, kept as written: ")
          .append(String.join(" ", notCameo.subList(0, Math.min(notCameo.size(), 12))))
          .append(notCameo.size() > 12 ? " ..." : "").append('\n');
    }
    approximate.forEach((k, v) -> b.append("  mapped approximately: ").append(v.size()).append(" × ")
        .append(approximateNotes.get(k)).append(" (e.g. ").append(v.get(0)).append(")\n"));
    if (unmapped.isEmpty()) {
      b.append("  every construct was mapped\n");
    } else {
      b.append("  ").append(unmapped.size()).append(" construct(s) not mapped:\n");
      for (Unmapped u : unmapped.subList(0, Math.min(unmapped.size(), examples))) {
        b.append("    ").append(u.where()).append(": ").append(u.construct()).append(": ").append(u.problem())
            .append('\n');
      }
      if (unmapped.size() > examples) {
        b.append("    ... and ").append(unmapped.size() - examples).append(" more\n");
      }
    }
    return b.toString();
  }
}
