"""Source-linked exports: every meeting row carries the articles that report it.

An analyst who exports meetings needs to cite them: each row names its sources' URL, outlet,
title and publication date, and a second table lists one row per (meeting, source). The
outlet is the agency the article's dateline names (``VNA``, ``Xinhua``) and otherwise the
URL's host; an article with neither has no outlet rather than a guess.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select

from summitry.store.database import Store
from summitry.store.engine import reading
from summitry.store.packing import unpack_record
from summitry.store.results import MeetingRecord

#: Documents looked up per query (keeps the ``IN`` list within every database's limits).
CHUNK = 500


@dataclass(frozen=True, slots=True)
class SourceDetails:
    doc: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    lang: str | None


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One (meeting, source) pair: the sources table of an export."""

    meeting_id: int
    source_id: int
    doc: str
    reported: bool
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    lang: str | None


def outlet(url: str | None, agency: str | None) -> str | None:
    """The dateline's agency, else the URL's host without ``www.``."""
    if agency and agency.strip():
        return agency.strip()
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.removeprefix("www.") or None


def source_details(store: Store, docs: Iterable[str]) -> dict[str, SourceDetails]:
    """URL, outlet, title, publication date and language of each document id."""
    wanted = sorted(set(docs))
    d, c = store.t.documents, store.t.cleaned
    out: dict[str, SourceDetails] = {}
    with reading(store.engine) as conn:
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            query = (select(d.c.id, d.c.url, c.c.title, c.c.published, c.c.lang,
                            c.c.extraction_z)
                     .join(c, c.c.doc_n == d.c.n).where(d.c.id.in_(chunk)))
            for r in conn.execute(query):
                out[r.id] = SourceDetails(r.id, r.url, outlet(r.url, _agency(r.extraction_z)),
                                          r.title, r.published, r.lang)
    return out


def _agency(extraction: bytes | None) -> str | None:
    """The agency of the record's dateline (the record is stored packed: store.packing)."""
    try:
        dateline = unpack_record(extraction, "").get("dateline") if extraction else None
    except (ValueError, zlib.error):
        return None
    dateline = dateline or {}
    agency = dateline.get("agency") if isinstance(dateline, dict) else None
    return agency if isinstance(agency, str) else None


def source_rows(meetings: Sequence[MeetingRecord],
                details: dict[str, SourceDetails]) -> list[SourceRow]:
    rows = []
    for m in meetings:
        for s in m.sources:
            info = details.get(s.doc)
            rows.append(SourceRow(m.id, s.id, s.doc, s.reported,
                                  info.url if info else None, info.outlet if info else None,
                                  info.title if info else s.title,
                                  info.published if info else s.published,
                                  info.lang if info else None))
    return rows


def linked(store: Store, meetings: Sequence[MeetingRecord]
           ) -> tuple[list[dict[str, Any]], list[SourceRow]]:
    """Meeting rows with their sources' fields as lists, and the sources table."""
    from summitry.export.tables import meeting_row

    details = source_details(store, (s.doc for m in meetings for s in m.sources))
    sources = source_rows(meetings, details)
    by_meeting: dict[int, list[SourceRow]] = {}
    for s in sources:
        by_meeting.setdefault(s.meeting_id, []).append(s)
    return [meeting_row(m, by_meeting.get(m.id, [])) for m in meetings], sources
