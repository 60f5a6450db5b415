"""Reading typos where the month ran into the day: "617日" for 6月17日, "326日下午".

Such a token has several readings (111日: 1月11日 or 11月1日) and may not be a date at all,
so it is read only when something else supports one reading: the same month and day written
properly elsewhere in the text (lead paragraphs repeat the date), or the anchor's month.
Otherwise it stays a typo mention, which resolve.py returns with value None and a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gregorian import is_valid_month_day
from .model import Anchor, Mention


def readings(digits: str) -> list[tuple[int, int]]:
    """The (month, day) pairs a run-together number can stand for."""
    options = []
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if len(day) in (1, 2) and month[0] != "0" and is_valid_month_day(int(month), int(day)):
            options.append((int(month), int(day)))
    return options


def repair_run_together(mentions: Sequence[Mention], text: str, anchor: Anchor | None) -> None:
    """Turn supported typo mentions into month-day dates, in place."""
    typos = [m for m in mentions if m.kind == "typo" and m.typo_digits]
    if not typos:
        return
    written = {(m.month, m.day) for m in mentions
               if m.kind in ("date", "range") and m.month is not None and m.day is not None}
    for mention in typos:
        assert mention.typo_digits is not None
        options = readings(mention.typo_digits)
        if not options:
            mention.kind = "dropped"
            continue
        chosen = next((o for o in options if o in written), None)
        why = "the same date written elsewhere in the text"
        if chosen is None and anchor is not None:
            chosen = next((o for o in options if o[0] == anchor.date.month), None)
            why = "the anchor's month"
        if chosen is None:
            continue
        month, day = chosen
        mention.kind, mention.month, mention.day = "date", month, day
        mention.resolution = "repaired"
        mention.note = (f"read {mention.typo_digits}日 as {month}月{day}日 "
                        f"(supported by {why})")
