#!/usr/bin/env python3
"""Writes dyad's ingest test corpus: the same four invented news stories as plain text, HTML pages,
JSON Lines, CSV, a WARC archive, an RSS feed and an Atom feed, plus deliberate duplicates.

The stories are invented (real countries, made-up events and officials) and written for dyad.
Run from the repository root; the output goes to dyad-core/src/test/resources/corpus/.
Deterministic: running it twice gives the same bytes.
"""
import csv
import html
import io
import json
import os

OUT = "dyad-core/src/test/resources/corpus"
SITE = "Harbour Wire"
HOST = "https://harbourwire.example"

STORIES = [
    {
        "slug": "japan-korea-security-talks", "date": "2025-03-10", "dateline": "10 March 2025",
        "time": "09:30:00+09:00", "rfc822": "Mon, 10 Mar 2025 00:30:00 GMT",
        "title": "Japan and South Korea agree to resume security talks",
        "paras": [
            "Japanese Foreign Minister Kenji Morita met South Korean Foreign Minister Park Ji-hoon in Tokyo on Monday.",
            "Japan and South Korea agreed to resume regular security talks after a pause of two years, the Japanese Foreign Ministry said.",
            "Morita praised South Korea for its cooperation on maritime safety.",
        ],
    },
    {
        "slug": "egypt-ethiopia-dam", "date": "2025-03-11", "dateline": "11 March 2025",
        "time": "14:05:00+02:00", "rfc822": "Tue, 11 Mar 2025 12:05:00 GMT",
        "title": "Egypt accuses Ethiopia over new dam filling",
        "paras": [
            "Egypt accused Ethiopia on Tuesday of filling the reservoir of its Nile dam without consulting downstream countries.",
            "Egyptian Foreign Minister Omar Fathy called on Sudan to support a binding agreement on the river.",
            "Ethiopia rejected the accusation and said the filling would not harm Egypt.",
        ],
    },
    {
        "slug": "poland-expels-belarus-diplomats", "date": "2025-03-12", "dateline": "12 March 2025",
        "time": "18:45:00+01:00", "rfc822": "Wed, 12 Mar 2025 17:45:00 GMT",
        "title": "Poland expels two Belarusian diplomats",
        "paras": [
            "Poland expelled two Belarusian diplomats on Wednesday over what Warsaw called hostile activities near the border.",
            "The Polish Interior Ministry said the diplomats had been given three days to leave the country.",
            "Belarus condemned the decision and threatened to respond.",
        ],
    },
    {
        "slug": "brazil-argentina-trade-accord", "date": "2025-03-13", "dateline": "13 March 2025",
        "time": "16:20:00-03:00", "rfc822": "Thu, 13 Mar 2025 19:20:00 GMT",
        "title": "Brazil and Argentina sign trade accord in Brasilia",
        "paras": [
            "Brazilian President Lucas Moreira hosted Argentine President Martina Ruiz in Brasilia on Thursday.",
            "Brazil and Argentina signed an agreement to cut tariffs on farm machinery, the Brazilian government said.",
            "Ruiz thanked Brazil for its support during the talks.",
        ],
    },
]


def url(s):
    return f"{HOST}/{s['date'].replace('-', '/')}/{s['slug']}"


def write(path, data, binary=False):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data if binary else data.encode("utf-8"))


def text_article(s, title=None, paras=None):
    return "\n\n".join([title or s["title"], s["dateline"]] + (paras or s["paras"])) + "\n"


def page(s, site=SITE, title=None, paras=None, page_url=None):
    """A news page with the furniture real pages carry around the story."""
    t = html.escape(title or s["title"])
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in (paras or s["paras"]))
    u = page_url or url(s)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{t} | {html.escape(site)}</title>
  <meta property="og:title" content="{t}">
  <meta property="og:site_name" content="{html.escape(site)}">
  <meta property="og:url" content="{u}">
  <meta property="article:published_time" content="{s['date']}T{s['time']}">
  <link rel="canonical" href="{u}">
  <style>body {{ font-family: serif; }} .share a {{ color: #333; }}</style>
  <script>window.analytics = {{"page": "{s['slug']}"}};</script>
</head>
<body>
  <header class="site-header">
    <a href="/">{html.escape(site)}</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav>
  </header>
  <main>
    <article>
      <header>
        <h1>{t}</h1>
        <p class="dateline"><time datetime="{s['date']}T{s['time']}">{s['dateline']}</time></p>
      </header>
      <div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
{body}
      <figure><img src="/img/{s['slug']}.jpg" alt=""><figcaption>Officials at the meeting (File photo)</figcaption></figure>
      <footer class="tags">Filed under: <a href="/tag/diplomacy">Diplomacy</a></footer>
    </article>
    <!-- comments are loaded by the widget below -->
    <section class="comments">
      <h2>Comments</h2>
      <form action="/comment"><textarea name="c">Leave a comment</textarea><button>Post</button></form>
    </section>
  </main>
  <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Envoys meet again</a></li></ul></aside>
  <footer class="site-footer"><p>&copy; 2025 {html.escape(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


def jsonl():
    lines = []
    for s in STORIES:
        lines.append(json.dumps({"title": s["title"], "text": "\n\n".join(s["paras"]), "date": s["date"],
                                 "url": url(s), "source": SITE}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def csv_file():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["headline", "body", "published", "link", "outlet"])
    for s in STORIES:
        w.writerow([s["title"], "\n\n".join(s["paras"]), s["date"], url(s), SITE])
    return buf.getvalue()


def rss():
    items = []
    for s in STORIES:
        content = "".join(f"<p>{html.escape(p)}</p>" for p in s["paras"])
        items.append(f"""    <item>
      <title>{html.escape(s['title'])}</title>
      <link>{url(s)}</link>
      <guid isPermaLink="true">{url(s)}</guid>
      <pubDate>{s['rfc822']}</pubDate>
      <description>{html.escape(s['paras'][0])}</description>
      <content:encoded><![CDATA[{content}<p class="share"><a href="#">Share this article</a></p>]]></content:encoded>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>{SITE}</title>
    <link>{HOST}/</link>
    <description>World news from {SITE}</description>
{chr(10).join(items)}
  </channel>
</rss>
"""


def atom():
    entries = []
    for s in STORIES:
        content = html.escape("".join(f"<p>{html.escape(p)}</p>" for p in s["paras"]))
        entries.append(f"""  <entry>
    <title>{html.escape(s['title'])}</title>
    <link rel="alternate" href="{url(s)}"/>
    <id>tag:harbourwire.example,2025:{s['slug']}</id>
    <published>{s['date']}T{s['time']}</published>
    <updated>{s['date']}T{s['time']}</updated>
    <content type="html">{content}</content>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{SITE}</title>
  <id>tag:harbourwire.example,2025:feed</id>
  <updated>2025-03-13T20:00:00Z</updated>
{chr(10).join(entries)}
</feed>
"""


def warc_record(rtype, target, date, rid, content_type, payload, extra=""):
    head = (f"WARC/1.1\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\nWARC-Date: {date}\r\n"
            + (f"WARC-Target-URI: {target}\r\n" if target else "") + extra
            + f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n")
    return head.encode("ascii") + payload + b"\r\n\r\n"


def warc():
    out = [warc_record("warcinfo", None, "2025-03-14T00:00:00Z", "00000000-0000-4000-8000-000000000000",
                       "application/warc-fields", b"software: dyad test corpus\r\nformat: WARC File Format 1.1\r\n")]
    n = 1
    for s in STORIES:
        body = page(s).encode("utf-8")
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
        req = f"GET /{s['date'].replace('-', '/')}/{s['slug']} HTTP/1.1\r\nHost: harbourwire.example\r\n\r\n".encode("ascii")
        out.append(warc_record("request", url(s), "2025-03-14T00:00:0%dZ" % n, "00000000-0000-4000-8000-00000000010%d" % n,
                               "application/http; msgtype=request", req))
        out.append(warc_record("response", url(s), "2025-03-14T00:00:0%dZ" % n, "00000000-0000-4000-8000-00000000020%d" % n,
                               "application/http; msgtype=response", http))
        n += 1
    # What a crawl also holds and dyad passes over: a redirect and an image.
    redirect = b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://harbourwire.example/\r\nContent-Length: 0\r\n\r\n"
    out.append(warc_record("response", HOST, "2025-03-14T00:00:09Z", "00000000-0000-4000-8000-000000000301",
                           "application/http; msgtype=response", redirect))
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(16))
    image = (b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n" + f"Content-Length: {len(png)}\r\n\r\n".encode("ascii") + png)
    out.append(warc_record("response", HOST + "/img/logo.png", "2025-03-14T00:00:09Z",
                           "00000000-0000-4000-8000-000000000302", "application/http; msgtype=response", image))
    return b"".join(out)


def main():
    for i, s in enumerate(STORIES, 1):
        write(f"text/{i}-{s['slug']}.txt", text_article(s))
        write(f"html/{i}-{s['slug']}.html", page(s))
    write("jsonl/articles.jsonl", jsonl())
    write("csv/articles.csv", csv_file())
    write("rss/feed.rss", rss())
    write("atom/feed.atom", atom())
    write("warc/articles.warc", warc(), binary=True)
    # Deliberate duplicates: an exact copy of story 1 under another name, and story 2 reposted by
    # another outlet with a new headline and light edits (same events, different source).
    s1, s2 = STORIES[0], STORIES[1]
    write("duplicates/copy-of-japan-korea.txt", text_article(s1))
    repost_paras = [
        "Egypt on Tuesday accused Ethiopia of filling the reservoir of its Nile dam without consulting downstream countries.",
        "Egyptian Foreign Minister Omar Fathy called on Sudan to support a binding agreement on the river, officials said.",
        "Ethiopia rejected the accusation and said the filling would not harm Egypt.",
    ]
    write("duplicates/repost-egypt-ethiopia.html",
          page(s2, site="Meridian Daily", title="Cairo accuses Addis Ababa over Nile dam", paras=repost_paras,
               page_url="https://meridiandaily.example/world/cairo-addis-ababa-nile-dam"))


if __name__ == "__main__":
    main()
