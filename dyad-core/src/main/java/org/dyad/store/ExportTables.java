package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.dyad.dict.TsvTable;

/**
 * The reference data the exports translate dyad's codes with, each read from its data file:
 * country names and FIPS codes ({@code actors/countries.tsv}), first-level division codes (the
 * ADM1 rows of {@code geo/gazetteer.tsv.gz}), ICEWS sector names ({@code output/icews-sectors.tsv})
 * and the CAMEO to PLOVER 2021 table ({@code output/cameo-plover2021.tsv}, {@code plover-types.tsv}).
 */
final class ExportTables {
  /** A country: its CAMEO code, FIPS 10-4 code (or null) and English name. */
  record Country(String code, String fips, String name) {}

  /** A CAMEO code's PLOVER 2021 reading: type, mode (or null), contexts and quad code. */
  record Plover(String type, String mode, List<String> contexts, int quad) {}

  private static volatile ExportTables instance;

  final Map<String, Country> countries = new HashMap<>();
  /** (CAMEO country, ADM1 name) to the GeoNames ADM1 code, which for nearly all countries is the FIPS one. */
  private final Map<String, String> adm1ByName = new HashMap<>();
  private final Map<String, List<String>> sectors = new HashMap<>();
  private final Map<String, Plover> plover = new HashMap<>();
  private final Map<String, Integer> tone = new java.util.TreeMap<>();

  static ExportTables get() {
    if (instance == null) {
      synchronized (ExportTables.class) {
        if (instance == null) {
          instance = new ExportTables();
        }
      }
    }
    return instance;
  }

  private ExportTables() {
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/actors/countries.tsv", "code", "fips", "names")) {
      String fips = r.get("fips");
      countries.put(r.get("code"), new Country(r.get("code"), fips.isEmpty() ? null : fips, r.list("names").get(0)));
    }
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/output/icews-sectors.tsv", "role", "sectors")) {
      sectors.put(r.get("role"), r.list("sectors"));
    }
    Map<String, Integer> quads = new HashMap<>();
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/output/plover-types.tsv", "type", "quad")) {
      quads.put(r.get("type"), Integer.parseInt(r.get("quad")));
    }
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/output/cameo-plover2021.tsv", "cameo", "type")) {
      Integer quad = quads.get(r.get("type"));
      if (quad == null) {
        throw new IllegalStateException(r.source() + ": PLOVER type '" + r.get("type") + "' is not in plover-types.tsv");
      }
      String mode = r.get("mode");
      List<String> contexts = r.get("contexts").isEmpty() ? List.of() : List.of(r.get("contexts").split(";"));
      plover.put(r.get("cameo"), new Plover(r.get("type"), mode.isEmpty() ? null : mode, contexts, quad));
    }
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/output/tone-lexicon.tsv", "word", "polarity")) {
      String word = r.get("word");
      int polarity = Integer.parseInt(r.get("polarity").replace("+", ""));
      if (!word.matches("[a-z]+") || Math.abs(polarity) != 1 || tone.put(word, polarity) != null) {
        throw new IllegalStateException(r.source() + ": a tone word is lower-case letters with polarity +1 or -1, once: '"
            + word + "'");
      }
    }
    readAdm1Codes();
  }

  /** The tone lexicon: word to +1 or -1. */
  Map<String, Integer> tone() {
    return tone;
  }

  /** ADM1 rows of the gazetteer have ids "A" + GeoNames admin1 code ("AIQ.07"); their name is the division's. */
  private void readAdm1Codes() {
    InputStream raw = ExportTables.class.getResourceAsStream("/org/dyad/geo/gazetteer.tsv.gz");
    if (raw == null) {
      return; // a build without the gazetteer places nothing, so there is nothing to code
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("A") && line.indexOf('\t') > 0) {
          String[] f = line.split("\t", -1);
          if (f.length > 6 && "ADM1".equals(f[4])) {
            adm1ByName.putIfAbsent(f[5] + "\t" + f[1], adm1Code(f[0]));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in gazetteer", e);
    }
  }

  /** "AIQ.07" to "07"; null when the id is not an ADM1 id. */
  static String adm1Code(String gazetteerId) {
    if (gazetteerId == null || !gazetteerId.startsWith("A")) {
      return null;
    }
    int dot = gazetteerId.indexOf('.');
    return dot < 0 ? null : gazetteerId.substring(dot + 1);
  }

  Optional<Country> country(String code) {
    return Optional.ofNullable(code == null ? null : countries.get(code));
  }

  /** The ADM1 code (without the country) of a division by name, if the gazetteer lists it. */
  Optional<String> adm1(String country, String adm1Name) {
    if (country == null || adm1Name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(adm1ByName.get(country + "\t" + adm1Name));
  }

  /** ICEWS sector names of a role string (3-letter codes run together: "GOVMIL"), in order, without repeats. */
  List<String> sectors(String roles) {
    Set<String> out = new LinkedHashSet<>();
    if (roles != null) {
      for (int i = 0; i + 3 <= roles.length(); i += 3) {
        out.addAll(sectors.getOrDefault(roles.substring(i, i + 3), List.of()));
      }
    }
    return new ArrayList<>(out);
  }

  /** The PLOVER 2021 reading of a CAMEO code (its longest listed prefix), or empty (root 01). */
  Optional<Plover> plover(String cameo) {
    if (cameo == null) {
      return Optional.empty();
    }
    for (int n = cameo.length(); n >= 2; n--) {
      Plover p = plover.get(cameo.substring(0, n));
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
