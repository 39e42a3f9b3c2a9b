package org.dyad.actors;

import java.util.Set;

/**
 * The CAMEO role codes dyad accepts in its dictionaries. A typo ("GVO") would otherwise code
 * actors nobody can aggregate, so dictionaries naming any other code are rejected at load time.
 */
final class RoleCodes {
  static final Set<String> KNOWN = Set.of(
      "GOV", "MIL", "REB", "OPP", "INS", "PTY", "LEG", "JUD", "COP", "SPY", "UAF", "BUS", "CVL", "MED",
      "REF", "ELI", "EDU", "HLH", "LAB", "AGR", "CRM", "ENV", "HRI", "MOD", "RAD", "SEP", "IGO", "NGO",
      "NGM", "IMG", "MNC", "DEV", "RES", "SET", "AMN", "IRC", "UIS", "MOS", "CHR", "JEW", "BUD", "HIN",
      "SHI", "SUN", "SFI", "REL");  // REL: religious figures and bodies of no named faith (CAMEO)

  private RoleCodes() {}
}
