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

  /** Roles of people who bear arms for a state or against it. */
  static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "INS", "SEP");

  /**
   * The role of an organisation's member named by a role noun: an armed group's or force's
   * fighters and commanders keep the group's role ("Peshmerga fighters" stay MIL, "Mahdi Army
   * commanders" REB); any other role noun says the member's role ("Likud lawmakers" are LEG).
   */
  static String ofMember(String organisationRole, String roleNoun) {
    return organisationRole != null && ARMED.contains(organisationRole) && ARMED.contains(roleNoun)
        ? organisationRole : roleNoun;
  }

  private RoleCodes() {}
}
