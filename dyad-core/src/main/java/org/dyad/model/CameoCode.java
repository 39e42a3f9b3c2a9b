package org.dyad.model;

/**
 * A CAMEO event code and the figures derived from it.
 *
 * @param code      2 to 4 digits, leading zeros kept ("041")
 * @param name      the codebook's name for it
 * @param goldstein the Goldstein conflict-cooperation score, -10 to +10
 * @param quadClass the quad class in the pipeline's scheme (GDELT's by default: 1 verbal cooperation,
 *                  2 material cooperation, 3 verbal conflict, 4 material conflict)
 * @param plover    the PLOVER event type the code maps to, or "" (public statements have none)
 * @param ploverMode how the act was done in PLOVER terms ("phone", "aerial"…), or "" when the code does not say
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover, String ploverMode) {
  /** A code with a PLOVER type and no mode. */
  public CameoCode(String code, String name, double goldstein, int quadClass, String plover) {
    this(code, name, goldstein, quadClass, plover, "");
  }

  /** A code without a PLOVER type. */
  public CameoCode(String code, String name, double goldstein, int quadClass) {
    this(code, name, goldstein, quadClass, "");
  }

  public String root() {
    return code.substring(0, 2);
  }
}
