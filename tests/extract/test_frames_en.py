"""English frames on sentences written for these tests (wire, ministry readout, Kyodo and
Singapore-paper styles): titles with prepositions inside them, a headline meeting restated
in the lead, and relative clauses that carry their own visit."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-06-12"}


def persons(m: dict, ents: dict) -> set[str]:
    return {ents[i]["name"] for i in m["participants"] if ents[i]["type"] == "person"}


TITLED_OBJECTS = [
    "On June 11, Minister for Foreign Affairs of Japan Yoko Kamikawa had a meeting with "
    "Minister for Foreign Affairs of Australia Penny Wong in Tokyo.",
    "Japanese Foreign Minister Yoko Kamikawa met with Minister for Foreign Affairs Penny "
    "Wong of Australia on Tuesday.",
    "TOKYO (Kyodo) -- Yoko Kamikawa held talks on Tuesday with Australia's Minister for "
    "Foreign Affairs Penny Wong.",
]


@pytest.mark.parametrize("text", TITLED_OBJECTS)
def test_a_title_with_for_inside_does_not_end_the_counterpart(text: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 1
    assert {"Yoko Kamikawa", "Penny Wong"} <= persons(talks[0], ents)


def test_a_lowercase_for_still_ends_the_counterpart():
    text = (
        "Singapore's Prime Minister Lawrence Wong met Malaysian Prime Minister Anwar Ibrahim "
        "for talks on Tuesday, while Indonesian President Joko Widodo watched."
    )
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert talks and "Joko Widodo" not in persons(talks[0], ents)


def story(headline: str, lead: str) -> str:
    return (
        f"{headline}\n\nJune 11, 2024\n\nOn June 11, {lead} in the capital for about an hour.\n\n"
        "The two sides discussed the regional situation and agreed to deepen cooperation.\n\n"
        "Both said the partnership was valued."
    )


HEADLINE_AND_LEAD = [
    (
        "Japan-Australia Foreign Ministers’ Meeting",
        "Foreign Minister of Japan Yoko Kamikawa had a meeting with Foreign Minister of "
        "Australia Penny Wong",
    ),
    (
        "India-France Summit",
        "Indian Prime Minister Narendra Modi held talks with French President Emmanuel Macron",
    ),
]


@pytest.mark.parametrize(("headline", "lead"), HEADLINE_AND_LEAD)
def test_a_named_bilateral_headline_and_the_leads_talks_are_one_meeting(headline: str, lead: str):
    found, ents = meetings(story(headline, lead), **PUB)
    assert len(found) == 1
    assert len(persons(found[0], ents)) == 2
    assert found[0]["date"]["start"] == "2024-06-11"


def test_a_named_bilateral_of_other_states_stays_apart():
    text = story(
        "Japan-Australia Foreign Ministers’ Meeting",
        "Indian Prime Minister Narendra Modi held talks with French President Emmanuel Macron",
    )
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if "Narendra Modi" in persons(m, ents)]
    assert len(talks) == 1
    assert not {"JPN", "AUS"} & codes(talks[0]["participants"], ents)


RELATIVE_VISITS = [
    "BEIJING, June 11 (Xinhua) -- Chinese President Xi Jinping held talks on Tuesday with "
    "Brazilian President Luiz Inacio Lula da Silva, who is on a state visit to China.",
    "Vietnamese Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone, "
    "who is paying an official visit to Vietnam, in Hanoi on Tuesday.",
    "Singapore's Prime Minister Lawrence Wong met Malaysian Prime Minister Anwar Ibrahim, "
    "who was on a two-day working visit to Singapore, on Tuesday.",
]


@pytest.mark.parametrize(
    ("text", "guest"), list(zip(RELATIVE_VISITS, ("Lula", "Sonexay", "Anwar"), strict=True))
)
def test_the_visitor_of_a_relative_clause_is_the_party_before_who(text: str, guest: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert len(visits) == 1
    assert guest in visits[0]["name"] and len(persons(visits[0], ents)) <= 2


def test_a_visit_without_a_relative_clause_keeps_its_subject():
    text = (
        "Chinese President Xi Jinping and his wife Peng Liyuan paid a state visit to France "
        "on Tuesday, the foreign ministry said."
    )
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits and "Xi Jinping" in persons(visits[0], ents)
    assert "FRA" in codes(visits[0]["participants"], ents)


APPOSED_GUESTS = [
    "Indonesian President Joko Widodo received Australia's new prime minister, Scott "
    "Morrison, at the palace on Tuesday.",
    "Chinese Premier Li Qiang met the President of the European Commission, Ursula von der "
    "Leyen, in Beijing on Tuesday.",
    "Japanese Prime Minister Fumio Kishida held talks with his Indian counterpart, Narendra "
    "Modi, in Tokyo on Tuesday.",
    "The Secretary-General, Antonio Guterres, met jointly with the President of the European "
    "Council, H.E. Mr. Charles Michel, and the High Representative, Josep Borrell, on Tuesday.",
]


@pytest.mark.parametrize("text", APPOSED_GUESTS)
def test_a_name_in_apposition_after_a_title_is_the_counterpart(text: str):
    found, ents = meetings(text, **PUB)
    assert len(found) == 1
    assert len(persons(found[0], ents)) >= 2


def test_a_comma_before_a_clause_still_ends_the_counterpart():
    text = (
        "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi, "
        "Chinese Premier Li Qiang said on Tuesday."
    )
    found, ents = meetings(text, **PUB)
    assert found and "Li Qiang" not in persons(found[0], ents)


TITLED_PRONOUNS = [
    "Russian Foreign Minister Sergey Lavrov held talks with Syrian President Bashar al-Assad "
    "in Damascus on Monday. It was the Russian minister's first visit to Syria in years.",
    "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi on Monday. "
    "The Japanese Prime Minister paid a visit to India last month as well.",
]


@pytest.mark.parametrize("text", TITLED_PRONOUNS)
def test_a_title_with_a_nationality_stands_for_that_states_person(text: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits
    assert persons(visits[0], ents) <= {"Sergey Lavrov", "Fumio Kishida"}


SEVERAL_LEADERS = [
    "French President Emmanuel Macron met with U.S. President Joe Biden and German "
    "Chancellor Olaf Scholz ahead of the summit on Tuesday.",
    "Prime Minister Narendra Modi on Tuesday met Japanese Prime Minister Fumio Kishida and "
    "Australian Prime Minister Anthony Albanese in Hiroshima.",
    "Singapore's Prime Minister Lawrence Wong met Malaysian Prime Minister Anwar Ibrahim and "
    "Indonesian President Joko Widodo on the sidelines on Tuesday.",
]


@pytest.mark.parametrize("text", SEVERAL_LEADERS)
def test_meeting_leaders_of_several_states_is_one_bilateral_each(text: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 2
    assert all(len(persons(m, ents)) == 2 for m in talks)


TOGETHER_LEADERS = [
    "U.S. President Joe Biden held a trilateral meeting with Japanese Prime Minister Fumio "
    "Kishida and South Korean President Yoon Suk Yeol at Camp David on Tuesday.",
    "French President Emmanuel Macron met jointly with U.S. President Joe Biden and German "
    "Chancellor Olaf Scholz on Tuesday.",
]


@pytest.mark.parametrize("text", TOGETHER_LEADERS)
def test_leaders_meeting_together_are_one_meeting(text: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 1 and len(persons(talks[0], ents)) == 3


FRONTED_CALLS = [
    "During a phone call on Tuesday evening, U.S. President Joe Biden congratulated South "
    "African President Cyril Ramaphosa on his re-election.",
    "In a telephone conversation on Tuesday, Russian President Vladimir Putin told Turkish "
    "President Recep Tayyip Erdogan that the talks should continue.",
    "Earlier, during their phone call, Chinese President Xi Jinping thanked Brazilian "
    "President Luiz Inacio Lula da Silva for his message.",
]


@pytest.mark.parametrize("text", FRONTED_CALLS)
def test_a_fronted_phone_call_is_between_the_main_clauses_parties(text: str):
    found, ents = meetings(text, **PUB)
    calls = [m for m in found if m["kind"] == "call"]
    assert len(calls) == 1 and calls[0]["format"] == "phone"
    assert len(persons(calls[0], ents)) == 2


NOT_FRONTED_CALLS = [
    "U.S. President Joe Biden said in a phone call last year that the talks should continue.",
    "During a phone call, the minister said, nothing was agreed.",
]


@pytest.mark.parametrize("text", NOT_FRONTED_CALLS)
def test_a_call_phrase_without_two_parties_is_no_call(text: str):
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "call"]


HOSTED_GUESTS = [
    "British Prime Minister Rishi Sunak hosts South African President Cyril Ramaphosa at "
    "Downing Street on Tuesday.",
    "U.S. President Joe Biden hosted Kenyan President William Ruto at the White House on "
    "Tuesday.",
    "Japanese Prime Minister Fumio Kishida hosted Philippine President Ferdinand Marcos Jr. "
    "in Tokyo on Tuesday.",
]


@pytest.mark.parametrize("text", HOSTED_GUESTS)
def test_hosting_a_named_guest_is_a_meeting_the_host_chairs(text: str):
    found, ents = meetings(text, **PUB)
    assert len(found) == 1 and len(persons(found[0], ents)) == 2
    assert found[0]["chairs"]


NOT_HOSTED_GUESTS = [
    "Vietnam's President hosted a gala dinner for the leaders on Tuesday.",
    "Indonesia is hosting the meeting as it holds the chair this year.",
    "The Philippines hosted The Economist's annual forum on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_HOSTED_GUESTS)
def test_hosting_an_event_is_no_reception(text: str):
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "talks"]


def test_guests_hosted_for_a_named_summit_attend_it():
    text = (
        "U.S. President Joe Biden hosted Canadian Prime Minister Justin Trudeau and Mexican "
        "President Andres Manuel Lopez Obrador at the White House for the North American "
        "Leaders' Summit on Tuesday."
    )
    found, ents = meetings(text, **PUB)
    assert len(found) == 1 and found[0]["kind"] == "conference"
    assert len(persons(found[0], ents)) == 3


BARE_TITLE_COUNTERPARTS = [
    "Indian President Droupadi Murmu received the new envoys on Tuesday. The ambassadors of "
    "France and Japan presented their credentials to the President at a ceremony.",
    "Vietnamese President Vo Van Thuong spoke at the ceremony. Ambassadors of France and "
    "Japan then presented their credentials to the President.",
]


@pytest.mark.parametrize("text", BARE_TITLE_COUNTERPARTS)
def test_a_bare_title_after_the_verb_is_the_holder_named_before(text: str):
    found, ents = meetings(text, **PUB)
    creds = [m for m in found if "credentials" in (m["name"] or "").lower()]
    assert creds
    assert persons(creds[0], ents) & {"Droupadi Murmu", "Vo Van Thuong"}


POSSESSIVE_WAS_WITH = [
    "Prime Minister Narendra Modi's first bilateral meeting, of the five scheduled for "
    "Tuesday, was with Sri Lankan President Ranil Wickremesinghe.",
    "Chinese Premier Li Qiang's last meeting of the day was with Singapore's Prime Minister "
    "Lawrence Wong.",
]


@pytest.mark.parametrize("text", POSSESSIVE_WAS_WITH)
def test_a_possessive_meeting_that_was_with_someone_is_talks(text: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 1 and len(persons(talks[0], ents)) == 2


def test_a_possessive_meeting_was_with_a_purpose_is_no_talks():
    text = "Prime Minister Narendra Modi's meeting was with a view to trade, officials said."
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "talks"]


TITLED_SUBJECTS = [
    "South African President Cyril Ramaphosa met British Prime Minister Rishi Sunak on "
    "Tuesday. The president was in London as part of his state visit to the UK.",
    "Kenyan President William Ruto held talks with U.S. Secretary of State Antony Blinken on "
    "Tuesday. The president was in Washington as part of his state visit to the United States.",
]


@pytest.mark.parametrize("text", TITLED_SUBJECTS)
def test_a_bare_title_subject_is_the_holder_of_that_title(text: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert len(visits) == 1
    assert persons(visits[0], ents) & {"Cyril Ramaphosa", "William Ruto"}
    assert not persons(visits[0], ents) & {"Rishi Sunak", "Antony Blinken"}


BOTH_SIDES = [
    "Chinese President Xi Jinping held talks with U.S. President Joe Biden on Wednesday. "
    "On Tuesday evening, the two heads of state held a meeting at a lakeside compound.",
    "Japanese Prime Minister Fumio Kishida held talks with Chinese Premier Li Qiang on "
    "Wednesday. On Tuesday, the two heads of government held a meeting over dinner.",
]


@pytest.mark.parametrize("text", BOTH_SIDES)
def test_the_two_heads_of_state_are_the_parties_named_before(text: str):
    found, ents = meetings(text, **PUB)
    talks = [m for m in found if m["kind"] == "talks"]
    assert len(talks) == 2
    assert all(len(persons(m, ents)) == 2 for m in talks)


INSTITUTIONS_WELCOMING = [
    "The Indian embassy in Washington welcomed U.S. envoy Eric Garcetti on his arrival.",
    "Japan's foreign ministry welcomed Chinese Foreign Minister Wang Yi's remarks on Tuesday.",
]


@pytest.mark.parametrize("text", INSTITUTIONS_WELCOMING)
def test_an_institution_welcoming_someone_is_no_reception(text: str):
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "talks"]


def test_a_named_host_welcoming_a_guest_is_a_reception():
    text = "Indian President Droupadi Murmu welcomed U.S. envoy Eric Garcetti on Tuesday."
    found, _ = meetings(text, **PUB)
    assert len([m for m in found if m["kind"] == "talks"]) == 1
