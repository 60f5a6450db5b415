"""How a document's texts are kept once: the original compressed where it pays, the cleaned
body as spans into it, the contract record compressed without the body it repeats.

Every offset the store keeps (mentions, evidence, times) indexes the document's text, so the
text is the one thing that must be stored verbatim; the cleaned body is the list of
segments :class:`~summitry.document.Document` kept (``[[start, end], …]``, joined by
newlines as :attr:`Document.body_text` joins them), and the contract JSON holds
``"body": null`` where the body was, refilled from the spans on reading, and each span's
``text`` that the span's offsets cut out of the text as :data:`SAME`, cut again on
reading. zlib is in the standard library and reads back in microseconds; a text it
shrinks by less than :data:`MIN_SAVING` (short English, some Chinese) stays plain, so
nothing pays the cost of decompressing for no gain.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Sequence
from typing import Any

#: The share of its size compression must save before a text is kept compressed.
MIN_SAVING = 0.2
#: zlib's level: 6 is its default, within a few per cent of 9 at half the time.
LEVEL = 6


def pack_text(text: str) -> tuple[str, bytes | None]:
    """``(plain, None)`` or ``("", compressed)``: what the ``raw``/``raw_z`` pair holds."""
    data = text.encode("utf-8", "surrogatepass")
    packed = zlib.compress(data, LEVEL)
    if len(packed) <= len(data) * (1 - MIN_SAVING):
        return "", packed
    return text, None


def unpack_text(plain: str | None, packed: bytes | None) -> str:
    if packed is not None:
        return zlib.decompress(packed).decode("utf-8", "surrogatepass")
    return plain or ""


#: What a span's ``text`` becomes when it is the text at the span's offsets: a number, which
#: no span text is, so a text the record gives otherwise (none is known) is kept as it is.
SAME = 0


def pack_record(record: dict[str, Any], text: str | None = None) -> bytes:
    """The contract record, compressed, with its body left out (it is the text's spans)
    and, given the original ``text``, every span's text that the offsets cut out of it."""
    lean = {k: (None if k == "body" else v) for k, v in record.items()}
    if text is not None:
        lean = _spans(lean, lambda s: SAME if _cut(text, s) == s.get("text") else s["text"])
    return zlib.compress(json.dumps(lean, ensure_ascii=False).encode("utf-8"), LEVEL)


def unpack_record(packed: bytes, body: str, text: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(zlib.decompress(packed).decode("utf-8"))
    if "body" in record:
        record["body"] = body
    if text is not None:
        record = _spans(record, lambda s: _cut(text, s) if s["text"] == SAME
                        and not isinstance(s["text"], bool) else s["text"])
    return record


def _cut(text: str, span: dict[str, Any]) -> str | None:
    start, end = span.get("start"), span.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        return text[start:end]
    return None


def _spans(node: Any, text_of: Callable[[dict[str, Any]], Any]) -> Any:
    """``node`` with the ``text`` of every span (a mapping with start, end and text) set to
    ``text_of(span)``. Scalars are copied where they stand, without a call each: a record
    has a few hundred of them and this runs for every document stored."""
    if isinstance(node, dict):
        out = {k: _spans(v, text_of) if isinstance(v, dict | list) else v
               for k, v in node.items()}
        if "text" in out and "start" in out and "end" in out:
            out["text"] = text_of(out)
        return out
    if isinstance(node, list):
        return [_spans(v, text_of) if isinstance(v, dict | list) else v for v in node]
    return node


def spans_json(spans: Sequence[tuple[int, int]]) -> str:
    return json.dumps([[s, e] for s, e in spans], separators=(",", ":"))


def body_of(text: str, spans: str) -> str:
    """The cleaned body the spans (as :func:`spans_json` wrote them) cut out of ``text``."""
    return "\n".join(text[s:e] for s, e in json.loads(spans))


def spans_of(text: str, body: str) -> list[tuple[int, int]] | None:
    """Spans that cut ``body`` out of ``text``, found segment by segment in reading order;
    None when the body is not the text's segments joined by newlines (a store must then
    keep the body itself). Used to convert stores written before the spans were kept."""
    spans: list[tuple[int, int]] = []
    at = 0
    for segment in body.split("\n") if body else []:
        start = text.find(segment, at)
        if start < 0:
            return None
        spans.append((start, start + len(segment)))
        at = start + len(segment)
    return spans if "\n".join(text[s:e] for s, e in spans) == body else None
