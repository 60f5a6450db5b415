"""The web app's pages: meetings, a meeting with its evidence, actors, dyads, search and
documents, rendered on the server from the same :class:`~summitry.store.database.Store`
the API reads.

Templates are Jinja2 with autoescaping on and undefined names as errors; article text
reaches a page only through autoescaping or :mod:`summitry.web.highlight`, which escapes
every character. Links taken from articles are kept only for http and https.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from summitry.errors import SummitryError
from summitry.records import FORMATS, KINDS, LEVELS
from summitry.store.database import Store
from summitry.store.queries import NotFoundError
from summitry.store.queries_workbench import (
    UNKNOWN_YEAR,
    Facets,
    meeting_facets,
    undated_meetings,
)
from summitry.store.results import DocumentRecord, MeetingRecord
from summitry.store.search_workbench import search as entity_search
from summitry.web import charts
from summitry.web.evidence import FIELDS, meeting_sources, quotes
from summitry.web.highlight import Mark, render
from summitry.web.labels import label, pick_lang, value
from summitry.web.meeting_names import meeting_name
from summitry.web.names import PAGE_LANG, named

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 50
DYAD_PAGE_SIZE = 300
#: Search results counted up to this many (a page says "1000+" beyond).
SEARCH_COUNT_CAP = 1000
#: Sources of a meeting shown with their whole text on its page.
FULL_SOURCES = 12
LANG_COOKIE = "summitry_lang"

router = APIRouter(include_in_schema=False)
_env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.filters["named"] = named


def static_files() -> StaticFiles:
    return StaticFiles(directory=HERE / "static")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def safe_url(url: str | None) -> str | None:
    """An article's own URL as a link only when it is http(s): never ``javascript:``."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def date_label(m: MeetingRecord, lang: str) -> str:
    if not m.date_start:
        return label("undated", lang)
    if m.date_end and m.date_end != m.date_start:
        return f"{m.date_start} {label('from_to', lang)} {m.date_end}"
    return m.date_start


def page(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    """Render ``template`` in the request's language; a ``?lang=`` choice is remembered."""
    chosen = request.query_params.get("lang")
    lang = pick_lang(chosen, request.cookies.get(LANG_COOKIE),
                     request.headers.get("accept-language"))

    def qs(**changes: Any) -> str:
        """The current query string with ``changes`` (None removes a key)."""
        items = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
        for key, val in changes.items():
            if val is not None:
                items.extend((key, v) for v in (val if isinstance(val, list) else [val]))
        return "?" + urlencode(items) if items else request.url.path

    PAGE_LANG.set(lang)  # the `named` filter: actor names in the page's language
    html = _env.get_template(template).render(
        request=request, lang=lang, t=lambda key: label(key, lang),
        v=lambda code: value(code, lang), qs=qs, date_label=lambda m: date_label(m, lang),
        path=request.url.path, **ctx)
    response = HTMLResponse(html, status_code=status)
    if chosen in ("en", "zh"):
        response.set_cookie(LANG_COOKIE, chosen, max_age=365 * 86400, samesite="lax")
    return response


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return page(request, "error.html", status=status, status_code=status, message=message)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/meetings", status_code=302)


def _paging(request: Request, total: int, size: int = PAGE_SIZE) -> dict[str, Any]:
    try:
        number = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        number = 1
    pages = max(1, -(-total // size))
    return {"number": min(number, pages), "pages": pages, "total": total, "size": size,
            "offset": (min(number, pages) - 1) * size}


@router.get("/meetings")
def meetings_page(request: Request) -> HTMLResponse:
    q = request.query_params
    actors = [a.strip() for a in q.getlist("actor") if a.strip()]
    chosen: dict[str, Any] = {"since": q.get("since") or None, "until": q.get("until") or None,
              "format": q.get("format") or None, "level": q.get("level") or None,
              "kind": q.get("kind") or None, "reported_only": q.get("reported") == "1"}
    undated = q.get("year") == UNKNOWN_YEAR
    problem, status, paging = None, 200, _paging(request, 0)
    rows: list[MeetingRecord] = []
    facets = Facets()
    for key, allowed in (("format", FORMATS), ("level", LEVELS), ("kind", KINDS)):
        if chosen[key] is not None and chosen[key] not in allowed:
            problem, status = f"unknown {key}: {chosen[key]!r}", 400
    if problem is None:
        try:
            rows, paging, facets = _meeting_rows(request, actors, chosen, undated)
        except NotFoundError as exc:
            problem, status = str(exc), 404
        except SummitryError as exc:
            problem, status = str(exc), 400
    return page(request, "meetings.html", status=status, rows=rows, paging=paging,
                actors=actors, chosen=chosen, problem=problem, kinds=KINDS, formats=FORMATS,
                levels=LEVELS, facets=facets, undated=undated, unknown_year=UNKNOWN_YEAR)


def _meeting_rows(request: Request, actors: list[str], chosen: dict[str, Any], undated: bool
                  ) -> tuple[list[MeetingRecord], dict[str, Any], Facets]:
    """One page of the filtered meetings (only those of unknown year with ``undated``),
    and the counts by kind, level and year of all of them."""
    store = _store(request)
    facets = meeting_facets(store, actors, **chosen)
    if undated:
        total, _ = undated_meetings(store, actors, limit=1, **chosen)
        paging = _paging(request, total)
        _, rows = undated_meetings(store, actors, limit=PAGE_SIZE, offset=paging["offset"],
                                   **chosen)
        return rows, paging, facets
    paging = _paging(request, store.count_meetings(actors, **chosen))
    found = store.meetings(actors, limit=PAGE_SIZE, offset=paging["offset"], evidence=False,
                           **chosen)
    return list(found), paging, facets


@router.get("/meetings/{meeting_id}")
def meeting_page(request: Request, meeting_id: int) -> HTMLResponse:
    store = _store(request)
    m = store.meeting(meeting_id)
    docs = {}
    # A meeting many articles report (a summit) shows the first ones in full; the rest are
    # listed with their link details, so the page stays quick to build and to read.
    for s in m.sources[:FULL_SOURCES]:
        if s.doc not in docs:
            try:
                docs[s.doc] = store.document(s.doc)
            except NotFoundError:
                continue
    views = meeting_sources(m, docs)
    lang = pick_lang(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE),
                     request.headers.get("accept-language"))
    return page(request, "meeting.html", m=m, shown_name=meeting_name(m, docs, lang),
                views=views, quotes=quotes(views), fields=FIELDS, full_sources=FULL_SOURCES,
                history=store.link_history(meeting_id), safe_url=safe_url)


@router.get("/actors")
def actors_page(request: Request) -> HTMLResponse:
    q = request.query_params.get("q", "").strip()
    total, _ = _store(request).actors(q, limit=1)
    paging = _paging(request, total)
    _, hits = _store(request).actors(q, limit=PAGE_SIZE, offset=paging["offset"])
    return page(request, "actors.html", q=q, hits=hits, paging=paging)


@router.get("/actors/{ref:path}")
def actor_page(request: Request, ref: str) -> Response:
    if len(_store(request).actor_candidates(ref)) > 1:  # a partial or shared name: the list
        return RedirectResponse("/actors?" + urlencode({"q": ref}), status_code=303)
    profile = _store(request).actor(ref)
    return page(request, "actor.html", p=profile,
                months=charts.month_bars(dict(profile.per_month), dict(profile.per_year)),
                offices=charts.office_bars(profile.offices))


@router.get("/dyad")
def dyad_page(request: Request) -> HTMLResponse:
    q = request.query_params
    a, b = (q.get("a") or "").strip(), (q.get("b") or "").strip()
    if not a or not b:
        return page(request, "dyad.html", a=a, b=b, first=None, second=None, years=[],
                    total=0, per_year={}, paging=_paging(request, 0))
    store = _store(request)
    first, second = store.actor_ref(a), store.actor_ref(b)
    per_year = store.meeting_years([first.id, second.id])
    # A pair that meets all the time (a state and its own leader) has thousands of
    # meetings: the chart shows every year, the timeline a few hundred at a time.
    paging = _paging(request, sum(per_year.values()), DYAD_PAGE_SIZE)
    rows = store.meetings([first.id, second.id], evidence=False, limit=DYAD_PAGE_SIZE,
                          offset=paging["offset"])
    years: dict[str, list[MeetingRecord]] = {}
    for m in rows:
        years.setdefault(m.date_start[:4] if m.date_start and m.date_start[0].isdigit()
                         else "undated", []).append(m)
    return page(request, "dyad.html", a=a, b=b, first=first, second=second,
                years=list(years.items()), total=paging["total"], per_year=per_year,
                bars=charts.year_bars(per_year), paging=paging)


#: Snippet marks: control characters no article text keeps, turned into <mark> after the
#: snippet has been escaped.
_OPEN, _CLOSE = "\x02", "\x03"


@router.get("/search")
def search_page(request: Request) -> HTMLResponse:
    q = request.query_params.get("q", "").strip()
    hits, paging = [], _paging(request, 0)
    if q:
        store = _store(request)
        paging = _paging(request, entity_search(store, q, 1, cap=SEARCH_COUNT_CAP).total)
        found = entity_search(store, q, PAGE_SIZE, paging["offset"], marks=(_OPEN, _CLOSE),
                              cap=SEARCH_COUNT_CAP)
        for h in found.hits:
            snippet = str(escape(h.snippet.replace("\x00", "")))
            hits.append((h, Markup(snippet.replace(_OPEN, "<mark>").replace(_CLOSE,
                                                                            "</mark>"))))
    return page(request, "search.html", q=q, hits=hits, paging=paging, cap=SEARCH_COUNT_CAP)


@router.get("/documents")
def documents_page(request: Request) -> HTMLResponse:
    total, _ = _store(request).documents(limit=1)
    paging = _paging(request, total)
    _, hits = _store(request).documents(PAGE_SIZE, paging["offset"])
    return page(request, "documents.html", hits=hits, paging=paging)


@router.get("/documents/{doc_id:path}")
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    doc = _store(request).document(doc_id)
    return page(request, "document.html", d=doc, html=render(doc.text, document_marks(doc)),
                x=doc.extraction, safe_url=safe_url)


@router.get("/reference")
def reference_page(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    endpoints = [(method.upper(), path, op.get("summary", ""))
                 for path, ops in spec.get("paths", {}).items() for method, op in ops.items()]
    return page(request, "reference.html", endpoints=endpoints)


def document_marks(doc: DocumentRecord) -> list[Mark]:
    """Every annotation of a document as marks: entity mentions by type, time expressions
    with their values, meeting evidence, and what the cleaner left out of the body."""
    x = doc.extraction
    outside = outside_body(doc.text, doc.body)
    title = _title_span(doc, outside)
    marks = [Mark(s, e, "outside") for s, e in _without(outside, title)]
    if title is not None:
        marks.append(Mark(*title, "title-line"))
    for e in x.get("entities", []):
        for mention in e.get("mentions", []):
            marks.append(Mark(mention["start"], mention["end"], f"ent t-{e['type']}",
                              (("e", e["id"]),), f"{e['name']} ({e['type']})"))
    for t in x.get("times", []):
        marks.append(Mark(t["start"], t["end"], "tm", (), f"{t.get('value') or t['text']}"))
    for m in x.get("meetings", []):
        for ev in m.get("evidence", []):
            marks.append(Mark(ev["start"], ev["end"], "mev", (("m", m["id"]),)))
    return marks


def _title_span(doc: DocumentRecord,
                outside: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The headline where the text repeats it outside the body (at the top, or after a
    site's name or a section line): not body, but not left out either."""
    if not doc.title or not doc.title.strip():
        return None
    title = doc.title.strip()
    for start, end in outside:
        at = doc.text.find(title, start, end)
        if at >= 0:
            return at, at + len(title)
    return None


def _without(spans: list[tuple[int, int]],
             hole: tuple[int, int] | None) -> list[tuple[int, int]]:
    """``spans`` with ``hole`` cut out (the title is not struck through as left out)."""
    if hole is None:
        return spans
    out = []
    for start, end in spans:
        if end <= hole[0] or start >= hole[1]:
            out.append((start, end))
            continue
        out.extend(part for part in ((start, hole[0]), (hole[1], end)) if part[1] > part[0])
    return out


def outside_body(text: str, body: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` not in the cleaned body. The body is the kept segments
    joined by newlines, each a stretch of the text in order, so each is found after the
    one before."""
    kept: list[tuple[int, int]] = []
    cursor = 0
    for line in body.split("\n"):
        if not line.strip():
            continue
        at = text.find(line, cursor)
        if at < 0:
            continue
        kept.append((at, at + len(line)))
        cursor = at + len(line)
    out, last = [], 0
    for start, end in [*kept, (len(text), len(text))]:
        gap = text[last:start]
        if gap.strip():  # the stretch without the line breaks around it
            lead = len(gap) - len(gap.lstrip())
            out.append((last + lead, last + len(gap.rstrip())))
        last = end
    return out
