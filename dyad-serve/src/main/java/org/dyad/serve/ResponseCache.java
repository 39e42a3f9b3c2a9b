package org.dyad.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last answers the API gave, by request (path, query and wanted format), valid for one version
 * of the data: the version changes whenever the server commits newly coded articles, so a cached
 * answer is never older than the database. A dashboard's many users ask the same few questions;
 * each is computed once per version. Least recently used entries go first; large answers are not kept.
 */
final class ResponseCache {
  record Answer(long version, String contentType, byte[] body) {}

  /** Answers larger than this are computed every time. */
  static final int MAX_BODY = 1 << 20;

  private final int capacity;
  private final Map<String, Answer> entries;

  ResponseCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
        return size() > ResponseCache.this.capacity;
      }
    };
  }

  synchronized Answer get(String key, long version) {
    Answer e = entries.get(key);
    return e != null && e.version() == version ? e : null;
  }

  synchronized void put(String key, Answer e) {
    if (capacity > 0 && e.body().length <= MAX_BODY) {
      entries.put(key, e);
    }
  }
}
