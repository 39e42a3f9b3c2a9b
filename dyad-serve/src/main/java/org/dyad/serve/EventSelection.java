package org.dyad.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which merged events a request is about, read from its parameters, and the SQL condition that
 * selects them on the {@code events} table (alias {@code e}) with its bound values. No value is
 * ever put into the SQL text: every one is a {@code ?}.
 */
public record EventSelection(String source, String target, String actor, List<String[]> dyads,
    String sourceCountry, String targetCountry, String country, String code, String root, List<Integer> quads,
    String plover, LocalDate from, LocalDate to, String modality, Double minConfidence, String place,
    String placeCountry, String text, String undated) {

  /** The parameters {@link #read} understands. */
  public static final Set<String> PARAMETERS = Set.of("source", "target", "actor", "dyad", "source_country",
      "target_country", "country", "code", "root", "quad", "plover", "from", "to", "modality", "min_confidence",
      "place", "place_country", "q", "undated");

  static final List<String> MODALITIES = List.of("asserted", "reported", "negated", "conditional", "hypothetical", "future");

  public static EventSelection read(Params p) {
    List<String[]> dyads = new ArrayList<>();
    for (String d : p.all("dyad")) {
      String[] parts = d.split("[,\\-]", -1);
      if (parts.length != 2) {
        throw ApiException.badParameter("dyad", d, "a dyad is two actor codes, e.g. RUS,TUR");
      }
      dyads.add(new String[] {Params.actorCode("dyad", parts[0].strip()), Params.actorCode("dyad", parts[1].strip())});
    }
    if (dyads.size() > 20) {
      throw ApiException.badParameter("dyad", String.valueOf(dyads.size()), "at most 20 dyads");
    }
    List<Integer> quads = new ArrayList<>();
    for (String q : p.list("quad")) {
      if (!q.matches("[1-4]")) {
        throw ApiException.badParameter("quad", q, "a quad class is 1 (verbal cooperation) to 4 (material conflict)");
      }
      quads.add(Integer.parseInt(q));
    }
    String root = p.code("root");
    if (root != null && root.length() != 2) {
      throw ApiException.badParameter("root", root, "a CAMEO root is two digits, e.g. 04");
    }
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParameter("from", from.toString(), "is after to=" + to);
    }
    String modality = p.choice("modality", null, MODALITIES);
    String undated = p.choice("undated", "include", List.of("include", "exclude", "only"));
    return new EventSelection(p.actor("source"), p.actor("target"), p.actor("actor"), dyads,
        p.country("source_country"), p.country("target_country"), p.country("country"), p.code("code"), root,
        quads, p.word("plover"), from, to, modality, p.decimal("min_confidence", 0, 1), p.string("place"),
        p.country("place_country"), p.string("q"), undated);
  }

  /** This selection restricted to one dyad (series per dyad). */
  EventSelection withDyads(List<String[]> only) {
    return new EventSelection(source, target, actor, only, sourceCountry, targetCountry, country, code, root, quads,
        plover, from, to, modality, minConfidence, place, placeCountry, text, undated);
  }

  EventSelection withActor(String only) {
    return new EventSelection(source, target, only, dyads, sourceCountry, targetCountry, country, code, root, quads,
        plover, from, to, modality, minConfidence, place, placeCountry, text, undated);
  }

  /** This selection over all dates, undated events included (a series cuts the range itself). */
  EventSelection allDates() {
    return new EventSelection(source, target, actor, dyads, sourceCountry, targetCountry, country, code, root, quads,
        plover, null, null, modality, minConfidence, place, placeCountry, text, "include");
  }

  /** The condition; {@code args} receives the values of its {@code ?}s in order. */
  public String where(List<Object> args) {
    StringBuilder w = new StringBuilder("TRUE");
    if (source != null) {
      w.append(" AND starts_with(e.source, ?)");
      args.add(source);
    }
    if (target != null) {
      w.append(" AND starts_with(e.target, ?)");
      args.add(target);
    }
    if (actor != null) {
      w.append(" AND (starts_with(e.source, ?) OR starts_with(e.target, ?))");
      args.add(actor);
      args.add(actor);
    }
    if (!dyads.isEmpty()) {
      w.append(" AND (FALSE");
      for (String[] d : dyads) {
        w.append(" OR (starts_with(e.source, ?) AND starts_with(e.target, ?))"
            + " OR (starts_with(e.source, ?) AND starts_with(e.target, ?))");
        args.add(d[0]);
        args.add(d[1]);
        args.add(d[1]);
        args.add(d[0]);
      }
      w.append(')');
    }
    if (sourceCountry != null) {
      w.append(" AND e.source_country = ?");
      args.add(sourceCountry);
    }
    if (targetCountry != null) {
      w.append(" AND e.target_country = ?");
      args.add(targetCountry);
    }
    if (country != null) {
      w.append(" AND (e.source_country = ? OR e.target_country = ?)");
      args.add(country);
      args.add(country);
    }
    if (code != null) {
      w.append(" AND starts_with(e.code, ?)");
      args.add(code);
    }
    if (root != null) {
      w.append(" AND e.root = ?");
      args.add(root);
    }
    if (!quads.isEmpty()) {
      w.append(" AND e.quad_class IN (").append(String.join(",", quads.stream().map(q -> "?").toList())).append(')');
      args.addAll(quads);
    }
    if (from != null) {
      w.append(" AND e.date >= ?");
      args.add(java.sql.Date.valueOf(from));
    }
    if (to != null) {
      w.append(" AND e.date <= ?");
      args.add(java.sql.Date.valueOf(to));
    }
    switch (undated) {
      case "exclude" -> w.append(" AND e.date IS NOT NULL");
      case "only" -> w.append(" AND e.date IS NULL");
      default -> { }
    }
    if (place != null) {
      w.append(" AND lower(e.place) = lower(?)");
      args.add(place);
    }
    if (placeCountry != null) {
      w.append(" AND e.place_country = ?");
      args.add(placeCountry);
    }
    // Conditions on what the event's mentions say.
    List<String> m = new ArrayList<>();
    if (plover != null) {
      m.add("upper(m.plover) = upper(?)");
      args.add(plover);
    }
    if (modality != null) {
      m.add("m.modality = ?");
      args.add(modality);
    }
    if (minConfidence != null) {
      m.add("m.confidence >= ?");
      args.add(minConfidence);
    }
    if (text != null) {
      m.add("contains(lower(m.sentence), lower(?))");
      args.add(text);
    }
    if (!m.isEmpty()) {
      w.append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id AND ")
          .append(String.join(" AND ", m)).append(')');
    }
    return w.toString();
  }
}
