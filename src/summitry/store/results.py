"""What queries return: typed, frozen records, and a list type that exports them.

``MeetingRecord.to_json`` is the contract's meeting object for a linked meeting: the same
fields as ``summitry extract`` gives per document, with ``chairs`` and ``participants`` as
``{id, type, code, name}`` objects (ids are store-wide actor ids), evidence sentences naming
their document, plus ``sources``: every article that reports or recalls it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar


@dataclass(frozen=True, slots=True)
class ActorRef:
    id: str
    type: str
    code: str | None
    name: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "code": self.code, "name": self.name}


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One article's account of a meeting, and why it was linked to the meeting."""

    id: int  # the account (source) id, for ``summitry unlink``
    doc: str
    reported: bool
    title: str | None = None
    published: str | None = None
    name: str | None = None  # the meeting's name in this article
    date: str | None = None  # the date this article gives
    score: float | None = None  # None: this account started the meeting
    reason: str | None = None
    #: How this article reached the date's year, and from what (``weekday: 2017 — from the
    #: weekday (Thursday) and Tran Dai Quang's term in office``), when it says.
    date_basis: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    id: int
    name: str | None
    kind: str
    format: str | None
    level: str | None
    ordinal: int | None
    series: str | None  # the series' name
    date_start: str | None
    date_end: str | None
    location: str | None
    reported: bool
    chairs: tuple[ActorRef, ...] = ()
    participants: tuple[ActorRef, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    evidence: tuple[EvidenceRef, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "format": self.format,
            "level": self.level, "ordinal": self.ordinal,
            "date": {"start": self.date_start, "end": self.date_end},
            "location": self.location,
            "chairs": [a.to_json() for a in self.chairs],
            "participants": [a.to_json() for a in self.participants],
            "reported": self.reported,
            "evidence": [{"doc": e.doc, "start": e.start, "end": e.end, "text": e.text}
                         for e in self.evidence],
            "series": self.series,
            "sources": [{"doc": s.doc, "reported": s.reported} for s in self.sources],
        }

    def to_row(self) -> dict[str, Any]:
        """A flat row for tables, CSV and data frames (lists joined with ``; ``)."""
        return {
            "id": self.id, "date_start": self.date_start, "date_end": self.date_end,
            "name": self.name, "kind": self.kind, "format": self.format, "level": self.level,
            "ordinal": self.ordinal, "series": self.series, "location": self.location,
            "reported": self.reported,
            "chairs": "; ".join(a.name for a in self.chairs),
            "participants": "; ".join(a.name for a in self.participants),
            "participant_ids": "; ".join(a.id for a in self.participants),
            "sources": len(self.sources),
            "docs": "; ".join(s.doc for s in self.sources),
        }


@dataclass(frozen=True, slots=True)
class ActorHit:
    """An actor that answers to a search, with the number of meetings it took part in."""

    actor: ActorRef
    origin: str
    meetings: int

    def to_json(self) -> dict[str, Any]:
        return {**self.actor.to_json(), "origin": self.origin, "meetings": self.meetings}

    def to_row(self) -> dict[str, Any]:
        return self.to_json()


@dataclass(frozen=True, slots=True)
class DocumentHit:
    """A document in a listing, with the meetings it gives an account of."""

    doc: str
    title: str | None
    published: str | None
    lang: str | None
    meetings: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["meetings"] = list(self.meetings)
        return out

    def to_row(self) -> dict[str, Any]:
        row = self.to_json()
        row["meetings"] = "; ".join(str(m) for m in self.meetings)
        return row


@dataclass(frozen=True, slots=True)
class SearchHit(DocumentHit):
    """A document that answers a search, with the text around the first match."""

    snippet: str = ""


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """One stored document: its original text (what every offset indexes), the cleaned
    body, the contract record of its extraction, and the store meeting each of its
    meetings (``m1``, ``m2``…) was linked to."""

    id: str
    title: str | None
    published: str | None
    lang: str | None
    script: str | None
    url: str | None
    source: str | None
    raw_format: str
    encoding: str | None
    text: str
    body: str
    extraction: dict[str, Any]
    linked: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        x = self.extraction
        return {
            "id": self.id, "title": self.title, "published": self.published,
            "lang": self.lang, "script": self.script, "url": self.url, "source": self.source,
            "raw_format": self.raw_format, "encoding": self.encoding, "text": self.text,
            "body": self.body, "dateline": x.get("dateline"),
            "published_source": x.get("published_source"),
            "entities": x.get("entities", []), "times": x.get("times", []),
            "meetings": [{**m, "linked_meeting": self.linked.get(m.get("id", ""))}
                         for m in x.get("meetings", [])],
        }


@dataclass(frozen=True, slots=True)
class Office:
    title: str
    of: str | None
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class Counterpart:
    actor: ActorRef
    meetings: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    actor: ActorRef
    origin: str  # kb, local
    names: dict[str, str] = field(default_factory=dict)
    wikidata: str | None = None
    offices: tuple[Office, ...] = ()  # from the knowledge base
    titles_seen: tuple[tuple[str, int], ...] = ()  # titles articles give, with counts
    meetings: int = 0
    chaired: int = 0
    per_year: tuple[tuple[str, int], ...] = ()  # ("2021", 3); "undated" last
    per_month: tuple[tuple[str, int], ...] = ()  # ("2021-01", 2)
    counterparts: tuple[Counterpart, ...] = ()
    recent: tuple[MeetingRecord, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor.to_json(), "origin": self.origin, "names": self.names,
            "wikidata": self.wikidata, "offices": [asdict(o) for o in self.offices],
            "titles_seen": [{"title": t, "documents": n} for t, n in self.titles_seen],
            "meetings": self.meetings, "chaired": self.chaired,
            "per_year": dict(self.per_year), "per_month": dict(self.per_month),
            "counterparts": [{**c.actor.to_json(), "meetings": c.meetings}
                             for c in self.counterparts],
            "recent": [m.to_json() for m in self.recent],
        }


class _Exportable(Protocol):
    def to_json(self) -> dict[str, Any]: ...
    def to_row(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=_Exportable)


class Results(list[R], Generic[R]):
    """Query results: a list of records that also exports itself."""

    def rows(self) -> list[dict[str, Any]]:
        return [r.to_row() for r in self]

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame`` of the flat rows (needs the ``analysis`` extra)."""
        pd = _optional("pandas")
        return pd.DataFrame(self.rows())

    def to_parquet(self, path: str | Path) -> None:
        """Write the flat rows as Parquet (needs the ``analysis`` extra: pyarrow). Meetings
        get typed columns and a sources table beside (:mod:`summitry.export.tables`)."""
        if self and all(isinstance(r, MeetingRecord) for r in self):
            from summitry.export.tables import write_record_parquet

            write_record_parquet([r for r in self if isinstance(r, MeetingRecord)], path)
            return
        pa = _optional("pyarrow")
        pq = _optional("pyarrow.parquet")
        pq.write_table(pa.Table.from_pylist(self.rows()), str(path))

    def to_jsonl(self, stream: io.TextIOBase | Any) -> None:
        for r in self:
            stream.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")

    def to_csv(self, stream: io.TextIOBase | Any) -> None:
        rows = self.rows()
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)


def results(items: Iterable[R]) -> Results[R]:
    return Results(items)


def _optional(module: str) -> Any:
    import importlib

    from summitry.errors import ConfigError

    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        raise ConfigError(f"{top} is not installed; install summitry with the 'analysis' "
                          f"extra: pip install 'summitry[analysis]'") from None
