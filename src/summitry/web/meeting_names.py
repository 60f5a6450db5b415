"""A meeting's name in the page's language.

The store names a meeting as its first article did, so a meeting reported only in Chinese
has a Chinese name on an English page. Each article's extraction carries ``name_en`` (the
contract's English name for a meeting of a non-English text) and the name as written; the
meeting page, which holds its sources' documents already, picks the name in the page's
language from them and keeps the stored name when none fits.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from summitry.store.results import DocumentRecord, MeetingRecord

_HAN = re.compile(r"[\u3400-\u9fff]")


def _accounts(m: MeetingRecord, docs: Mapping[str, DocumentRecord]) -> list[dict[str, Any]]:
    """The extraction's meeting records of ``m``'s sources (by their link to ``m``)."""
    out = []
    for doc in (docs.get(s.doc) for s in m.sources):
        if doc is None:
            continue
        for local in doc.extraction.get("meetings", []):
            if isinstance(local, dict) and doc.linked.get(str(local.get("id", ""))) == m.id:
                out.append(local)
    return out


def meeting_name(m: MeetingRecord, docs: Mapping[str, DocumentRecord], lang: str) -> str | None:
    """The name to show: on a Chinese page a name in Chinese, on an English page one in
    Latin script (an account's own name, else its ``name_en``); the stored name when the
    sources offer none in that language."""
    stored = m.name
    wants_han = lang == "zh"
    if stored and bool(_HAN.search(stored)) == wants_han:
        return stored
    accounts = _accounts(m, docs)
    for local in accounts:
        name = local.get("name")
        if isinstance(name, str) and name and bool(_HAN.search(name)) == wants_han:
            return name
    if not wants_han:
        for local in accounts:
            english = local.get("name_en")
            if isinstance(english, str) and english.strip():
                return english.strip()
    return stored
