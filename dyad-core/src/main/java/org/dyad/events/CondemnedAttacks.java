package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.WordClass;
import org.dyad.model.ActorMention;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Token;

/**
 * Disapproval of an attack is disapproval of whoever made it: "Israeli jets struck a convoy near
 * Homs on Sunday. Iran strongly condemned the attack." codes Iran → Israel 111, as the coding
 * manuals say ("condemned the attack" targets the attack's doer where named). A disapproval (root
 * 11) with no target whose direct object is an attack noun (lexicon class {@code attack-noun})
 * takes as target the source of the nearest assault, fight or mass violence (roots 18–20) coded in
 * its own sentence or the {@value #LOOK_BACK} before it, when that source has a country and is not
 * of the disapprover's own country. The target's entry names the attack it came from.
 */
public final class CondemnedAttacks {
  /** How many sentences back an attack may have been told before it is condemned. */
  static final int LOOK_BACK = 3;

  private final WordClass attackNouns;

  public CondemnedAttacks(Lexicon lexicon) {
    this.attackNouns = lexicon.get("attack-noun");
  }

  /** The events, disapprovals of an attack with its doer as target where one is found. */
  public List<Event> apply(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(condemnsAttack(e) ? doer(e, events).map(d -> withTarget(e, d)).orElse(e) : e);
    }
    return out;
  }

  private boolean condemnsAttack(Event e) {
    if (!e.target().isNone() || !e.code().root().equals("11") || e.source().isNone() || e.trigger() == null) {
      return false;
    }
    int trigger = e.trigger().index();
    for (Dependency d : e.sentence().dependencies()) {
      if (d.head() == trigger && d.relation().startsWith("obj")) {
        Token object = e.sentence().tokens().get(d.dep());
        return attackNouns.contains(object.lemma()) || attackNouns.contains(object.word());
      }
    }
    return false;
  }

  private static Optional<Event> doer(Event condemned, List<Event> events) {
    int at = condemned.sentence().index();
    String own = condemned.source().actor().country();
    Event best = null;
    for (Event v : events) {
      int s = v.sentence().index();
      String root = v.code().root();
      String country = v.source().actor().country();
      if (!v.article().equals(condemned.article()) || s > at || s < at - LOOK_BACK
          || !(root.equals("18") || root.equals("19") || root.equals("20"))
          || v.source().isNone() || country.isEmpty() || country.equals("---") || country.equals(own)) {
        continue;
      }
      if (best == null || s > best.sentence().index()) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Event withTarget(Event e, Event attack) {
    ActorMention d = attack.source();
    ActorMention target = new ActorMention(d.actor(), d.firstToken(), d.endToken(), d.start(), d.end(), d.text(),
        "the doer of the attack condemned (" + attack.code().code() + " '" + attack.trigger().text()
            + "' in sentence " + attack.sentence().index() + "): " + d.entry(),
        d.learned(), d.person(), ActorMention.Found.CONTEXT);
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(), e.source(), target,
        e.code(), e.modality(), e.trigger(), e.rule(), e.confidence(), e.location(), e.articleDateBasis(),
        e.reportedBy());
  }
}
