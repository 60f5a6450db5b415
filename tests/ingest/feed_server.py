"""A loopback HTTP server for feed tests: RSS, Atom, OPML-listed feeds and article pages.

It answers conditional GETs (ETag / If-None-Match) like a news site's feed endpoint and
counts requests per path, so tests can check that an unchanged feed costs one 304.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FeedSite:
    """Paths -> (content type, body); ``hits`` counts GETs, ``not_modified`` 304 answers."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.base = ""

    def put(self, path: str, body: str, kind: str = "text/html; charset=utf-8") -> None:
        self.pages[path] = (kind, body.encode("utf-8"))

    def etag(self, path: str) -> str:
        return f'"{hash(self.pages[path][1]) & 0xFFFFFFFF:x}"'


def _handler(site: FeedSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits[self.path] += 1
            if self.path not in site.pages:
                self.send_error(404)
                return
            kind, body = site.pages[self.path]
            tag = site.etag(self.path)
            if self.headers.get("If-None-Match") == tag:
                site.not_modified[self.path] += 1
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("ETag", tag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


@contextmanager
def serve(site: FeedSite) -> Iterator[FeedSite]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


ARTICLE_EN = """<html><head><title>Lao and Cambodian foreign ministers hold talks in Vientiane</title>
<meta property="article:published_time" content="2024-03-12T09:00:00+07:00"></head><body>
<article><h1>Lao and Cambodian foreign ministers hold talks in Vientiane</h1>
<p>VIENTIANE, March 12 - Lao Foreign Minister Saleumxay Kommasith held talks with his Cambodian
counterpart in Vientiane on Tuesday, the two ministries said in a joint statement.</p>
<p>The ministers agreed to expand border trade and to hold the next round of consultations
in Phnom Penh later this year.</p></article></body></html>"""

ARTICLE_ZH = """<html><head><title>老挝外长会见柬埔寨外长</title></head><body><article>
<h1>老挝外长会见柬埔寨外长</h1>
<p>新华社万象3月12日电 老挝外长沙伦赛12日在万象会见来访的柬埔寨外交大臣，双方同意扩大边境贸易。</p>
<p>双方还商定年内在金边举行下一轮磋商。</p></article></body></html>"""


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed; items are (guid, path, title)."""
    body = "".join(
        f"<item><guid>{guid}</guid><link>{base}{path}</link><title>{title}</title>"
        f"<pubDate>Tue, 12 Mar 2024 08:00:00 +0700</pubDate>"
        f"<description>{title}</description></item>" for guid, path, title in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Newsroom</title><link>{base}/</link>{body}</channel></rss>")


def atom_with_content(base: str) -> str:
    """An Atom feed whose entry carries its full text and links to a page that is missing."""
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Wire</title><id>urn:wire</id><updated>2024-04-02T10:00:00Z</updated>"
            f"<entry><id>urn:wire:1</id><title>Thai and Malaysian leaders meet in Bangkok</title>"
            f'<link href="{base}/gone/1"/><updated>2024-04-02T10:00:00Z</updated>'
            f'<content type="html">&lt;p&gt;BANGKOK, April 2 - The Thai prime minister met the '
            f"Malaysian prime minister in Bangkok on Tuesday and agreed to open a new border "
            f"crossing.&lt;/p&gt;</content></entry></feed>")
