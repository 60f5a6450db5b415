"""Founding years are past facts: kept out of the lead's year, and read with an anniversary of
the same founding they name the news' year (founding + N)."""

from __future__ import annotations

import pytest

from summitry.nlp.dates.founding import founding_anniversary_clues, founding_year_spans

FOUNDING_YEARS = [
    ("背景资料：上海合作组织成立于2001年，现有10个成员国。", "2001"),
    ("该论坛于2000年10月正式成立，每三年举行一次部长级会议。", "2000"),
    ("東南亞國家聯盟1967年8月8日成立，總部設在雅加達。", "1967"),
    ("The Shanghai Cooperation Organisation, a regional bloc of ten states, was founded in "
     "2001.", "2001"),
    ("The forum was established in October 2000 to deepen ties.", "2000"),
    ("Since its founding in 1967, the bloc has grown to ten members.", "1967"),
    ("2019年，两国建立了全面战略伙伴关系，合作不断深化。", "2019"),
]

NOT_FOUNDING = [
    "2023年10月18日，第三届“一带一路”国际合作高峰论坛在北京开幕。",
    "双方同意于2026年举行下一轮战略对话。",
    "The two leaders met in 2019 on the sidelines of the summit.",
    "Talks were held in Hanoi on Tuesday, the ministry said in 2024.",
    # a full date opening a clause is the news' day, not a bare year of history
    "2024年11月14日，双方正式建立全面战略伙伴关系。",
    "2017年两国举办友好年活动。",
]


@pytest.mark.parametrize(("text", "year"), FOUNDING_YEARS)
def test_founding_year_found(text: str, year: str) -> None:
    spans = founding_year_spans(text)
    assert [text[lo:hi] for lo, hi in spans] == [year]


@pytest.mark.parametrize("text", NOT_FOUNDING)
def test_other_years_are_not_founding(text: str) -> None:
    assert founding_year_spans(text) == []


ANNIVERSARIES = [
    # founding and anniversary in different sentences, subjects agree
    ("今年适逢上海合作组织成立20周年。各方高度评价合作成果。上海合作组织成立于2001年。", 2021),
    ("恰逢東協成立五十周年，各國領導人齊聚。東協於1967年成立。", 2017),
    ("Leaders marked ASEAN's 50th anniversary at the gala. ASEAN was founded in 1967 in "
     "Bangkok.", 2017),
    ("The summit fell on the 20th anniversary of the founding of the Shanghai Cooperation "
     "Organisation. The Shanghai Cooperation Organisation was established in June 2001.", 2021),
    # shifted: the anniversary falls next year
    ("双方表示，明年是东盟成立60周年。东盟成立于1967年。", 2026),
]

NO_ANNIVERSARY_YEAR = [
    # the anniversary is of another body than the founding stated
    "恰逢联合国成立80周年。东盟成立于1967年。",
    "It marked the 80th anniversary of the United Nations. ASEAN was founded in 1967.",
    # a founding without an anniversary
    "东盟成立于1967年，现有10个成员国。",
    # a run of numerals that is no number: no clue, and no error
    "恰逢东盟成立十十周年。东盟成立于1967年。",
]


@pytest.mark.parametrize(("text", "year"), ANNIVERSARIES)
def test_anniversary_of_founding(text: str, year: int) -> None:
    clues = founding_anniversary_clues(text)
    assert {c.year for c in clues} == {year}
    assert all(c.basis == "anniversary" for c in clues)


@pytest.mark.parametrize("text", NO_ANNIVERSARY_YEAR)
def test_no_year_without_a_matching_founding(text: str) -> None:
    assert founding_anniversary_clues(text) == []

