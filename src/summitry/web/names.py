"""Actor names in the page's language, from the knowledge base.

The store keeps one display name per actor (the knowledge base's English name, or the
name an article used for an actor it does not know). A Chinese page should say 越南 and
俄罗斯, an English one Vietnam and Russia: the ``named`` filter picks the knowledge base's
name in the language of the page being rendered, and keeps the stored name for actors the
knowledge base does not know.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from summitry.kb import default_kb

#: The page language of the render in progress (set by :func:`summitry.web.pages.page`).
PAGE_LANG: ContextVar[str] = ContextVar("summitry_page_lang", default="en")
#: Knowledge-base name keys tried for each page language, in order.
NAME_KEYS: dict[str, tuple[str, ...]] = {"zh": ("zh", "zh-Hans", "zh-Hant"),
                                         "en": ("en",)}


def name_in(actor: Any, lang: str) -> str:
    """``actor``'s name in ``lang`` (anything with ``id`` and ``name``)."""
    stored = str(getattr(actor, "name", "") or "")
    found = default_kb().get(str(getattr(actor, "id", "")))
    if found is None:
        return stored
    for key in NAME_KEYS.get(lang, ()):
        names = found.names.get(key)
        if names:
            return str(names[0])
    return stored


def named(actor: Any) -> str:
    """The Jinja filter: ``{{ a | named }}``."""
    return name_in(actor, PAGE_LANG.get())
