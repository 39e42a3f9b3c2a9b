package org.dyad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.ArticleMeta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds, from a file or an http(s) URL: one article per item
 * or entry. The text is the item's title, a blank line and the text {@link HtmlExtractor} takes
 * out of {@code content:encoded} (or Atom {@code content}), else {@code description} (or
 * {@code summary}); the date is {@code pubDate}, {@code dc:date}, {@code published} or
 * {@code updated}; the source is the feed's title. Ids are {@code name#URL} (the item's link, else
 * its guid, else its number), so an item keeps its id when the feed is fetched again later.
 */
public final class FeedReader implements ArticleReader {
  private final ReaderOptions options;
  private final HtmlExtractor extractor = new HtmlExtractor();

  public FeedReader(ReaderOptions options) {
    this.options = options;
  }

  /** How much of a feed document is read: feeds hold many items, so more than one article's limit. */
  long maxFeedBytes() {
    return options.maxBytes() > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : options.maxBytes() * 10;
  }

  @Override
  public void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    read(InputSource.of(input, input.getFileName().toString()), articles, problems);
  }

  /** Fetches a feed over http(s) and reads it; the URL is the name its article ids start with. */
  public void read(URI url, Consumer<Article> articles, Consumer<InputException> problems) throws InputException {
    Path pseudo = Path.of(Optional.ofNullable(url.getHost()).orElse("feed") + Optional.ofNullable(url.getPath()).orElse(""));
    InputSource where = new InputSource(pseudo, url.toString(), url.toString(), () -> InputStream.nullInputStream());
    String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw where.problem("only http and https feed URLs can be fetched");
    }
    byte[] bytes;
    try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(options.fetchTimeout()).build()) {
      HttpRequest request = HttpRequest.newBuilder(url).timeout(options.fetchTimeout())
          .header("User-Agent", "dyad (event-data coder; feed reader)").GET().build();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw where.problem("the server answered HTTP " + response.statusCode() + " instead of a feed");
        }
        bytes = Bytes.readLimited(in, maxFeedBytes(), where);
      }
    } catch (IOException e) {
      throw where.problem("cannot be fetched: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw where.problem("fetching was interrupted");
    }
    read(new InputSource(pseudo, url.toString(), url.toString(), () -> new ByteArrayInputStream(bytes)), articles,
        problems);
  }

  void read(InputSource src, Consumer<Article> articles, Consumer<InputException> problems) throws InputException {
    byte[] bytes;
    try (InputStream in = src.open()) {
      bytes = Bytes.readLimited(in, maxFeedBytes(), src);
    } catch (IOException e) {
      throw src.problem("cannot be read: " + e.getMessage());
    }
    if (Bytes.hasNul(bytes, bytes.length)) {
      throw src.problem(Bytes.binaryReason());
    }
    String xml;
    try {
      xml = HtmlExtractor.decode(bytes, Optional.empty());
    } catch (CharacterCodingException e) {
      throw src.problem(Bytes.utf8Reason(e));
    }
    if (xml.isBlank()) {
      throw src.problem("is empty");
    }
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    Element root = doc.children().stream().filter(e -> !e.tagName().startsWith("?")).findFirst().orElse(null);
    String rootName = root == null ? "" : root.tagName().toLowerCase(Locale.ROOT);
    boolean atom = rootName.equals("feed");
    if (!atom && !rootName.equals("rss") && !rootName.equals("rdf:rdf")) {
      throw src.problem("is not an RSS or Atom feed (its root element is <" + (root == null ? "none" : root.tagName())
          + ">, expected <rss>, <rdf:RDF> or <feed>)");
    }
    Element channel = atom ? root : Optional.ofNullable(child(root, "channel")).orElse(root);
    Optional<String> feedTitle = text(child(channel, "title"));
    int n = 0;
    for (Element item : root.getElementsByTag(atom ? "entry" : "item")) {
      n++;
      try {
        articles.accept(item(src, item, n, atom, feedTitle, problems));
      } catch (InputException e) {
        problems.accept(e);
      }
    }
    if (n == 0) {
      throw src.problem("the feed has no " + (atom ? "entries" : "items"));
    }
  }

  private Article item(InputSource src, Element item, int n, boolean atom, Optional<String> feedTitle,
      Consumer<InputException> problems) throws InputException {
    Optional<String> title = text(child(item, "title")).map(t -> Jsoup.parse(t).text()); // titles may hold markup
    Optional<String> link = atom ? atomLink(item) : text(child(item, "link"));
    Optional<String> guid = text(child(item, atom ? "id" : "guid"));
    String key = link.or(() -> guid).orElse(String.valueOf(n));
    String where = (atom ? "entry " : "item ") + n;
    InputSource at = new InputSource(src.file(), src.name() + "#" + key, src.location() + " " + where, src.opener());
    Optional<String> html = text(child(item, atom ? "content" : "content:encoded"))
        .or(() -> text(child(item, atom ? "summary" : "description")));
    if (html.isPresent() && html.get().length() > options.maxBytes()) {
      throw at.problem("is over the limit of " + options.maxBytes() + " characters for one article");
    }
    String body = html.map(h -> extractor.extract("<html><body>" + h + "</body></html>", link.orElse("")).text())
        .orElse("");
    if (title.isEmpty() && body.isBlank()) {
      throw at.problem("has neither a title nor any text");
    }
    String text = title.isEmpty() ? body
        : body.isBlank() || body.startsWith(title.get()) ? (body.isBlank() ? title.get() : body)
        : title.get() + "\n\n" + body;
    Optional<String> rawDate = (atom ? text(child(item, "published")).or(() -> text(child(item, "updated")))
        : text(child(item, "pubDate")).or(() -> text(child(item, "dc:date"))));
    Optional<LocalDate> date = rawDate.flatMap(MetaDates::parse);
    if (rawDate.isPresent() && date.isEmpty()) {
      problems.accept(at.problem("its date '" + rawDate.get() + "' cannot be read; the article is coded without a date"));
    }
    Optional<String> source = text(child(item, "source")).or(() -> feedTitle);
    return new Article(at.name(), text, new ArticleMeta(title, date, link, source));
  }

  private static Optional<String> atomLink(Element entry) {
    Optional<String> any = Optional.empty();
    for (Element l : entry.children()) {
      if (l.tagName().equalsIgnoreCase("link") && !l.attr("href").isBlank()) {
        String rel = l.attr("rel");
        if (rel.isEmpty() || rel.equals("alternate")) {
          return Optional.of(l.attr("href").strip());
        }
        any = any.or(() -> Optional.of(l.attr("href").strip()));
      }
    }
    return any;
  }

  private static Element child(Element parent, String name) {
    for (Element c : parent.children()) {
      if (c.tagName().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  private static Optional<String> text(Element e) {
    return e == null ? Optional.empty() : Optional.of(e.wholeText().strip()).filter(t -> !t.isEmpty());
  }
}
