"""Everything one extracted document contributes to the store, computed before any
transaction opens (and picklable, so worker processes can compute it).

Actors get global ids: a knowledge-base actor keeps its id (``state:RUS``); an actor the
knowledge base does not hold becomes ``local:<type>:<name key>``, so the same name found in
several articles (``伊戈尔·莫尔古洛夫`` in two reports) is one actor across the store. The
name key ignores case, accents, spaces and punctuation (:func:`summitry.names.name_key`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

from summitry.contract import to_contract
from summitry.document import Document
from summitry.extract.model import Meeting
from summitry.kb.store import KnowledgeBase
from summitry.link.model import Account
from summitry.link.series import series_key, series_name
from summitry.names import name_key
from summitry.records import Entity
from summitry.store.packing import pack_record, pack_text, spans_json


def content_hash(doc: Document) -> str:
    """A hash of everything the input gave: the raw page or text and its metadata.

    Computed from the document as read, before any stage runs, so an unchanged document is
    recognised without extracting it again.
    """
    h = hashlib.sha256()
    for part in (doc.html if doc.html is not None else doc.text, doc.meta_title,
                 doc.meta_published, doc.meta_lang, doc.url):
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class ActorRow:
    id: str
    type: str
    code: str | None
    name: str
    names: dict[str, str]
    wikidata: str | None
    origin: str  # kb, local


@dataclass(frozen=True, slots=True)
class SeriesRef:
    key: str
    name: str  # the meeting name without its ordinal
    lang: str | None
    kind: str
    level: str | None


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One meeting of the document: the account linking compares, plus what only the store
    keeps (evidence, how the date was found, the series it names)."""

    account: Account
    date_source: str | None
    series: SeriesRef | None
    evidence: tuple[tuple[int, int, str], ...]


#: The record's parts the writer reads (for commitments and statements).
RECORD_PARTS = ("published", "meetings", "commitments", "statements")


@dataclass(slots=True)
class Prepared:
    doc_id: str
    content_hash: str
    document: dict[str, Any]  # the documents row (without n and run_id)
    cleaned: dict[str, Any]  # the cleaned row (without doc_n), its body given
    # The parts of the contract record the writer reads (:data:`RECORD_PARTS`); the whole
    # record is stored compressed in ``cleaned``, and this one crosses from the worker
    # process to the writer's, which unpickles it.
    record: dict[str, Any] = field(default_factory=dict)
    actors: list[ActorRow] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)  # doc_entities rows
    accounts: list[AccountRow] = field(default_factory=list)


def actor_id(entity: Entity) -> str:
    if entity.kb_id:
        return entity.kb_id
    key = name_key(entity.name)
    return f"local:{entity.type}:{key}" if key else f"local:{entity.type}:{entity.name}"


def _actor_row(entity: Entity, kb: KnowledgeBase) -> ActorRow:
    actor = kb.get(entity.kb_id) if entity.kb_id else None
    if actor is not None:
        names = {lang: forms[0] for lang, forms in actor.names.items() if forms}
        return ActorRow(actor.id, actor.contract_type, actor.code, actor.name, names,
                        actor.wikidata, "kb")
    return ActorRow(actor_id(entity), entity.type, entity.code, entity.name,
                    dict(entity.names), None, "local")


def prepare(doc: Document, content: str, kb: KnowledgeBase) -> Prepared:
    """The rows of an extracted document; ``content`` is its :func:`content_hash`."""
    record = to_contract(doc)
    entities: list[Entity] = list(doc.annotations.get("entities", []))
    ids = {e.id: actor_id(e) for e in entities}
    raw_html = doc.html is not None
    # Each text once (see packing): the original packed, the body as spans into the text.
    raw, raw_z = pack_text(doc.html if doc.html is not None else doc.text)
    out = Prepared(
        doc_id=doc.id, content_hash=content,
        document={"id": doc.id, "content_hash": content, "source": doc.source, "url": doc.url,
                  "raw": raw, "raw_z": raw_z,
                  "raw_format": "html" if raw_html else "text", "encoding": doc.encoding,
                  "meta_title": doc.meta_title, "meta_published": doc.meta_published,
                  "meta_lang": doc.meta_lang, "text": doc.text if raw_html else None},
        cleaned={"doc_id": doc.id, "title": record["title"], "published": record["published"],
                 "lang": record["lang"], "script": record["script"], "body": record["body"],
                 "body_spans": spans_json([(s.start, s.end) for s in doc.body]),
                 "extraction_z": pack_record(record, doc.text)},
        record={k: record.get(k) for k in RECORD_PARTS},
    )
    seen: set[str] = set()
    for e in entities:
        row = _actor_row(e, kb)
        if row.id not in seen:
            seen.add(row.id)
            out.actors.append(row)
        out.entities.append({
            "local_id": e.id, "actor_id": row.id, "type": e.type, "name": e.name,
            "roles": json.dumps([{"title": r.title, "role": r.role,
                                  "of": ids.get(r.of) if r.of else None} for r in e.roles],
                                ensure_ascii=False)})
    types = {e.id: e.type for e in entities}
    by_id = {m.id: m for m in doc.annotations.get("meetings", [])}
    for m in record["meetings"]:
        out.accounts.append(_account(doc, record, m, by_id.get(m["id"]), ids, types, entities))
    return out


def _account(doc: Document, record: dict[str, Any], m: dict[str, Any], meeting: Meeting | None,
             ids: dict[str, str], types: dict[str, str], entities: list[Entity]) -> AccountRow:
    people = [p for p in m["participants"] if types.get(p) == "person"]
    parties = [p for p in m["participants"] if types.get(p) != "person"]
    account = Account(
        doc=doc.id, local_id=m["id"], lang=record["lang"], name=m["name"], kind=m["kind"],
        format=m["format"], level=m["level"], ordinal=m["ordinal"], series=None,
        date_start=m["date"]["start"], date_end=m["date"]["end"], location=m["location"],
        parties=frozenset(ids[p] for p in parties if p in ids),
        persons=frozenset(ids[p] for p in people if p in ids),
        chairs=frozenset(ids[c] for c in m["chairs"] if c in ids),
        reported=bool(m["reported"]), published=record["published"],
        date_basis=m["date"].get("basis"))
    series = _series(account, meeting, ids, entities)
    if series is not None:
        account = replace(account, series=series.key)
    evidence = tuple((e["start"], e["end"], e["text"]) for e in m["evidence"])
    return AccountRow(account, date_source(m), series, evidence)


def date_source(m: dict[str, Any]) -> str | None:
    """What the ``sources.date_source`` column keeps: ``basis: note`` once the years stage
    has run (``weekday: 2017 — from the weekday (Thursday) and …``), else how the date was
    found (``sentence``, ``context``, ``published``)."""
    basis = m["date"].get("basis")
    note = m.get("provenance", {}).get("date", {}).get("note", "")
    if not basis:
        how = m.get("date_source")
        # Clues that conflicted are worth showing: the year was left out on purpose.
        return f"{how}: {note}" if how and note.startswith("conflict") else how
    return f"{basis}: {note}" if note else basis


def year_basis(date_source: str | None) -> str | None:
    """The reasoning behind a date's year, for the meeting page: the note of a
    ``basis: note`` value, None for a bare basis or how (nothing to explain)."""
    if not date_source or ": " not in date_source:
        return None
    return date_source.split(": ", 1)[1] or None


def basis_of(date_source: str | None) -> str | None:
    """The basis a ``date_source`` value holds, or None for values from before it did."""
    basis = (date_source or "").split(":", 1)[0]
    return basis if basis and basis != "sentence" else None


def _series(account: Account, meeting: Meeting | None, ids: dict[str, str],
            entities: list[Entity]) -> SeriesRef | None:
    """The series a numbered meeting belongs to, keyed by the actors its name names.

    Only a numbered meeting (``第十七次…``, ``the 17th …``) names a series: an unnumbered
    name may be a one-off (``特别外长视频会议``).
    """
    if account.ordinal is None or not account.name or meeting is None:
        return None
    # Entities are found in the body only, so a name repeated from the headline is read
    # where the body states it.
    spans = [(x.start, x.end) for x in meeting.mentions if x.name == account.name]
    in_name = sorted({ids[e.id] for e in entities if e.type != "person" and e.id in ids
                      and any(s <= x.start and x.end <= t for x in e.mentions
                              for s, t in spans)})
    if not in_name:
        return None
    return SeriesRef(series_key(in_name, account.level, account.kind), series_name(account.name),
                     account.lang, account.kind, account.level)
