package org.dyad.nlp.dyad;

/** How a token's word is seen by the tagger and parser: bracket and quote spellings made one. */
final class Words {
  private Words() {}

  static String normalize(String w) {
    switch (w) {
      case "-LRB-": return "(";
      case "-RRB-": return ")";
      case "-LSB-": return "[";
      case "-RSB-": return "]";
      case "-LCB-": return "{";
      case "-RCB-": return "}";
      case "``": case "''": case "\u201c": case "\u201d": case "\u201e": case "\u00ab": case "\u00bb":
        return "\"";
      case "`": case "\u2018": case "\u2019":
        return "'";
      case "\u2013": case "\u2014": case "--":
        return "--";
      default:
        if (w.indexOf('\u2019') >= 0) {
          return w.replace('\u2019', '\'');
        }
        return w;
    }
  }
}
