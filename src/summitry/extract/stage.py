"""The ``meetings`` stage: entities and dates in, meetings out (the contract's ``meetings``).

The pipeline of components, each a module with its cue tables:
mentions (:mod:`named`, :mod:`triggers` + :mod:`frames`, :mod:`anaphora`) → timing
(:mod:`timing`) → structure (:mod:`structure`) → status and fields (:mod:`finish`).
Languages without a cue table (see :mod:`summitry.extract.patterns`) get no meetings rather
than guesses.
"""

from __future__ import annotations

from typing import ClassVar

from summitry.document import Document
from summitry.extract.context import DocView
from summitry.extract.finish import finish
from summitry.extract.mentions import find_mentions
from summitry.extract.model import Meeting
from summitry.extract.patterns import cues_for
from summitry.extract.reader import Reader
from summitry.extract.recalled import RECALLED_NOTE
from summitry.extract.recalled_since import off_news
from summitry.extract.structure import merge
from summitry.extract.timing import own_date
from summitry.pipeline import register
from summitry.settings import Settings


def extract_meetings(doc: Document) -> list[Meeting]:
    cues = cues_for(doc.lang)
    if cues is None or not doc.body:
        return []
    r = Reader(DocView(doc), cues)
    mentions = find_mentions(r)
    for m in mentions:
        if m.note != RECALLED_NOTE:  # a recalled phrase keeps its own date (or none)
            m.date = own_date(r, m, mentions)
    news, apart = off_news(mentions)
    return finish(r, merge(r, news) + merge(r, apart))


@register("meetings")
class MeetingsStage:
    name: ClassVar[str] = "meetings"
    requires: ClassVar[frozenset[str]] = frozenset(
        {"body", "analysis_text", "lang", "entities", "times"}
    )
    provides: ClassVar[frozenset[str]] = frozenset({"meetings"})

    def __init__(self, settings: Settings):
        pass

    def __call__(self, doc: Document) -> Document:
        doc.annotations["meetings"] = extract_meetings(doc)
        return doc
