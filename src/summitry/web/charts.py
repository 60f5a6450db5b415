"""Small charts drawn on the server as SVG geometry: meetings per month or per year, and
offices over time. No chart library and no script: the template draws the rectangles these
functions lay out, so a chart is as inert and as printable as the rest of the page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from summitry.store.results import Office

WIDTH, HEIGHT = 720, 120
#: Room left of the bars for the scale's numbers, and right of them for the last label.
LEFT, RIGHT = 30, 24
#: The shortest axes: a chart of one month or one year still shows its neighbours.
MIN_MONTHS, MIN_YEARS = 12, 5


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Chart:
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, str], ...]  # x and text of the axis labels
    peak: int
    width: int = WIDTH
    height: int = HEIGHT
    #: The vertical scale: (y, count) of each gridline, 0 and a few round numbers.
    scale: tuple[tuple[float, int], ...] = ()
    #: Meetings a per-month chart cannot place (dated to the year only): said under it.
    unplaced: int = 0


def nice_steps(peak: int) -> list[int]:
    """Gridline values from 0 to at least ``peak`` in round steps (1, 2, 5 × 10^k), at
    most five lines."""
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            step = base * magnitude
            if peak <= 4 * step:
                top = -(-max(peak, 1) // step) * step
                return list(range(0, top + 1, step))
        magnitude *= 10


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _bars(keys: Sequence[str], counts: dict[str, int], tick_every: int,
          unplaced: int = 0) -> Chart:
    if not keys:
        return Chart((), (), 0)
    peak = max(counts.get(k, 0) for k in keys) or 1
    lines = nice_steps(peak)
    top, base, room = lines[-1], HEIGHT - 16, HEIGHT - 24  # 8 px above the top gridline
    step = (WIDTH - LEFT - RIGHT) / len(keys)
    bars, ticks = [], []
    for i, key in enumerate(keys):
        n = counts.get(key, 0)
        h = room * n / top
        bars.append(Bar(round(LEFT + i * step, 2), round(base - h, 2),
                        round(max(step - 1, 1), 2), round(h, 2), key, n))
        if i % tick_every == 0 or _last_label(i, len(keys), tick_every):
            ticks.append((round(LEFT + i * step, 2), key))
    scale = tuple((round(base - room * v / top, 2), v) for v in lines)
    return Chart(tuple(bars), tuple(ticks), peak, scale=scale, unplaced=unplaced)


def _last_label(i: int, n: int, every: int) -> bool:
    """The last bar is labelled too when the regular labels stop well before it (the
    right margin keeps it inside the chart)."""
    return n > 1 and i == n - 1 and (n - 1) % every > every // 2


def month_bars(per_month: dict[str, int], per_year: dict[str, int] | None = None) -> Chart:
    """Every month from the actor's first meeting to its last, empty months included, so
    gaps show as gaps. With ``per_year`` the axis starts in January of the first year met
    (a meeting dated to the year only is not lost off the left edge) and the meetings no
    month holds are counted in ``unplaced``."""
    dated = sorted(k for k in per_month if len(k) == 7 and k[:4].isdigit())
    years = sorted(k for k in (per_year or {}) if k.isdigit())
    if not dated and not years:
        return Chart((), (), 0)
    first = min([*dated[:1], *(f"{y}-01" for y in years[:1])])
    last = max([*dated[-1:], *(f"{y}-01" for y in years[-1:])])
    unplaced = max(0, sum((per_year or {}).get(y, 0) for y in years)
                   - sum(per_month.get(k, 0) for k in dated))
    keys = _months(first, last)
    while len(keys) < MIN_MONTHS:  # a year at least, so one busy month is not a wall
        y, m = int(keys[0][:4]), int(keys[0][5:7])
        keys.insert(0, f"{y - 1:04d}-12" if m == 1 else f"{y:04d}-{m - 1:02d}")
    return _bars(keys, per_month, max(1, len(keys) // 8), unplaced)


def year_bars(per_year: dict[str, int]) -> Chart:
    years = sorted(int(k) for k in per_year if k.isdigit())
    if not years:
        return Chart((), (), 0)
    keys = [str(y) for y in range(min(years[0], years[-1] - MIN_YEARS + 1), years[-1] + 1)]
    return _bars(keys, per_year, max(1, len(keys) // 10))


@dataclass(frozen=True, slots=True)
class OfficeBar:
    office: Office
    x: float
    width: float
    y: float


@dataclass(frozen=True, slots=True)
class OfficeChart:
    bars: tuple[OfficeBar, ...]
    ticks: tuple[tuple[float, str], ...]
    height: int
    width: int = WIDTH


def _year(value: str | None, default: float) -> float:
    if not value or not value[:4].isdigit():
        return default
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 1
    return int(value[:4]) + (month - 1) / 12


def office_bars(offices: Sequence[Office], today: date | None = None) -> OfficeChart:
    """Offices as bars on a time axis; an office with no end runs to today."""
    now = today or date.today()
    current = now.year + (now.month - 1) / 12
    spans = [(o, _year(o.start, current), _year(o.end, current)) for o in offices
             if o.start and o.start[:4].isdigit()]
    if not spans:
        return OfficeChart((), (), 0)
    lo = min(s for _, s, _ in spans)
    hi = max(max(e for _, _, e in spans), lo + 1)
    scale = (WIDTH - 10) / (hi - lo)
    bars = tuple(OfficeBar(o, round((s - lo) * scale, 2), round(max((e - s) * scale, 3), 2),
                           i * 22) for i, (o, s, e) in enumerate(spans))
    first, last = int(lo), int(hi)
    every = max(1, (last - first) // 8)
    ticks = tuple((round((y - lo) * scale, 2), str(y)) for y in range(first, last + 1, every)
                  if y >= lo)
    return OfficeChart(bars, ticks, len(spans) * 22 + 18)
