"""The analysis text: what the recognisers read, aligned character for character.

Traditional Chinese is converted to simplified (OpenCC ``t2s``) and full-width ASCII is
folded to half-width, so one set of dictionaries and patterns serves every script. Both
conversions are made length-preserving: OpenCC works phrase by phrase, and in the rare case
where a phrase conversion changes the length, that stretch keeps its original characters.
Therefore every offset into the analysis text is also an offset into the original text, and
no annotation ever needs to be mapped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, ClassVar

from summitry.document import Document, OffsetMap
from summitry.pipeline import register
from summitry.settings import Settings

#: Full-width ASCII (U+FF01..U+FF5E) maps to ASCII by a fixed offset; U+3000 is a space.
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
#: Every middle dot that separates the parts of a transliterated name becomes U+00B7.
_FULLWIDTH |= {c: 0x00B7 for c in (0x2022, 0x2219, 0x30FB, 0x2027, 0xFF65, 0x2024)}
#: Chunks converted independently, so that a length change stays local.
_CHUNK = re.compile(r"[^\n。！？；，、]+[\n。！？；，、]?")
#: Share of CJK characters that OpenCC changes above which a text is traditional.
HANT_THRESHOLD = 0.04


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def fold_width(text: str) -> str:
    return text.translate(_FULLWIDTH)


_HAN = re.compile("[\u4e00-\u9fff]")
#: Runs of everything else: removing them leaves the Han characters, cheaper to count
#: than a list of each.
_NOT_HAN = re.compile("[^\u4e00-\u9fff]+")


def cjk_count(text: str) -> int:
    return len(_NOT_HAN.sub("", text))


def to_simplified(text: str) -> tuple[str, int]:
    """``text`` in simplified characters, same length; and how many characters changed."""
    converted = _converter().convert(text)
    if len(converted) != len(text):
        converted = _align_by_chunks(text)
    # same length (checked above); a text OpenCC left as it was has nothing to count
    changed = 0 if converted == text else sum(map(str.__ne__, text, converted))
    return converted, changed


def _convert_chunk(chunk: str) -> str:
    out = _converter().convert(chunk)
    return out if len(out) == len(chunk) else chunk


def _align_by_chunks(text: str) -> str:
    pieces: list[str] = []
    pos = 0
    for m in _CHUNK.finditer(text):
        pieces.append(text[pos:m.start()])
        pieces.append(_convert_chunk(m.group()))
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces)


def analysis_text(text: str, simplify: bool = True) -> tuple[str, str | None]:
    """The analysis text and the script of a Chinese text ("Hans"/"Hant"), else None."""
    folded = fold_width(text)
    cjk = cjk_count(folded)
    if cjk == 0:
        return folded, None
    converted, changed = to_simplified(folded)
    script = "Hant" if changed / cjk > HANT_THRESHOLD else "Hans"
    return (converted if simplify else folded), script


@register("normalize")
class NormalizeStage:
    name: ClassVar[str] = "normalize"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"analysis_text", "script"})

    def __init__(self, settings: Settings):
        self.simplify = settings.to_simplified

    def __call__(self, doc: Document) -> Document:
        doc.analysis_text, doc.script = analysis_text(doc.text, self.simplify)
        doc.analysis_map = OffsetMap.identity(len(doc.text))
        return doc
