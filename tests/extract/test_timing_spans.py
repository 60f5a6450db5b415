"""Days a meeting takes from the text around it, on sentences written for these tests: a
conference held over a range in its own sentence starts on the range's first day; talks in a
sentence that opens on the visitor's arrival fall on the visit's first day, while talks
elsewhere in a visit are known to the month only."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings


def _dated(text: str, lang: str, published: str) -> dict[str, str | None]:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    return {m["name"]: (m["date"] or {}).get("start") for m in found if m["reported"]}


HELD_OVER = [
    ("en", "2025-07-10",
     "The 58th ASEAN Foreign Ministers' Meeting, the bloc's main diplomatic gathering of the "
     "year, is being held in Kuala Lumpur on July 8-11.", "2025-07-08"),
    ("en", "2023-09-10",
     "The G20 Summit takes place in New Delhi on 9-10 September under India's presidency.",
     "2023-09-09"),
    ("zh", "2024-10-23",
     "金砖国家领导人第十六次会晤于10月22日至24日在喀山举行。", "2024-10-22"),
]


@pytest.mark.parametrize(("lang", "published", "text", "day"), HELD_OVER)
def test_a_conference_held_over_a_range_starts_on_its_first_day(
        lang: str, published: str, text: str, day: str) -> None:
    dates = _dated(text, lang, published)
    assert day in dates.values(), dates


NOT_HELD_OVER = [
    # the range is a visit's stay, the conference happens during it: month only
    ("en", "2025-07-10",
     "The ASEAN Foreign Ministers' Meeting drew Sergey Lavrov, who visited Malaysia on "
     "July 9-11.", {"2025-07-09", "2025-07-10", "2025-07-11"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "days"), NOT_HELD_OVER)
def test_a_range_that_is_not_the_conference_gives_no_first_day(
        lang: str, published: str, text: str, days: set[str]) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    conferences = [m for m in found if m["kind"] == "conference"]
    assert all((m["date"] or {}).get("start") not in days for m in conferences)


ARRIVAL = [
    ("zh", "2019-05-12",
     "越南国会主席阮氏金银5月10日抵达万象，对老挝进行正式访问。\n\n抵达万象后，阮氏金银同老挝国会主席巴妮会谈。",
     "2019-05-10"),
    ("zh", "2018-04-03",
     "日本外相河野太郎4月2日訪問韓國首爾。\n\n河野抵達首爾後，即與韓國外長康京和會談。",
     "2018-04-02"),
    ("en", "2022-03-16",
     "Indian Foreign Minister Subrahmanyam Jaishankar visited Colombo on March 14.\n\n"
     "Upon arrival, Jaishankar held talks with Sri Lankan Foreign Minister G. L. Peiris.",
     "2022-03-14"),
]


@pytest.mark.parametrize(("lang", "published", "text", "day"), ARRIVAL)
def test_talks_on_arrival_fall_on_the_visits_first_day(
        lang: str, published: str, text: str, day: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    talks = [m for m in found if m["reported"] and m["kind"] == "talks"]
    assert talks and all((m["date"] or {}).get("start") == day for m in talks), talks


NOT_ON_ARRIVAL = [
    # talks stated within the visit, not on arrival: some day of it, the month only
    ("zh", "2019-05-13",
     "越南国会主席阮氏金银5月10日抵达万象，对老挝进行正式访问。\n\n访问期间，阮氏金银同老挝国会主席巴妮会谈。",
     "2019-05"),
]


@pytest.mark.parametrize(("lang", "published", "text", "month"), NOT_ON_ARRIVAL)
def test_talks_during_a_visit_keep_the_month(
        lang: str, published: str, text: str, month: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    talks = [m for m in found if m["reported"] and m["kind"] == "talks"]
    assert talks and all((m["date"] or {}).get("start") == month for m in talks), talks


SEQUENCE = [
    # the next talks in a run take the day of the talks before, not a date the sentence
    # before gives for another event
    ("en", "2024-06-12",
     "Prime Minister Anthony Albanese held talks with New Zealand Prime Minister Christopher "
     "Luxon on Tuesday.\n\nLuxon had arrived in Sydney on Sunday.\n\n"
     "Albanese then met Fijian Prime Minister Sitiveni Rabuka at Kirribilli House.",
     "2024-06-11"),
    ("zh", "2023-04-08",
     "越南政府总理范明政7日在河内会见老挝政府总理宋赛·西潘敦。\n\n宋赛于5日抵达河内。\n\n"
     "随后，范明政又会见了柬埔寨首相洪森。", "2023-04-07"),
]


@pytest.mark.parametrize(("lang", "published", "text", "day"), SEQUENCE)
def test_the_next_talks_in_a_run_take_the_day_before(
        lang: str, published: str, text: str, day: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    talks = [m for m in found if m["reported"] and m["kind"] == "talks"]
    assert len(talks) >= 2 and all((m["date"] or {}).get("start") == day for m in talks), talks


CLOSING = [
    # the length given: the first day is the closing day minus the others
    ("en", "2019-08-07",
     "BANGKOK, Aug. 2 (Xinhua) -- The 52nd ASEAN Foreign Ministers' Meeting concluded on "
     "Friday.\n\nThailand's foreign minister chaired the three-day meeting in Bangkok.",
     "2019-07-31"),
    ("zh", "2019-08-03",
     "第52届东盟外长会议2日在曼谷闭幕。\n\n为期三天的会议由泰国外长主持。", "2019-07-31"),
    # no length: the month only
    ("zh", "2017-11-15",
     "第31届东盟峰会14日晚在马尼拉闭幕。\n\n各国领导人出席了闭幕式。", "2017-11"),
    ("en", "2023-09-08",
     "The 43rd ASEAN Summit closed on Thursday in Jakarta with a chairman's statement.",
     "2023-09"),
]


@pytest.mark.parametrize(("lang", "published", "text", "date"), CLOSING)
def test_a_conference_dated_by_its_closing_day(
        lang: str, published: str, text: str, date: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    conferences = [m for m in found if m["reported"] and m["kind"] == "conference"]
    assert conferences and conferences[0]["date"]["start"] == date, conferences


NOT_CLOSING = [
    # talks that ended on a day are a one-day meeting: the day stays
    ("en", "2023-09-08",
     "Indonesian Foreign Minister Retno Marsudi held talks with her Australian counterpart "
     "Penny Wong on Thursday, which ended with a joint statement.", "2023-09-07"),
    # a conference opened on a day: the first day itself
    ("zh", "2017-11-14", "第31届东盟峰会13日在马尼拉开幕。", "2017-11-13"),
]


@pytest.mark.parametrize(("lang", "published", "text", "date"), NOT_CLOSING)
def test_a_day_that_does_not_close_a_conference_stays(
        lang: str, published: str, text: str, date: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    reported = [m for m in found if m["reported"]]
    assert reported and reported[0]["date"]["start"] == date, reported


VISIT_OF_THE_DAY = [
    # the visit known by the article's own day only: talks during it are that day's news
    ("en", "2021-05-18",
     "Indian External Affairs Minister S. Jaishankar visited Bangladesh on Tuesday, the "
     "ministry said.\n\nDuring the visit, Jaishankar held talks with Bangladeshi Prime "
     "Minister Sheikh Hasina.", "2021-05-18"),
    # must not: a visit that began days before the article: talks in it are known to the
    # month only
    ("en", "2021-05-18",
     "Indian External Affairs Minister S. Jaishankar visited Bangladesh on May 14, the "
     "ministry said.\n\nDuring the visit, Jaishankar held talks with Bangladeshi Prime "
     "Minister Sheikh Hasina.", "2021-05"),
    ("zh", "2024-06-19",
     "（河内19日讯）俄罗斯总统普京19日抵达河内，开始对越南进行国事访问。\n\n"
     "访问期间，普京同越南国家主席苏林举行会谈。", "2024-06-19"),
]


@pytest.mark.parametrize(("lang", "published", "text", "day"), VISIT_OF_THE_DAY)
def test_talks_during_a_visit_of_the_articles_day_take_that_day(
        lang: str, published: str, text: str, day: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    talks = [m for m in found if m["reported"] and m["kind"] == "talks"]
    assert talks and all((m["date"] or {}).get("start") == day for m in talks), talks


ENDED_BEFORE = [
    # the clause's day is the later verb's: the meeting before it is known to the month
    ("zh", "2023-07-15",
     "新华社雅加达7月14日电 国务委员兼外长14日晚在出席东盟与中日韩外长会后离开雅加达回国。",
     "2023-07"),
    ("en", "2023-07-15",
     "On July 14, after attending the ASEAN Regional Forum in Jakarta, the Chinese foreign "
     "minister left for Beijing.", "2023-07"),
]


@pytest.mark.parametrize(("lang", "published", "text", "date"), ENDED_BEFORE)
def test_a_meeting_over_before_the_clauses_verb_keeps_the_month(
        lang: str, published: str, text: str, date: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    conferences = [m for m in found if m["kind"] == "conference"]
    assert conferences and all(m["date"]["start"] == date for m in conferences), conferences


NOT_ENDED_BEFORE = [
    # 前后 is "around", not "after": the day stays
    ("zh", "2023-07-15", "国务委员兼外长14日在东盟外长会前后会见多国外长。", "2023-07-14"),
]


@pytest.mark.parametrize(("lang", "published", "text", "date"), NOT_ENDED_BEFORE)
def test_around_a_meeting_is_not_after_it(
        lang: str, published: str, text: str, date: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    conferences = [m for m in found if m["kind"] == "conference"]
    assert conferences and all(m["date"]["start"] == date for m in conferences), conferences
