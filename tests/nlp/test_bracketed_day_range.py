"""星期三（6日）至星期四（7日）: Singapore and Malaysian papers bracket the day after its
weekday; a range written that way is one range, not two separate days. Sentences written for
these tests in Lianhe Zaobao, Sin Chew and Oriental Daily styles; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from summitry.nlp.dates import Anchor, find_times

PUBLISHED = Anchor(dt.date(2024, 3, 4), "metadata")


@pytest.mark.parametrize(("text", "value", "end"), [
    ("外长将于星期三（6日）至星期五（8日）访问文莱。", "2024-03-06", "2024-03-08"),
    ("首相星期二(5日)到星期三(6日)出席在曼谷举行的峰会。", "2024-03-05", "2024-03-06"),
    ("两国领导人礼拜四（7日）至礼拜六（9日）举行会谈。", "2024-03-07", "2024-03-09"),
])
def test_a_bracketed_range_is_one_range(text: str, value: str, end: str) -> None:
    ranges = [e for e in find_times(text, "zh", PUBLISHED) if e.end_value]
    assert [(e.value, e.end_value) for e in ranges] == [(value, end)]


@pytest.mark.parametrize("text", [
    "总理星期三（6日）抵达吉隆坡，星期五出席论坛。",  # two dates, no range
    "外长星期三（6日）访问文莱。",
])
def test_single_bracketed_days_stay_days(text: str) -> None:
    assert not [e for e in find_times(text, "zh", PUBLISHED) if e.end_value]
