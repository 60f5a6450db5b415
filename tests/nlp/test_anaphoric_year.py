"""当年11月 / 同年12月 / 该年3月: the month of the year the text named last, never the
publication year. Without a year before it the date stays yearless (a wrong year is worse
than none).

Every sentence here was written for these tests in the style of Xinhua, Zaobao, CNA
(traditional script) and Hong Kong papers; none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summitry.nlp.dates import Anchor, find_times

PUBLISHED = Anchor(dt.date(2025, 3, 10), "metadata")


def value_of(text: str, span: str, anchor: Anchor | None) -> str | None:
    [found] = [e for e in find_times(text, "zh", anchor) if e.text == span]
    return found.value


@pytest.mark.parametrize(("text", "span", "anchor", "value"), [
    ("2010年两国签署框架协议，当年11月两国元首在首都会晤。", "当年11月", PUBLISHED, "2010-11"),
    ("双方于2016年3月恢复对话，同年9月外长举行首轮磋商。", "同年9月", PUBLISHED, "2016-09"),
    ("該國在2013年加入論壇。當年10月，總統首次出席峰會。", "當年10月", None, "2013-10"),
    ("去年4月两国建交，同年7月总理访问该国。", "同年7月", PUBLISHED, "2024-07"),
    ("2019年6月首相访华；该年12月6日两国外长会晤。", "该年12月6日", PUBLISHED, "2019-12-06"),
    # no year before it: no year guessed from the publication date
    ("当年11月，两国元首举行会晤。", "当年11月", PUBLISHED, "--11"),
    ("同年5月，双方签署备忘录。", "同年5月", None, "--05"),
])
def test_month_of_the_named_year(text: str, span: str, anchor: Anchor | None,
                                 value: str) -> None:
    assert value_of(text, span, anchor) == value


@pytest.mark.parametrize(("text", "span", "anchor", "value"), [
    # an ordinary month stays read against the anchor
    ("两国于2010年建交。外长将于11月访华。", "11月", PUBLISHED, "2025-11"),
    # 当年 not before a month is not a date
    ("总理回忆当年在北京求学的经历，11月将再次访华。", "11月", PUBLISHED, "2025-11"),
])
def test_other_months_untouched(text: str, span: str, anchor: Anchor | None,
                                value: str) -> None:
    assert value_of(text, span, anchor) == value


@pytest.mark.parametrize(("text", "span", "anchor", "value"), [
    ("The grouping was launched in 2009, and in October that year its leaders held a first "
     "summit.", "October that year", PUBLISHED, "2009-10"),
    ("Talks resumed in March 2016; on 9 September of the same year the ministers met in Hanoi.",
     "9 September of the same year", PUBLISHED, "2016-09-09"),
    ("Ties were set up in 2012. The presidents met on June 4 that year in Canberra.",
     "June 4 that year", None, "2012-06-04"),
    # no year before it: stays yearless
    ("In November that year the two leaders met for the first time.", "November that year",
     PUBLISHED, "--11"),
])
def test_english_month_of_the_named_year(text: str, span: str, anchor: Anchor | None,
                                         value: str) -> None:
    [found] = [e for e in find_times(text, "en", anchor) if e.text == span]
    assert found.value == value
