"""English sessions named by their order in a series (the previous meeting of the Council,
the next ASEAN summit, the second Strategic Dialogue meeting in Islamabad); sentences
written for these tests in TASS, Kazinform, APP, Bernama and wire styles."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2019-03-10"}


def ordered(found: list[dict]) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"] == "en.recalled.order"]


@pytest.mark.parametrize(("text", "status"), [
    ("ASTANA, March 10 (Kazinform) - Preparations for the forum have begun. The previous "
     "meeting of the Council of Foreign Ministers was held in Bishkek.", "recalled"),
    ("MOSCOW, March 10 (TASS) - Russia will host the next meeting of the Eurasian "
     "Intergovernmental Council in Sochi.", "planned"),
    ("ISLAMABAD, March 10 (APP) - The delegations reviewed the dialogue. The second Strategic "
     "Dialogue meeting in Islamabad was held in July 2018.", "recalled"),
    ("KUALA LUMPUR, March 10 (Bernama) - The last ASEAN Economic Ministers meeting in Bangkok "
     "agreed on the road map.", "recalled"),
])
def test_a_session_named_by_its_order_is_mentioned(text: str, status: str):
    found = ordered(meetings(text, **PUB)[0])
    assert [m["status"] for m in found] == [status]


@pytest.mark.parametrize("text", [
    # an order word with no series: nothing to name
    "MOSCOW, March 10 (TASS) - The ministers agreed to discuss it at the next meeting.",
    # an order word before other nouns
    "ASTANA, March 10 (Kazinform) - The first stage of the project was completed last year.",
    "BEIJING, March 10 (Xinhua) - This is the second time the two countries signed an agreement.",
])
def test_no_session_without_a_session_noun_and_a_series(text: str):
    assert ordered(meetings(text, **PUB)[0]) == []


def test_on_his_way_to_a_meeting_plans_it():
    text = ("TOKYO, Oct 13 (Kyodo) - Australian Foreign Minister Kevin Rudd visited Japan on his "
            "way to the Friends of Democratic Pakistan Ministerial Meeting in Brussels.")
    found, _ = meetings(text, meta_published="2010-10-13")
    named = [m for m in found if "Pakistan" in (m["name"] or "")]
    assert [m["status"] for m in named] == ["planned"]


def debates(found: list[dict]) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"] == "en.recalled.debate"]


@pytest.mark.parametrize(("text", "name"), [
    ("UNITED NATIONS, March 1 - The President said the Council would hold an open debate on "
     "children and armed conflict on 12 March.", "open debate on children and armed conflict"),
    ("NEW YORK, March 1 (UN News) - A high-level debate on peacekeeping reform will be chaired "
     "by the Foreign Minister.", "high-level debate on peacekeeping reform"),
])
def test_a_scheduled_debate_named_by_its_topic_is_planned(text: str, name: str):
    found = debates(meetings(text, meta_published="2019-03-01")[0])
    assert [(m["name"], m["status"]) for m in found] == [(name, "planned")]


@pytest.mark.parametrize("text", [
    # a debate with no plan word or date off the news: it may be the day's own meeting
    "UNITED NATIONS, March 1 - Speakers at an open debate on women and peace called for action.",
    # a public debate, not a meeting of a body
    "LONDON, March 1 - The decision sparked a debate on immigration policy.",
])
def test_no_debate_without_a_body_debate_and_a_cue(text: str):
    assert debates(meetings(text, meta_published="2019-03-01")[0]) == []


@pytest.mark.parametrize(("text", "name"), [
    ("NEW DELHI (PTI) - The minister will speak at the upcoming Raisina Dialogue in New Delhi.",
     "upcoming Raisina Dialogue in New Delhi"),
    ("BEIJING, March 10 (Xinhua) - Leaders will gather for the forthcoming Boao Forum for Asia.",
     "forthcoming Boao Forum for Asia"),
    ("MANILA, March 10 (PNA) - The two sides would hold their second high-level Joint Commission "
     "meeting next month.", "second high-level Joint Commission meeting"),
    ("ISLAMABAD (APP) - Both countries would hold the fourth Strategic Dialogue in Beijing.",
     "fourth Strategic Dialogue in Beijing"),
])
def test_a_coming_session_with_a_modal_or_an_order_word_is_planned(text: str, name: str):
    found = ordered(meetings(text, **PUB)[0])
    assert [(m["name"], m["status"]) for m in found] == [(name, "planned")]


@pytest.mark.parametrize("text", [
    # a forum of ideas, a congress: no session of a meeting series
    "HANOI, March 10 (VNA) - The upcoming party congress will elect a new leadership.",
    # an ordinal session stated as news, without a modal or a time after
    "ASTANA, March 10 (Kazinform) - The second Astana International Forum opened on Monday.",
])
def test_no_planned_session_without_a_session_noun_or_a_plan(text: str):
    assert [m["status"] for m in ordered(meetings(text, **PUB)[0])] in ([], ["held"])


def prepared(found: list[dict]) -> list[dict]:
    return [m for m in found if m["provenance"]["kind"]["rule"] == "en.recalled.prepared"]


@pytest.mark.parametrize(("text", "name"), [
    ("NEW YORK (UN News) - The two discussed the climate and preparations for COP30, among "
     "other issues.", "COP30"),
    ("APIA (RNZ) - Samoa is preparing for CHOGM 2024, officials said.", "CHOGM 2024"),
    ("LIMA (Andina) - Peru will host APEC 2024 and has begun planning.", "APEC 2024"),
])
def test_a_conference_prepared_or_hosted_by_acronym_is_planned(text: str, name: str):
    found = prepared(meetings(text, **PUB)[0])
    assert [(m["name"], m["status"]) for m in found] == [(name, "planned")]


@pytest.mark.parametrize("text", [
    "BEIJING (Xinhua) - Preparations for 2024 are under way.",
    "HANOI (VNA) - Ahead of G20 talks, ministers met.",
    "TOKYO (Kyodo) - Japan will host the World Cup matches.",
])
def test_no_prepared_conference_without_an_acronym_and_a_number(text: str):
    assert prepared(meetings(text, **PUB)[0]) == []
