"""An attendance verb inside an attributive clause (同出席X的A举行会谈, 会见来华出席X的A) makes
the noun after 的 attend X, not the subject of the sentence; a subject that attends X
itself (A出席X，并同B会谈) still does. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-10-25"}

ATTRIBUTIVE = [
    (
        "新华社喀山10月22日电 国家主席习近平22日在喀山同出席金砖国家领导人第十六次会晤的印度"
        "总理莫迪举行会谈。",
        "Narendra Modi",
        "Xi Jinping",
    ),
    (
        "新華社阿斯塔納7月3日電 國家主席習近平3日在阿斯塔納會見出席上海合作組織成員國元首理事會"
        "第二十四次會議的巴基斯坦總理夏巴茲。",
        "PAK",
        "Xi Jinping",
    ),
    (
        "新华社天津6月25日电 国务院总理李强25日在天津会见来华出席第十五届夏季达沃斯论坛的越南"
        "总理范明政。",
        "Pham Minh Chinh",
        "Li Qiang",
    ),
]


@pytest.mark.parametrize(("text", "guest", "host"), ATTRIBUTIVE)
def test_the_noun_after_de_attends(text: str, guest: str, host: str):
    found, ents = meetings(text, **PUB)
    conferences = [m for m in found if m["kind"] == "conference"]
    assert conferences
    got = codes(conferences[0]["participants"], ents)
    assert guest in got
    assert host not in got


def test_a_subject_that_attends_itself_still_attends():
    text = (
        "新华社喀山10月22日电 国家主席习近平22日在喀山出席金砖国家领导人第十六次会晤，并同印度"
        "总理莫迪举行会谈。"
    )
    found, ents = meetings(text, **PUB)
    conferences = [m for m in found if m["kind"] == "conference"]
    assert conferences and "Xi Jinping" in codes(conferences[0]["participants"], ents)
