"""The host of a visit takes part in it: the leader the visitor holds talks with, else (no
talks reported) the leader who receives him or whom he calls on; the other leaders he meets
beside the talks stay with their own receptions. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-05-25"}


def visit_of(found: list[dict]) -> dict:
    visits = [m for m in found if m["kind"] == "visit" and m["reported"]]
    assert len(visits) == 1
    return visits[0]


RECEIVED_ONLY = [
    # Xinhua style: the visitor is the subject of 会见, the host is the one he meets
    (
        "新华社河内5月14日电 国家主席习近平14日抵达河内，对越南进行国事访问。当天，习近平在河内"
        "会见越南国家主席武文赏。",
        "Vo Van Thuong",
    ),
    # traditional script, an HK/Taiwan wire
    (
        "新華社東京5月14日電 印尼總統佐科14日抵達東京，對日本進行國事訪問。佐科當天會見了日本"
        "首相岸田文雄。",
        "Fumio Kishida",
    ),
    # wire English, the host named as the one who receives the visitor
    (
        "Prime Minister Anthony Albanese began an official visit to India on Thursday. "
        "Albanese was received by Prime Minister Narendra Modi in New Delhi.",
        "Narendra Modi",
    ),
]


@pytest.mark.parametrize(("text", "host"), RECEIVED_ONLY)
def test_the_leader_a_visitor_meets_hosts_a_visit_without_talks(text: str, host: str):
    found, ents = meetings(text, **PUB)
    assert host in codes(visit_of(found)["participants"], ents)


def test_talks_name_the_host_and_other_receptions_stay_apart():
    text = (
        "新华社金边5月14日电 国家主席习近平14日对柬埔寨进行国事访问。习近平同柬埔寨首相洪玛奈"
        "举行会谈。习近平随后会见了柬埔寨参议院主席洪森。"
    )
    found, ents = meetings(text, **PUB)
    people = codes(visit_of(found)["participants"], ents)
    assert "Hun Manet" in people
    assert "Hun Sen" not in people


def test_a_third_country_leader_met_during_a_visit_is_no_host():
    text = (
        "新华社曼谷5月14日电 国家主席习近平14日对泰国进行国事访问。习近平当天在曼谷会见日本"
        "首相岸田文雄。"
    )
    found, ents = meetings(text, **PUB)
    assert "Fumio Kishida" not in codes(visit_of(found)["participants"], ents)
