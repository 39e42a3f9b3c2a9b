package org.dyad.clean;

import java.util.regex.Pattern;

/**
 * Decides whether one line of an article is boilerplate. Filters are tiny and named, so a user can
 * see which one dropped a line.
 */
public interface LineFilter {
  String name();

  boolean isBoilerplate(String line);

  /** A filter that drops lines matching a regular expression (found anywhere in the line). */
  static LineFilter matching(String name, String regex) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new LineFilter() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean isBoilerplate(String line) {
        return p.matcher(line).find();
      }
    };
  }
}
