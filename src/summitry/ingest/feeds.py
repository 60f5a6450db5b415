"""Feeds: RSS/Atom feed URLs and OPML subscription lists, read as Documents.

A newsroom follows feeds, not folders. A feed source is an ``http(s)://`` URL (an RSS or
Atom feed) or an ``.opml`` file listing feed URLs. Each entry becomes one Document whose id is
derived from the entry's guid (or link), so the store recognises the same story on the next
poll. The entry's article page is fetched and read like any HTML page; when it cannot be
fetched, the entry's own content (or summary) stands in, so a feed that carries full text
still ingests offline.

Conditional GET: the feed's ``ETag`` and ``Last-Modified`` are remembered in a small JSON
state file (:class:`FeedState`), with the entries already read, so polling an unchanged feed
costs one ``304`` and a changed feed fetches only its new entries' pages.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summitry.document import Document
from summitry.errors import EmptyDocumentError, InputError, SourceUnavailableError
from summitry.ingest.encoding import decode_bytes
from summitry.ingest.html import extract_page

FEED_SCHEMES = ("http://", "https://")
OPML_SUFFIXES = (".opml",)
USER_AGENT = "summitry-feeds/1 (+https://pypi.org/project/summitry)"
#: Seconds before a feed or an article page that does not answer is given up for this poll.
TIMEOUT = 20.0
#: Entry ids remembered per feed; feeds carry tens of entries, so this spans months.
SEEN_LIMIT = 2000

Outcome = Document | InputError


def is_feed_source(raw: str) -> bool:
    """A feed URL or an OPML file (the other inputs are files, folders and ``-``)."""
    return raw.lower().startswith(FEED_SCHEMES) or raw.lower().endswith(OPML_SUFFIXES)


@dataclass
class FeedMemory:
    """What one feed answered last time: validators for conditional GET, entries read."""

    etag: str | None = None
    modified: str | None = None
    seen: list[str] = field(default_factory=list)


class FeedState:
    """Per-feed memory in a JSON file (``None``: remember nothing, fetch everything)."""

    def __init__(self, path: str | None):
        self.path = path
        self.feeds: dict[str, FeedMemory] = {}
        if path and os.path.exists(path):
            try:
                raw = json.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raw = {}  # a damaged state file costs one full poll, never a failed run
            for url, mem in (raw.get("feeds", {}) if isinstance(raw, dict) else {}).items():
                self.feeds[url] = FeedMemory(mem.get("etag"), mem.get("modified"),
                                             list(mem.get("seen", [])))

    def memory(self, url: str) -> FeedMemory:
        return self.feeds.setdefault(url, FeedMemory())

    def save(self) -> None:
        if not self.path:
            return
        data = {"feeds": {url: {"etag": m.etag, "modified": m.modified,
                                "seen": m.seen[-SEEN_LIMIT:]} for url, m in self.feeds.items()}}
        tmp = f"{self.path}.tmp"
        Path(tmp).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


def read_feed_source(raw: str, state_path: str | None, max_bytes: int) -> Iterator[Outcome]:
    """Every new entry of a feed URL, or of each feed an OPML file lists."""
    state = FeedState(state_path)
    try:
        if raw.lower().startswith(FEED_SCHEMES):
            yield from _read_feed(raw, state, max_bytes)
            return
        try:
            urls = opml_feeds(Path(raw).read_bytes())
        except OSError as exc:
            yield SourceUnavailableError(f"cannot read: {exc.strerror or exc}", source=raw)
            return
        except ET.ParseError as exc:
            yield InputError(f"not an OPML file ({exc})", source=raw)
            return
        for url in urls:
            yield from _read_feed(url, state, max_bytes)
    finally:
        state.save()


def opml_feeds(data: bytes) -> list[str]:
    """The ``xmlUrl`` of every outline, in document order, without repeats."""
    root = ET.fromstring(data)
    urls: list[str] = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url and url not in urls:
            urls.append(url)
    return urls


def _read_feed(url: str, state: FeedState, max_bytes: int) -> Iterator[Outcome]:
    import feedparser

    if not url.lower().startswith(FEED_SCHEMES):
        # An OPML list may name anything; only web feeds are fetched, never local files.
        yield SourceUnavailableError("not an http(s) feed URL", source=url)
        return
    memory = state.memory(url)
    try:
        answer = _get(url, max_bytes, etag=memory.etag, modified=memory.modified)
    except InputError as err:
        yield err
        return
    if answer is None:  # 304 Not Modified
        return
    body, headers = answer
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        yield InputError(f"not an RSS or Atom feed ({parsed.get('bozo_exception')})",
                         source=url)
        return
    memory.etag = headers.get("ETag") or memory.etag
    memory.modified = headers.get("Last-Modified") or memory.modified
    seen = set(memory.seen)
    for entry in parsed.entries:
        key = str(entry.get("id") or entry.get("link") or entry.get("title") or "")
        if not key or key in seen:
            continue
        outcome = _entry_document(entry, key, url, max_bytes)
        if isinstance(outcome, Document):
            memory.seen.append(key)  # a failed entry is tried again on the next poll
            seen.add(key)
        yield outcome


def _entry_document(entry: Any, key: str, feed_url: str, max_bytes: int) -> Outcome:
    doc_id = "feed-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    link = entry.get("link")
    title = entry.get("title") or None
    published = _entry_date(entry)
    source = f"{feed_url}#{key}"
    html = None
    if link and str(link).lower().startswith(FEED_SCHEMES):
        try:
            answer = _get(str(link), max_bytes)
            html = decode_bytes(answer[0], str(link)).text if answer else None
        except InputError:
            html = None  # the entry's own content stands in below
    if html is None:
        html = _entry_content(entry)
    if not html or not html.strip():
        return EmptyDocumentError("feed entry has no page and no content", source=source)
    try:
        page = extract_page(html, source=source, url=link)
    except InputError as err:
        return err
    if not page.text.strip():
        return EmptyDocumentError("feed entry's page has no text", source=source)
    return Document(id=doc_id, text=page.text, source=source, url=link, html=html,
                    meta_title=page.title or title, meta_published=page.published or published,
                    meta_lang=page.lang)


def _entry_content(entry: Any) -> str | None:
    for item in entry.get("content") or []:
        if item.get("value"):
            title = entry.get("title") or ""
            return f"<html><head><title>{title}</title></head><body>{item['value']}</body></html>"
    summary = entry.get("summary")
    if summary:
        title = entry.get("title") or ""
        return f"<html><head><title>{title}</title></head><body><p>{summary}</p></body></html>"
    return None


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _get(url: str, max_bytes: int, *, etag: str | None = None,
         modified: str | None = None) -> tuple[bytes, dict[str, str]] | None:
    """GET with validators; ``None`` on 304. Failures are :class:`InputError`, never raised
    past the reader."""
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body = response.read(max_bytes + 1)
            answer = dict(response.headers.items())
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        raise SourceUnavailableError(f"HTTP {exc.code} {exc.reason}", source=url) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SourceUnavailableError(f"cannot fetch: {reason}", source=url) from None
    if len(body) > max_bytes:
        raise SourceUnavailableError(f"over the {max_bytes / 1e6:.1f} MB limit", source=url)
    return body, answer


def default_state_path(db: str) -> str:
    """Beside a SQLite store (``news.db.feeds.json``); in the working folder for a URL."""
    if "://" in db:
        return "summitry-feeds.json"
    return f"{db}.feeds.json"
