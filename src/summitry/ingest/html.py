"""Web pages: the main text and the page's own metadata, via trafilatura.

trafilatura already drops navigation, scripts, share widgets and most teaser blocks, and
reads title and publication date from the page's metadata. Two of its habits are switched
off on purpose: the extensive date search (it turns plan periods such as "(2011-2025年)"
in the text into publication dates) and the link targets (``javascript:`` links are data,
never followed). What it leaves behind (captions inside paragraphs, "Related news" lists
in the main column) is handled by the same cleaning rules as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from summitry.errors import InputError


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str | None
    published: str | None
    lang: str | None


def extract_page(html: str, source: str | None = None, url: str | None = None) -> PageText:
    """Return the main text of a page, or raise :class:`InputError` when it has none."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        favor_precision=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    data = {} if result is None else result if isinstance(result, dict) else result.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        raise InputError("no main text found in the HTML page (only scripts, navigation "
                         "or boilerplate)", source=source)
    return PageText(
        text=text,
        title=data.get("title") or None,
        published=data.get("date") or None,
        lang=data.get("language") or None,
    )
