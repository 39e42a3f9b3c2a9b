package org.dyad.clean;

import java.util.List;
import java.util.regex.Pattern;

/** The line filters dyad uses by default, each aimed at one kind of web-page furniture. */
public final class BoilerplateFilters {
  private BoilerplateFilters() {}

  private static final Pattern SITE_WORD =
      Pattern.compile("\\b(TV|News|Press|Radio|Times|Post|Agency|Online|Daily|Herald|Tribune|Roku)\\b");

  /** Short lines without sentence punctuation that name a site or its channels ("Iran Press TV"). */
  static final LineFilter SITE_NAME = new LineFilter() {
    @Override
    public String name() {
      return "site-name";
    }

    @Override
    public boolean isBoilerplate(String line) {
      String t = line.strip();
      return t.split("\\s+").length <= 4 && !t.matches(".*[.!?:\"”]$") && SITE_WORD.matcher(t).find();
    }
  };

  public static List<LineFilter> defaults() {
    return List.of(
        LineFilter.matching("share-widget",
            "^\\W*(share( this( article| story)?)?|tweet|print|e-?mail|follow us.*|related (articles|stories)|advertisement)\\W*$"),
        LineFilter.matching("share-widget", "\\bshare this (article|story)\\b"),
        LineFilter.matching("comment-form",
            "(leave a comment|add new comment|post a comment|there are no comments|comment policy"
                + "|email address will not be published|required fields are marked)"),
        LineFilter.matching("mailing-list", "(mailing list|newsletter|subscribe to|sign up for)"),
        LineFilter.matching("donation", "(charitable donation|donate now|make a donation)"),
        LineFilter.matching("site-address", "^\\s*(https?://|www\\.)\\S+\\s*$"),
        LineFilter.matching("site-address", "website can (also )?be accessed"),
        LineFilter.matching("breadcrumb", "^\\s*[\\p{L} ]{1,30}\\s+/\\s+[\\p{L} ]{1,30}\\s*$"),
        // photo captions describe a picture, often repeating the story, and carry "(L)" markers
        LineFilter.matching("photo-caption", "\\((L|R|C|centre|center|left|right|photos? by [^)]*)\\)"),
        LineFilter.matching("photo-caption", "^\\s*this .{0,40}\\bphoto shows\\b"),
        SITE_NAME);
  }
}
