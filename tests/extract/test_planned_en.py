"""English meetings stated as plans: a visit after a modal or an invitation, parties that
"will meet"; sentences written for these tests in Reuters, VNA, TASS, Kyodo, Bernama and
government-readout styles."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2023-03-06"}  # a Monday


def planned(found: list[dict], rule: str) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"] == rule]


@pytest.mark.parametrize(("text", "dest", "name"), [
    ("NAIROBI (KNA) - Olaf Scholz, the German chancellor, said he would travel to Kenya "
     "before the end of the year.", "KEN", "Olaf Scholz's visit to Kenya"),
    ("VIENTIANE (KPL) - Sonexay Siphandone invited Anthony Albanese to make an official visit "
     "to Laos at a convenient time.", "LAO", "Anthony Albanese's official visit to Laos"),
    ("TOKYO (Kyodo) - The two leaders discussed the possibility of a visit to Japan by Lula.",
     "JPN", "visit to Japan"),
    ("KUALA LUMPUR (Bernama) - Anwar Ibrahim is scheduled to undertake a working visit to "
     "Singapore.", "SGP", "Anwar Ibrahim's working visit to Singapore"),
])
def test_a_visit_after_a_plan_cue_is_planned(text: str, dest: str, name: str):
    found, ents = meetings(text, **PUB)
    visits = planned(found, "en.planned.visit")
    assert [m["status"] for m in visits] == ["planned"]
    assert dest in codes(visits[0]["participants"], ents)
    assert visits[0]["name"].endswith(name)


@pytest.mark.parametrize("text", [
    # a visit already made, and a visit stated as news
    "HANOI (VNA) - Pham Minh Chinh visited Singapore last month.",
    # a visit to a place that is no state
    "BEIJING (Xinhua) - Li Qiang will visit the factory on Friday.",
    # a visit to a city of the visitor's own country is no foreign visit
    "MANILA (PNA) - Philippine President Ferdinand Marcos will travel to the Philippines' south.",
])
def test_no_planned_visit_without_a_plan_and_a_foreign_state(text: str):
    assert planned(meetings(text, **PUB)[0], "en.planned.visit") == []


@pytest.mark.parametrize(("text", "members"), [
    ("AMMAN (Petra) - The foreign ministers of Jordan, Iraq and Egypt are set to meet in "
     "Baghdad next week for trilateral consultations.", {"JOR", "IRQ", "EGY"}),
    ("MOSCOW (TASS) - Vladimir Putin and Recep Tayyip Erdogan will meet again, the Kremlin "
     "said.", {"Vladimir Putin", "Recep Tayyip Erdogan"}),
    ("SEOUL (Yonhap) - The leaders of South Korea and Japan are expected to meet next week.",
     {"KOR", "JPN"}),
])
def test_parties_that_will_meet_each_other_plan_a_meeting(text: str, members: set[str]):
    found, ents = meetings(text, **PUB)
    made = planned(found, "en.planned.meet")
    assert [m["status"] for m in made] == ["planned"]
    assert members <= codes(made[0]["participants"], ents)


@pytest.mark.parametrize("text", [
    # meet an object: targets, the press, expectations
    "TOKYO (Kyodo) - Japan and China will meet their emission targets, the report said.",
    "BERLIN (dpa) - Olaf Scholz and Emmanuel Macron will meet the press after lunch.",
    # one party only
    "HANOI (VNA) - Vietnam will meet in Hanoi with investors.",
    # met, not will meet: news or recalled, not planned here
    "MOSCOW (TASS) - Vladimir Putin and Recep Tayyip Erdogan met in Sochi on Monday.",
])
def test_no_planned_meeting_without_two_parties_and_no_object(text: str):
    assert planned(meetings(text, **PUB)[0], "en.planned.meet") == []


@pytest.mark.parametrize(("text", "status", "date"), [
    ("CANBERRA (AAP) - Anthony Albanese had invited Christopher Luxon, the New Zealand prime "
     "minister, to visit Australia in June last year.", "recalled", "2022-06"),
    ("CANBERRA (AAP) - Anthony Albanese invited Christopher Luxon to visit Australia in August.",
     "planned", None),
])
def test_an_invitation_with_a_date_before_the_news_was_taken_up(
    text: str, status: str, date: str | None
):
    visits = planned(meetings(text, **PUB)[0], "en.planned.visit")
    assert [m["status"] for m in visits] == [status]
    if date is not None:
        assert visits[0]["date"]["start"] == date
