package org.dyad.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Event;

/** Writes events one per line, as JSON Lines or as tab-separated values with a header. */
public abstract sealed class EventWriter permits EventWriter.Jsonl, EventWriter.Tsv {
  protected final Writer out;

  protected EventWriter(Writer out) {
    this.out = out;
  }

  public static EventWriter forFormat(String format, Writer out) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "jsonl" -> new Jsonl(out);
      case "tsv" -> new Tsv(out);
      default -> throw new IllegalArgumentException("unknown format '" + format + "': use jsonl or tsv");
    };
  }

  public abstract void write(Event e) throws IOException;

  public void flush() throws IOException {
    out.flush();
  }

  /** One JSON object per line. */
  public static final class Jsonl extends EventWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    Jsonl(Writer out) {
      super(out);
    }

    @Override
    public void write(Event e) throws IOException {
      try {
        out.write(JSON.writeValueAsString(EventFields.of(e)));
      } catch (JsonProcessingException x) {
        throw new IOException("cannot write event as JSON", x);
      }
      out.write('\n');
    }
  }

  /** Tab-separated, header first; tabs and newlines inside values become spaces. */
  public static final class Tsv extends EventWriter {
    private boolean header;

    Tsv(Writer out) {
      super(out);
    }

    @Override
    public void write(Event e) throws IOException {
      Map<String, Object> f = EventFields.of(e);
      if (!header) {
        out.write(String.join("\t", f.keySet()) + "\n");
        header = true;
      }
      List<String> cells = new ArrayList<>();
      for (Object v : f.values()) {
        cells.add(v == null ? "" : v.toString().replaceAll("[\\t\\r\\n]+", " "));
      }
      out.write(String.join("\t", cells) + "\n");
    }
  }
}
