"""Linked meetings as PLOVER-style CONSULT events, for analysts who join them to POLECAT-like
event data.

One record per meeting (not per sentence, unlike sentence-coded datasets), with the event
date (not the publication date) and its precision. The mode follows PLOVER's CONSULT modes:

* ``phone``: a call, or a meeting held by phone or video;
* ``visit``: a visit, or talks held in one party's country (the meeting's location is in
  one participating state, or the text calls it a visit);
* ``multilateral``: a conference, or talks among three or more states or organizations;
* ``third-party``: bilateral talks held somewhere neither party is;
* ``null`` when the text does not allow a choice.

Actors carry Wikidata ids when the knowledge base has them, and their ISO or organization
codes; the ``actor`` list holds the chairs (or, failing them, the first party), the
``recipient`` list the other parties. Sources and evidence sentences go with every record.
"""

from __future__ import annotations

from typing import Any

from summitry.kb.store import KnowledgeBase, default_kb
from summitry.store.results import ActorRef, MeetingRecord


def _capital_of(kb: KnowledgeBase, location: str) -> str | None:
    """The state whose capital (in any language) or name ``location`` is."""
    for form in kb.lookup(location):
        actor = kb.get(form.actor)
        if actor is not None and actor.type in ("state", "territory"):
            return actor.id
    return None


def mode(m: MeetingRecord, kb: KnowledgeBase | None = None) -> str | None:
    kb = kb or default_kb()
    if m.kind == "call" or m.format in ("phone", "virtual"):
        return "phone"
    parties = [a for a in m.participants if a.type != "person"]
    if m.kind == "conference" or len(parties) >= 3:
        return "multilateral"
    if m.kind == "visit":
        return "visit"
    if m.location:
        host = _capital_of(kb, m.location)
        if host is not None:
            return "visit" if any(a.id == host for a in parties) else "third-party"
    return None


def _actor(a: ActorRef, kb: KnowledgeBase) -> dict[str, Any]:
    actor = kb.get(a.id)
    return {"id": a.id, "name": a.name, "type": a.type, "code": a.code,
            "wikidata": actor.wikidata if actor is not None else None}


def _precision(date: str | None) -> str | None:
    if not date:
        return None
    if date.startswith("--"):
        return "day-no-year"
    return {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]


def to_plover(m: MeetingRecord, kb: KnowledgeBase | None = None) -> dict[str, Any]:
    kb = kb or default_kb()
    chairs = list(m.chairs)
    parties = [a for a in m.participants if a.type != "person"]
    actors = chairs or parties[:1]
    actor_ids = {a.id for a in actors}
    recipients = [a for a in parties if a.id not in actor_ids]
    return {
        "id": f"summitry-meeting-{m.id}",
        "event_type": "CONSULT",
        "mode": mode(m, kb),
        "context": ["diplomatic"],
        "date": m.date_start,
        "date_end": m.date_end,
        "date_precision": _precision(m.date_start),
        "actor": [_actor(a, kb) for a in actors],
        "recipient": [_actor(a, kb) for a in recipients],
        "persons": [_actor(a, kb) for a in m.participants if a.type == "person"],
        "location": m.location,
        "name": m.name,
        "level": m.level,
        "format": m.format,
        "reported": m.reported,
        "sources": [{"doc": s.doc, "reported": s.reported, "published": s.published}
                    for s in m.sources],
        "evidence": [{"doc": e.doc, "start": e.start, "end": e.end, "text": e.text}
                     for e in m.evidence],
    }
