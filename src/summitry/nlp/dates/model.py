"""Public value types of the dates module, and the internal `Mention` they are built from.

Matching (zh.py, en.py) and resolution (resolve.py) are separate steps: a matcher only says
what the text *literally* gives (a month, a day, "yesterday", a lunar day); resolution turns
that into ISO values using the anchor and the tense of the clause. `Mention` is the mutable
hand-over between the two; callers only ever see the frozen `TimeExpression`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Anchor:
    """The date that relative and partial expressions are read against.

    `source` records where the date came from ("metadata", "dateline", "text") so that a
    caller can weigh a value resolved against a guessed anchor lower than one resolved
    against the publication metadata.
    """

    date: dt.date
    source: str = "metadata"


@dataclass(frozen=True)
class LunarReading:
    """What a lunar expression literally says, kept next to its Gregorian value.

    `year` is the lunar year number as lunardate counts it (the year whose 正月初一 falls in
    that Gregorian year), None when the text gives no year and none could be chosen.
    """

    year: int | None
    month: int
    day: int
    is_leap_month: bool = False
    cyclical: str | None = None

    def __str__(self) -> str:
        year = f"{self.year}" if self.year is not None else "????"
        leap = "闰" if self.is_leap_month else ""
        cyc = f" {self.cyclical}" if self.cyclical else ""
        return f"lunar {year}{cyc} {leap}{self.month}-{self.day}"


@dataclass(frozen=True)
class TimeExpression:
    """One time expression found in a text, with offsets into that very text.

    `value` is ISO 8601 as precise as the text allows ("2021-01-26", "2020-11", "2020",
    "--06-17", "--06", "199" for a decade) or None for expressions that are not dates
    (plan periods, anniversaries, durations, unresolvable relatives).
    """

    start: int
    end: int
    text: str
    value: str | None
    end_value: str | None = None
    precision: str | None = None
    part_of_day: str | None = None
    kind: str = "date"
    resolution: str = "absolute"
    warnings: tuple[str, ...] = ()
    note: str | None = None
    lunar: LunarReading | None = None


@dataclass
class LunarSpec:
    """The literal pieces of a lunar expression before a year is chosen."""

    month: int
    day: int  # 0 means "the last day of the month" (除夕, 大年三十)
    is_leap_month: bool = False
    cyclical: str | None = None
    gregorian_year: int | None = None


@dataclass
class Mention:
    """A matched span and the literal facts it states; resolved later into a TimeExpression.

    Fields are all optional because each matcher fills only what its pattern captures;
    `kind` tells resolve.py which reading applies.
    """

    start: int
    end: int
    kind: str = "date"  # date|range|relative|weekday|lunar|typo|period|duration|anniversary
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    rel_unit: str | None = None  # day|week|month|year
    rel_offset: int = 0
    weekday: int | None = None  # 0 = Monday
    part_of_day: str | None = None
    precision: str | None = None
    tense: str | None = None  # "past"/"future" stated by the expression itself (last/next)
    lunar: LunarSpec | None = None
    typo_digits: str | None = None
    value: str | None = None  # preset for decades
    note: str | None = None
    resolution: str | None = None  # set by repair.py when a typo was read
    warnings: list[str] = field(default_factory=list)
    priority: int = 0  # breaks ties between overlapping matches of equal length
    #: Counted from the governing date (the last date the text gave: 次日, "the next day"),
    #: and from the anchor only when the text gave none before it.
    governed: bool = False
    #: The year is the one the text named last (当年11月, "in November that year"), never
    #: the anchor's: without a year before it the date stays yearless.
    year_governed: bool = False
