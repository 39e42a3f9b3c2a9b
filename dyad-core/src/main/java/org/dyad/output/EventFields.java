package org.dyad.output;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Event;

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
    m.put("source", e.source().actor().code());
    m.put("source_country", e.source().actor().country());
    m.put("source_text", e.source().text());
    m.put("source_start", e.source().start());
    m.put("source_entry", e.source().entry());
    m.put("target", e.target().actor().code());
    m.put("target_country", e.target().actor().country());
    m.put("target_text", e.target().text());
    m.put("target_start", e.target().start());
    m.put("target_entry", e.target().entry());
    m.put("code", e.code().code());
    m.put("root", e.code().root());
    m.put("quad_class", e.code().quadClass());
    m.put("goldstein", e.code().goldstein());
    m.put("modality", e.modality().label());
    m.put("trigger", e.trigger().text());
    m.put("trigger_start", e.trigger().start());
    m.put("rule", e.rule());
    m.put("confidence", e.confidence());
    return m;
  }

  private static String iso(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
