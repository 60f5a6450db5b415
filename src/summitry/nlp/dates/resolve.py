"""From what the text says (Mention) to ISO values (TimeExpression).

The cascade, applied per mention:
1. a year in the text (2021年, 2021) -> "absolute";
2. a relative word (去年, 本月, last week) -> "relative", counted from the anchor;
3. month and day without a year -> "anchored": the year nearest the anchor in the
   clause's tense (tense.py); without an anchor nothing is guessed ("--06-17");
4. a day alone (17日) -> the month of the latest full date before it in the same text,
   else of the anchor; without either, no value;
5. lunar dates -> lunar.py ("lunar").
Invalid calendar dates (4月31日, 2023年2月29日) keep their span but get value None and a
warning, so callers can see the text had a date-like phrase that could not be read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from . import gregorian as g
from .lunar import resolve_lunar
from .model import Anchor, Mention, TimeExpression
from .tense import FUTURE, PAST, clause_tense

_NOT_DATES = ("period", "anniversary", "duration")
_NEEDS_TENSE = ("date", "range", "weekday", "lunar", "typo")


def resolve_all(
    mentions: Sequence[Mention], text: str, lang: str, anchor: Anchor | None,
    day: str | None = None,
) -> list[TimeExpression]:
    """Resolve mentions in text order; day-only mentions read the latest full date before,
    and 次日 / "the next day" count from the latest day the text gave (its governing date)."""
    out: list[TimeExpression] = []
    latest: dt.date | None = None
    # the latest day, with or without its year (at first the page's yearless stamp, if any)
    governing: str | None = day if day and _DAY.fullmatch(day) else None
    named_year: int | None = None  # the year the text stated last (not one read from the anchor)
    for mention in mentions:
        if mention.year_governed:
            _take_named_year(mention, named_year)
        tense = mention.tense
        if (tense is None and mention.year is None and mention.kind in _NEEDS_TENSE
                and (anchor is not None or latest is not None)):
            tense = clause_tense(text, mention.start, mention.end, lang)
        if mention.governed:
            expr = _governed(mention, text, anchor, governing)
        else:
            expr = _resolve(mention, text, None if mention.year_governed else anchor, tense,
                            latest)
        if expr.value is None and governing is not None and governing.startswith("--"):
            expr = _day_in_yearless_month(mention, text, governing, tense) or expr
        named_year = _stated_year(expr) or named_year
        if expr.value is not None and len(expr.value) == 10 and expr.kind in ("date", "range"):
            latest = dt.date.fromisoformat(expr.value)
        if expr.value is not None and _DAY.fullmatch(expr.value) and (
                expr.kind in ("date", "range") or mention.governed):
            governing = expr.value
        out.append(expr)
    return out


_DAY = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")


def _day_in_yearless_month(mention: Mention, text: str, governing: str, tense: str | None
                           ) -> TimeExpression | None:
    """A day alone (14日晚) after a day without a year (the dateline's 11月14日 in a text
    with no publication date): the nearest such day to it, still without a year."""
    if (mention.kind != "date" or mention.day is None or mention.month is not None
            or mention.year is not None or mention.rel_unit is not None):
        return None
    base = g.make_date(_COMMON_YEAR, int(governing[2:4]), int(governing[5:7]))
    date = g.month_for_day(mention.day, base, tense) if base else None
    if date is None or date.year != _COMMON_YEAR:
        return None  # across a new year (or no such day): the month stays unknown
    mention.note = mention.note or "month from the day before it in the text (no year)"
    return _expr(mention, text, f"--{date.month:02d}-{date.day:02d}", resolution="anchored")


def _take_named_year(mention: Mention, named_year: int | None) -> None:
    """当年11月 / "that November": the year the text named before it, if any."""
    if named_year is None:
        mention.note = mention.note or "year of the year before it: the text names none"
        return
    mention.year = named_year
    mention.resolution = "relative"
    mention.note = mention.note or f"year {named_year}, the year the text named before it"


def _stated_year(expr: TimeExpression) -> int | None:
    """The year a resolved expression states or counts (2008年, 去年), not one guessed from
    the anchor for a yearless date."""
    if expr.value is None or expr.resolution == "anchored" or expr.kind not in (
            "date", "range", "relative"):
        return None
    head = expr.value[:4]
    return int(head) if head.isdigit() else None
#: A common year to count yearless days in (``--06-28`` + 1 day = ``--06-29``).
_COMMON_YEAR = 2001


def _governed(mention: Mention, text: str, anchor: Anchor | None, governing: str | None
              ) -> TimeExpression:
    """当天 / 次日 / "the day before": the governing date shifted, else the anchor's."""
    offset = mention.rel_offset
    if governing is None:
        if anchor is None:
            return _expr(mention, text, None, resolution="relative",
                         note="counted from a date the text does not give")
        value = (anchor.date + dt.timedelta(days=offset)).isoformat()
        return _expr(mention, text, value, kind="date", resolution="relative",
                     note="counted from the publication date: no date before it in the text")
    note = f"counted from {governing}, the date before it in the text"
    if not governing.startswith("--"):
        value = (dt.date.fromisoformat(governing) + dt.timedelta(days=offset)).isoformat()
        return _expr(mention, text, value, kind="date", resolution="relative", note=note)
    month, day = int(governing[2:4]), int(governing[5:7])
    if (month, day) == (2, 29) or g.make_date(_COMMON_YEAR, month, day) is None:
        return _expr(mention, text, None, resolution="relative", note=note)
    shifted = dt.date(_COMMON_YEAR, month, day) + dt.timedelta(days=offset)
    if shifted.year != _COMMON_YEAR or (offset and (shifted.month, shifted.day) == (2, 28)
                                        and (month, day) == (3, 1)):
        # Across a new year, or onto a day that leap years change: no value without a year.
        return _expr(mention, text, None, resolution="relative", note=note)
    return _expr(mention, text, f"--{shifted.month:02d}-{shifted.day:02d}", kind="date",
                 resolution="relative", note=note)


def _expr(mention: Mention, text: str, value: str | None, **extra: object) -> TimeExpression:
    fields: dict[str, object] = {
        "start": mention.start, "end": mention.end, "text": text[mention.start:mention.end],
        "value": value, "precision": mention.precision, "part_of_day": mention.part_of_day,
        "kind": mention.kind, "resolution": mention.resolution or "absolute",
        "note": mention.note, "warnings": tuple(mention.warnings),
    }
    fields.update(extra)
    return TimeExpression(**fields)  # type: ignore[arg-type]


def _resolve(
    mention: Mention, text: str, anchor: Anchor | None, tense: str | None,
    latest: dt.date | None,
) -> TimeExpression:
    kind = mention.kind
    if kind in _NOT_DATES:
        return _expr(mention, text, None)
    if kind == "decade":
        return _expr(mention, text, mention.value, kind="date")
    if kind == "typo":
        mention.warnings.append(f"unreadable day {text[mention.start:mention.end]!r}: "
                                "month and day run together and nothing in the text or "
                                "anchor says which month")
        return _expr(mention, text, None, kind="date")
    if kind == "lunar":
        return _lunar(mention, text, anchor, tense)
    if kind == "weekday":
        return _weekday(mention, text, anchor, tense, latest)
    if mention.rel_unit is not None and mention.rel_unit != "year":
        return _relative(mention, text, anchor)
    return _calendar(mention, text, anchor, tense, latest)


def _lunar(mention: Mention, text: str, anchor: Anchor | None, tense: str | None
           ) -> TimeExpression:
    assert mention.lunar is not None  # the lunar rule always sets it
    ref = anchor.date if anchor else None
    solar, reading, warnings = resolve_lunar(mention.lunar, ref, tense)
    mention.warnings.extend(warnings)
    if reading.year is None:
        mention.warnings.append("lunar date without a year: needs an anchor")
    value = g.iso(solar.year, solar.month, solar.day) if solar else None
    return _expr(mention, text, value, kind="date", resolution="lunar", lunar=reading)


def _weekday(mention: Mention, text: str, anchor: Anchor | None, tense: str | None,
             latest: dt.date | None = None) -> TimeExpression:
    assert mention.weekday is not None
    if anchor is None and latest is not None:
        # No publication date: the weekday nearest the date the text last gave (the clause's
        # tense says where it lies from the publication day, not from that date).
        day = g.weekday_near(mention.weekday, latest, None)
        return _expr(mention, text, day.isoformat(), kind="date", resolution="anchored",
                     note=f"weekday nearest {latest.isoformat()}, the date before it in the text")
    if anchor is None:
        return _expr(mention, text, None, kind="date",
                     note="weekday without an anchor: date unknown")
    governed = _weekday_in_story(mention, anchor.date, tense, latest)
    if governed is not None:
        return _expr(mention, text, governed.isoformat(), kind="date", resolution="anchored",
                     note=f"the first such weekday from {latest}, the date before it in the "
                          "text")
    day = g.weekday_near(mention.weekday, anchor.date, tense)
    if day == anchor.date and mention.tense == PAST:
        day -= dt.timedelta(days=7)
    elif day == anchor.date and mention.tense == FUTURE:
        day += dt.timedelta(days=7)
    return _expr(mention, text, day.isoformat(), kind="date", resolution="anchored")


#: How many days before the publication date the text's last date may lie and still govern a
#: past weekday: the week the story tells.
_STORY_DAYS = 7


def _weekday_in_story(mention: Mention, published: dt.date, tense: str | None,
                      latest: dt.date | None) -> dt.date | None:
    """A past (or unmarked) weekday after a date the text gave in the week before publication:
    the first such weekday from that date, up to the publication day ("arrived on Monday,
    November 10 … met the president on Tuesday", published a week later, is 11 November);
    before it when none follows. None when the text gave no such date."""
    if latest is None or tense == FUTURE or mention.tense is not None or mention.weekday is None:
        return None
    if not 0 <= (published - latest).days <= _STORY_DAYS:
        return None
    ahead = (mention.weekday - latest.weekday()) % 7
    day = latest + dt.timedelta(days=ahead)
    return day if day <= published else day - dt.timedelta(days=7)


def _relative(mention: Mention, text: str, anchor: Anchor | None) -> TimeExpression:
    unit, offset = mention.rel_unit, mention.rel_offset
    if anchor is None:
        return _expr(mention, text, None, resolution="relative",
                     note=mention.note or "relative expression without an anchor")
    ref = anchor.date
    if unit == "day":
        return _expr(mention, text, (ref + dt.timedelta(days=offset)).isoformat(),
                     resolution="relative")
    if unit == "week":
        monday, sunday = g.week_bounds(ref, offset)
        if mention.weekday is not None:
            day = monday + dt.timedelta(days=mention.weekday)
            return _expr(mention, text, day.isoformat(), resolution="relative")
        return _expr(mention, text, monday.isoformat(), end_value=sunday.isoformat(),
                     resolution="relative")
    year, month = g.shift_month(ref.year, ref.month, offset)
    if mention.day is None:
        return _expr(mention, text, g.iso(year, month), resolution="relative")
    date = g.make_date(year, month, mention.day)
    if date is None:
        mention.warnings.append(f"invalid date {g.iso(year, month, mention.day)}")
        return _expr(mention, text, None, resolution="relative")
    return _expr(mention, text, date.isoformat(), resolution="relative")


def _calendar(
    mention: Mention, text: str, anchor: Anchor | None, tense: str | None,
    latest: dt.date | None,
) -> TimeExpression:
    """Dates and ranges with any of year, month, day given (and maybe a relative year)."""
    year, month, day = mention.year, mention.month, mention.day
    resolution = mention.resolution or "absolute"
    ref = anchor.date if anchor else None
    if mention.rel_unit == "year":
        resolution = "relative"
        year = ref.year + mention.rel_offset if ref else None
    if month is None and year is None:  # a day alone: 17日
        base = latest or ref
        if day is None or base is None:
            return _expr(mention, text, None, note=mention.note or "day of month only: "
                         "month unknown without an anchor")
        date = g.month_for_day(day, base, tense)
        if date is None:
            mention.warnings.append(f"no day {day} in the months around {base.isoformat()}")
            return _expr(mention, text, None)
        year, month = date.year, date.month
        if mention.resolution is None:
            resolution = "anchored"
        if latest is not None and mention.note is None:
            mention.note = "month from the date before it in the text"
    elif year is None and month is not None and ref is not None:
        if day is None:
            year = g.year_for_month(month, ref, tense)
        elif g.is_valid_month_day(month, day):
            picked = g.year_for_month_day(month, day, ref, tense)
            year = picked.year if picked else None
            if (month, day) == (2, 29) and year != ref.year:
                mention.warnings.append(f"2月29日 does not exist in {ref.year}: read in the "
                                        f"nearest leap year {year}")
        if mention.resolution is None:
            resolution = "anchored"
    if month is None:  # a year alone
        return _expr(mention, text, g.iso(year), resolution=resolution)
    if day is not None:
        if not g.is_valid_month_day(month, day) or (
                year is not None and g.make_date(year, month, day) is None):
            mention.warnings.append(f"invalid date {g.iso(year, month, day)}")
            return _expr(mention, text, None, resolution=resolution)
        _check_weekday(mention, year, month, day)
    value = g.iso(year, month, day)
    end_value = _end_value(mention, year, month, day)
    kind = "range" if end_value is not None else mention.kind
    return _expr(mention, text, value, end_value=end_value, kind=kind, resolution=resolution)


def _end_value(mention: Mention, year: int | None, month: int, day: int | None) -> str | None:
    """The end of a range, inheriting the start's year and month where the text omits them."""
    if mention.end_day is None and mention.end_month is None:
        return None
    end_month = mention.end_month or month
    end_year = mention.end_year
    if end_year is None and year is not None:
        end_year = year + 1 if end_month < month else year
    if mention.end_day is None:
        return g.iso(end_year, end_month)
    if end_year is not None and g.make_date(end_year, end_month, mention.end_day) is None:
        mention.warnings.append(f"invalid range end {g.iso(end_year, end_month, mention.end_day)}")
        return None
    end = g.iso(end_year, end_month, mention.end_day)
    start = g.iso(year, month, day)
    if end[-5:] < start[-5:] and end_year == year:
        mention.warnings.append(f"range ends ({end}) before it starts ({start})")
    return end


def _check_weekday(mention: Mention, year: int | None, month: int, day: int) -> None:
    if mention.weekday is None or year is None:
        return
    date = dt.date(year, month, day)
    if date.weekday() != mention.weekday:
        mention.warnings.append(f"{date.isoformat()} is not the weekday the text names")
