package org.dyad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
  private static final int MAX_REDIRECTS = 5;

  private final ReaderOptions options;
  private final boolean allowPrivateAddresses;
  private final HtmlExtractor extractor = new HtmlExtractor();

  public FeedReader(ReaderOptions options) {
    this(options, false);
  }

  /**
   * @param allowPrivateAddresses whether feed URLs (and redirects) may lead to loopback, private,
   *                              link-local (cloud metadata) and other non-public addresses
   */
  public FeedReader(ReaderOptions options, boolean allowPrivateAddresses) {
    this.options = options;
    this.allowPrivateAddresses = allowPrivateAddresses;
  }

  /** How much of a feed document is read: feeds hold many items, so more than one article's limit. */
  long maxFeedBytes() {
    return Math.min(ReaderOptions.MAX_MAX_BYTES, options.maxBytes() > Long.MAX_VALUE / 10 ? Long.MAX_VALUE
        : options.maxBytes() * 10);
  }

  @Override
  public void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    read(InputSource.of(input, input.getFileName().toString()), articles, problems);
  }

  /**
   * Fetches a feed over http(s) and reads it; the URL is the name its article ids start with.
   * Only http and https to public addresses (unless the reader allows private ones), redirects
   * followed by hand and checked by the same rule, and the whole fetch — connecting, headers,
   * body, every redirect — within {@code options.fetchTimeout()} and {@link #maxFeedBytes()}: a
   * server that trickles its body is cut off, not waited for.
   */
  public void read(URI url, Consumer<Article> articles, Consumer<InputException> problems) throws InputException {
    Path pseudo = Path.of(Optional.ofNullable(url.getHost()).orElse("feed") + Optional.ofNullable(url.getPath()).orElse(""));
    InputSource where = new InputSource(pseudo, url.toString(), url.toString(), () -> InputStream.nullInputStream());
    long deadline = System.nanoTime() + options.fetchTimeout().toNanos();
    byte[] bytes;
    try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.fetchTimeout()).build()) {
      URI at = url;
      for (int hop = 0; ; hop++) {
        checkAddress(at, where, hop > 0);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw where.problem("was not fetched within " + options.fetchTimeout().toSeconds() + " s");
        }
        HttpRequest request = HttpRequest.newBuilder(at).timeout(java.time.Duration.ofNanos(left))
            .header("User-Agent", "dyad (event-data coder; feed reader)").GET().build();
        CompletableFuture<HttpResponse<byte[]>> pending =
            client.sendAsync(request, info -> new LimitedBody(info.statusCode() / 100 == 3 ? 0 : maxFeedBytes()));
        HttpResponse<byte[]> response;
        try {
          response = pending.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          pending.cancel(true);
          throw where.problem("was not fetched within " + options.fetchTimeout().toSeconds()
              + " s (the server sends too slowly or not at all); skipped");
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof TooLarge) {
            throw where.problem("is over the limit of " + maxFeedBytes() + " bytes for a feed document");
          }
          throw where.problem("cannot be fetched: " + cause);
        }
        int status = response.statusCode();
        if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
          if (hop >= MAX_REDIRECTS) {
            throw where.problem("redirects more than " + MAX_REDIRECTS + " times");
          }
          try {
            at = at.resolve(response.headers().firstValue("Location").get().strip());
          } catch (IllegalArgumentException e) {
            throw where.problem("redirects to an invalid URL (" + e.getMessage() + ")");
          }
          continue;
        }
        if (status != 200) {
          throw where.problem("the server answered HTTP " + status + " instead of a feed");
        }
        bytes = response.body();
        break;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw where.problem("fetching was interrupted");
    }
    read(new InputSource(pseudo, url.toString(), url.toString(), () -> new ByteArrayInputStream(bytes)), articles,
        problems);
  }

  /**
   * Refuses what a feed URL must not reach: schemes other than http(s), and, unless allowed,
   * hosts that resolve to a loopback, private, link-local (169.254.169.254, the cloud metadata
   * service), carrier-grade NAT, unique-local, multicast or unspecified address.
   */
  void checkAddress(URI url, InputSource where, boolean redirected) throws InputException {
    String via = redirected ? "redirects to " + url + ", which " : "";
    String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw where.problem(via + (redirected ? "is not" : "is not") + " an http or https URL; only those are fetched");
    }
    if (url.getHost() == null) {
      throw where.problem(via + "has no host name");
    }
    if (allowPrivateAddresses) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(url.getHost());
    } catch (java.net.UnknownHostException e) {
      throw where.problem(via + "names a host that cannot be resolved (" + url.getHost() + ")");
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a)) {
        throw where.problem(via + "leads to " + a.getHostAddress() + ", a private, loopback or link-local address;"
            + " dyad fetches only public addresses (--allow-private-addresses to fetch it anyway)");
      }
    }
  }

  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (b.length == 16) {
      boolean mapped = true; // ::ffff:a.b.c.d is the IPv4 address
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      mapped &= b[10] == (byte) 0xff && b[11] == (byte) 0xff;
      if (mapped) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (java.net.UnknownHostException e) {
          return false;
        }
      }
      return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first != 0 // 0.0.0.0/8
        && !(first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
        && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0/24 IETF
        && !(first == 198 && (second == 18 || second == 19)) // benchmarking
        && first < 240; // reserved and broadcast
  }

  /** Keeps at most {@code limit} bytes of a body and fails with {@link TooLarge} beyond it. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBody(long limit) {
      this.limit = limit;
    }

    @Override
    public java.util.concurrent.CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<java.nio.ByteBuffer> items) {
      for (java.nio.ByteBuffer b : items) {
        if (bytes.size() + (long) b.remaining() > limit) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("body over the limit", null);
    }
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
      problems.accept(at.problem("its date '" + rawDate.get() + "' cannot be read; the article is coded without a date").asWarning());
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
