"""Days written as Taiwan and Hong Kong papers write them: Chinese numerals with 廿/卅
(廿五日, 卅日), and a relative day with its number in brackets (今(17)日, 昨（16）日).
Sentences written for these tests; negatives included."""

from __future__ import annotations

import datetime as dt

import pytest

from summitry.nlp.dates import Anchor, find_times

ANCHOR = Anchor(dt.date(2024, 3, 28))

READ = [
    ("兩國外長廿五日在曼谷舉行會談。", "廿五日", "2024-03-25"),
    ("峰會將於卅日閉幕。", "卅日", "2024-03-30"),
    ("总统二十三日晚间与对方通电话。", "二十三日晚间", "2024-03-23"),
    ("首相十五日上午會見來訪的外長。", "十五日上午", "2024-03-15"),
    ("國家主席今(28)日上午抵達河內。", "(28)日上午", "2024-03-28"),
    ("外交部發言人昨（27）日表示，雙方已同意會晤。", "（27）日", "2024-03-27"),
]


@pytest.mark.parametrize(("text", "surface", "value"), READ)
def test_chinese_numeral_and_bracketed_days_are_read(text: str, surface: str,
                                                     value: str) -> None:
    found = [(t.text, t.value) for t in find_times(text, "zh", ANCHOR)]
    assert (surface, value) in found


NOT_DAYS = [
    "雙方同意在二十日內完成談判。",   # a span of days
    "這是訪問的第十五日。",           # an ordinal day of a trip
    "三十日來局勢持續緊張。",         # a span up to now
    "他在(17)日前後抵達。",           # brackets not after 今/昨/明
]


@pytest.mark.parametrize("text", NOT_DAYS)
def test_spans_and_ordinals_are_not_days(text: str) -> None:
    assert not [t for t in find_times(text, "zh", ANCHOR) if t.value]


def test_a_lunar_day_with_nian_stays_lunar() -> None:
    (t,) = find_times("腊月廿三日", "zh", ANCHOR)
    assert t.resolution == "lunar"


EARLIER = [
    # 稍早 / 早前 / 先前 / 前不久 mark a month as past even with a future verb farther off
    ("他将主持签署仪式，两国在今年稍早发生冲突，随后七月在吉隆坡达成停火。", "七月", "2023-07"),
    ("早前两国外长二月在万象会晤。", "二月", "2023-02"),
    ("先前双方三月在河内举行磋商。", "三月", "2023-03"),
]


@pytest.mark.parametrize(("text", "surface", "value"), EARLIER)
def test_earlier_marks_a_month_as_past(text: str, surface: str, value: str) -> None:
    anchor = Anchor(dt.date(2023, 10, 26))
    assert (surface, value) in [(t.text, t.value) for t in find_times(text, "zh", anchor)]


def test_a_month_with_a_future_marker_is_ahead() -> None:
    anchor = Anchor(dt.date(2023, 10, 26))
    found = [(t.text, t.value) for t in find_times("两国领导人将于七月会晤。", "zh", anchor)]
    assert ("七月", "2024-07") in found
