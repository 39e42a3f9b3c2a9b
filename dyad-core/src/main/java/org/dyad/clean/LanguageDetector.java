package org.dyad.clean;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an article from its script and its most frequent function words. News
 * text is long enough that the share of words such as "the", "of", "said" (English), "le", "des",
 * "selon" (French) or "der", "und", "wurde" (German) decides it reliably; names, numbers and
 * borrowed words do not move it. Languages with their own script (Chinese, Japanese, Korean,
 * Greek, Hebrew, Hindi, Thai…) are told by the script. A text too short or too mixed to tell is
 * "unknown", and the run codes it rather than lose an English article for want of evidence.
 *
 * <p>Stateless and thread-safe. Profiles: en fr de es it pt nl sv pl tr id (Latin script),
 * ru uk bg (Cyrillic), ar fa ur (Arabic script).
 */
public final class LanguageDetector {
  /**
   * What the detector found.
   *
   * @param language ISO 639-1 code, or "und" when it cannot tell
   * @param share    the share of the text's words that are the language's function words (0 for
   *                 script-decided languages), for explaining a decision
   */
  public record Guess(String language, double share) {
    public static final String UNKNOWN = "und";

    public boolean isKnown() {
      return !language.equals(UNKNOWN);
    }
  }

  /** Only the start of a long text is looked at: a few thousand words decide as well as all. */
  private static final int MAX_CHARS = 20_000;
  /** Fewer letters than this cannot be told apart ("Talks in Ankara"). */
  private static final int MIN_LETTERS = 40;
  /** Function-word hits (weighted) needed before a Latin or Cyrillic text is assigned a language. */
  private static final double MIN_HITS = 4;
  /** The least share of function words for a language; English news runs at 35-45 %. */
  private static final double MIN_SHARE = 0.08;
  /** How far the best language must lead the second. */
  private static final double MIN_LEAD = 1.3;

  private static final Map<String, Set<String>> LATIN = profiles(
      "en", "the of and to in a is that for it was on with as he be by at his from have has are were said not an "
          + "but this which they their had will would been its who after also about over more than she her",
      "fr", "le la les de des du et un une est que qui dans pour pas sur au aux avec ce il elle ont sont par plus "
          + "été ses son sa mais ou cette leur selon lors entre a ne se en",
      "de", "der die das und den dem des ein eine ist nicht mit von zu auf für sich im auch es sie er wird hat "
          + "wurde bei nach aus dass einer noch wie über vor werden sind",
      "es", "el la los las de del y que en un una es por con para se su sus al lo como más pero fue ha sobre "
          + "este esta entre según también tras",
      "it", "il lo la gli le di del della dei e che è un una per non con da nel nella si sono ha al alla anche "
          + "più come ma dopo questo stato suo",
      "pt", "o a os as de do da dos das e que em um uma no na não para com por se mais foi ao é seu sua pelo "
          + "pela também entre após são",
      "nl", "de het een en van in is dat op te met voor niet zijn aan er die ook door bij wordt werd naar heeft "
          + "om tot uit maar nog over dan",
      "sv", "och i att det som en på är av för med till den har inte om ett de var men från vid efter sig kan "
          + "också vi",
      "pl", "i w z na się nie do to że jest o jak po przez od dla ale za są był była także oraz który która "
          + "jego tym",
      "tr", "ve bir bu da de için ile olarak daha çok gibi olan en ama sonra kadar ancak göre ise değil oldu "
          + "şekilde tarafından yeni her",
      "id", "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga adalah oleh telah karena bahwa "
          + "sudah mereka kata atau");
  private static final Map<String, Set<String>> CYRILLIC = profiles(
      "ru", "и в не на что с по это как из к за о от его для он также был была были года который которые "
          + "она они уже при",
      "uk", "і в не на що з та до у це як за від його для він також було року який які вона вони вже при",
      "bg", "и в на не да се от за че с е по са това който които като до си ще бе беше");
  private static final Map<String, Set<String>> ARABIC = profiles(
      "ar", "في من على إلى أن عن مع التي الذي هذا كان وقال قال بين هذه بعد",
      "fa", "و در به از که این را با است برای آن شد می بود کرد",
      "ur", "کے میں کی ہے اور سے کو نے کہ پر تھا گیا");
  /** Languages told apart by their script's mix rather than a profile (Han and kana). */
  private static final Set<String> OTHER_LANGUAGES = Set.of("ja", "zh");
  /** Scripts that name one language. */
  private static final Map<UnicodeScript, String> SCRIPT_LANGUAGE = new EnumMap<>(Map.of(
      UnicodeScript.HANGUL, "ko", UnicodeScript.GREEK, "el", UnicodeScript.HEBREW, "he",
      UnicodeScript.DEVANAGARI, "hi", UnicodeScript.THAI, "th", UnicodeScript.ARMENIAN, "hy",
      UnicodeScript.GEORGIAN, "ka", UnicodeScript.BENGALI, "bn", UnicodeScript.TAMIL, "ta"));

  /** Every language this detector can name (ISO 639-1), sorted. */
  public static java.util.SortedSet<String> languages() {
    java.util.SortedSet<String> all = new java.util.TreeSet<>();
    all.addAll(LATIN.keySet());
    all.addAll(CYRILLIC.keySet());
    all.addAll(ARABIC.keySet());
    all.addAll(SCRIPT_LANGUAGE.values());
    all.addAll(OTHER_LANGUAGES);
    return all;
  }

  public Guess detect(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (letters < MIN_LETTERS) {
      return new Guess(Guess.UNKNOWN, 0);
    }
    UnicodeScript top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    int kana = scripts.getOrDefault(UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(UnicodeScript.KATAKANA, 0);
    if (top == UnicodeScript.HAN || top == UnicodeScript.HIRAGANA || top == UnicodeScript.KATAKANA) {
      return new Guess(kana * 10 > letters ? "ja" : "zh", 0);
    }
    if (SCRIPT_LANGUAGE.containsKey(top)) {
      return new Guess(SCRIPT_LANGUAGE.get(top), 0);
    }
    Map<String, Set<String>> profiles = switch (top) {
      case LATIN -> LATIN;
      case CYRILLIC -> CYRILLIC;
      case ARABIC -> ARABIC;
      default -> Map.of();
    };
    return byFunctionWords(t, profiles);
  }

  /** Scores each language by its function words; a word shared by k languages counts 1/k to each. */
  private static Guess byFunctionWords(String text, Map<String, Set<String>> profiles) {
    Map<String, Double> score = new HashMap<>();
    int words = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      List<String> in = profiles.entrySet().stream().filter(e -> e.getValue().contains(w)).map(Map.Entry::getKey)
          .toList();
      for (String lang : in) {
        score.merge(lang, 1.0 / in.size(), Double::sum);
      }
    }
    String best = null;
    double first = 0;
    double second = 0;
    for (var e : score.entrySet()) {
      double s = e.getValue();
      if (s > first || s == first && best != null && e.getKey().compareTo(best) < 0) {
        second = Math.max(second, first);
        first = s;
        best = e.getKey();
      } else if (s > second) {
        second = s;
      }
    }
    double share = words == 0 ? 0 : first / words;
    if (best == null || first < MIN_HITS || share < MIN_SHARE || first < MIN_LEAD * second) {
      return new Guess(Guess.UNKNOWN, share);
    }
    return new Guess(best, share);
  }

  private static Map<String, Set<String>> profiles(String... langAndWords) {
    Map<String, Set<String>> m = new HashMap<>();
    for (int i = 0; i < langAndWords.length; i += 2) {
      m.put(langAndWords[i], Set.of(langAndWords[i + 1].split(" ")));
    }
    return Map.copyOf(m);
  }
}
