"""Wording for people, not for the database: counts with the right noun, link reasons with
labels instead of codes and slugs.

The linker records why it merged two accounts in a compact form (``same level
(senior_officials); persons bui-thanh-son shared``); pages show it as ``same level (senior
officials); persons Bui Thanh Son shared``, with field values in the page's language.
"""

from __future__ import annotations

import re

from summitry.web.labels import VALUES, value

#: English nouns by count key: (one, many). Chinese has no plural: its label serves both.
NOUNS: dict[str, tuple[str, str, str]] = {
    "source": ("source", "sources", "篇来源"),
    "document": ("document", "documents", "篇文章"),
    "meeting": ("meeting", "meetings", "次会晤"),
    "actor": ("actor", "actors", "个行为体"),
    "pair": ("pair", "pairs", "对"),
    "country": ("country", "countries", "个国家"),
}
_CODE_IN_PARENS = re.compile(r"\(([a-z_]+)\)")
_SLUG = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")


def count(n: int, noun: str, lang: str) -> str:
    """``1 source``, ``3 sources``, ``3 篇来源``."""
    one, many, zh = NOUNS[noun]
    if lang == "zh":
        return f"{n} {zh}"
    return f"{n} {one if n == 1 else many}"


def readable_reason(reason: str | None, lang: str) -> str:
    """A link reason with value codes as labels and actor slugs as names."""
    if not reason:
        return ""

    def label(m: re.Match[str]) -> str:
        code = m.group(1)
        return f"({value(code, lang)})" if code in VALUES else m.group(0)

    def name(m: re.Match[str]) -> str:
        return " ".join(part.capitalize() for part in m.group(0).split("-"))

    return _SLUG.sub(name, _CODE_IN_PARENS.sub(label, reason))
