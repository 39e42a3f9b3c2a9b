package org.dyad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.TsvTable;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.Modality;

/**
 * Turns announced and conditional acts into the intent or threat they are (CAMEO 03x and 13x),
 * from {@code intent.tsv}: "Turkey will retaliate against Syria" is Turkey threatening Syria
 * today, not an attack. The recoded event is asserted, keeps trigger, actors and date, and its
 * rule says where it came from. Read-only after construction; safe to share.
 */
public final class IntentRecoder {
  private final Map<String, CameoCode> intents = new HashMap<>();

  private IntentRecoder() {}

  public static IntentRecoder builtIn(CameoCodebook codebook) {
    IntentRecoder r = new IntentRecoder();
    for (TsvTable.Row row : TsvTable.fromResource("/org/dyad/events/intent.tsv", "act", "intent")) {
      CameoCode code = codebook.lookup(row.get("intent")).orElseThrow(() -> new DictionaryException(
          row.source() + ": '" + row.get("intent") + "' is not a CAMEO code"));
      r.intents.put(row.get("act"), code);
    }
    return r;
  }

  /** The event as an intent or threat when it is future or conditional and its act has one. */
  public Event recode(Event e) {
    if (e.modality() != Modality.FUTURE && e.modality() != Modality.CONDITIONAL) {
      return e;
    }
    return intentFor(e.code().code()).map(code -> new Event(e.article(), e.articleDate(), e.date(),
        e.datePrecision(), e.sentence(), e.source(), e.target(), code, Modality.ASSERTED, e.trigger(),
        e.modality().label() + " " + e.code().code() + " as intent: " + e.rule(), e.confidence(), e.location(),
        e.articleDateBasis()))
        .orElse(e);
  }

  public List<Event> recode(List<Event> events) {
    return events.stream().map(this::recode).toList();
  }

  Optional<CameoCode> intentFor(String act) {
    for (int len = act.length(); len >= 2; len--) {
      CameoCode c = intents.get(act.substring(0, len));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
