"""The outcome of a numbered edition as a floor on the year (summitry.nlp.dates.clues).

Sentences written for these tests in the styles of VNA, Xinhua, HK/Taiwan papers and wire
English; negatives (an edition still to come, an unknown series) included."""

from __future__ import annotations

import pytest

from summitry.nlp.dates.clues import edition_year_clues, outcome_clue
from summitry.nlp.normalize import to_simplified

WINDOW = range(1990, 2027)

FLOORS = [
    ("越方向老方通报了越南共产党第十三次全国代表大会成果。", 2021),
    ("双方表示将认真落实中国共产党第二十次全国代表大会精神。", 2022),
    ("雙方祝賀第43屆東盟峰會取得的成果，並同意落實峰會決議。", 2023),
    ("The minister briefed his host on the outcomes of the 13th National Congress of the "
     "Communist Party of Vietnam, held in Hanoi.", 2021),
    ("Both sides hailed the success of the 32nd ASEAN Summit and pledged closer ties.", 2018),
]


@pytest.mark.parametrize(("text", "floor"), FLOORS)
def test_a_reported_outcome_of_an_edition_sets_a_floor(text: str, floor: int) -> None:
    simplified, _ = to_simplified(text)
    clue = outcome_clue(simplified, [(0, len(simplified))], WINDOW)
    assert clue is not None and clue.years is not None
    assert min(clue.years) == floor and clue.rule == "year.series_outcome"
    assert clue.start is not None and clue.end is not None


NO_FLOOR = [
    "越南各地积极迎接越南共产党第十四次全国代表大会。",       # still to come: no outcome
    "第五次中越边境联合巡逻取得成果。",                       # not a known series
    "The results of the 3rd round of consultations were not announced.",
    "The outcome of the summit is still uncertain.",
]


@pytest.mark.parametrize("text", NO_FLOOR)
def test_no_floor_without_the_outcome_of_a_known_edition(text: str) -> None:
    simplified, _ = to_simplified(text)
    assert outcome_clue(simplified, [(0, len(simplified))], WINDOW) is None


def test_the_latest_floor_wins() -> None:
    text = ("双方回顾了中国共产党第十九次全国代表大会精神，"
            "并通报了中国共产党第二十次全国代表大会成果。")
    clue = outcome_clue(text, [(0, len(text))], WINDOW)
    assert clue is not None and clue.years is not None and min(clue.years) == 2022


EDITIONS = [
    ("阿方代表积极评价去年底召开的首届中阿峰会。", 2023),
    ("去年在约翰内斯堡举行的第十五次金砖国家领导人会晤取得成功。", 2024),
    ("今年是第二届中国—中亚峰会举办之年。", 2025),
    ("明年将举行第二届中国—中亚峰会。", 2024),
    ("Both leaders recalled last year's 15th BRICS Summit in Johannesburg.", 2024),
]


@pytest.mark.parametrize(("text", "year"), EDITIONS)
def test_an_edition_placed_by_a_relative_year_points_to_the_articles_year(
        text: str, year: int) -> None:
    simplified, _ = to_simplified(text)
    clues = edition_year_clues(simplified, [(0, len(simplified))])
    assert [c.year for c in clues] == [year]
    assert clues[0].rule == "year.series_relative"


NO_EDITION = [
    "去年两国元首在北京会晤。",                    # no numbered edition
    "去年第五次中越边境联合巡逻顺利完成。",        # not a known series
    "The 15th BRICS Summit was held in Johannesburg.",  # no relative year
]


@pytest.mark.parametrize("text", NO_EDITION)
def test_no_pointer_without_a_known_edition_and_a_relative_year(text: str) -> None:
    assert edition_year_clues(text, [(0, len(text))]) == []
