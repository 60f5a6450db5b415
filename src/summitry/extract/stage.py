"""The ``meetings`` stage: entities and dates in, meetings out (the contract's ``meetings``).

Languages without a cue table (see :mod:`summitry.extract.patterns`) get no meetings rather
than guesses.
"""

from __future__ import annotations

from typing import ClassVar

from summitry.document import Document
from summitry.extract.assemble import Assembler
from summitry.extract.context import DocView
from summitry.extract.finder import Finder
from summitry.extract.model import Meeting
from summitry.extract.patterns import cues_for
from summitry.pipeline import register
from summitry.settings import Settings


def extract_meetings(doc: Document) -> list[Meeting]:
    cues = cues_for(doc.lang)
    if cues is None or not doc.body:
        return []
    view = DocView(doc)
    finder = Finder(view, cues)
    mentions = finder.find()
    assembler = Assembler(view, cues, finder)
    for m in mentions:
        m.date = assembler.own_date(m, mentions)
    return assembler.finish(assembler.merge(mentions))


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
