"""Clues to the year of a date the text gives without one (``7月6日``, ``on May 11``).

Each finder reads one kind of evidence and returns a :class:`Clue`: either a *pointer* (one
year: the series edition, the anniversary, the one year the text's other dates share) or a
*constraint* (the years it allows: a weekday fits one year in seven, an office term a span of
years, an era term a floor). The publication date is not a clue here: the times layer already
reads every day against it, so a date still without a year is one the extractor chose not to
read against it (a repost's stamp). :mod:`summitry.nlp.dates.years` weighs them. Finders read
plain values (text, spans, offices), not the extractor's records, so they can be tested
with sentences alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from summitry.kb.model import Office
from summitry.link.series import series_name
from summitry.nlp.normalize import to_simplified

from . import year_tables as t
from .model import TimeExpression
from .numerals import to_int

#: A bracketed acronym inside a name (``亚太经合组织(APEC)``) and an ordinal inside a
#: Chinese name (``…(APEC)第三十次领导人…``): neither is part of the series' name.
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z0-9+&-]*\)")
_ORDINAL_INSIDE = re.compile(r"第\s*[0-9一二三四五六七八九十百零〇两]+\s*[次届轮]")
#: 首届 / 首次: the first edition.
_FIRST_EDITION = re.compile(r"首[届次]")


@dataclass(frozen=True)
class Clue:
    """One piece of evidence for a year, with the rule and the span that produced it.

    ``basis`` is the contract's word for it (``context``, ``weekday``, ``tenure``,
    ``anniversary``, ``published``, ``dateline``); ``year`` is set for a pointer, ``years``
    for a constraint; ``note`` says it in words for the meeting page."""

    basis: str
    rule: str
    note: str
    year: int | None = None
    years: frozenset[int] | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class PartialDate:
    """A month (and maybe a day) without a year, parsed from ``--07-06`` or ``--07``."""

    month: int
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> PartialDate | None:
        if not value or not value.startswith("--"):
            return None
        parts = value[2:].split("-")
        try:
            month = int(parts[0])
            day = int(parts[1]) if len(parts) > 1 and parts[1] else None
        except ValueError:
            return None
        return cls(month, day) if 1 <= month <= 12 else None

    def exists_in(self, year: int) -> bool:
        try:
            dt.date(year, self.month, self.day or 1)
        except ValueError:
            return False
        return True

    def iso(self, year: int) -> str:
        return f"{year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


@dataclass(frozen=True)
class Person:
    """A participant as the tenure clue needs it: name, offices in the knowledge base, and the
    office roles the text gives them (``foreign_minister``), which narrow the offices read."""

    name: str
    offices: tuple[Office, ...]
    roles: frozenset[str] = frozenset()


#: How far (in characters) a weekday may stand from the day it names to be read as that day's
#: ("Tuesday, November 14", "5月12日(星期五)", "on Tuesday (Nov 14)").
_BESIDE = 8


def weekday_clue(text: str, spans: Iterable[tuple[int, int]], date: PartialDate,
                 window: range, days: Sequence[tuple[int, int]] = ()) -> Clue | None:
    """The one weekday the sentences name (``held talks Thursday``, ``5月11日(星期四)``): the
    years of ``window`` in which the date falls on it. Two different weekdays: no clue.

    ``days`` are the spans of the expressions that write the date. A weekday beside one of
    them names that very day; a weekday elsewhere may be the day before the date (a dateline
    filed the next day: "Nov 19 … On Thursday, Biden met …"), so the years where either
    reading holds are allowed."""
    if date.day is None:
        return None
    found = [(m, t.WEEKDAYS[(m["zh"] or m["en"]).lower()])
             for lo, hi in spans for m in t.WEEKDAY.finditer(text, lo, hi)]
    if not found or len({wd for _, wd in found}) != 1:
        return None
    match, weekday = found[0]
    beside = any(max(lo - match.end(), match.start() - hi) <= _BESIDE for lo, hi in days)
    lags = (0,) if beside else (0, 1)
    years = frozenset(y for y in window if date.exists_in(y) and any(
        (dt.date(y, date.month, date.day) - dt.timedelta(days=lag)).weekday() == weekday
        for lag in lags))
    note = f"the weekday ({match.group()})" if beside else \
        f"the weekday ({match.group()}, that day or the one before)"
    return Clue("weekday", "year.weekday", note, years=years, start=match.start(),
                end=match.end())


def weekday_before(text: str, spans: Iterable[tuple[int, int]], date: dt.date,
                   days: Sequence[tuple[int, int]] = ()) -> dt.date | None:
    """The day a weekday away from the date names, once the year is known: the most recent
    such weekday before ``date`` (the report's day) within the week ("Washington, Nov 19 …
    On Thursday, Biden met …": Thursday the 18th). None when the one weekday the spans name
    is the date's own, stands beside a written day, or the spans name several."""
    found = {t.WEEKDAYS[(m["zh"] or m["en"]).lower()]: m
             for lo, hi in spans for m in t.WEEKDAY.finditer(text, lo, hi)}
    if len(found) != 1:
        return None
    weekday, match = next(iter(found.items()))
    if any(max(lo - match.end(), match.start() - hi) <= _BESIDE for lo, hi in days):
        return None
    lag = (date.weekday() - weekday) % 7
    return date - dt.timedelta(days=lag) if lag else None


def _held(office: Office, date: PartialDate, year: int) -> bool:
    if not date.exists_in(year):
        return False
    return office.held_on(date.iso(year))


def _years_in_office(person: Person, date: PartialDate, window: range) -> set[int]:
    """Years in which the person held, on the date, every role the text gives them that the
    knowledge base knows (``副总理兼外长``: both at once), or any office when it gives none."""
    roles = [r for r in person.roles if any(o.role == r for o in person.offices)]
    if not roles:
        return {y for y in window if any(_held(o, date, y) for o in person.offices)}
    years = set(window)
    for role in roles:
        years &= {y for y in window if any(_held(o, date, y) for o in person.offices
                                           if o.role == role)}
    return years


def tenure_clue(persons: Sequence[Person], date: PartialDate, window: range) -> Clue | None:
    """The years in which every named participant held office on the date: two ministers can
    only have met while both were ministers. Offices matching the roles the text gives are
    read when there are any, else all the person's offices."""
    allowed = set(window)
    names = []
    for person in persons:
        if not person.offices:
            continue
        allowed &= _years_in_office(person, date, window)
        names.append(person.name)
    if not names:
        return None
    return Clue("tenure", "year.tenure", f"{_join(names)}'s term" + ("s" if len(names) > 1
                                                                     else "") + " in office",
                years=frozenset(allowed))


def era_clue(text: str, spans: Iterable[tuple[int, int]], window: range) -> Clue | None:
    """The latest floor the text's era terms set (``新冠肺炎疫情`` -> 2020 or later): an
    article cannot name what did not yet exist."""
    found = [(year, m) for lo, hi in spans for pattern, year in t.ERAS
             for m in [pattern.search(text, lo, hi)] if m is not None]
    if not found:
        return None
    year, match = max(found, key=lambda f: (f[0], -f[1].start()))
    return Clue("context", "year.era", f"the mention of {match.group()} (not before {year})",
                years=frozenset(y for y in window if y >= year),
                start=match.start(), end=match.end())


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def series_clue(name: str | None, ordinal: int | None, span: tuple[int, int] | None
                ) -> Clue | None:
    """The year of a numbered edition of a known series (第23届东盟峰会, AMM-53)."""
    if not name or not ordinal:
        return None
    key = series_key(name)
    for series in t.SERIES:
        if series.pattern.search(key):
            year = series.year_of(ordinal)
            if year is None:
                return None
            lo, hi = span or (None, None)
            return Clue("context", "year.series", f"edition {ordinal} of the {series.key}",
                        year=year, start=lo, end=hi)
    return None


def series_key(name: str) -> str:
    """The name in simplified characters without its ordinal, spaces or half/full-width
    brackets told apart: ``第33屆東盟(ASEAN)峰會`` -> ``东盟(ASEAN)峰会``."""
    text = name.replace("（", "(").replace("）", ")")
    simplified, _ = to_simplified(text)
    stripped = series_name(_ORDINAL_INSIDE.sub("", _ACRONYM.sub("", simplified))).strip()
    return " ".join(stripped.split())


def anniversary_clues(text: str, spans: Iterable[tuple[int, int]]) -> list[Clue]:
    """Anniversaries that name their year: ``30周年(1991-2021)``, or a founding year and an
    anniversary number in one sentence (``1991年建交…30周年``), shifted by ``明年`` / ``next
    year`` when the sentence says the anniversary falls then."""
    out = []
    for lo, hi in spans:
        sentence = text[lo:hi]
        for m in t.ANNIVERSARY_SPAN.finditer(sentence):
            n, y1, y2 = int(m["n"]), int(m["y1"]), int(m["y2"])
            if y2 - y1 == n:
                out.append(Clue("anniversary", "year.anniversary.span",
                                f"the {n}th anniversary ({y1}-{y2})", year=y2,
                                start=lo + m.start(), end=lo + m.end()))
        if out:
            continue
        founded = t.FOUNDING_YEAR.search(sentence)
        number = t.ANNIVERSARY_NUMBER.search(sentence)
        if founded and number:
            year = int(founded["y"] or founded["y_en"]) + int(number["n"] or number["n_en"])
            shift = next((s for w, s in t.ANNIVERSARY_SHIFT.items() if w in sentence.lower()), 0)
            out.append(Clue("anniversary", "year.anniversary.founding",
                            f"the {number.group()} of {int(founded['y'] or founded['y_en'])}",
                            year=year - shift, start=lo + number.start(), end=lo + number.end()))
    return out


def relations_clues(text: str, spans: Iterable[tuple[int, int]], parties: frozenset[str],
                    mentioned: Callable[[int, int], frozenset[str]],
                    near: tuple[int, int] | None = None) -> list[Clue]:
    """``明年是中乌建交30周年`` / "the 30th anniversary of ASEAN-Russia relations": the year
    the pair established relations plus the number, for the one pair of the meeting's parties
    the table knows (the pair the sentence names, when the parties hold several). A sentence
    that names neither side counts only inside ``near`` (the meeting's part of the text): an
    article reporting two calls may mark an anniversary of the first pair only."""
    out = []
    for lo, hi in spans:
        sentence = text[lo:hi]
        for m in t.RELATIONS_ANNIVERSARY.finditer(sentence):
            inside = near is None or (near[0] <= lo < near[1])
            founded = _relations_year(parties, mentioned(lo, hi), 0 if inside else 2)
            if founded is None:
                continue
            n = to_int(m["n"]) if m["n"] else int(m["n_en"])
            shift = next((s for w, s in t.ANNIVERSARY_SHIFT.items()
                          if w in sentence[:m.start()].lower()), 0)
            out.append(Clue("anniversary", "year.anniversary.relations",
                            f"the {n}th anniversary of relations established in {founded}",
                            year=founded + n - shift, start=lo + m.start(), end=lo + m.end()))
    return out


def _relations_year(parties: frozenset[str], named: frozenset[str], least: int) -> int | None:
    pairs = [pair for pair in t.RELATIONS if pair <= parties]
    for fit in range(2, least - 1, -1):
        chosen = [p for p in pairs if len(p & named) >= fit]
        years = {t.RELATIONS[p] for p in chosen}
        if len(years) == 1:
            return years.pop()
        if years:
            return None
    return None


def text_year_clue(times: Sequence[TimeExpression], date: PartialDate | None = None
                   ) -> Clue | None:
    """The one year every dated expression of the text shares, when the text writes out at
    least a month with it (``2021年6月28日``, ``June 2021``): a text set in one year. Bare
    years (``since 2016``) are left out: they are mostly history. With ``date``, the order
    must fit: a month and day earlier than every dated event of that year may be the next
    year's (``2019年12月`` … ``3月5日``), so it gets no clue."""
    dated = [e for e in times if e.kind in ("date", "range") and e.resolution == "absolute"
             and e.value and len(e.value) >= 7 and e.value[:4].isdigit()]
    years = {int(e.value[:4]) for e in dated if e.value}
    if len(years) != 1:
        return None
    year = years.pop()
    if date is not None:
        earliest = min((int(e.value[5:7]), int(e.value[8:10]) if len(e.value) >= 10 else 1)
                       for e in dated if e.value)
        if (date.month, date.day or 31) < earliest:
            return None
    first = dated[0]
    return Clue("context", "year.text", f"the text's other dates ({first.text})", year=year,
                start=first.start, end=first.end)


def outcome_clue(text: str, spans: Iterable[tuple[int, int]], window: range) -> Clue | None:
    """The latest floor the outcomes of numbered editions set (通报第十四次全国代表大会成果,
    "the outcomes of the 14th National Congress of the Communist Party of Vietnam"): the
    text reports them as done, so it cannot come before that edition's year."""
    found: list[tuple[int, str, int, int]] = []
    for lo, hi in spans:
        for m in t.SERIES_OUTCOME_ZH.finditer(text, lo, hi):
            edition = _zh_edition(m["name"])
            if edition is not None:
                found.append((edition[0], edition[1], m.start(), m.end()))
        for m in t.SERIES_OUTCOME_EN.finditer(text, lo, hi):
            year = _edition_year(m["name"], int(m["n"]))
            if year is not None:
                found.append((year, f"the {m['n']}th {m['name'].strip()}", m.start(), m.end()))
    if not found:
        return None
    year, name, start, end = max(found, key=lambda f: (f[0], -f[2]))
    return Clue("context", "year.series_outcome", f"the outcome of {name} (not before {year})",
                years=frozenset(y for y in window if y >= year), start=start, end=end)


def _zh_edition(name: str) -> tuple[int, str] | None:
    """The year of a Chinese edition named with words around it (通报越南共产党第十四次全国
    代表大会成果): every start before the ordinal and end after it is tried, the longest
    name first."""
    ordinal = _ORDINAL_INSIDE.search(name) or _FIRST_EDITION.search(name)
    if ordinal is None:
        return None
    number = ordinal.group().strip("第 次届")
    try:
        n = 1 if number == "首" else to_int(number)
    except ValueError:
        return None
    head, tail = name[:ordinal.start()], name[ordinal.end():]
    for start in range(len(head) + 1):
        for end in range(len(tail), 0, -1):
            year = _edition_year(head[start:] + tail[:end], n)
            if year is not None:
                return year, name[start:ordinal.end() + end]
    return None


def _edition_year(name: str, ordinal: int) -> int | None:
    key = series_key(name)
    for series in t.SERIES:
        if series.pattern.search(key):
            return series.year_of(ordinal)
    return None


def edition_year_clues(text: str, spans: Iterable[tuple[int, int]]) -> list[Clue]:
    """A numbered edition of a known series placed by a relative year (去年底召开的首届中阿峰会,
    "last year's 15th BRICS Summit"): the article's year is the edition's year less the
    offset. A pointer for the meetings the article reports."""
    out = []
    for lo, hi in spans:
        for m in t.EDITION_RELATIVE_ZH.finditer(text, lo, hi):
            edition = _zh_edition(m["name"])
            if edition is not None:
                out.append(_edition_clue(edition[0], edition[1], m["rel"], m.start(), m.end()))
        for m in t.EDITION_RELATIVE_EN.finditer(text, lo, hi):
            year = _edition_year(m["name"], int(m["n"]))
            if year is not None:
                out.append(_edition_clue(year, f"the {m['n']}th {m['name'].strip()}",
                                         f"{m['rel']} year", m.start(), m.end()))
    return out


def _edition_clue(year: int, name: str, rel: str, start: int, end: int) -> Clue:
    offset = t.RELATIVE_YEARS[rel.lower()]
    return Clue("context", "year.series_relative", f"{name} ({year}) held {rel}",
                year=year - offset, start=start, end=end)
