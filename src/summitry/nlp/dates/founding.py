"""Founding years: a past fact the text states, never the year of the news it reports.

Background paragraphs give an organization's or a relationship's founding year (``东盟成立于
1967年``, "ASEAN was founded in 1967"). Read as the article's year it sends every yearless
day of the text fifty years back. Read with an anniversary of the same founding, stated
anywhere in the text (``东盟成立50周年``, "ASEAN's 50th anniversary"), it names the year of
the news: founding + N.

:func:`founding_year_spans` finds the years to keep out of "the lead's one year";
:func:`founding_anniversary_clues` pairs founding facts and anniversaries whose subjects
agree (the same name ends both in Chinese; a shared capitalized word in English).
"""

from __future__ import annotations

import re

from . import year_tables as t
from .clues import Clue
from .numerals import to_int

_ZH_NUM = r"\d{1,3}|[一二三四五六七八九十百]+"
_SUBJ_ZH = r"(?P<subj>[^，。,;；、：:“”\s]{1,12}?)"
_SUBJ_EN = r"(?P<subj>(?:[A-Z][\w&-]*\s+){0,5}?[A-Z][\w&-]*)"
_FOUND_ZH = r"(?:正式)?(?:成立|创立|创建|建立|组建|诞生)"
_FOUND_EN = r"(?:founded|established|set\s+up|created|formed|launched|inaugurated)"
_MONTH_EN = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
             r"(?:\s+\d{1,2},?)?")

#: A founding stated with its year: ``东盟成立于1967年``, ``东盟于1967年8月8日成立``,
#: ``上海合作组织2001年成立``, ``2019年，两国建立了…关系``, "ASEAN was founded in 1967", "the
#: SCO, established in June 2001", "since its founding in 1967".
FOUNDED: tuple[re.Pattern[str], ...] = (
    re.compile(_SUBJ_ZH + _FOUND_ZH + r"[于於]\s*(?P<y>(?:19|20)\d\d)\s*年"),
    re.compile(_SUBJ_ZH + r"(?:[于於在])?\s*(?P<y>(?:19|20)\d\d)\s*年"
               r"(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?\s*" + _FOUND_ZH),
    # a bare year opening the clause of a founding: 2023年，两国建立了战略伙伴关系
    re.compile(r"(?P<subj>)(?<![\d年月])(?P<y>(?:19|20)\d\d)\s*年[，,]\s*[^，,。；;]{0,8}?"
               + _FOUND_ZH),
    re.compile(_SUBJ_EN + r"(?:,[^,.;]{0,80},)?\s+(?:was|were|has\s+been)\s+" + _FOUND_EN
               + r"\s+(?:in|on)\s+(?:" + _MONTH_EN + r"\s+)?(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"(?P<subj>)\b(?:" + _FOUND_EN + r"|(?i:since)\s+(?:its|their)\s+(?:founding|"
               r"establishment|inception|creation))\s+(?:in|on)\s+(?:" + _MONTH_EN
               + r"\s+)?(?P<y>(?:19|20)\d\d)\b"),
)

#: An anniversary of a founding: ``东盟成立50周年``, ``建交三十周年``, "the 50th anniversary
#: of ASEAN", "ASEAN's 50th founding anniversary", "the 50th anniversary of the founding of
#: ASEAN".
ANNIVERSARY: tuple[re.Pattern[str], ...] = (
    re.compile(_SUBJ_ZH + _FOUND_ZH + r"\s*(?P<n>" + _ZH_NUM + r")\s*(?:周年|週年)"),
    re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?anniversary\s+of\s+(?:the\s+)?"
               r"(?:(?:founding|establishment|creation)\s+of\s+(?:the\s+)?)?" + _SUBJ_EN),
    re.compile(_SUBJ_EN + r"(?:'s|’s)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?"
               r"anniversary"),
)

#: Words every founding (and every anniversary) rule's match holds: a text without any of
#: them is not scanned (the rules' subject patterns would try every position of it).
FOUNDING_WORDS = re.compile(
    r"成立|创立|创建|建立|组建|诞生|found|establish|set\s+up|creat|formed|launch|inaugurat"
    r"|incepti", re.IGNORECASE)
ANNIVERSARY_WORDS = re.compile(r"周年|週年|anniversary", re.IGNORECASE)

#: Capitalized words that say nothing of which founding is meant.
_FILLER = frozenset({"The", "This", "Its", "Their", "Since", "In", "On"})


def founding_year_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the years that date a founding (a past fact, not the news' year)."""
    if not FOUNDING_WORDS.search(text):
        return []
    return sorted({m.span("y") for rule in FOUNDED for m in rule.finditer(text)})


def _same_subject(a: str, b: str) -> bool:
    """Whether two subjects name the same body: one ends the other (东盟 / 恰逢东盟) or they
    share a capitalized word (ASEAN / the ASEAN bloc)."""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return False
    if re.search(r"[\u4e00-\u9fff]", a + b):
        return len(min(a, b, key=len)) >= 2 and (a.endswith(b) or b.endswith(a))
    words = {w for w in re.findall(r"[A-Z][\w&-]*", a) if w not in _FILLER}
    return bool(words & {w for w in re.findall(r"[A-Z][\w&-]*", b) if w not in _FILLER})


def _shift(text: str, start: int) -> int:
    """明年是…成立50周年 / "next year marks the 50th anniversary": the anniversary falls a
    year off the news."""
    lo = max(text.rfind(p, 0, start) for p in "。！？.!?\n")
    before = text[lo + 1:start].lower()
    return next((s for w, s in t.ANNIVERSARY_SHIFT.items() if w in before), 0)


def _number(token: str) -> int | None:
    """An anniversary's number (50, 五十); None for a run of numerals that is no number."""
    try:
        return int(token) if token.isdigit() else to_int(token)
    except ValueError:
        return None


def founding_anniversary_clues(text: str) -> list[Clue]:
    """Founding year + anniversary number, for each anniversary whose founding the text states
    (in any sentence) with a subject that agrees. Pairs that disagree give no clue."""
    if not (FOUNDING_WORDS.search(text) and ANNIVERSARY_WORDS.search(text)):
        return []
    founded = [(m["subj"] or "", int(m["y"])) for rule in FOUNDED for m in rule.finditer(text)]
    if not founded:
        return []
    out: list[Clue] = []
    for rule in ANNIVERSARY:
        for m in rule.finditer(text):
            n = _number(m["n"])
            if not n:
                continue
            years = {y for subj, y in founded if _same_subject(subj, m["subj"] or "")}
            if len(years) != 1:
                continue
            year = years.pop()
            out.append(Clue("anniversary", "year.anniversary.founded",
                            f"the {n}th anniversary of a founding in {year}",
                            year=year + n - _shift(text, m.start("n")),
                            start=m.start(), end=m.end()))
    return out


__all__ = ["ANNIVERSARY", "FOUNDED", "founding_anniversary_clues", "founding_year_spans"]
