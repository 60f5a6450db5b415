#!/usr/bin/env python3
"""Check samples/expected.jsonl against the sample articles (standard library only).

For every expected record this verifies that
- the article exists (``articles/<id>.txt``, ``articles/<id>.html`` or a record of
  ``articles/*.jsonl``) and decodes with its declared ``encoding`` (UTF-8 otherwise);
  files declared non-UTF-8 must really not be valid UTF-8;
- every ``body_include`` and every ``body_exclude`` fragment occurs literally in the
  article text (for HTML: in the visible text, without <head>, <script> and <style>);
- no include fragment contains an exclude fragment (the gold would contradict itself);
- the title (when not null) occurs in the text, and is null exactly when the text does
  not start with it;
- every person surface form (``zh`` for Chinese, ``en`` for English articles) occurs;
- the fields follow the gold format of ../shared/eval (codes, dates, enums, chairs);
and that every article has exactly one expected record.

Usage: python3 samples/check_expected.py   (exit status 0 when everything holds)
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
EXPECTED = HERE / "expected.jsonl"

DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")
CODE_RE = re.compile(r"^[A-Z]{3}$")
FORMATS = {"in_person", "virtual", "hybrid", "phone", None}
LEVELS = {"summit", "ministerial", "senior_officials", "other", None}
REQUIRED = (
    "id",
    "lang",
    "title",
    "body_include",
    "body_exclude",
    "persons",
    "states",
    "organizations",
    "neutral",
    "meetings",
)
MEETING_REQUIRED = (
    "name",
    "date",
    "format",
    "level",
    "ordinal",
    "chairs",
    "participants",
    "location",
    "reported",
)


class VisibleText(HTMLParser):
    """Collects the text a browser would show: no <head>, <script>, <style>, <noscript>."""

    HIDDEN: ClassVar[frozenset[str]] = frozenset(
        {"head", "script", "style", "noscript", "template"}
    )
    BLOCK: ClassVar[frozenset[str]] = frozenset(
        {
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "figure",
            "figcaption",
            "article",
            "main",
            "header",
            "footer",
            "nav",
            "aside",
            "br",
            "tr",
            "section",
            "time",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)

    def text(self) -> str:
        return "".join(self.parts)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    return parser.text()


def load_articles() -> tuple[dict[str, tuple[str, str]], dict[str, str | None]]:
    """id -> (raw text or file path, text to check against); id -> JSON Lines title."""
    found: dict[str, tuple[str, str]] = {}
    titles: dict[str, str | None] = {}
    for path in sorted(ARTICLES.iterdir()):
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                for key in ("id", "text", "url", "lang"):
                    if key not in rec:
                        raise SystemExit(f"{path.name}:{n}: record lacks {key!r}")
                if rec["id"] in found:
                    raise SystemExit(f"duplicate article id {rec['id']}")
                found[rec["id"]] = (rec["text"], rec["text"])
                titles[rec["id"]] = rec.get("title")
        elif path.suffix in (".txt", ".html"):
            found[path.stem] = (str(path), "")  # decoded later, with the declared encoding
    return found, titles


def check_person(
    p: object, where: str, g: dict[str, Any], text: str, err: Callable[[str], None]
) -> None:
    """A person is {'en': str, 'zh': [...]}; each of its surface forms must occur."""
    if not (isinstance(p, dict) and isinstance(p.get("en"), str) and isinstance(p.get("zh"), list)):
        err(f"{where}: person must be {{'en': str, 'zh': [..]}}: {p!r}")
        return
    forms = p["zh"] if g.get("lang") == "zh" else [p["en"], *p["zh"]]
    for form in forms:
        if form not in text:
            err(f"{where}: person form not in the text: {form!r}")


def main() -> int:
    errors: list[str] = []
    articles, record_titles = load_articles()
    seen: set[str] = set()
    gold = [
        json.loads(line)
        for line in EXPECTED.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]

    for g in gold:
        gid = g.get("id", "?")

        def err(msg: str, gid: str = gid) -> None:
            errors.append(f"{gid}: {msg}")

        for key in REQUIRED:
            if key not in g:
                err(f"missing field {key!r}")
        if gid in seen:
            err("duplicate expected record")
        seen.add(gid)
        if gid not in articles:
            err("no such article")
            continue

        raw, text = articles[gid]
        if not text:  # a file: decode it
            path = Path(raw)
            data = path.read_bytes()
            enc = g.get("encoding", "utf-8")
            try:
                raw = data.decode(enc)
            except UnicodeDecodeError as exc:
                err(f"does not decode as {enc}: {exc}")
                continue
            if enc.lower().replace("-", "") not in ("utf8", "utf8sig"):
                try:
                    data.decode("utf-8")
                    err(f"declared {enc} but the bytes are valid UTF-8")
                except UnicodeDecodeError:
                    pass
                if enc.lower().replace("-", "") not in path.stem.lower().replace("-", ""):
                    err(f"file name does not show the encoding {enc}")
            elif "encoding" in g:
                err("'encoding' is only for non-UTF-8 files")
            text = visible_text(raw) if path.suffix == ".html" else raw

        for frag in g.get("body_include", []):
            if frag not in text:
                err(f"body_include fragment not in the text: {frag!r}")
        for frag in g.get("body_exclude", []):
            if frag not in text:
                err(f"body_exclude fragment not in the text: {frag!r}")
            for inc in g.get("body_include", []):
                if frag in inc:
                    err(f"include fragment {inc!r} contains exclude fragment {frag!r}")
        if not 3 <= len(g.get("body_include", [])) <= 4:
            err("body_include should hold 3-4 fragments")
        if len(g.get("body_exclude", [])) > 6:
            err("body_exclude holds more than 6 fragments")

        title = g.get("title")
        if gid in record_titles:  # JSON Lines: the record's own title field
            if title != record_titles[gid]:
                err(f"title {title!r} differs from the record's title {record_titles[gid]!r}")
        elif title is not None and title not in text:
            err(f"title not in the text: {title!r}")
        if title is None and Path(str(raw)).suffix != ".html":
            first = text.lstrip().split("\n", 1)[0]
            if len(first) < 60 and not re.search(r"[。.!?！？]$", first.strip()):
                err(f"title is null but the text seems to start with a headline: {first!r}")
        if g.get("script") not in (None, "Hant"):
            err("script must be 'Hant' when present")

        for p in g.get("persons", []):
            check_person(p, "persons", g, text, err)
        for code in g.get("states", []):
            if not CODE_RE.match(code):
                err(f"state code is not ISO alpha-3: {code!r}")

        for i, m in enumerate(g.get("meetings", [])):
            where = f"meeting {i} ({m.get('name')})"
            for key in MEETING_REQUIRED:
                if key not in m:
                    err(f"{where}: missing {key!r}")
            for d in [m.get("date"), m.get("date_end"), *m.get("date_accept", [])]:
                if d is not None and not DATE_RE.match(d):
                    err(f"{where}: bad date {d!r}")
            if m.get("format") not in FORMATS:
                err(f"{where}: bad format {m.get('format')!r}")
            if m.get("level") not in LEVELS:
                err(f"{where}: bad level {m.get('level')!r}")
            if m.get("ordinal") is not None and not isinstance(m["ordinal"], int):
                err(f"{where}: ordinal must be an int or null")
            if not isinstance(m.get("reported"), bool):
                err(f"{where}: reported must be true or false")
            for chair in m.get("chairs", []):
                for alt in chair if isinstance(chair, list) else [chair]:
                    if isinstance(alt, dict):
                        check_person(alt, f"{where} chair", g, text, err)
                    elif not isinstance(alt, str):
                        err(f"{where}: bad chair {alt!r}")
            for part in m.get("participants", []):
                if isinstance(part, dict):
                    check_person(part, f"{where} participant", g, text, err)
                elif not isinstance(part, str):
                    err(f"{where}: bad participant {part!r}")

    for aid in articles:
        if aid not in seen:
            errors.append(f"{aid}: article without an expected record")

    for e in errors:
        print("FAIL", e)
    print(f"{len(gold)} expected records, {len(articles)} articles, {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
