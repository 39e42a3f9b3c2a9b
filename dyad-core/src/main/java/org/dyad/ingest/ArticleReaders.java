package org.dyad.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dyad.model.Article;

/**
 * Reads any input dyad knows: picks the reader by extension, or by the first bytes when the
 * extension says nothing, walks directories and opens {@code .gz} and {@code .zip} containers.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><td>{@code .txt}, no extension</td><td>{@link TextFileReader}, one article per file</td></tr>
 *   <tr><td>{@code .html .htm .xhtml .shtml}</td><td>{@link HtmlFileReader}, one article per page</td></tr>
 *   <tr><td>{@code .jsonl .ndjson .json}</td><td>{@link JsonLinesReader}, one per line</td></tr>
 *   <tr><td>{@code .csv .tsv}</td><td>{@link CsvReader}, one per row</td></tr>
 *   <tr><td>{@code .warc .warc.gz}</td><td>{@link WarcFileReader}, one per HTML response</td></tr>
 *   <tr><td>{@code .rss .atom .xml}, http(s) URLs</td><td>{@link FeedReader}, one per item</td></tr>
 *   <tr><td>{@code X.gz}</td><td>X's reader on the decompressed bytes</td></tr>
 *   <tr><td>{@code .zip}</td><td>each entry by its own name, ids {@code archive.zip!/entry}</td></tr>
 * </table>
 *
 * <p>Reading never stops at a bad input: every problem, with one file or one record, goes to the
 * problem consumer, and the next input is read. Inputs are read one after the other in the order
 * given (directories in sorted order), so runs see articles in the same order. Stateless apart
 * from its options; safe to share.
 */
public final class ArticleReaders implements ArticleReader {
  /**
   * One input: a file (with the name its article ids start with: the path relative to the
   * directory the user gave, or the file's name) or an http(s) feed URL.
   */
  public record Input(String name, Optional<Path> file, Optional<URI> url) {
    public static Input of(Path file) {
      return new Input(file.getFileName().toString(), Optional.of(file), Optional.empty());
    }

    @Override
    public String toString() {
      return file.map(Path::toString).orElseGet(() -> url.map(URI::toString).orElse(name));
    }
  }

  private enum Format { TEXT, HTML, JSONL, CSV, WARC, FEED, GZIP, ZIP }

  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final ReaderOptions options;
  private final TextFileReader text;
  private final HtmlFileReader html;
  private final JsonLinesReader jsonLines;
  private final CsvReader csv;
  private final WarcFileReader warc;
  private final FeedReader feeds;

  public ArticleReaders(ReaderOptions options) {
    this(options, false);
  }

  /**
   * @param allowPrivateAddresses whether feed URLs may lead to loopback, private and link-local
   *                              addresses (off by default: see {@link FeedReader#checkAddress})
   */
  public ArticleReaders(ReaderOptions options, boolean allowPrivateAddresses) {
    this.options = options;
    this.text = new TextFileReader(options.maxBytes());
    this.html = new HtmlFileReader(options.maxBytes());
    this.jsonLines = new JsonLinesReader(options);
    this.csv = new CsvReader(options);
    this.warc = new WarcFileReader(options);
    this.feeds = new FeedReader(options, allowPrivateAddresses);
  }

  public ReaderOptions options() {
    return options;
  }

  /**
   * The inputs a user named: http(s) URLs as they are, files as they are, directories walked in
   * sorted order for the files dyad can read (see {@link #isReadableName}), hidden files left out.
   *
   * @throws IllegalArgumentException when a path does not exist (a usage error, not a bad input)
   */
  public static List<Input> expand(List<String> inputs) {
    List<Input> out = new ArrayList<>();
    for (String in : inputs) {
      String lower = in.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        out.add(new Input(in, Optional.empty(), Optional.of(URI.create(in))));
        continue;
      }
      Path p = Path.of(in);
      if (!Files.exists(p)) {
        throw new IllegalArgumentException(p + ": no such file or directory");
      }
      if (!Files.isDirectory(p)) {
        out.add(Input.of(p));
        continue;
      }
      out.addAll(walk(p));
    }
    return out;
  }

  /**
   * The files under a directory, sorted. A subdirectory or file that cannot be listed or examined
   * is kept as an input of its own, so reading it reports it by name and the run goes on; FIFOs,
   * devices and sockets are kept too, and reported (never opened) when read.
   */
  private static List<Input> walk(Path root) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(root) && !isReadableName(root.relativize(d) + "/x")) {
            return FileVisitResult.SKIP_SUBTREE; // hidden directories
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink() && (Files.isDirectory(f) || !Files.exists(f))) {
            return FileVisitResult.CONTINUE; // links are followed to files only, as before
          }
          if (!attrs.isDirectory() && isReadableName(root.relativize(f).toString())) {
            found.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          found.add(f); // reported when read
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(root);
    }
    found.sort(null);
    List<Input> out = new ArrayList<>();
    for (Path f : found) {
      String rel = root.relativize(f).toString().replace('\\', '/');
      out.add(new Input(rel.isEmpty() ? f.getFileName().toString() : rel, Optional.of(f), Optional.empty()));
    }
    return out;
  }

  /**
   * Whether a file in a directory (or a zip entry) is taken: not hidden, and either without
   * extension or with one of the extensions in the class comment. READMEs, images and the like
   * beside a corpus are left alone.
   */
  public static boolean isReadableName(String relativePath) {
    for (String part : relativePath.split("[/\\\\]")) {
      if (part.startsWith(".") || part.equals("__MACOSX")) {
        return false;
      }
    }
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return !name.contains(".") || byExtension(name).isPresent();
  }

  /** Reads every input in order. Never throws for a bad input: each problem goes to {@code problems}. */
  public void readAll(List<Input> inputs, Consumer<Article> articles, Consumer<InputException> problems) {
    for (Input in : inputs) {
      read(in, articles, problems);
    }
  }

  /** Reads one input; a problem with the whole input goes to {@code problems} like any other. */
  @Override
  public void read(Input input, Consumer<Article> sink, Consumer<InputException> problemSink) {
    // What the caller's consumers throw (a failed write, an interrupt) is theirs and goes out as it
    // is; what the readers throw is this input's problem.
    Consumer<Article> articles = a -> {
      try {
        sink.accept(a);
      } catch (RuntimeException e) {
        throw new ConsumerFailure(e);
      }
    };
    Consumer<InputException> problems = p -> {
      try {
        problemSink.accept(p);
      } catch (RuntimeException e) {
        throw new ConsumerFailure(e);
      }
    };
    try {
      if (input.url().isPresent()) {
        feeds.read(input.url().get(), articles, problems);
      } else {
        Path f = input.file().orElseThrow();
        notAFile(f, input.name()).ifPresent(reason -> {
          throw new UncheckedInput(new InputException(f, reason));
        });
        read(InputSource.of(f, input.name()), true, articles, problems);
      }
    } catch (InputException e) {
      problems.accept(e);
    } catch (UncheckedInput e) {
      problems.accept(e.problem);
    } catch (ConsumerFailure e) {
      throw e.failure;
    } catch (RuntimeException | StackOverflowError e) {
      // A reader's bug or a library's surprise must cost this input, not the run.
      problems.accept(new InputException(input.file().orElse(Path.of(input.name())), input.toString(),
          "cannot be read (internal error: " + e + "); please report it with the file"));
    }
  }

  /** Carries an exception of the caller's consumer through the readers untouched. */
  private static final class ConsumerFailure extends RuntimeException {
    final RuntimeException failure;

    ConsumerFailure(RuntimeException failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }

  private static final class UncheckedInput extends RuntimeException {
    final InputException problem;

    UncheckedInput(InputException problem) {
      super(problem.getMessage(), null, false, false);
      this.problem = problem;
    }
  }

  /**
   * Why a path given as an input is not read at all: a directory that cannot be listed, a FIFO
   * (opening one would wait for a writer forever), a device or a socket, or a file that cannot
   * be opened. Empty for a readable regular file.
   */
  static Optional<String> notAFile(Path f, String name) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(f, BasicFileAttributes.class);
    } catch (IOException e) {
      return Optional.of("cannot be read: " + reason(e));
    }
    if (attrs.isDirectory()) {
      try (var listing = Files.newDirectoryStream(f)) {
        return Optional.of("is a directory that changed while it was read; skipped");
      } catch (IOException e) {
        return Optional.of("is a directory that cannot be listed (" + reason(e) + "); skipped with everything in it");
      }
    }
    if (attrs.isOther()) {
      return Optional.of("is not a regular file (a FIFO, device or socket); skipped");
    }
    if (!attrs.isRegularFile()) {
      return Optional.of("is not a regular file; skipped");
    }
    if (!Files.isReadable(f)) {
      return Optional.of("cannot be read (permission denied); skipped");
    }
    return Optional.empty();
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Opens an input's bytes, anew on every call (a file on HDFS or S3, say). */
  public interface StreamOpener {
    java.io.InputStream open() throws IOException;
  }

  /**
   * Reads one input that is not a local file (the Spark job's inputs on HDFS or S3) exactly as a
   * file of that name: the name's extension (or the first bytes) gives the format and the ids
   * start with it. A zip archive, and skipping past a corrupt WARC record, need a local file.
   *
   * @param location how messages name the input (its full URI)
   */
  public void read(String name, String location, StreamOpener opener, Consumer<Article> articles,
      Consumer<InputException> problems) {
    try {
      read(new InputSource(null, name, location, opener::open), false, articles, problems);
    } catch (InputException e) {
      problems.accept(e);
    }
  }

  /**
   * The article of one record of a table that is not a file dyad reads itself (a row of Parquet in
   * the Spark job), built from its named fields as a JSON line's is: the same field names, title
   * and text joined the same way, id {@code name#row} when it has none. A record with neither text
   * nor title is reported and yields nothing.
   *
   * @param fields the record's value of a field, empty when absent or blank
   */
  public Optional<Article> record(java.util.function.Function<String, Optional<String>> fields, String name,
      String location, long row, Consumer<InputException> problems) {
    InputSource src = new InputSource(null, name, location, () -> {
      throw new IOException("a record has no bytes of its own");
    });
    try {
      return Optional.of(RecordArticles.article(fields::apply, options.fields(), name + "#" + row, src, row, problems));
    } catch (InputException e) {
      problems.accept(e);
      return Optional.empty();
    }
  }

  @Override
  public void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    read(InputSource.of(input, input.getFileName().toString()), true, articles, problems);
  }

  private void read(InputSource src, boolean onDisk, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    read(src, src.fileName(), onDisk, articles, problems);
  }

  /**
   * @param formatName the name whose extension gives the format (a decompressed file's inner name)
   * @param onDisk     whether the source is the file itself (not a decompressed stream or a zip entry)
   */
  private void read(InputSource src, String formatName, boolean onDisk, Consumer<Article> articles,
      Consumer<InputException> problems) throws InputException {
    String name = formatName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc.gz")) {
      warc.read(src, onDisk, articles, problems); // jwarc reads gzip members itself, and offsets stay file offsets
      return;
    }
    byte[] head = Bytes.head(src);
    if (head.length == 0) {
      throw src.problem("is empty");
    }
    Format format = byExtension(name).orElseGet(() -> sniff(head));
    if (format != Format.GZIP && format != Format.ZIP && Bytes.startsWith(head, GZIP_MAGIC)) {
      format = Format.GZIP; // compressed without saying so
    }
    if (name.endsWith(".xml") && format == Format.FEED && looksLikeHtml(head)) {
      format = Format.HTML;
    }
    switch (format) {
      case TEXT -> articles.accept(text.read(src));
      case HTML -> articles.accept(html.read(src));
      case JSONL -> jsonLines.read(src, articles, problems);
      case CSV -> csv.read(src, articles, problems);
      case WARC -> warc.read(src, onDisk, articles, problems);
      case FEED -> feeds.read(src, articles, problems);
      case GZIP -> gunzip(src, head, articles, problems);
      case ZIP -> unzip(src, onDisk, articles, problems);
      default -> throw new IllegalStateException(format.toString());
    }
  }

  private void gunzip(InputSource src, byte[] head, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    if (!Bytes.startsWith(head, GZIP_MAGIC)) {
      throw src.problem("is named .gz but is not gzip-compressed");
    }
    String name = src.fileName();
    String inner = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : "";
    // The decompressed bytes are read in the format the inner name says; ids keep the .gz name.
    InputSource decompressed = new InputSource(src.file(), src.name(), src.location(),
        () -> new GZIPInputStream(src.opener().open(), 64 * 1024));
    read(decompressed, inner, false, articles, problems);
  }

  private void unzip(InputSource src, boolean onDisk, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    if (!onDisk) {
      throw src.problem("is a zip archive inside another container; unpack it first");
    }
    try (ZipFile zip = new ZipFile(src.file().toFile(), StandardCharsets.UTF_8)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      int taken = 0;
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory() || !isReadableName(e.getName())) {
          continue;
        }
        taken++;
        InputSource entry = new InputSource(src.file(), src.name() + "!/" + e.getName(),
            src.location() + "!/" + e.getName(), () -> zip.getInputStream(e));
        try {
          read(entry, false, articles, problems);
        } catch (InputException x) {
          problems.accept(x);
        }
      }
      if (taken == 0) {
        throw src.problem("the zip archive holds no file dyad can read");
      }
    } catch (ZipException e) {
      throw src.problem("is not a readable zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw src.problem("cannot be read: " + e.getMessage());
    }
  }

  private static Optional<Format> byExtension(String lowerName) {
    int dot = lowerName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return switch (lowerName.substring(dot + 1)) {
      case "txt", "text" -> Optional.of(Format.TEXT);
      case "html", "htm", "xhtml", "shtml" -> Optional.of(Format.HTML);
      case "jsonl", "ndjson", "json" -> Optional.of(Format.JSONL);
      case "csv", "tsv" -> Optional.of(Format.CSV);
      case "warc" -> Optional.of(Format.WARC);
      case "rss", "atom", "xml" -> Optional.of(Format.FEED);
      case "gz" -> Optional.of(Format.GZIP);
      case "zip" -> Optional.of(Format.ZIP);
      default -> Optional.empty();
    };
  }

  /** The format of a file whose name says nothing, from its first bytes; text when nothing else fits. */
  private static Format sniff(byte[] head) {
    if (Bytes.startsWith(head, GZIP_MAGIC)) {
      return Format.GZIP;
    }
    if (Bytes.startsWith(head, ZIP_MAGIC)) {
      return Format.ZIP;
    }
    if (Bytes.startsWith(head, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
      return Format.WARC;
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").stripLeading()
        .toLowerCase(Locale.ROOT);
    if (start.startsWith("<")) {
      if (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf")) {
        return Format.FEED;
      }
      if (looksLikeHtml(head)) {
        return Format.HTML;
      }
    }
    if (start.startsWith("{")) {
      return Format.JSONL;
    }
    return Format.TEXT;
  }

  private static boolean looksLikeHtml(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return (s.contains("<!doctype html") || s.contains("<html") || s.contains("<body"))
        && !s.contains("<rss") && !s.contains("<feed");
  }
}
