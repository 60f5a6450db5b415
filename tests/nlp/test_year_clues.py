"""Tests for the year clues (summitry.nlp.dates.clues) and the choice among them (years.py).

Every sentence here was written for these tests in the style of Xinhua, VNA, TASS, Kyodo,
wire English, HK/Taiwan papers and government readouts; none is copied from an article.
"""

from __future__ import annotations

import pytest

from summitry.kb.model import Office
from summitry.nlp.dates import find_times
from summitry.nlp.dates.clues import (
    Clue,
    PartialDate,
    Person,
    anniversary_clues,
    era_clue,
    relations_clues,
    series_clue,
    tenure_clue,
    text_year_clue,
    weekday_clue,
)
from summitry.nlp.dates.years import choose_year
from summitry.nlp.normalize import to_simplified

WINDOW = range(1990, 2027)


def whole(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


# ---- weekday ---------------------------------------------------------------------------------
def days_in(text: str, lang: str, date: str) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in find_times(text, lang) if e.value and e.value.endswith(
        date[2:])]


@pytest.mark.parametrize(("text", "lang", "date", "years_include", "years_exclude"), [
    ("MOSCOW, March 4 (TASS) - The ministers met on Friday, March 4.", "en", "--03-04",
     {2016, 2022}, {2021, 2023}),
    ("两国外长5月12日(星期五)在东京举行会谈。", "zh", "--05-12", {2017, 2023}, {2022, 2018}),
    ("The premier received the envoy on Tuesday (Oct 15) in Taipei.", "en", "--10-15",
     {2019, 2024}, {2023, 2025}),
    ("越南国家主席1月8日（周一）在河内会见来访的老挝客人。", "zh", "--01-08", {2024, 2018},
     {2025, 2019}),
])
def test_a_weekday_beside_the_day_allows_the_years_where_the_day_falls_on_it(
        text: str, lang: str, date: str, years_include: set[int],
        years_exclude: set[int]) -> None:
    partial = PartialDate.parse(date)
    assert partial is not None
    clue = weekday_clue(text, whole(text), partial, WINDOW, days_in(text, lang, date))
    assert clue is not None and clue.years is not None
    assert clue.basis == "weekday"
    assert years_include <= clue.years
    assert not years_exclude & clue.years


@pytest.mark.parametrize(("text", "date", "years_include", "years_exclude"), [
    # a dateline filed the next day: Thursday may be 11 May or the day before the dateline's
    ("BEIJING, May 12 (Xinhua) -- The prime minister received the envoy Thursday.",
     "--05-12", {2016, 2022, 2017, 2023}, {2018, 2019}),
    ("雙方於週二在台北會面，就經貿議題交換意見。", "--10-15", {2019, 2024, 2025}, {2023}),
])
def test_a_weekday_away_from_the_day_may_be_the_day_before(
        text: str, date: str, years_include: set[int], years_exclude: set[int]) -> None:
    partial = PartialDate.parse(date)
    assert partial is not None
    clue = weekday_clue(text, whole(text), partial, WINDOW)
    assert clue is not None and clue.years is not None
    assert years_include <= clue.years
    assert not years_exclude & clue.years
    assert "or the one before" in clue.note


@pytest.mark.parametrize(("text", "date"), [
    # two different weekdays: which one is the meeting's is not known
    ("They met on Monday and the statement came out on Wednesday.", "--06-07"),
    ("双方周二举行会谈，周四签署联合声明。", "--06-07"),
    # no weekday at all
    ("The talks were held in Jakarta on June 7.", "--06-07"),
    # a month without a day cannot be checked against a weekday
    ("The delegation arrived on Monday.", "--06"),
])
def test_no_weekday_clue(text: str, date: str) -> None:
    partial = PartialDate.parse(date)
    assert partial is not None
    assert weekday_clue(text, whole(text), partial, WINDOW) is None


# ---- tenure ----------------------------------------------------------------------------------
ALPHA = Person("Alpha", (Office("foreign_minister", "Foreign Minister", "AAA", "2011-08-03",
                                "2016-04-08"),
                         Office("head_of_state", "President", "AAA", "2018-05-01", None)),
               frozenset({"foreign_minister"}))
BETA = Person("Beta", (Office("foreign_minister", "Foreign Minister", "BBB", "2015-03", "2019"),))


def test_terms_in_office_intersect_and_roles_narrow_the_offices() -> None:
    clue = tenure_clue([ALPHA, BETA], PartialDate(7, 6), WINDOW)
    assert clue is not None and clue.basis == "tenure"
    # Alpha as foreign minister (the role the text gives) and Beta: both in office 2015.
    assert clue.years == frozenset({2015})
    assert "Alpha and Beta" in clue.note


def test_a_term_ending_on_the_day_before_rules_that_year_out() -> None:
    assert tenure_clue([ALPHA], PartialDate(4, 9), WINDOW) == Clue(
        "tenure", "year.tenure", "Alpha's term in office",
        years=frozenset(range(2012, 2016)))


def test_every_role_the_text_gives_must_be_held_at_once() -> None:
    # "Deputy Prime Minister and Foreign Minister Delta": both offices, not either.
    delta = Person("Delta", (Office("foreign_minister", "FM", "DDD", "2011-08-03", "2021-04-08"),
                             Office("deputy_head_of_government", "DPM", "DDD", "2013-11-13",
                                    "2023-01-05")),
                   frozenset({"foreign_minister", "deputy_head_of_government"}))
    clue = tenure_clue([delta], PartialDate(6, 17), WINDOW)
    assert clue is not None and clue.years == frozenset(range(2014, 2021))


def test_without_known_offices_there_is_no_tenure_clue() -> None:
    assert tenure_clue([Person("Gamma", ())], PartialDate(4, 9), WINDOW) is None


# ---- eras: a text cannot name what did not yet exist ---------------------------------------------
@pytest.mark.parametrize(("text", "floor"), [
    ("双方就合作应对新冠肺炎疫情交换意见。", 2020),
    ("The leaders discussed recovery from the COVID-19 pandemic.", 2020),
    ("雙方同意推進「一帶一路」合作。", 2013),
    ("双方欢迎全球发展倡议，并就新冠疫苗合作交换意见。", 2021),  # the latest floor wins
    ("The ministers reviewed the Belt and Road Initiative and the Global Security Initiative.",
     2022),
])
def test_an_era_term_sets_a_floor(text: str, floor: int) -> None:
    simplified, _ = to_simplified(text)
    clue = era_clue(simplified, whole(simplified), WINDOW)
    assert clue is not None and clue.years is not None and min(clue.years) == floor


@pytest.mark.parametrize("text", [
    "两国领导人就双边关系交换意见。",
    "The two sides agreed to open a new era of cooperation.",  # a generic word is no era
])
def test_no_era_clue(text: str) -> None:
    assert era_clue(text, whole(text), WINDOW) is None


# ---- series ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "ordinal", "year"), [
    ("第25届东盟峰会", 25, 2014),
    ("第33屆東盟(ASEAN)峰會", 33, 2018),
    ("第十届东亚峰会", 10, 2015),
    ("54th ASEAN Foreign Ministers' Meeting", 54, 2021),
    ("金砖国家领导人第十四次会晤", 14, 2022),
    ("亚太经合组织(APEC)第二十七次领导人非正式会议", 27, 2020),
    ("中俄总理第二十五次定期会晤", 25, 2020),
    ("中非合作论坛第六届部长级会议", 6, 2015),
    ("18th G20 Summit", 18, 2023),
    ("17th G20 Leaders' Summit", 17, 2022),
    ("43rd ASEAN Summit and Related Summits", 43, 2023),
    ("第四十四届东盟峰会及系列峰会", 44, 2024),
    ("第八次中日韩领导人会议", 8, 2019),
    ("Second China-Central Asia Summit", 2, 2025),
    ("澜湄合作第三次领导人会议", 3, 2020),
])
def test_a_numbered_edition_of_a_known_series_names_its_year(
        name: str, ordinal: int, year: int) -> None:
    clue = series_clue(name, ordinal, (0, len(name)))
    assert clue is not None and clue.year == year and clue.rule == "year.series"


@pytest.mark.parametrize(("name", "ordinal"), [
    ("第23届东亚峰会", None),  # no ordinal read: nothing to look up
    ("第五届中国—东盟博览会", 5),  # an expo is not a series in the table
    ("26th ASEAN-China Summit", 26),  # not the ASEAN Summit itself
    ("第十二届东盟峰会工作组会议", 12),  # a working group of the summit
    ("东盟峰会", None),
])
def test_no_series_clue(name: str, ordinal: int | None) -> None:
    assert series_clue(name, ordinal, None) is None


# ---- anniversary -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "year"), [
    ("会谈在两国建交45周年(1979-2024)之际举行。", 2024),
    ("The summit marks the 50th anniversary (1973-2023) of the partnership.", 2023),
    ("两国于1992年建交，明年是建交35周年。", 2026),
    ("雙方1996年建立夥伴關係，今年適逢25週年。", 2021),
])
def test_an_anniversary_with_its_years_names_the_year(text: str, year: int) -> None:
    clues = anniversary_clues(text, whole(text))
    assert [c.year for c in clues] == [year]
    assert clues[0].basis == "anniversary"


@pytest.mark.parametrize("text", [
    "两国建交30周年(1990-2021)纪念活动举行。",  # the span does not match the number
    "The 30th anniversary of the relationship was celebrated.",  # no founding year
    "两国于1992年建交。",  # no anniversary number
])
def test_no_anniversary_clue(text: str) -> None:
    assert anniversary_clues(text, whole(text)) == []


# ---- anniversaries of relations: the year the pair established them --------------------------
def named(*codes: str):
    return lambda lo, hi: frozenset(codes)


@pytest.mark.parametrize(("text", "parties", "names", "year"), [
    ("明年是中哈建交30周年，双方将举办系列庆祝活动。", {"CHN", "KAZ"}, (), 2021),
    ("今年是中法建交60周年。", {"CHN", "FRA"}, ("FRA",), 2024),
    ("今年適逢越美建交三十週年。", {"VNM", "USA"}, (), 2025),
    ("The talks marked the 50th anniversary of ASEAN-Japan dialogue relations.",
     {"ASEAN", "JPN", "VNM"}, ("ASEAN",), 2023),
    # the sentence names the pair among several the parties hold
    ("The meeting was held to mark the 30th anniversary of ASEAN-Russia relations.",
     {"ASEAN", "RUS", "VNM"}, ("ASEAN", "RUS"), 2021),
])
def test_an_anniversary_of_relations_names_the_year(
        text: str, parties: set[str], names: tuple[str, ...], year: int) -> None:
    clues = relations_clues(text, whole(text), frozenset(parties), named(*names))
    assert [c.year for c in clues] == [year]
    assert clues[0].rule == "year.anniversary.relations"


def test_outside_the_meetings_part_the_sentence_must_name_the_pair() -> None:
    # Two calls reported in one article; the anniversary is the first pair's.
    text = "明年是中乌建交30周年。"
    outside = (len(text), len(text) + 50)
    assert relations_clues(text, whole(text), frozenset({"CHN", "GNQ"}), named("CHN"),
                           outside) == []
    [clue] = relations_clues(text, whole(text), frozenset({"CHN", "UZB"}),
                             named("CHN", "UZB"), outside)
    assert clue.year == 2021


@pytest.mark.parametrize(("text", "parties", "names"), [
    # a partnership is not relations: its year is not in the table
    ("今年是两国建立全面战略伙伴关系10周年。", {"CHN", "EGY"}, ()),
    # a pair the table does not know
    ("今年是两国建交35周年。", {"CHN", "XKX"}, ()),
    # two pairs with different years and the sentence names neither
    ("The ministers marked the 30th anniversary of diplomatic relations.",
     {"ASEAN", "RUS", "VNM"}, ()),
])
def test_no_relations_clue(text: str, parties: set[str], names: tuple[str, ...]) -> None:
    assert relations_clues(text, whole(text), frozenset(parties), named(*names)) == []


# ---- the text's other dates and the publication date -----------------------------------------
def test_the_texts_one_year_points_to_it() -> None:
    text = "双方高度评价2019年3月举行的首轮磋商，并于8月2日举行第二轮磋商。"
    clue = text_year_clue(find_times(text, "zh"))
    assert clue is not None and clue.year == 2019 and clue.rule == "year.text"


def test_a_date_before_every_dated_event_of_that_year_gets_no_text_year() -> None:
    text = "双方回顾了2019年12月的首轮磋商。第二轮磋商3月5日举行。"
    times = find_times(text, "zh")
    assert text_year_clue(times, PartialDate(3, 5)) is None
    after = text_year_clue(times, PartialDate(12, 20))
    assert after is not None and after.year == 2019


@pytest.mark.parametrize(("text", "lang"), [
    ("双方回顾了2016年5月和2019年3月的两次会晤。", "zh"),  # two years
    ("Relations were set up in 1991 and have grown since.", "en"),  # a bare year is history
])
def test_no_text_year_clue(text: str, lang: str) -> None:
    assert text_year_clue(find_times(text, lang)) is None


# ---- the choice --------------------------------------------------------------------------------
def pointer(year: int, basis: str = "context", rule: str = "year.series") -> Clue:
    return Clue(basis, rule, f"{rule} {year}", year=year)


def allows(*years: int, basis: str = "weekday") -> Clue:
    return Clue(basis, f"year.{basis}", f"{basis} {years}", years=frozenset(years))


def test_agreeing_pointer_and_constraints_choose_the_year() -> None:
    choice = choose_year([pointer(2019), allows(2013, 2019), allows(2016, 2019,
                                                                    basis="tenure")], WINDOW)
    assert (choice.year, choice.basis) == (2019, "context")
    assert choice.note.startswith("2019 — from ")


def test_constraints_alone_choose_when_one_year_is_left() -> None:
    choice = choose_year([allows(2011, 2017, 2023), allows(2016, 2017, 2018,
                                                             basis="tenure")], WINDOW)
    assert (choice.year, choice.basis) == (2017, "weekday")


@pytest.mark.parametrize("clues", [
    [pointer(2019), pointer(2020, "anniversary", "year.anniversary.span")],  # pointers apart
    [pointer(2019), allows(2013, 2024)],  # the weekday rules the pointer out
    [allows(2013, 2024), allows(2016, 2018, basis="tenure")],  # constraints leave no year
])
def test_conflicting_clues_keep_the_partial_date(clues: list[Clue]) -> None:
    choice = choose_year(clues, WINDOW)
    assert choice.year is None and choice.conflict
    assert choice.clues  # the clues stay with the date, to be shown


def test_a_weak_pointer_ruled_out_is_dropped_as_history() -> None:
    history = pointer(2016, rule="year.text")
    choice = choose_year([history, allows(2011, 2017, 2023), allows(2016, 2017, 2018,
                                                                     basis="tenure")], WINDOW)
    assert choice.year == 2017 and history not in choice.clues


def test_a_firm_pointer_outweighs_the_texts_other_year() -> None:
    choice = choose_year([pointer(2016, rule="year.text"), pointer(2019)], WINDOW)
    assert choice.year == 2019


def test_too_little_keeps_the_partial_date_without_a_conflict() -> None:
    choice = choose_year([allows(2011, 2017, 2023)], WINDOW)
    assert choice.year is None and not choice.conflict
    assert choose_year([], WINDOW).note == "too little: no clue"
