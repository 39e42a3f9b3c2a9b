package org.dyad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.ArticleMeta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the story out of a web page: drops what is not the story (scripts, styles, forms,
 * navigation, page header and footer, asides, share and comment widgets, related-link lists,
 * photo captions), finds the element that holds the story ({@code <article>}, the article-body
 * element, {@code <main>}, or the element with the most paragraph text), and writes its blocks as
 * paragraphs separated by blank lines, the headline first. Title, publication date, site name and
 * URL come from the page's meta tags (Open Graph, {@code article:published_time}, citation and
 * Dublin Core dates, JSON-LD {@code datePublished}, {@code <time datetime>}).
 *
 * <p>The extracted text is the article's text: every offset dyad reports points into it, not into
 * the HTML. Stateless and thread-safe.
 */
public final class HtmlExtractor {
  /** What a page's text and metadata were found to be; {@code text} is empty when it has none. */
  public record HtmlPage(String text, ArticleMeta meta) {}

  /** Elements that never hold the story. */
  private static final String JUNK_ELEMENTS = "script, style, noscript, template, iframe, object, embed, svg, "
      + "canvas, form, button, input, select, textarea, nav, aside, figcaption, dialog, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
      + "[aria-hidden=true], [hidden]";
  /** Class or id words of page furniture; matched against whole words of the class and id. */
  private static final org.dyad.lexicon.WordClass JUNK_WORDS =
      org.dyad.lexicon.Lexicon.builtIn().get("page-furniture");
  private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
      "ol", "blockquote", "pre", "section", "article", "header", "main", "table", "tr", "td", "th", "dd", "dt",
      "dl", "figure", "address", "hr", "body");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LD_PUBLISHER =
      Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

  /**
   * The page's text and metadata.
   *
   * @param html    the page
   * @param baseUri its URL, or "" (used for the article URL when the page names none)
   */
  public HtmlPage extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    Optional<String> h1 = text(doc.selectFirst("h1"));
    Optional<String> site = siteName(doc);
    Optional<String> title = firstContent(doc, "meta[property=og:title]", "meta[name=twitter:title]",
        "meta[name=citation_title]", "meta[name=dc.title]")
        .or(() -> h1)
        .or(() -> Optional.of(doc.title().strip()).filter(t -> !t.isEmpty()).map(t -> withoutSite(t, site)));
    Optional<LocalDate> date = date(doc);
    Optional<String> url = firstAttr(doc, "link[rel=canonical]", "href")
        .or(() -> firstContent(doc, "meta[property=og:url]"))
        .or(() -> Optional.of(baseUri).filter(u -> u.startsWith("http")));
    ArticleMeta meta = new ArticleMeta(title, date, url, site);

    removeFurniture(doc);
    Element body = doc.body();
    List<String> blocks = body == null ? List.of() : blocks(container(body));
    if (!blocks.isEmpty()) {
      String headline = h1.or(() -> title).orElse("");
      if (!headline.isEmpty() && !normalise(blocks.get(0)).equals(normalise(headline))) {
        blocks.add(0, headline);
      }
    }
    return new HtmlPage(String.join("\n\n", blocks), meta);
  }

  /** Decodes a page's bytes: by the HTTP header's charset, else a meta charset, else strict UTF-8. */
  static String decode(byte[] bytes, Optional<String> headerCharset) throws CharacterCodingException {
    Optional<Charset> declared = headerCharset.or(() -> {
      Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }).flatMap(HtmlExtractor::charset);
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared.get());
    }
    String s = Bytes.utf8(bytes, 0, bytes.length);
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void removeFurniture(Document doc) {
    doc.select(JUNK_ELEMENTS).remove();
    // The page's own header and footer; an article's header (headline, byline) stays.
    for (Element e : doc.select("header, footer")) {
      boolean inStory = e.parents().stream().anyMatch(p -> p.nameIs("article") || p.nameIs("main"));
      if (e.nameIs("footer") || !inStory) {
        e.remove();
      }
    }
    int pageText = paragraphText(doc);
    for (Element e : doc.getAllElements()) {
      if (e.parent() == null || e.nameIs("html") || e.nameIs("body") || e.nameIs("article") || e.nameIs("main")) {
        continue;
      }
      // A wrapper called "content-with-sidebar" must not take the story with it.
      if (hasJunkName(e) && e.selectFirst("h1") == null && paragraphText(e) * 2 < pageText) {
        e.remove();
      }
    }
  }

  private static boolean hasJunkName(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String w : WORD_SPLIT.split(names)) {
      if (JUNK_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /** The element that holds the story. */
  private static Element container(Element body) {
    Element best = null;
    for (Element a : body.select("article")) {
      if (best == null || paragraphText(a) > paragraphText(best)) {
        best = a;
      }
    }
    if (best != null && !best.text().isBlank()) {
      return best;
    }
    for (String sel : new String[] {"[itemprop=articleBody]", "main", "[role=main]"}) {
      Element e = body.selectFirst(sel);
      if (e != null && !e.text().isBlank()) {
        return e;
      }
    }
    // No markup says where the story is: the element whose paragraphs hold the most text.
    Element top = body;
    int topScore = 0;
    java.util.Map<Element, Integer> scores = new java.util.IdentityHashMap<>();
    for (Element p : body.select("p")) {
      int len = p.text().length();
      Element parent = p.parent();
      if (parent != null) {
        int s = scores.merge(parent, len, Integer::sum);
        if (s > topScore) {
          topScore = s;
          top = parent;
        }
      }
    }
    return top;
  }

  /** The container's text blocks, whitespace collapsed, link lists dropped. */
  private static List<String> blocks(Element container) {
    List<String> out = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    int[] linkChars = {0};
    boolean[] heading = {false};
    int[] inLink = {0};
    Runnable flush = () -> {
      String t = block.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
      // Lists of links ("Read more: ...", related stories) are navigation, not story; headlines stay.
      if (!t.isEmpty() && (heading[0] || linkChars[0] * 10 < t.length() * 6)) {
        out.add(t);
      }
      block.setLength(0);
      linkChars[0] = 0;
      heading[0] = false;
    };
    container.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText().replaceAll("\\s+", " ");
          block.append(s);
          if (inLink[0] > 0) {
            linkChars[0] += s.strip().length();
          }
        } else if (node instanceof Element e) {
          if (e.nameIs("a")) {
            inLink[0]++;
          } else if (e.nameIs("br")) {
            block.append('\n');
          } else if (BLOCKS.contains(e.normalName())) {
            flush.run();
            heading[0] = HEADINGS.contains(e.normalName());
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.nameIs("a")) {
          inLink[0]--;
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush.run();
        }
      }
    });
    flush.run();
    return out;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<String> text(Element e) {
    return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(t -> !t.isEmpty());
  }

  private static Optional<String> firstContent(Document doc, String... selectors) {
    for (String sel : selectors) {
      Optional<String> v = firstAttr(doc, sel, "content");
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstAttr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    return e == null ? Optional.empty() : Optional.of(e.attr(attr).strip()).filter(v -> !v.isEmpty());
  }

  private static Optional<String> siteName(Document doc) {
    return firstContent(doc, "meta[property=og:site_name]", "meta[name=application-name]",
        "meta[name=dc.publisher]", "meta[name=dcterms.publisher]", "meta[name=citation_publisher]")
        .or(() -> jsonLd(doc, LD_PUBLISHER));
  }

  /** "Headline | Site" → "Headline" when the tail is the site's name. */
  private static String withoutSite(String title, Optional<String> site) {
    if (site.isPresent()) {
      for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
        int i = title.lastIndexOf(sep);
        if (i > 0 && title.substring(i + sep.length()).strip().equalsIgnoreCase(site.get())) {
          return title.substring(0, i).strip();
        }
      }
    }
    return title;
  }

  private static final String[] DATE_METAS = {
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=citation_publication_date]",
      "meta[name=citation_date]", "meta[name=citation_online_date]", "meta[name=dc.date.issued]",
      "meta[name=dc.date]", "meta[name=dcterms.issued]", "meta[name=dcterms.date]", "meta[name=dcterms.created]",
      "meta[name=dc.date.created]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
      "meta[name=publication_date]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[name=date]"};

  private static Optional<LocalDate> date(Document doc) {
    for (String sel : DATE_METAS) {
      Optional<LocalDate> d = firstAttr(doc, sel, "content").flatMap(MetaDates::parse);
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<LocalDate> ld = jsonLd(doc, LD_DATE).flatMap(MetaDates::parse);
    if (ld.isPresent()) {
      return ld;
    }
    for (String sel : new String[] {"time[pubdate][datetime]", "[itemprop=datePublished][datetime]",
        "article time[datetime]", "time[datetime]"}) {
      Optional<LocalDate> d = firstAttr(doc, sel, "datetime").flatMap(MetaDates::parse);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> jsonLd(Document doc, Pattern p) {
    Elements scripts = doc.select("script[type=application/ld+json]");
    for (Element s : scripts) {
      Matcher m = p.matcher(s.data());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
