package org.dyad.eval;

import java.util.List;

/**
 * One expected event of a gold record.
 *
 * @param source actor codes any of which the coded source may be; empty means not annotated
 * @param target actor codes any of which the coded target may be; empty means not annotated
 * @param code   the CAMEO code (2 to 4 digits), or null when only a PLOVER type was annotated
 * @param plover the PLOVER type, or null
 */
public record GoldEvent(List<String> source, List<String> target, String code, String plover) {
  public GoldEvent {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}
