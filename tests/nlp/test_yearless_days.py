"""A day alone (26日) in a text without a publication date takes the month of the yearless
day before it (the dateline's 12月21日), and stays without a year for the year stage."""

from __future__ import annotations

import pytest

from summitry.nlp.dates import find_times

DAY_AFTER_YEARLESS = [
    # no publication date: a day alone takes the month of the day before it, still yearless
    ("新华社河内3月14日电 越南国家主席14日下午会见老挝总理。", "--03-14"),
    ("新華社吉隆坡12月21日電 馬來西亞首相表示，他將於26日會見印尼總統。", "--12-26"),
    # across the new year the day falls in another year than the text's clues name: left
    # unread rather than given a month the year stage would put in the wrong year
    ("新华社曼谷1月2日电 泰国总理30日会见柬埔寨首相。", None),
]


@pytest.mark.parametrize(("text", "value"), DAY_AFTER_YEARLESS)
def test_a_day_alone_after_a_yearless_day(text: str, value: str | None) -> None:
    values = [t.value for t in find_times(text, "zh")]
    assert values[-1] == value, values
