"""The extraction contract (``../shared/CONTRACT.md``, v1): a Document as one JSON object.

Fields the contract lists are never renamed or dropped; extensions are added beside them
(``times``, ``script``, ``source``, ``url``, ``dateline``, ``published_source``).
"""

from __future__ import annotations

from typing import Any

from summitry.document import Document
from summitry.nlp.times import time_to_contract

CONTRACT_VERSION = "1"


def to_contract(doc: Document) -> dict[str, Any]:
    dateline = None
    if doc.dateline is not None:
        d = doc.dateline
        dateline = {"start": d.span.start, "end": d.span.end, "text": d.span.of(doc.text),
                    "agency": d.agency, "place": d.place, "date": d.date_text}
    return {
        "id": doc.id,
        "lang": doc.lang,
        "title": doc.title_text,
        "published": doc.published,
        "body": doc.body_text,
        "entities": [e.to_contract() for e in doc.annotations.get("entities", [])],
        "meetings": [m.to_contract(doc.text) for m in doc.annotations.get("meetings", [])],
        "times": [time_to_contract(t) for t in doc.annotations.get("times", [])],
        # v2: what they agreed
        "statements": [s.to_contract(doc.text) for s in doc.annotations.get("statements", [])],
        "commitments": [c.to_contract(doc.text) for c in doc.annotations.get("commitments", [])],
        # extensions
        "script": doc.script,
        "published_source": doc.published_source,
        "dateline": dateline,
        "url": doc.url,
        "source": doc.source,
    }
