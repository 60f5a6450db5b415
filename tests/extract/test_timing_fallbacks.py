"""The time chain's last resorts, on sentences written for these tests: a meeting the text
reports without a date of its own takes the article's day when the text names that day
(today, this morning, a weekday that is the publication day, 今日); talks or a call
without any day take the publication day, a visit or a conference only its month; a
meeting only the headline names takes the lead's day."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings


def _dates(text: str, **meta: str) -> list[tuple[str | None, bool]]:
    found, _ = meetings(text, **meta)
    return [((m["date"] or {}).get("start"), m["reported"]) for m in found]


SAME_DAY = [
    # wire English: the ministry "said Monday", the meeting sentence has no date
    ("en", "2021-03-08",
     "Russian Foreign Minister Sergey Lavrov has held talks with Egyptian President Abdel "
     "Fattah al-Sisi in Cairo, the foreign ministry said Monday.\n\n"
     "The two sides discussed regional issues."),
    # a briefing: "this morning"
    ("en", "2015-06-11",
     "Thank you for coming.\n\nThe Prime Minister received the Indonesian President Joko "
     "Widodo at his office this morning.\n\n"
     "Later, Indonesian President Joko Widodo met Japanese Prime Minister Shinzo Abe."),
    # Chinese: 今天 in the lead, the talks without a date of their own
    ("zh", "2019-04-25",
     "新华社消息，俄罗斯总统普京今天抵达符拉迪沃斯托克。\n\n普京同朝鲜最高领导人金正恩举行会谈。"),
]


@pytest.mark.parametrize(("lang", "published", "text"), SAME_DAY)
def test_a_reported_meeting_without_its_own_date_takes_the_named_article_day(
        lang: str, published: str, text: str) -> None:
    dates = [d for d, reported in _dates(text, meta_published=published, meta_lang=lang)
             if reported]
    assert dates and all(d == published for d in dates)


ONE_DAY = [
    # talks or a call reported without any day: the day's news, the publication day
    ("en", "2020-01-17",
     "Indonesian Foreign Minister Retno Marsudi held talks with Malaysian Foreign Minister "
     "Saifuddin Abdullah in Hanoi.\n\nThey reviewed preparations for the ministers' "
     "retreat, which opened on January 14."),
    ("zh", "2023-06-09",
     "越南政府总理范明政会见老挝政府总理宋赛·西潘敦。\n\n双方同意加强合作。"),
]


@pytest.mark.parametrize(("lang", "published", "text"), ONE_DAY)
def test_talks_without_any_day_take_the_publication_day(
        lang: str, published: str, text: str) -> None:
    dates = [d for d, reported in _dates(text, meta_published=published, meta_lang=lang)
             if reported]
    assert dates and all(d == published for d in dates)


MANY_DAYS = [
    # a visit or a conference runs over days the text does not give: the month only
    ("zh", "2023-06-09",
     "应老挝政府邀请，越南政府总理范明政对老挝进行正式访问。\n\n双方同意加强合作。"),
    ("en", "2023-06-09",
     "Vietnamese Prime Minister Pham Minh Chinh paid an official visit to Laos at the "
     "invitation of the Lao government.\n\nThe two sides agreed to boost trade."),
]


@pytest.mark.parametrize(("lang", "published", "text"), MANY_DAYS)
def test_a_visit_without_any_day_is_known_to_the_month(
        lang: str, published: str, text: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits and all((m["date"] or {}).get("start") == published[:7] for m in visits)


def test_a_headline_meeting_takes_the_day_of_the_lead() -> None:
    text = ("Japan-India Foreign Ministers' Meeting\n\n"
            "On March 4, Wednesday, Foreign Minister of Japan Taro Kono held a meeting with "
            "External Affairs Minister of India Sushma Swaraj for about 40 minutes.\n\n"
            "The ministers agreed to hold the next strategic dialogue in Tokyo.")
    found, _ = meetings(text, meta_published="2020-03-04", meta_lang="en")
    assert found
    assert all((m["date"] or {}).get("start") == "2020-03-04" for m in found if m["reported"])


def _visit_dates(text: str, published: str) -> list[str | None]:
    found, _ = meetings(text, meta_published=published)
    return [(m["date"] or {}).get("start") for m in found if m["kind"] == "visit"]


LATER_VERB = [
    # the day belongs to the talks after 并于, the visit is known to the month
    ("应日本政府邀请，泰国总理赛塔正在对日本进行为期三天的正式访问，并于6日同日本首相岸田文雄举行会谈。",
     "2024-02-07"),
    ("越南国家主席武文赏正在对老挝进行国事访问，随后于12日会见老挝总理宋赛·西潘敦。", "2023-09-13"),
]


@pytest.mark.parametrize(("text", "published"), LATER_VERB)
def test_a_later_verbs_day_does_not_date_the_visit(text: str, published: str) -> None:
    dates = _visit_dates(text, published)
    assert dates and all(d == published[:7] for d in dates)


def test_a_visits_own_day_still_dates_it() -> None:
    dates = _visit_dates("应日本政府邀请，泰国总理赛塔6日抵达东京，开始对日本进行正式访问。",
                         "2024-02-07")
    assert dates == ["2024-02-06"]


def test_a_visit_stated_before_a_titled_guest_is_known_to_the_month() -> None:
    text = ("俄罗斯总统普京20日在莫斯科会见到访的中共中央政治局委员、中央外事工作委员会办公室"
            "主任王毅。")
    dates = _visit_dates(text, "2023-09-21")
    assert dates == ["2023-09"]


PERIOD = [
    ("zh", "2023-09-13",
     "越通社万象9月12日电 老挝国会12日通过新的投资法。\n\n"
     "在万象期间，越南国家主席武文赏会见了老挝总理宋赛·西潘敦。"),
    ("en", "2023-09-13",
     "Vietnamese President Vo Van Thuong wrapped up a state visit to Laos on September 12."
     "\n\nDuring the visit, Vo Van Thuong held talks with Lao Prime Minister Sonexay "
     "Siphandone."),
]


@pytest.mark.parametrize(("lang", "published", "text"), PERIOD)
def test_a_meeting_within_a_stated_period_is_known_to_the_month(
        lang: str, published: str, text: str) -> None:
    found, _ = meetings(text, meta_published=published, meta_lang=lang)
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and all((m["date"] or {}).get("start") == "2023-09" for m in talks)


def test_without_a_period_opener_the_sentence_before_gives_the_day() -> None:
    text = ("越通社万象9月12日电 老挝国会12日通过新的投资法。\n\n"
            "越南国家主席武文赏会见了老挝总理宋赛·西潘敦。")
    found, _ = meetings(text, meta_published="2023-09-13")
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and all((m["date"] or {}).get("start") == "2023-09-12" for m in talks)


def test_an_era_opener_is_not_a_stay() -> None:
    text = ("越通社河内9月12日电 老挝国会12日通过新的投资法。\n\n"
            "疫情期间，越南国家主席武文赏会见了老挝总理宋赛·西潘敦。")
    found, _ = meetings(text, meta_published="2023-09-13")
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and all((m["date"] or {}).get("start") == "2023-09-12" for m in talks)
