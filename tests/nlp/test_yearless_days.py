"""A day alone (26日) in a text without a publication date takes the month of the yearless
day before it (the dateline's 12月21日), and stays without a year for the year stage."""

from __future__ import annotations

import pytest

from summitry.nlp.dates import find_times, parse_yearless_stamp

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


YEARLESS_STAMPS = [
    ("03-17 09:11", "--03-17"),
    ("来源：新华网  11-05 18:30", "--11-05"),
    ("１２－０１　０７：４５", "--12-01"),
]
NOT_YEARLESS_STAMPS = ["2021-03-17 09:11", "比分 03-17", "13-45 10:00", "电话 010-6512 3456"]


@pytest.mark.parametrize(("text", "value"), YEARLESS_STAMPS)
def test_a_yearless_stamp(text: str, value: str) -> None:
    assert parse_yearless_stamp(text) == value


@pytest.mark.parametrize("text", NOT_YEARLESS_STAMPS)
def test_not_a_yearless_stamp(text: str) -> None:
    assert parse_yearless_stamp(text) is None


def test_a_day_alone_reads_the_stamps_month() -> None:
    values = [t.value for t in find_times("国家主席16日在北京会见来访的外国元首。", "zh",
                                          day="--03-17")]
    assert values == ["--03-16"]
