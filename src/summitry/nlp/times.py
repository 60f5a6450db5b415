"""The dates stage: every time expression of the body, and the publication date.

Publication date, in order of trust: the input's metadata or a publication stamp (set by
cleaning), then a date in the page's URL (``/2021-04/18/``, ``/20210418/``), then the
dateline's day (``本报北京4月16日电``) completed with the year the lead states (or the body,
when it names a single year).
Time expressions are then found over the whole analysis text, so that a typo in the body
(``617日``) can be repaired from the lead the cleaner removed (``6月17日``), and only those
inside the body are kept, each resolved against the publication date when there is one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar

from summitry.clean.published import date_from_dateline, date_from_url
from summitry.document import Document
from summitry.nlp.dates import Anchor, TimeExpression, find_times, parse_yearless_stamp
from summitry.pipeline import register
from summitry.settings import Settings

SUPPORTED = ("zh", "en")


def anchor_of(doc: Document) -> Anchor | None:
    if doc.published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published):
        return Anchor(dt.date.fromisoformat(doc.published), doc.published_source or "metadata")
    return None


def yearless_stamp(doc: Document) -> str | None:
    """The month and day of a stamp without a year in the page's head (before the body),
    ``03-17 09:11``: what a day alone in the lead (16日) is read against when the page
    gives no full date."""
    if not doc.body:
        return None
    return parse_yearless_stamp(doc.text[:doc.body[0].start])


def time_to_contract(e: TimeExpression) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "text": e.text, "value": e.value,
            "end_value": e.end_value, "precision": e.precision, "kind": e.kind,
            "part_of_day": e.part_of_day, "resolution": e.resolution,
            "warnings": list(e.warnings), "note": e.note}


@register("dates")
class DatesStage:
    name: ClassVar[str] = "dates"
    requires: ClassVar[frozenset[str]] = frozenset({"body", "analysis_text", "lang", "dateline"})
    provides: ClassVar[frozenset[str]] = frozenset({"times"})

    def __init__(self, settings: Settings):
        pass

    def __call__(self, doc: Document) -> Document:
        if doc.published is None:
            for source, value in (("url", date_from_url(doc.url)),
                                  ("dateline", date_from_dateline(doc))):
                if value:
                    doc.published, doc.published_source = value, source
                    break
        lang = (doc.lang or "").split("-")[0]
        if lang not in SUPPORTED or not doc.body:
            doc.annotations["times"] = []
            return doc
        text = doc.analysis_text if doc.analysis_text is not None else doc.text
        anchor = anchor_of(doc)
        found = find_times(text, lang, anchor, None if anchor else yearless_stamp(doc))
        inside = [e for e in found if any(s.start <= e.start and e.end <= s.end for s in doc.body)]
        # Offsets are shared with the original; the text shown is the original's.
        doc.annotations["times"] = [
            TimeExpression(**{**_fields(e), "text": doc.text[e.start:e.end]}) for e in inside
        ]
        return doc


def _fields(e: TimeExpression) -> dict[str, Any]:
    return {f: getattr(e, f) for f in e.__dataclass_fields__}
