"""The Chinese rule pack: patterns_zh's patterns paired with the handlers that read them.

Handlers only record what the text literally says (numbers, offsets, lunar pieces); the
anchor and tense are applied later in resolve.py, so that one matcher serves texts with and
without a publication date.
"""

from __future__ import annotations

import re

from . import patterns_zh as p
from .matching import Handler, Rule
from .model import LunarSpec, Mention
from .numerals import lunar_month, to_int


def _opt_int(token: str | None) -> int | None:
    return to_int(token) if token else None


def _pod(match: re.Match[str]) -> str | None:
    token = match.group("pod")
    return p.PART_OF_DAY_NAMES[token] if token else None


def _date(match: re.Match[str]) -> Mention | None:
    day = _opt_int(match["d"])
    mention = Mention(match.start(), match.end(), year=_opt_int(match["y"]),
                      month=to_int(match["m"]), day=day, part_of_day=_pod(match),
                      precision="day" if day is not None else "month", priority=5)
    if match["mq"]:
        mention.note = p.QUALIFIER_NOTES[match["mq"]]
    if match["ry"]:
        mention.kind = "relative"
        mention.rel_unit, mention.rel_offset = "year", p.REL_YEAR_OFFSETS[match["ry"]]
    mention.year_governed = bool(match["ay"])
    if match["d2"] or match["d3"]:
        mention.kind = "range"
        mention.end_year = _opt_int(match["y2"])
        mention.end_month = _opt_int(match["m2"])
        mention.end_day = to_int(match["d2"] or match["d3"])
    elif match["m3"]:
        mention.kind = "range"
        mention.end_month = to_int(match["m3"])
    return mention


def _year(match: re.Match[str]) -> Mention | None:
    mention = Mention(match.start(), match.end(), year=_opt_int(match["y"]), precision="year",
                      priority=3)
    if match["ry"]:
        mention.kind = "relative"
        mention.rel_unit, mention.rel_offset = "year", p.REL_YEAR_OFFSETS[match["ry"]]
    if match["q"]:
        mention.note = p.QUALIFIER_NOTES[match["q"]]
    return mention


def _day(match: re.Match[str]) -> Mention | None:
    mention = Mention(match.start(), match.end(), day=to_int(match["d"]), precision="day",
                      part_of_day=_pod(match), priority=4)
    if match["d2"]:
        mention.kind = "range"
        mention.end_day = to_int(match["d2"])
    return mention


def _run_together(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), kind="typo", typo_digits=match["md"],
                   precision="day", part_of_day=_pod(match), priority=1)


def _iso(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), year=int(match["y"]), month=int(match["m"]),
                   day=int(match["d"]), precision="day", priority=5)


def _period(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), kind="period", precision="year",
                   note=f"period {match['y']}-{match['y2']}", priority=7)


def _rel_week(match: re.Match[str]) -> Mention | None:
    weekday = p.WEEKDAYS[match["wd"]] if match["wd"] else None
    return Mention(match.start(), match.end(), kind="relative", rel_unit="week",
                   rel_offset=p.REL_WEEK_OFFSETS[match["rw"]], weekday=weekday,
                   precision="day" if weekday is not None else "week", priority=4)


def _weekday(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), kind="weekday", weekday=p.WEEKDAYS[match["wd"]],
                   precision="day", priority=2)


def _rel_month(match: re.Match[str]) -> Mention | None:
    day = _opt_int(match["d"])
    mention = Mention(match.start(), match.end(), kind="relative", rel_unit="month",
                      rel_offset=p.REL_MONTH_OFFSETS[match["rm"]], day=day,
                      part_of_day=_pod(match), precision="day" if day else "month", priority=4)
    if match["mq"]:
        mention.note = p.QUALIFIER_NOTES[match["mq"]]
    return mention


def _rel_day(match: re.Match[str]) -> Mention | None:
    offset, implied = p.REL_DAYS[match["rd"]]
    return Mention(match.start(), match.end(), kind="relative", rel_unit="day",
                   rel_offset=offset, part_of_day=_pod(match) or implied, precision="day",
                   priority=4)


def _anaphoric_day(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), kind="relative", rel_unit="day",
                   rel_offset=p.ANAPHORIC_DAYS[match["ad"]], part_of_day=_pod(match),
                   precision="day", governed=True, priority=4)


def _lunar(match: re.Match[str]) -> Mention | None:
    explicit = bool(match["nl"] or match["cy"])
    if match["fest"]:
        if match["fest"] == "新年" and not explicit:
            return None  # 新年 alone is the Gregorian New Year
        month, day = p.FESTIVALS[match["fest"]]
        spec = LunarSpec(month, day)
        note: str | None = f"festival {match['fest']}"
    elif match["dn"]:
        day = 0 if match["dn"] == "三十" else to_int(match["dn"])
        spec = LunarSpec(12 if day == 0 else 1, day)
        note = None
    else:
        month, leap = lunar_month(match["lm"])
        lunar_only = match["lm"][-1] in "正腊冬" or match["ld"][0] in "初廿卅"
        if not (explicit or lunar_only):
            return None  # 十二月二十 without 农历 is an ordinary date missing 日
        spec = LunarSpec(month, to_int(match["ld"]), is_leap_month=leap)
        note = None
    spec.cyclical = match["cy"]
    spec.gregorian_year = _opt_int(match["gy"])
    return Mention(match.start(), match.end(), kind="lunar", lunar=spec,
                   part_of_day=_pod(match), precision="day", note=note, priority=6)


_CENTURIES = {"19": 1800, "20": 1900, "21": 2000, "十九": 1800, "二十": 1900, "二十一": 2000}


def _decade(match: re.Match[str]) -> Mention | None:
    warnings: list[str] = []
    if match["y"]:
        first = int(match["y"])
    else:
        tens = to_int(match["dd"])
        if match["c"]:
            base = _CENTURIES[match["c"]]
        else:
            base = 1900
            warnings.append("century not given: read as the 1900s")
        first = base + tens
    return Mention(match.start(), match.end(), kind="decade", value=str(first // 10),
                   precision="decade", warnings=warnings, priority=5)


def _anniversary(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), kind="anniversary",
                   note=f"anniversary {to_int(match['n'])}", priority=6)


def _duration(match: re.Match[str]) -> Mention | None:
    return Mention(match.start(), match.end(), kind="duration",
                   note=f"P{to_int(match['n'])}{p.DURATION_UNITS[match['u']]}", priority=0)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)


def _shared_reach(trigger: str) -> tuple[int, int]:
    """The widest reach of the rules sharing a trigger: a wider window finds the same
    matches, and one set of windows per trigger is computed once per text (run_rules)."""
    reaches = [(b, a) for t, b, a in p.WINDOWS.values() if t == trigger]
    return max(b for b, _ in reaches), max(a for _, a in reaches)


def _rule(name: str, pattern: str, handler: Handler) -> Rule:
    trigger = p.WINDOWS[name][0]
    before, after = _shared_reach(trigger)
    return Rule(name, _compile(pattern), handler, _compile(trigger), before, after)


RULES: tuple[Rule, ...] = (
    _rule("date", p.DATE, _date),
    _rule("year", p.YEAR_ONLY, _year),
    _rule("day", p.DAY_ONLY, _day),
    _rule("cn_day", p.CN_DAY_ONLY, _day),
    _rule("bracketed_day_range", p.BRACKETED_DAY_RANGE, _day),
    _rule("paren_day", p.PAREN_DAY, _day),
    _rule("run_together", p.RUN_TOGETHER, _run_together),
    _rule("iso", p.ISO_DATE, _iso),
    _rule("period", p.PERIOD, _period),
    _rule("rel_week", p.REL_WEEK, _rel_week),
    _rule("weekday", p.WEEKDAY, _weekday),
    _rule("rel_month", p.REL_MONTH, _rel_month),
    _rule("rel_day", p.REL_DAY, _rel_day),
    _rule("anaphoric_day", p.ANAPHORIC_DAY, _anaphoric_day),
    _rule("lunar", p.LUNAR, _lunar),
    _rule("decade", p.DECADE, _decade),
    _rule("anniversary", p.ANNIVERSARY, _anniversary),
    _rule("duration", p.DURATION, _duration),
)
