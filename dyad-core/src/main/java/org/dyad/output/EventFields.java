package org.dyad.output;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Event;
import org.dyad.model.Location;

/**
 * The flat field layout of one event, shared by every line format. Names are a public contract:
 * later versions add fields, never rename these.
 */
public final class EventFields {
  private EventFields() {}

  public static Map<String, Object> of(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", e.article());
    m.put("article_date", iso(e.articleDate()));
    m.put("article_date_basis", e.articleDateBasis());
    m.put("date", iso(e.date()));
    m.put("date_precision", e.datePrecision());
    m.put("sentence_index", e.sentence().index());
    m.put("sentence", e.sentence().text());
    m.put("sentence_start", e.sentence().start());
    boolean unknownDoer = e.source().isNone(); // an agentless passive: "were charged with ...": null
    m.put("source", unknownDoer ? null : e.source().actor().code());
    m.put("source_country", unknownDoer ? null : e.source().actor().country());
    m.put("source_text", unknownDoer ? null : e.source().text());
    m.put("source_start", unknownDoer ? null : e.source().start());
    m.put("source_entry", unknownDoer ? null : e.source().entry());
    boolean monadic = e.target().isNone(); // a statement or act on no one: the target fields are null
    m.put("target", monadic ? null : e.target().actor().code());
    m.put("target_country", monadic ? null : e.target().actor().country());
    m.put("target_text", monadic ? null : e.target().text());
    m.put("target_start", monadic ? null : e.target().start());
    m.put("target_entry", monadic ? null : e.target().entry());
    m.put("code", e.code().code());
    m.put("root", e.code().root());
    m.put("quad_class", e.code().quadClass());
    m.put("goldstein", e.code().goldstein());
    m.put("plover", e.code().plover().isEmpty() ? null : e.code().plover());
    m.put("plover_mode", e.code().ploverMode().isEmpty() ? null : e.code().ploverMode());
    m.put("modality", e.modality().label());
    boolean byArticle = e.reportedBy().isNone(); // asserted by the article, or the speaker is not an actor
    m.put("reported_by", byArticle ? null : e.reportedBy().actor().code());
    m.put("reported_by_text", byArticle ? null : e.reportedBy().text());
    m.put("trigger", e.trigger().text());
    m.put("trigger_start", e.trigger().start());
    m.put("rule", e.rule());
    m.put("confidence", e.confidence()); // before the location fields, which come last (README order)
    Optional<Location> where = e.location();
    m.put("place", where.map(Location::place).orElse(null));
    m.put("place_country", where.map(Location::country).orElse(null));
    m.put("admin1", where.flatMap(Location::admin1).orElse(null));
    m.put("lat", where.map(l -> round(l.lat())).orElse(null));
    m.put("lon", where.map(l -> round(l.lon())).orElse(null));
    m.put("geonames_id", where.map(Location::gazetteerId).orElse(null));
    m.put("location_basis", where.map(Location::basis).orElse(null));
    return m;
  }

  /** Four decimals (about 10 m): the gazetteer is no more precise, and floats print cleanly. */
  private static Double round(double degrees) {
    return Math.round(degrees * 1e4) / 1e4;
  }

  private static String iso(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
