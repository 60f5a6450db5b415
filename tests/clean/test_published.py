"""The publication date: stamps, full-date datelines, URLs, and reposts' stamps."""

from __future__ import annotations

from conftest import run
from summitry.clean.published import body_days, date_from_url, is_repost_stamp


def test_a_full_agency_dateline_gives_the_date() -> None:
    doc = run("新华社北京2024年4月9日电 外交部长9日在北京同来访的外长举行会谈，双方同意加强合作。")
    assert doc.dateline is not None and doc.dateline.date_text == "2024年4月9日"
    assert (doc.published, doc.published_source) == ("2024-04-09", "dateline")


def test_a_traditional_script_dateline_with_the_full_date() -> None:
    doc = run("中央社台北2024年3月5日電 外交部今天表示，將與友邦加強合作，擴大雙邊交流。")
    assert (doc.published, doc.published_source) == ("2024-03-05", "dateline")


def test_a_dateline_without_the_year_gives_no_date_in_cleaning() -> None:
    doc = run("新华社北京4月9日电 外交部长9日在北京同来访的外长举行会谈，双方同意加强合作。")
    assert doc.published is None


def test_an_english_dateline_with_the_year() -> None:
    doc = run("HANOI, April 9, 2024 (VNA) - Vietnam and Laos agreed on Tuesday to expand trade "
              "and investment links, officials said.")
    assert (doc.published, doc.published_source) == ("2024-04-09", "dateline")


def test_a_weekday_stamp_and_metadata_first() -> None:
    text = ("Leaders agree to expand trade\nThứ Năm, 20/06/2024 09:28\n"
            "The two leaders agreed on June 20 to expand trade and investment, officials said.")
    assert run(text).published == "2024-06-20"
    assert run(text, meta_published="2024-06-21").published_source == "metadata"


def test_a_stamp_months_after_every_day_in_the_body_is_a_reposts() -> None:
    assert is_repost_stamp("2023-11-20", "双方3月14日在河内举行会谈，并于3月15日签署协议。")
    assert not is_repost_stamp("2023-03-15", "双方3月14日在河内举行会谈。")
    assert not is_repost_stamp("2024-01-02", "The talks were held on December 28 in Hanoi.")
    assert not is_repost_stamp("2023-11-20", "双方在河内举行会谈。")  # no day to contradict


def test_days_named_in_a_body() -> None:
    assert body_days("3月14日和4月2号") == [(3, 14), (4, 2)]
    assert body_days("on March 5 and 7 April") == [(3, 5), (4, 7)]


def test_url_dates() -> None:
    assert date_from_url("http://paper.example.cn/html/2021-04/18/nw.D1_3.htm") == "2021-04-18"
    # a year folder, then month and day in one folder
    assert date_from_url("https://english.example.cn/n3/2022/0307/c90000-1.html") == "2022-03-07"
    assert date_from_url("http://portal.example.com.cn/roll/2018/1231/5521.html") == "2018-12-31"
    assert date_from_url("https://www.example.tw/news/2020/0229/") == "2020-02-29"
    # not a month and day: an impossible date, a month folder alone, an article number
    assert date_from_url("https://example.com/news/2019/1399/27490.html") is None
    assert date_from_url("https://example.com/archive/2019/12/talks.html") is None
    assert date_from_url("https://example.com/news/2019/102345.html") is None
    assert date_from_url(None) is None
