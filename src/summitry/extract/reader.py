"""The reader every component shares: the document view (sentences, entity mentions, time
expressions, the knowledge base) and the language's cue table.

Components are functions of a :class:`Reader` rather than methods of one large class, so
each module holds one step of reading a meeting (triggers, frames, timing, status,
structure, fields) with its own cue tables and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summitry.extract.context import DocView
from summitry.extract.patterns import Cues


@dataclass
class Reader:
    v: DocView
    c: Cues
    text: str = field(init=False)
    zh: bool = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.v.text
        self.zh = self.c.lang == "zh"
