"""The English rule pack: patterns_en's patterns paired with the handlers that read them."""

from __future__ import annotations

import re

from . import patterns_en as p
from . import patterns_zh
from .matching import Handler, Rule
from .model import Mention

_ORDINAL = re.compile(r"(?:st|nd|rd|th)$")


def _month(token: str) -> int:
    return p.MONTH_NUMBERS[token[:3].lower()]


def _day(token: str) -> int:
    return int(_ORDINAL.sub("", token))


def _weekday(token: str | None) -> int | None:
    return p.WEEKDAY_NUMBERS[token.lower()] if token else None


def _dmy(match: re.Match[str]) -> Mention | None:
    mention = Mention(match.start(), match.end(), year=int(match["y"]) if match["y"] else None,
                      month=_month(match["mon"]), day=_day(match["d"]), precision="day",
                      weekday=_weekday(match["wd"]), priority=5)
    if match["d3"]:
        mention.kind = "range"
        mention.end_month, mention.end_day = _month(match["mon2"]), _day(match["d3"])
    elif match["d2"]:
        mention.kind = "range"
        mention.end_day = _day(match["d2"])
    if match["list"]:
        mention.note = "listed days read as a range"
    return mention


def _mdy(match: re.Match[str]) -> Mention | None:
    mention = Mention(match.start(), match.end(), year=int(match["y"]) if match["y"] else None,
                      month=_month(match["mon"]), day=_day(match["d"]), precision="day",
                      weekday=_weekday(match["wd"]), priority=5)
    if match["d2"]:
        mention.kind = "range"
        mention.end_day = _day(match["d2"])
        mention.end_month = _month(match["mon2"]) if match["mon2"] else None
    if match["list"]:
        mention.note = "listed days read as a range"
    return mention


def _month_year(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), year=int(match["y"]),
                   month=_month(match["mon"]), precision="month", priority=4)


_MONTH_TENSE = {"last": "past", "next": "future"}
_MONTH_NOTES = {"early": "early in the month", "late": "late in the month",
                "mid": "middle of the month"}


def _month_alone(match: re.Match[str]) -> Mention | None:
    modifier = (match["mod"] or "").strip().lower().rstrip("-")
    if not modifier and not match["cue"]:
        return None  # "May" alone is too often the verb
    mention = Mention(match.start("span"), match.end("span"), month=_month(match["mon"]),
                      precision="month", tense=_MONTH_TENSE.get(modifier),
                      note=_MONTH_NOTES.get(modifier), priority=3)
    if modifier == "this":
        mention.kind = "relative"
        mention.rel_unit = "year"
    return mention


def _month_that_year(match: re.Match[str]) -> Mention | None:
    token = match["d"] or match["d2"]
    day = _day(token) if token else None
    return Mention(match.start(), match.end(), month=_month(match["mon"]), day=day,
                   precision="day" if day is not None else "month", year_governed=True,
                   priority=5)


_YEAR_NOTES = {"early": "early in the year", "late": "late in the year",
               "mid": "middle of the year", "mid-": "middle of the year",
               "end of": "end of the year"}


def _year_alone(match: re.Match[str]) -> Mention | None:
    cue = " ".join(match["cue"].lower().split())
    return Mention(match.start("y"), match.end("y"), year=int(match["y"]), precision="year",
                   note=_YEAR_NOTES.get(cue), priority=3)


def _period(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), kind="period", precision="year",
                   note=f"period {match['y']}-{match['y2']}", priority=6)


def _decade(match: re.Match[str]) -> Mention | None:
    return Mention(match.start("y"), match.end(), kind="decade", value=match["y"][:3],
                   precision="decade", priority=5)


_WEEKDAY_TENSE = {"last": "past", "past": "past", "next": "future", "coming": "future"}


def _weekday_rule(match: re.Match[str]) -> Mention | None:
    modifier = (match["mod"] or "").lower()
    pod = p.PART_OF_DAY_NAMES[match["pod"]] if match["pod"] else None
    mention = Mention(match.start("span"), match.end("span"), kind="weekday",
                      weekday=_weekday(match["wd"]), part_of_day=pod, precision="day",
                      tense=_WEEKDAY_TENSE.get(modifier), priority=3)
    if modifier in ("next", "last"):
        mention.note = f"{modifier} {match['wd']}: never the anchor day itself"
    return mention


def _relative(match: re.Match[str]) -> Mention | None:
    phrase = " ".join(match["rel"].lower().split())
    unit, offset, pod, note = p.RELATIVE_PHRASES[phrase]
    return Mention(match.start(), match.end(), kind="relative", rel_unit=unit,
                   rel_offset=offset, part_of_day=pod, precision=unit, note=note,
                   priority=4)


def _anaphoric(match: re.Match[str]) -> Mention | None:
    phrase = " ".join(match["ad"].lower().split())
    return Mention(match.start(), match.end(), kind="relative", rel_unit="day",
                   rel_offset=p.ANAPHORIC_PHRASES[phrase], precision="day", governed=True,
                   priority=4)


def _anniversary(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), kind="anniversary",
                   note=f"anniversary {int(match['n'])}", priority=6)


def _duration(match: re.Match[str]) -> Mention | None:
    token = match["n"].lower()
    amount = int(token) if token.isdigit() else p.NUMBER_WORDS[token]
    unit = p.DURATION_UNITS[match["u"].lower().rstrip("s")]
    return Mention(match.start(), match.end(), kind="duration", note=f"P{amount}{unit}",
                   priority=0)


def _iso(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), year=int(match["y"]), month=int(match["m"]),
                   day=int(match["d"]), precision="day", priority=5)


def _rule(name: str, pattern: str, handler: Handler) -> Rule:
    """The rule, run only in non-whitespace-counted windows around its anchor (windows.py)."""
    anchor, before, after = p.WINDOWS[name]
    return Rule(name, re.compile(pattern), handler, re.compile(anchor), before, after,
                nonspace=True)


RULES: tuple[Rule, ...] = (
    _rule("dmy", p.DMY, _dmy),
    _rule("mdy", p.MDY, _mdy),
    _rule("month_year", p.MONTH_YEAR, _month_year),
    _rule("month_alone", p.MONTH_ALONE, _month_alone),
    _rule("month_that_year", p.MONTH_THAT_YEAR, _month_that_year),
    _rule("year_alone", p.YEAR_ALONE, _year_alone),
    _rule("period", p.PERIOD, _period),
    _rule("decade", p.DECADE, _decade),
    _rule("weekday", p.WEEKDAY, _weekday_rule),
    _rule("relative", p.RELATIVE, _relative),
    _rule("anaphoric", p.ANAPHORIC, _anaphoric),
    _rule("anniversary", p.ANNIVERSARY, _anniversary),
    _rule("duration", p.DURATION, _duration),
    Rule("iso", re.compile(patterns_zh.ISO_DATE, re.ASCII), _iso, re.compile("[-/.]"), 6, 8),
)
