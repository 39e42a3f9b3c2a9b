package org.dyad.eval;

import java.util.List;

/**
 * How one gold record was coded and what matched.
 *
 * @param record   the gold record
 * @param coded    every coded event, whatever its modality
 * @param counted  the coded events that take part in the comparison
 * @param level    the level the record's codes were compared at
 * @param goldTo   for each expected event, the index in {@code counted} it matched, or -1
 * @param codedTo  for each counted event, the index of the expected event it matched, or -1
 * @param error    why coding the record failed, or null
 */
public record RecordResult(GoldRecord record, List<CodedEvent> coded, List<CodedEvent> counted, CodeLevel level,
    int[] goldTo, int[] codedTo, String error) {

  public int correct() {
    int n = 0;
    for (int j : goldTo) {
      if (j >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Every expected event was coded and nothing else was. */
  public boolean right() {
    return error == null && correct() == goldTo.length && correct() == counted.size();
  }
}
