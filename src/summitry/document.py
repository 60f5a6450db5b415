"""The one object that flows through every stage.

A :class:`Document` holds the original input text and never rewrites it. Stages add layers:
spans whose offsets are Python string indices into :attr:`Document.text` (end exclusive), so
``doc.text[span.start:span.end]`` is always the exact source of an annotation. Derived texts
(the cleaned body, the simplified-Chinese analysis text) carry an :class:`OffsetMap` back to
the original instead of copying annotations between coordinate systems.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Removal:
    """A stretch of the input the cleaner left out of the body, and why."""

    span: Span
    reason: str  # e.g. "caption", "repeated_lead", "teaser", "navigation", "stamp"
    rule: str = ""  # the name of the rule that fired, for debugging and evaluation


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline that opens an article (``越通社河内——``, ``Hanoi (VNA) –``)."""

    span: Span
    agency: str | None = None  # "VNA", "Xinhua", "People's Daily", ...
    place: str | None = None  # the place as written ("河内", "Hanoi")
    date_text: str | None = None  # the date as written in the dateline, if any


class OffsetMap:
    """Maps positions of a derived text back to the original text.

    The derived text is made of pieces; each piece is a run of characters that correspond
    one-to-one to a run of the original (``derived[d:d+n]`` came from ``original[o:o+n]``).
    Characters inserted by the derivation (separators) map to the original position of the
    next piece. Lookups are a binary search over the piece starts.
    """

    __slots__ = ("_derived", "_length", "_original", "_sizes")

    def __init__(self, pieces: list[tuple[int, int, int]], length: int):
        """``pieces``: (derived_start, original_start, size) in increasing derived order."""
        self._derived = [p[0] for p in pieces]
        self._original = [p[1] for p in pieces]
        self._sizes = [p[2] for p in pieces]
        self._length = length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, 0, length)], length)

    def to_original(self, pos: int) -> int:
        """The original position of derived position ``pos`` (``pos`` may equal the length)."""
        if not self._derived:
            return 0
        i = bisect_right(self._derived, pos) - 1
        if i < 0:
            return self._original[0]
        offset = pos - self._derived[i]
        if offset <= self._sizes[i]:
            return self._original[i] + offset
        # In a separator after piece i: snap to the end of piece i.
        return self._original[i] + self._sizes[i]

    def span_to_original(self, start: int, end: int) -> Span:
        """Map a derived range; the end maps as the end of its last character."""
        if end <= start:
            o = self.to_original(start)
            return Span(o, o)
        return Span(self.to_original(start), self.to_original(end - 1) + 1)


@dataclass
class Document:
    """An article and every layer the stages have added to it."""

    id: str
    text: str
    #: Where the document came from: a path, ``path:line`` for JSON Lines, or ``<stdin>:N``.
    source: str = ""
    url: str | None = None
    #: Metadata given with the input (JSONL fields, HTML meta tags); stages prefer the text.
    meta_title: str | None = None
    meta_published: str | None = None
    meta_lang: str | None = None
    #: The raw HTML when the input was a web page (``text`` is then its extracted main text).
    html: str | None = None
    #: The encoding the bytes were decoded from, when they came from a file.
    encoding: str | None = None
    #: What the reader repaired or dropped in the input (a bad ``published`` field, lone
    #: surrogates), reported beside the document rather than stopping it.
    warnings: list[str] = field(default_factory=list)

    # ---- layers added by stages -------------------------------------------------------
    title: Span | None = None
    dateline: Dateline | None = None
    #: The article's own paragraphs (or parts of lines), in order, as spans of ``text``.
    body: tuple[Span, ...] = ()
    removed: tuple[Removal, ...] = ()
    published: str | None = None
    published_source: str | None = None  # "metadata", "stamp", "dateline", "text", "argument"
    lang: str | None = None
    script: str | None = None  # "Hans" / "Hant" for Chinese
    #: The analysis text: ``text`` with traditional characters converted to simplified and
    #: full-width ASCII folded, plus its map back to ``text``.
    analysis_text: str | None = None
    analysis_map: OffsetMap | None = None
    #: Free-form per-stage results later stages may read (entities, times, meetings...).
    annotations: dict[str, Any] = field(default_factory=dict)
    #: Names of the layers present, checked by the pipeline builder and the stages.
    layers: set[str] = field(default_factory=lambda: {"text"})

    @property
    def body_text(self) -> str:
        """The cleaned body as one string: the kept segments joined by newlines."""
        return "\n".join(s.of(self.text) for s in self.body)

    def body_map(self) -> OffsetMap:
        """Maps positions of :attr:`body_text` back to :attr:`text`."""
        pieces: list[tuple[int, int, int]] = []
        pos = 0
        for s in self.body:
            pieces.append((pos, s.start, len(s)))
            pos += len(s) + 1
        return OffsetMap(pieces, max(pos - 1, 0))

    @property
    def title_text(self) -> str | None:
        if self.title is not None:
            return self.title.of(self.text)
        return self.meta_title
