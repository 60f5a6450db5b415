"""Article text as HTML with spans marked, every character of it escaped.

Marks may nest or overlap (an entity inside an evidence sentence, a date inside a name), so
the text is cut at every mark boundary and each piece is wrapped once, in one ``<span>``
carrying the classes and data attributes of every mark that covers it. Text goes through
:func:`markupsafe.escape` and nothing else: article text is data, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to show: ``cls`` are CSS classes, ``data`` become ``data-*`` attributes
    (values of overlapping marks are joined with spaces), ``title`` a tooltip."""

    start: int
    end: int
    cls: str
    data: tuple[tuple[str, str], ...] = field(default=())
    title: str | None = None


def render(text: str, marks: Iterable[Mark], offset: int = 0) -> Markup:
    """``text`` (which starts at ``offset`` of its document) as escaped HTML with ``marks``
    (in document offsets) laid over it; marks outside the text are clipped away."""
    end_of_text = offset + len(text)
    clipped = [m for m in marks if m.end > offset and m.start < end_of_text and m.end > m.start]
    cuts = sorted({offset, end_of_text}
                  | {max(offset, m.start) for m in clipped}
                  | {min(end_of_text, m.end) for m in clipped})
    out: list[str] = []
    for lo, hi in pairwise(cuts):
        piece = escape(text[lo - offset:hi - offset])
        active = [m for m in clipped if m.start <= lo and m.end >= hi]
        out.append(_wrap(piece, active) if active else str(piece))
    return Markup("".join(out))


def _wrap(piece: Markup, marks: Sequence[Mark]) -> str:
    classes: list[str] = []
    data: dict[str, list[str]] = {}
    titles: list[str] = []
    for m in marks:
        for c in m.cls.split():
            if c not in classes:
                classes.append(c)
        for key, value in m.data:
            if value not in data.setdefault(key, []):
                data[key].append(value)
        if m.title and m.title not in titles:
            titles.append(m.title)
    attrs = [f'class="{escape(" ".join(classes))}"']
    attrs += [f'data-{escape(k)}="{escape(" ".join(v))}"' for k, v in data.items()]
    if titles:
        attrs.append(f'title="{escape(" · ".join(titles))}"')
    return f"<span {' '.join(attrs)}>{piece}</span>"
