"""当天 / 同日 / 次日 / 前一天 / "the same day" / "the next day" / a bare weekday: counted from
the governing date (the last day the text gave), not from the publication date.

Every sentence here was written for these tests in the style of Xinhua, VNA, CNA (traditional
script), TASS and wire English; none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summitry.nlp.dates import Anchor, find_times

PUBLISHED = Anchor(dt.date(2023, 3, 10), "metadata")


def value_of(text: str, lang: str, span: str, anchor: Anchor | None) -> str | None:
    [found] = [e for e in find_times(text, lang, anchor) if e.text == span]
    return found.value


@pytest.mark.parametrize(("lang", "text", "span", "anchor", "value"), [
    # a full date before: counted from it, whatever the publication date
    ("zh", "2021年6月28日，双方在河内举行磋商。次日，两国外长签署合作协议。", "次日",
     PUBLISHED, "2021-06-29"),
    ("zh", "2019年11月3日，总理抵达曼谷。翌日上午，他出席东亚峰会。", "翌日上午", None,
     "2019-11-04"),
    ("zh", "王毅2月20日抵达莫斯科。前一天，他在布达佩斯会见匈牙利外长。", "前一天", PUBLISHED,
     "2023-02-19"),
    ("zh", "部长12月31日抵达东京，次日同日方举行会谈。", "次日", PUBLISHED, "2023-01-01"),
    ("zh", "總統於10月8日出訪帛琉，同日與帛琉總統舉行會談。", "同日", None, "--10-08"),
    ("zh", "6月28日，双方举行磋商。当天下午，两国外长会见记者。", "当天下午", None, "--06-28"),
    ("en", "On June 28, 2021, the two sides held consultations. The next day, the ministers "
           "signed a deal.", "The next day", PUBLISHED, "2021-06-29"),
    ("en", "Lavrov arrived in Vientiane on July 24. The same day he met his Lao counterpart.",
     "The same day", None, "--07-24"),
    ("en", "The premier landed in Jakarta on Sept 5, 2023; a day earlier he had met the Cambodian "
           "leader.", "a day earlier", None, "2023-09-04"),
    # no date before it: the publication date, or nothing
    ("zh", "王毅于前一天在北京会见了法国外长。", "前一天", PUBLISHED, "2023-03-09"),
    ("zh", "王毅于前一天在北京会见了法国外长。", "前一天", None, None),
    # a yearless date across the new year cannot be counted
    ("zh", "代表团12月31日抵达，次日举行会谈。", "次日", None, None),
    # a weekday with no publication date: the one nearest the date before it
    ("en", "The minister arrived on Monday, December 11, 2017, and met the president on "
           "Tuesday.", "Tuesday", None, "2017-12-12"),
    ("zh", "2017年12月11日，外长抵达河内。周二，他会见了越南国家主席。", "周二", None,
     "2017-12-12"),
])
def test_governed_days(lang: str, text: str, span: str, anchor: Anchor | None,
                       value: str | None) -> None:
    assert value_of(text, lang, span, anchor) == value


WEEK_LATER = Anchor(dt.date(2025, 11, 16), "metadata")  # a Sunday


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    # the story's week: the first such weekday from the date the text gave
    ("en", "The minister arrived in Hanoi on November 10. He met the president on Tuesday.",
     "Tuesday", "2025-11-11"),
    ("zh", "外长11月10日抵达河内，周四同越南总理举行会谈。", "周四", "2025-11-13"),
    # none follows before publication: the one before it
    ("en", "The envoy arrived on November 14. He had met the minister on Monday.", "Monday",
     "2025-11-10"),
    # "last Tuesday" keeps its own reading from the publication date
    ("en", "The minister arrived on November 10. The deal was signed last Tuesday.",
     "last Tuesday", "2025-11-11"),
])
def test_a_weekday_in_the_story_of_the_week(lang: str, text: str, span: str, value: str) -> None:
    assert value_of(text, lang, span, WEEK_LATER) == value


def test_a_date_long_before_publication_does_not_govern_a_weekday() -> None:
    text = "He took office on May 5, 2016. On Tuesday he met the visiting premier."
    assert value_of(text, "en", "Tuesday", WEEK_LATER) == "2025-11-11"


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "两国外长每天通电话。"),  # 每天 is a frequency, not a day
    ("zh", "今天是两国建交纪念日。"),  # 今天 is the publication day's (rel_day), not governed
    ("en", "The leaders met again in May; by that time the deal was done."),
])
def test_not_governed(lang: str, text: str) -> None:
    assert not [e for e in find_times(text, lang, PUBLISHED)
                if e.note and "date before it" in e.note]


def test_today_stays_with_the_publication_date() -> None:
    text = "2021年6月28日，双方举行磋商。今天，两国外长再次通话。"
    assert value_of(text, "zh", "今天", PUBLISHED) == "2023-03-10"
