package org.dyad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.dict.DictionaryException;

/**
 * The named word classes the coder's knowledge refers to, loaded once and read-only afterwards
 * (safe to share between threads).
 *
 * <p>One file per class, {@code NAME.txt}, in {@code org/dyad/lexicon/} (the built-in classes,
 * listed in that folder's {@code INDEX}) or in a user's directory ({@code --lexicon DIR}). Format,
 * one entry a line:
 * <pre>
 * # what the class is for (a comment: '#' to the end of the line, at its start or after a blank)
 * january
 * sept            # a reason, where the entry is not obvious
 * chief of staff  # a phrase: words separated by blanks, matched as tokens
 * &amp;month          # every member of another class
 * </pre>
 * Entries are matched case-insensitively and stored in lower case. A NAME is lower case letters,
 * digits and '-'. An unknown class after '&amp;', a word listed twice in one file, a bad file name
 * or a cycle of classes is an error naming the file and line.
 *
 * <p>A user's file replaces the built-in class of its name, or defines a new one; to extend the
 * built-in class instead, list it in the file: {@code &amp;NAME} in {@code NAME.txt} means the
 * built-in class of that name.
 */
public final class Lexicon {
  private static final String RESOURCES = "/org/dyad/lexicon/";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern COMMENT = Pattern.compile("(^|\\s)#.*");
  private static volatile Lexicon builtIn;

  private final Map<String, WordClass> classes;

  private Lexicon(Map<String, WordClass> classes) {
    this.classes = Map.copyOf(classes);
  }

  /** The classes shipped with dyad, read once per JVM. */
  public static Lexicon builtIn() {
    Lexicon l = builtIn;
    if (l == null) {
      synchronized (Lexicon.class) {
        if (builtIn == null) {
          builtIn = resolve(List.of(readBuiltIn()));
        }
        l = builtIn;
      }
    }
    return l;
  }

  /** The built-in classes, with those in {@code dir} ({@code NAME.txt} files) replacing or extending them. */
  public static Lexicon withDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("lexicon directory " + dir + " does not exist");
    }
    Map<String, Definition> user = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".txt")) {
          continue;
        }
        String name = file.substring(0, file.length() - 4);
        if (!NAME.matcher(name).matches()) {
          throw new DictionaryException(f + ": '" + name + "' is not a word class name (lower case letters, "
              + "digits and '-'; the file is NAME.txt)");
        }
        user.put(name, read(name, f.toString(), Files.newInputStream(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot read lexicon directory", e);
    }
    return resolve(List.of(readBuiltIn(), user));
  }

  /** The built-in lexicon, or the built-in one with a user's directory over it. */
  public static Lexicon of(Optional<Path> dir) {
    return dir.map(Lexicon::withDirectory).orElseGet(Lexicon::builtIn);
  }

  /** The class of this name (without '&'); a name the lexicon lacks is a programming error. */
  public WordClass get(String name) {
    WordClass c = classes.get(name);
    if (c == null) {
      throw new IllegalStateException("no word class '&" + name + "' in the lexicon (known: " + names() + ")");
    }
    return c;
  }

  /** The class of this name, if there is one. */
  public Optional<WordClass> find(String name) {
    return Optional.ofNullable(classes.get(name));
  }

  /**
   * The class a reference in a data file names ({@code &weapon}), or a {@link DictionaryException}
   * naming {@code where} (file:line) and the unknown name.
   */
  public WordClass reference(String reference, String where) {
    String name = reference.startsWith("&") ? reference.substring(1) : reference;
    WordClass c = classes.get(name);
    if (c == null) {
      throw new DictionaryException(where + ": unknown word class '&" + name + "' (a class is a file NAME.txt "
          + "in the lexicon; known: " + names() + ")");
    }
    return c;
  }

  public Set<String> names() {
    return new TreeSet<>(classes.keySet());
  }

  // ---- reading ----

  /** One entry of a class file: a word, or a reference to another class. */
  private record Line(String text, boolean reference, String where) {}

  private record Definition(String name, String source, List<Line> lines) {}

  private static Map<String, Definition> readBuiltIn() {
    Map<String, Definition> defs = new LinkedHashMap<>();
    try (InputStream index = Lexicon.class.getResourceAsStream(RESOURCES + "INDEX")) {
      if (index == null) {
        throw new IllegalStateException("the lexicon's INDEX is missing from the classpath");
      }
      for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = COMMENT.matcher(line).replaceFirst("").strip();
        if (name.isEmpty()) {
          continue;
        }
        InputStream in = Lexicon.class.getResourceAsStream(RESOURCES + name + ".txt");
        if (in == null) {
          throw new IllegalStateException("the lexicon's INDEX lists '" + name + "' but " + name
              + ".txt is missing from the classpath");
        }
        defs.put(name, read(name, name + ".txt", in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in lexicon", e);
    }
    return defs;
  }

  private static Definition read(String name, String source, InputStream in) {
    List<Line> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String body = COMMENT.matcher(line).replaceFirst("").strip().replaceAll("\\s+", " ");
        if (body.isEmpty()) {
          continue;
        }
        String where = source + ":" + n;
        if (body.startsWith("&")) {
          if (!NAME.matcher(body.substring(1)).matches()) {
            throw new DictionaryException(where + ": '" + body + "' is not a class reference (&NAME: lower case "
                + "letters, digits and '-')");
          }
          lines.add(new Line(body.substring(1), true, where));
          continue;
        }
        String word = body.toLowerCase(Locale.ROOT);
        if (!seen.add(word)) {
          throw new DictionaryException(where + ": '" + body + "' is listed twice in &" + name);
        }
        lines.add(new Line(word, false, where));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read word class", e);
    }
    return new Definition(name, source, lines);
  }

  /**
   * Resolves every class of every layer (built-in first, then the user's) into its words. A
   * reference to a class's own name means that class in the layer below.
   */
  private static Lexicon resolve(List<Map<String, Definition>> layers) {
    Map<String, WordClass> out = new LinkedHashMap<>();
    Map<String, Set<String>> done = new LinkedHashMap<>();
    for (int layer = 0; layer < layers.size(); layer++) {
      for (String name : layers.get(layer).keySet()) {
        int top = topLayer(layers, name);
        if (top == layer) {
          Definition d = layers.get(layer).get(name);
          out.put(name, new WordClass(name, words(layers, layer, name, done, new LinkedHashSet<>()), d.source()));
        }
      }
    }
    return new Lexicon(out);
  }

  private static int topLayer(List<Map<String, Definition>> layers, String name) {
    for (int l = layers.size() - 1; l >= 0; l--) {
      if (layers.get(l).containsKey(name)) {
        return l;
      }
    }
    return -1;
  }

  private static Set<String> words(List<Map<String, Definition>> layers, int layer, String name,
      Map<String, Set<String>> done, Set<String> inProgress) {
    String key = layer + ":" + name;
    Set<String> cached = done.get(key);
    if (cached != null) {
      return cached;
    }
    Definition d = layers.get(layer).get(name);
    if (!inProgress.add(key)) {
      throw new DictionaryException(d.source() + ": &" + name + " includes itself through " + inProgress);
    }
    Set<String> words = new LinkedHashSet<>();
    for (Line line : d.lines()) {
      if (!line.reference()) {
        words.add(line.text());
        continue;
      }
      int from = -1;
      if (line.text().equals(name)) { // a user's file extending the built-in class of its name
        for (int l = layer - 1; l >= 0 && from < 0; l--) {
          from = layers.get(l).containsKey(name) ? l : -1;
        }
        if (from < 0) {
          throw new DictionaryException(line.where() + ": &" + name + " refers to itself, and there is no "
              + "built-in class of that name to extend");
        }
      } else {
        from = topLayer(layers, line.text());
        if (from < 0) {
          Set<String> known = new TreeSet<>();
          layers.forEach(l -> known.addAll(l.keySet()));
          throw new DictionaryException(line.where() + ": unknown word class '&" + line.text() + "' (known: "
              + known + ")");
        }
      }
      words.addAll(words(layers, from, line.text(), done, inProgress));
    }
    inProgress.remove(key);
    done.put(key, words);
    return words;
  }
}
