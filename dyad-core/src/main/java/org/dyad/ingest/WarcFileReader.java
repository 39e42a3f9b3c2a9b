package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.ArticleMeta;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC archives ({@code .warc}, {@code .warc.gz}, via jwarc): each successful HTML response
 * (and each HTML or plain-text resource record) is one article, its text taken out by
 * {@link HtmlExtractor}, its URL the record's target. Requests, metadata, redirects and non-text
 * payloads are passed over. Article ids are {@code name#N}, N the record's number in the file.
 *
 * <p>A corrupt record is reported with its number and byte offset, and reading resumes at the
 * next record header found after it (in a file on disk; inside a zip archive reading stops there).
 * The capture date is not taken as the publication date: a crawl may fetch old stories.
 */
public final class WarcFileReader implements ArticleReader {
  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

  private final ReaderOptions options;
  private final HtmlExtractor extractor = new HtmlExtractor();

  public WarcFileReader(ReaderOptions options) {
    this.options = options;
  }

  @Override
  public void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    read(InputSource.of(input, input.getFileName().toString()), true, articles, problems);
  }

  /** @param onDisk whether {@code src.file()} is the WARC itself, so corrupt records can be skipped by seeking */
  void read(InputSource src, boolean onDisk, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    byte[] head = Bytes.head(src);
    if (head.length == 0) {
      throw src.problem("is empty");
    }
    if (!Bytes.startsWith(head, WARC_MAGIC) && !Bytes.startsWith(head, GZIP_MAGIC)) {
      throw src.problem("is not a WARC file (it does not start with 'WARC/' or a gzip header)");
    }
    int[] said = {0}; // articles and problems: an archive that yields neither is reported
    Consumer<Article> counted = a -> {
      said[0]++;
      articles.accept(a);
    };
    Consumer<InputException> reported = p -> {
      said[0]++;
      problems.accept(p);
    };
    readCounted(src, onDisk, counted, reported);
    if (said[0] == 0) {
      throw src.problem("holds no HTML or plain-text page with status 200 (only requests, redirects, errors or other"
          + " media)");
    }
  }

  private void readCounted(InputSource src, boolean onDisk, Consumer<Article> articles,
      Consumer<InputException> problems) throws InputException {
    int[] recordNo = {0};
    if (!onDisk) {
      try (InputStream in = src.open(); WarcReader reader = new WarcReader(in)) {
        readRecords(src, reader, null, 0, recordNo, articles, problems);
      } catch (IOException e) {
        throw src.problem("cannot be read: " + e.getMessage());
      }
      return;
    }
    long pos = 0;
    while (pos >= 0) {
      try (FileChannel ch = FileChannel.open(src.file(), StandardOpenOption.READ);
          WarcReader reader = new WarcReader(ch)) {
        if (pos > 0) {
          reader.position(pos);
        }
        long corruptAt = readRecords(src, reader, ch, pos, recordNo, articles, problems);
        pos = corruptAt < 0 ? -1 : nextHeader(ch, corruptAt + 1, reader.compression() == WarcCompression.GZIP);
      } catch (IOException e) {
        throw src.problem("cannot be read: " + e.getMessage());
      }
    }
  }

  /**
   * Reads records until the end (returns -1) or a corrupt record (returns its offset, after
   * reporting it).
   *
   * @param ch    the file, to find where a corrupt record starts; null for a stream
   * @param start where this reader started
   */
  private long readRecords(InputSource src, WarcReader reader, FileChannel ch, long start, int[] recordNo,
      Consumer<Article> articles, Consumer<InputException> problems) throws IOException {
    boolean first = true;
    while (true) {
      long previous = reader.position(); // jwarc's position is where the last record read began
      recordNo[0]++;
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        long at = first ? start
            : ch == null ? -1 : nextHeader(ch, previous + 1, reader.compression() == WarcCompression.GZIP);
        String where = "record " + recordNo[0] + (at >= 0 ? " at byte " + at : " after byte " + previous);
        problems.accept(src.problemAt(where, "is corrupt (" + (e instanceof ParsingException pe
            ? pe.getBaseMessage().replaceAll("(?s) at position \\d+.*", "") : e.getMessage()) + ")"
            + (ch == null ? "; the rest of this archive cannot be read" : "; skipped to the next record header")));
        return Math.max(at, previous);
      }
      first = false;
      if (next.isEmpty()) {
        return -1;
      }
      String where = "record " + recordNo[0] + " at byte " + reader.position();
      String impossible = impossibleLength(next.get(), reader.compression() == WarcCompression.NONE ? ch : null);
      if (impossible != null) {
        long at = reader.position();
        problems.accept(src.problemAt(where, "is corrupt (" + impossible + ")"
            + (ch == null ? "; the rest of this archive cannot be read" : "; skipped to the next record header")));
        return ch == null ? -1 : at;
      }
      Optional<Article> article;
      try {
        article = article(src, next.get(), recordNo[0], where, problems);
      } catch (InputException e) {
        problems.accept(e);
        continue;
      } catch (IOException | RuntimeException e) {
        problems.accept(src.problemAt(where, "cannot be read (" + e.getMessage() + ")"));
        continue;
      }
      article.ifPresent(articles); // outside the try: what the consumer throws is the caller's

    }
  }

  /**
   * Why a record's declared length cannot be right (negative, not a number, longer than the
   * file, when {@code ch} is an uncompressed file), or null. jwarc would read such a record's body into the next record and lose it.
   */
  private static String impossibleLength(WarcRecord record, FileChannel ch) throws IOException {
    Optional<String> declared = record.headers().first("Content-Length");
    if (declared.isEmpty()) {
      return "it has no Content-Length";
    }
    long n;
    try {
      n = Long.parseLong(declared.get().strip());
    } catch (NumberFormatException e) {
      return "its Content-Length '" + declared.get() + "' is not a number";
    }
    if (n < 0) {
      return "its Content-Length " + n + " is negative";
    }
    if (ch != null && n > ch.size()) {
      return "its Content-Length " + n + " is longer than the file";
    }
    return null;
  }

  private Optional<Article> article(InputSource src, WarcRecord record, int n, String where,
      Consumer<InputException> problems) throws IOException, InputException {
    MediaType type;
    MessageBody body;
    String url;
    if (record instanceof WarcResponse r) {
      if (!r.contentType().base().equals(MediaType.HTTP_RESPONSE) && !r.contentType().base().equals(MediaType.HTTP)) {
        return Optional.empty(); // a DNS or Gemini response
      }
      var http = r.http();
      if (http.status() != 200) {
        return Optional.empty(); // redirects, errors: no story
      }
      type = http.contentType();
      body = http.bodyDecoded();
      url = r.target();
    } else if (record instanceof WarcResource r) {
      type = r.contentType();
      body = r.body();
      url = r.target();
    } else {
      return Optional.empty();
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!html && !base.equals("text/plain")) {
      return Optional.empty();
    }
    String id = src.name() + "#" + n;
    InputSource record1 = new InputSource(src.file(), id, src.location() + " " + where + " (" + url + ")", src.opener());
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = Bytes.readLimited(in, options.maxBytes(), record1);
    }
    Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
    if (!html) {
      String text;
      try {
        text = charset.isPresent() && !charset.get().equalsIgnoreCase("utf-8")
            ? new String(bytes, java.nio.charset.Charset.forName(charset.get())) : Bytes.utf8(bytes, 0, bytes.length);
      } catch (CharacterCodingException | IllegalArgumentException e) {
        throw record1.problem("is not valid UTF-8 and declares no charset dyad knows");
      }
      if (text.isBlank()) {
        throw record1.problem("is empty");
      }
      return Optional.of(new Article(id, text, new ArticleMeta(Optional.empty(), Optional.empty(),
          Optional.of(url), Optional.empty())));
    }
    String page;
    try {
      page = HtmlExtractor.decode(bytes, charset);
    } catch (CharacterCodingException e) {
      // Web pages lie about their encoding often enough; read what can be read rather than lose the record.
      page = new String(bytes, StandardCharsets.UTF_8);
    }
    HtmlExtractor.HtmlPage p = extractor.extract(page, url);
    ArticleMeta m = p.meta();
    ArticleMeta meta = new ArticleMeta(m.title(), m.date(), m.url().or(() -> Optional.of(url)), m.source());
    return Optional.of(HtmlFileReader.article(new HtmlExtractor.HtmlPage(p.text(), meta), id, record1, "page"));
  }

  /** The offset of the next record header at or after {@code from}, or -1. */
  private static long nextHeader(FileChannel ch, long from, boolean gzip) throws IOException {
    byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
    ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    long pos = from;
    while (true) {
      buf.clear();
      int n = ch.read(buf, pos);
      if (n < magic.length) {
        return -1;
      }
      byte[] a = buf.array();
      for (int i = 0; i + magic.length <= n; i++) {
        boolean lineStart = gzip || pos + i == 0 || (i > 0 ? a[i - 1] == '\n' : true);
        if (lineStart && java.util.Arrays.equals(a, i, i + magic.length, magic, 0, magic.length)) {
          return pos + i;
        }
      }
      pos += n - magic.length + 1;
    }
  }
}
