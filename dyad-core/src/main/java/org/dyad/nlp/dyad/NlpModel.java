package org.dyad.nlp.dyad;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * dyad's trained tagger, lemmatiser and parser in one gzipped file, as {@code dyad train} writes
 * it. The built-in one is the classpath resource {@link #RESOURCE}, trained on UD English EWT.
 */
public final class NlpModel {
  public static final String RESOURCE = "org/dyad/nlp/dyad/en-ewt.model.gz";
  private static final int MAGIC = 0x64796e6c; // "dynl"
  private static final int VERSION = 2;

  final Tagger tagger;
  final Lemmatizer lemmatizer;
  final ArcEagerParser parser;

  NlpModel(Tagger tagger, Lemmatizer lemmatizer, ArcEagerParser parser) {
    this.tagger = tagger;
    this.lemmatizer = lemmatizer;
    this.parser = parser;
  }

  private static volatile NlpModel builtIn;

  /** The model shipped with dyad, loaded once per JVM. */
  public static NlpModel builtIn() {
    NlpModel m = builtIn;
    if (m == null) {
      synchronized (NlpModel.class) {
        if (builtIn == null) {
          InputStream in = NlpModel.class.getClassLoader().getResourceAsStream(RESOURCE);
          if (in == null) {
            throw new IllegalStateException("the parser model " + RESOURCE + " is not on the classpath: "
                + "rebuild dyad, or make it with `dyad train`");
          }
          try (in) {
            builtIn = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parser model " + RESOURCE, e);
          }
        }
        m = builtIn;
      }
    }
    return m;
  }

  public static NlpModel load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parser model " + file, e);
    }
  }

  static NlpModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a dyad parser model");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("parser model version " + version + ", this dyad reads version " + VERSION
          + ": remake it with `dyad train`");
    }
    Tagger t = Tagger.read(in);
    Lemmatizer l = Lemmatizer.read(in);
    ArcEagerParser p = ArcEagerParser.read(in);
    return new NlpModel(t, l, p);
  }

  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      tagger.write(out);
      lemmatizer.write(out);
      parser.write(out);
    }
  }

  /** Tags, lemmas, heads and relations of one sentence's words. */
  public record Analysis(String[] tags, String[] lemmas, int[] heads, String[] relations) {}

  /** Tags and lemmas only. */
  public Analysis tag(String[] words) {
    String[] norm = Tagger.normalized(words);
    int[] ids = tagger.tag(norm);
    String[] tags = new String[words.length];
    String[] lemmas = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      tags[i] = tagger.tagName(ids[i]);
      if (HyphenatedModifiers.isModifier(words[i], tags[i])) {
        tags[i] = "JJ";
      }
      lemmas[i] = lemmatizer.lemma(words[i], tags[i]);
    }
    return new Analysis(tags, lemmas, null, null);
  }

  /** Parses words whose tags are given (from {@link #tag} or elsewhere). */
  public Analysis parse(String[] words, String[] tags, String[] lemmas) {
    String[] norm = Tagger.normalized(words);
    int[] ids = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      ids[i] = tagger.tagId(tags[i]);
    }
    ArcEagerParser.Parse p = parser.parse(norm, ids);
    String[] rel = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      rel[i] = parser.labels[p.labels()[i]];
    }
    return new Analysis(tags, lemmas, p.heads(), rel);
  }

  public String describe() {
    return String.format("%d tags, %d relations; %,d tagger and %,d parser features", tagger.tags.length,
        parser.labels.length, tagger.features(), parser.features());
  }
}
