"""Lunar (农历) dates to Gregorian, through lunardate.

The lunar year is chosen, in order of trust: a sexagenary year in the text (乙巳年), a
Gregorian year written with it (2026年农历大年初一: the lunar day that falls in 2026), the
anchor (nearest reading in the clause's direction). Without any of these no value is given:
a lunar day without a year cannot even be written as "--MM-DD".
"""

from __future__ import annotations

import datetime as dt
import functools

from lunardate import LunarDate

from .gregorian import pick_nearest
from .model import LunarReading, LunarSpec

STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CYCLE_BASE = 1984  # a 甲子 year
_FIRST, _LAST = 1900, 2099  # lunardate's table


def cyclical_years(cyclical: str) -> list[int]:
    """All lunar years in lunardate's range with this stem-branch name (乙巳 -> 1965, 2025, ...)."""
    stem, branch = STEMS.index(cyclical[0]), BRANCHES.index(cyclical[1])
    offset = next(k for k in range(60) if k % 10 == stem and k % 12 == branch)
    first = _CYCLE_BASE + offset - 60 * ((_CYCLE_BASE + offset - _FIRST) // 60)
    return list(range(first, _LAST + 1, 60))


@functools.lru_cache(maxsize=4096)
def to_solar(year: int, month: int, day: int, leap: bool) -> dt.date | None:
    """Gregorian date of a lunar day; day 0 is the month's last day (除夕). None if invalid."""
    if not _FIRST <= year <= _LAST:
        return None
    days = (30, 29) if day == 0 else (day,)
    for candidate in days:
        try:
            solar: dt.date = LunarDate(year, month, candidate, leap).to_solar_date()
            return solar
        except ValueError:
            continue
    return None


def resolve_lunar(
    spec: LunarSpec, ref: dt.date | None, tense: str | None
) -> tuple[dt.date | None, LunarReading, list[str]]:
    """Choose the lunar year and convert; returns (date, reading, warnings)."""
    warnings: list[str] = []
    year: int | None = None
    if spec.cyclical:
        years = cyclical_years(spec.cyclical)
        target = spec.gregorian_year or (ref.year if ref else None)
        if target is None:
            target = 2014  # middle of the current cycle (1984-2043)
            warnings.append(f"{spec.cyclical}年 read in the 1984-2043 cycle (no anchor)")
        year = min(years, key=lambda y: abs(y - target))
    elif spec.gregorian_year is not None:
        gy = spec.gregorian_year
        for candidate in (gy, gy - 1):
            solar = to_solar(candidate, spec.month, spec.day, spec.is_leap_month)
            if solar is not None and solar.year == gy:
                year = candidate
                break
        if year is None:
            year = gy
            warnings.append(f"no lunar {spec.month}-{spec.day} falls in {gy}")
    elif ref is not None:
        options = {}
        for candidate in (ref.year - 1, ref.year, ref.year + 1):
            solar = to_solar(candidate, spec.month, spec.day, spec.is_leap_month)
            if solar is not None:
                options[solar] = candidate
        picked = pick_nearest(list(options), ref, tense)
        year = options[picked] if picked is not None else None
    solar = None
    day = spec.day
    if year is not None:
        solar = to_solar(year, spec.month, spec.day, spec.is_leap_month)
        if solar is None:
            warnings.append(f"lunar month {spec.month} of {year} has no day {spec.day}")
        elif day == 0:
            day = LunarDate.from_solar_date(solar.year, solar.month, solar.day).day
    reading = LunarReading(year, spec.month, day, spec.is_leap_month, spec.cyclical)
    return solar, reading, warnings
