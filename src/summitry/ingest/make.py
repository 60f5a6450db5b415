"""Documents from decoded text: the checks every reader shares (blank text, HTML pages,
metadata that is not what it claims to be)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from summitry.document import Document
from summitry.errors import EmptyDocumentError
from summitry.ingest.html import extract_page

#: Characters that show nothing: white space (``str.isspace`` covers the ideographic and
#: no-break spaces) plus the zero-width and invisible format characters pasted text carries.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def is_blank(text: str) -> bool:
    """True when ``text`` shows nothing: only white space and invisible characters."""
    # Stops at the first visible character, so a real article costs almost nothing.
    return all(c.isspace() or c in INVISIBLE for c in text)


def iso_date(value: str) -> str | None:
    """``2022-11-13T10:15:00+07:00`` -> ``2022-11-13``; values that are not ISO dates of a
    real day (``2024-13-45``) -> None."""
    m = _ISO_DATE.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def text_document(doc_id: str, text: str, source: str, **meta: Any) -> Document:
    if is_blank(text):
        raise EmptyDocumentError("document is empty (only white space or invisible "
                                 "characters)", source=source)
    return Document(id=doc_id, text=text, source=source, **meta)


def html_document(doc_id: str, html: str, source: str, url: str | None = None,
                  **meta: Any) -> Document:
    if is_blank(html):
        raise EmptyDocumentError("HTML page is empty", source=source)
    page = extract_page(html, source=source, url=url)
    if is_blank(page.text):
        raise EmptyDocumentError("the HTML page's main text is only white space or "
                                 "invisible characters", source=source)
    title = meta.pop("meta_title", None) or page.title
    published = meta.pop("meta_published", None) or (
        iso_date(page.published) if page.published else None)
    lang = meta.pop("meta_lang", None) or page.lang
    return Document(id=doc_id, text=page.text, source=source, url=url, html=html,
                    meta_title=title, meta_published=published, meta_lang=lang, **meta)
