package org.dyad.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import io.javalin.http.Handler;

/**
 * The dyad server: the REST API under {@code /api/} (documented in {@code /api/openapi.json}) and
 * the dashboard's static pages, over one database the process owns. Every endpoint reads through
 * {@link ReadConnections}; none writes.
 */
public final class DyadServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private static final Set<String> FORMAT = Set.of("format");

  private final Queries queries;
  private final Supplier<Map<String, Object>> status;
  private final PrintStream log;
  private final Javalin app;
  private final byte[] openapi;
  private final LongSupplier dataVersion;
  private final ResponseCache cache;

  /**
   * @param status what the server is doing besides serving (the watched folder), for /api/stats
   * @param log    where unexpected errors are reported (the client gets a 500 without details)
   */
  public DyadServer(ReadConnections db, Supplier<Map<String, Object>> status, PrintStream log) {
    this(db, status, log, () -> 0, 512);
  }

  /**
   * @param dataVersion  changes whenever the database does (a batch coded by --watch was committed)
   * @param cacheEntries answers kept for the current data version (0: none)
   */
  public DyadServer(ReadConnections db, Supplier<Map<String, Object>> status, PrintStream log, LongSupplier dataVersion,
      int cacheEntries) {
    this.dataVersion = dataVersion;
    this.cache = new ResponseCache(cacheEntries);
    this.queries = new Queries(db);
    this.status = status;
    this.log = log;
    this.openapi = resource("openapi.json");
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/org/dyad/serve/web";
        sf.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      config.http.maxRequestSize = 64 * 1024;
    });
    routes();
  }

  private static byte[] resource(String name) {
    try (InputStream in = DyadServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts listening; port 0 picks a free one. */
  public DyadServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static Set<String> known(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return s;
  }

  private static final java.util.regex.Pattern BAD_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private static Params params(Context ctx, Set<String> known) {
    String raw = ctx.queryString();
    // The server drops a parameter whose %-escape is malformed; refuse it rather than answer without that filter.
    if (raw != null && BAD_ESCAPE.matcher(raw).find()) {
      throw ApiException.badParameter("query", Params.clip(raw), "malformed %-escape (use %XX with two hex digits)");
    }
    return new Params(ctx.queryParamMap(), known);
  }

  private void routes() {
    app.before("/api/*", ctx -> {
      if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS) {
        ctx.header("Allow", "GET, HEAD");
        throw new ApiException(405, "the API is read-only: " + ctx.method() + " is not allowed; use GET");
      }
    });
    app.get("/api/health", ctx -> {
      params(ctx, Set.of());
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("status", "ok");
      h.put("events", queries.eventCount());
      json(ctx, h);
    });
    app.get("/api/stats", ctx -> {
      params(ctx, Set.of());
      Map<String, Object> s = queries.stats();
      s.put("server", status.get());
      json(ctx, s);
    });
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));

    Set<String> eventParams = known(EventSelection.PARAMETERS, Set.of("limit", "offset", "order", "format"));
    app.get("/api/events", cached(ctx -> {
      Params p = params(ctx, eventParams);
      EventSelection sel = EventSelection.read(p);
      int limit = p.integer("limit", 50, 1, Queries.MAX_PAGE);
      int offset = p.integer("offset", 0, 0, 10_000_000);
      String order = p.choice("order", "asc", List.of("asc", "desc"));
      boolean csv = csv(ctx, p);
      Map<String, Object> page = queries.events(sel, limit, offset, order);
      if (csv) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) page.get("events");
        csv(ctx, rows);
      } else {
        json(ctx, page);
      }
    }));
    app.get("/api/events/{id}", cached(ctx -> {
      params(ctx, Set.of());
      String raw = ctx.pathParam("id");
      long id;
      try {
        id = Long.parseLong(raw);
      } catch (NumberFormatException e) {
        throw ApiException.badParameter("id", Params.clip(raw), "an event id is a whole number");
      }
      Map<String, Object> e = queries.event(id);
      if (e == null) {
        throw new ApiException(404, "no event " + id);
      }
      json(ctx, e);
    }));

    Set<String> seriesParams = known(EventSelection.PARAMETERS, Set.of("by", "series_actor", "format"));
    app.get("/api/series", cached(ctx -> {
      Params p = params(ctx, seriesParams);
      EventSelection sel = EventSelection.read(p);
      String by = p.choice("by", "month", List.of("day", "week", "month", "year"));
      List<String> actors = new ArrayList<>();
      for (String a : p.list("series_actor")) {
        actors.add(Params.actorCode("series_actor", a));
      }
      boolean csv = csv(ctx, p);
      List<Queries.Part> parts = new ArrayList<>();
      if (sel.dyads().size() > 1) {
        for (String[] d : sel.dyads()) {
          parts.add(new Queries.Part(d[0] + "-" + d[1], sel.withDyads(List.<String[]>of(d))));
        }
      }
      for (String a : actors) {
        parts.add(new Queries.Part(a, sel.withActor(a)));
      }
      if (parts.isEmpty()) {
        String name = sel.dyads().size() == 1 ? sel.dyads().get(0)[0] + "-" + sel.dyads().get(0)[1] : "all";
        parts.add(new Queries.Part(name, sel));
      }
      if (parts.size() > 20) {
        throw ApiException.badParameter("series_actor", String.valueOf(parts.size()), "at most 20 series");
      }
      Map<String, Object> series = queries.series(parts, by, sel.from(), sel.to());
      if (csv) {
        csv(ctx, seriesRows(series));
      } else {
        json(ctx, series);
      }
    }));

    Set<String> networkParams = known(EventSelection.PARAMETERS, Set.of("level", "limit", "format"));
    app.get("/api/network", cached(ctx -> {
      Params p = params(ctx, networkParams);
      EventSelection sel = EventSelection.read(p);
      boolean byCountry = p.choice("level", "actor", List.of("actor", "country")).equals("country");
      int limit = p.integer("limit", 200, 1, 2000);
      boolean csv = csv(ctx, p);
      Map<String, Object> net = queries.network(sel, byCountry, limit);
      if (csv) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) net.get("edges");
        csv(ctx, edges);
      } else {
        json(ctx, net);
      }
    }));

    app.get("/api/actors", cached(ctx -> {
      Params p = params(ctx, Set.of("prefix", "limit", "format"));
      String prefix = p.string("prefix") == null ? null : Params.actorCode("prefix", p.string("prefix"));
      int limit = p.integer("limit", 100, 1, 2000);
      boolean csv = csv(ctx, p);
      List<Map<String, Object>> rows = queries.actors(prefix, limit);
      if (csv) {
        csv(ctx, rows);
      } else {
        json(ctx, Map.of("actors", rows));
      }
    }));

    app.get("/api/articles/{hash}", cached(ctx -> {
      params(ctx, Set.of());
      String hash = ctx.pathParam("hash");
      if (!hash.matches("[0-9a-f]{64}")) {
        throw ApiException.badParameter("hash", Params.clip(hash), "an article is named by its content hash (64 hex digits)");
      }
      Map<String, Object> a = queries.article(hash);
      if (a == null) {
        throw new ApiException(404, "no article " + hash);
      }
      json(ctx, a);
    }));

    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter(), e.value()));
    app.exception(Exception.class, (e, ctx) -> {
      log.println("dyad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      error(ctx, 500, "internal error; the server log says more", null, null);
    });
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.attribute("dyad-error") == null) {
        error(ctx, 404, "no such endpoint: " + Params.clip(ctx.path()) + " (see /api/openapi.json)", null, null);
      }
    });
  }

  private static List<Map<String, Object>> seriesRows(Map<String, Object> series) {
    List<Map<String, Object>> rows = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<String> periods = (List<String>) series.get("periods");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> all = (List<Map<String, Object>>) series.get("series");
    for (Map<String, Object> s : all) {
      long[] events = (long[]) s.get("events");
      @SuppressWarnings("unchecked")
      Map<String, long[]> quad = (Map<String, long[]>) s.get("quad");
      @SuppressWarnings("unchecked")
      List<Double> gs = (List<Double>) s.get("goldstein_sum");
      @SuppressWarnings("unchecked")
      List<Double> gm = (List<Double>) s.get("goldstein_mean");
      for (int i = 0; i < periods.size(); i++) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("series", s.get("name"));
        r.put("period", periods.get(i));
        r.put("events", events[i]);
        for (int q = 1; q <= 4; q++) {
          r.put("quad" + q, quad.get(Integer.toString(q))[i]);
        }
        r.put("goldstein_sum", gs.get(i));
        r.put("goldstein_mean", gm.get(i));
        rows.add(r);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> und = (Map<String, Object>) s.get("undated");
      @SuppressWarnings("unchecked")
      Map<String, Long> uq = (Map<String, Long>) und.get("quad");
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("series", s.get("name"));
      r.put("period", "undated");
      r.put("events", und.get("events"));
      for (int q = 1; q <= 4; q++) {
        r.put("quad" + q, uq.getOrDefault(Integer.toString(q), 0L));
      }
      r.put("goldstein_sum", und.get("goldstein_sum"));
      long n = ((Number) und.get("events")).longValue();
      r.put("goldstein_mean", n == 0 ? null : Queries.round(((Number) und.get("goldstein_sum")).doubleValue() / n));
      rows.add(r);
    }
    return rows;
  }

  /** CSV when asked for by ?format=csv or by an Accept header that prefers text/csv. */
  private static boolean csv(Context ctx, Params p) {
    String f = p.choice("format", null, List.of("json", "csv"));
    if (f != null) {
      return f.equals("csv");
    }
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/csv") && !accept.contains("application/json");
  }

  private void json(Context ctx, Object body) throws IOException {
    answer(ctx, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
  }

  private void csv(Context ctx, List<Map<String, Object>> rows) {
    answer(ctx, "text/csv; charset=utf-8", Csv.of(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A successful answer; kept in the cache when the request is cacheable. */
  private void answer(Context ctx, String type, byte[] body) {
    String key = ctx.attribute("dyad-cache-key");
    Long version = ctx.attribute("dyad-cache-version");
    if (key != null && version != null) {
      cache.put(key, new ResponseCache.Answer(version, type, body));
    }
    ctx.contentType(type).result(body);
  }

  /** The handler, answered from the cache when the same request was answered for the current data. */
  private Handler cached(Handler h) {
    return ctx -> {
      String accept = ctx.header("Accept");
      String key = ctx.path() + "?" + ctx.queryString() + (accept != null && accept.contains("text/csv") ? "|csv" : "");
      long version = dataVersion.getAsLong();
      ResponseCache.Answer hit = cache.get(key, version);
      if (hit != null) {
        ctx.header("X-Dyad-Cache", "hit").contentType(hit.contentType()).result(hit.body());
        return;
      }
      ctx.attribute("dyad-cache-key", key);
      ctx.attribute("dyad-cache-version", version);
      h.handle(ctx);
    };
  }

  private static void error(Context ctx, int status, String message, String parameter, String value) {
    ctx.attribute("dyad-error", true);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("status", status);
    e.put("message", message);
    if (parameter != null) {
      e.put("parameter", parameter);
      e.put("value", value);
    }
    try {
      ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(Map.of("error", e)));
    } catch (IOException ex) {
      ctx.status(status).result("{\"error\":{\"status\":" + status + "}}");
    }
  }
}
