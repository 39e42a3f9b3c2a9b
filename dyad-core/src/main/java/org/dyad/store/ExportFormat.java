package org.dyad.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The layouts {@link Exporter} writes. */
public enum ExportFormat {
  /** GDELT 2.0 events: 61 tab-separated columns, one row per dated merged event, no header (as GDELT's files). */
  GDELT,
  /** GDELT 2.0 mentions: 16 tab-separated columns, one row per article mentioning a dated event, no header. */
  GDELT_MENTIONS,
  /** ICEWS: 20 tab-separated columns with ICEWS's header, one row per dated merged event. */
  ICEWS,
  /** PLOVER 2021 / POLECAT JSON Lines, one object per dated event whose code has a PLOVER type. */
  PLOVER,
  /** The events table with a header, comma-separated, missing values empty (never ""). */
  CSV,
  /** The events table as Parquet. */
  PARQUET;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ExportFormat parse(String s) {
    for (ExportFormat f : values()) {
      if (f.label().equalsIgnoreCase(s)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + s + "': use "
        + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", ")));
  }
}
