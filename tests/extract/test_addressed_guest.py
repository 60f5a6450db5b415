"""A host's quoted words to his guest (你这次访华…, 您此次访越…) state the guest's visit: 你/您
is the counterpart of the meeting stated before, and the one-character place of the visit
word (华, 越) is its destination. Sentences written for these tests."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2024-05-25"}

ADDRESSED = [
    (
        "新华社北京5月22日电 国家主席习近平22日在人民大会堂会见巴西总统卢拉。习近平指出，"
        "你这次访华将推动中国和巴西关系迈上新台阶。",
        "Luiz Inacio Lula da Silva",
        "CHN",
    ),
    (
        "新華社北京5月22日電 國務院總理李強22日在人民大會堂會見柬埔寨首相洪瑪奈。李強表示，"
        "您此次訪華體現了中國和柬埔寨的傳統友誼。",
        "Hun Manet",
        "CHN",
    ),
    (
        "越通社河内5月22日电 越南国家主席苏林22日在河内会见老挝总理宋赛。苏林说，"
        "你这次访越是两国关系中的重要事件，越南愿同老挝加强合作。",
        "Sonexay Siphandone",
        "VNM",
    ),
]


@pytest.mark.parametrize(("text", "guest", "place"), ADDRESSED)
def test_you_visiting_is_the_guest_received(text: str, guest: str, place: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits
    got = codes(visits[0]["participants"], ents)
    assert guest in got and place in got


def test_the_host_speaking_of_his_own_visit_is_not_the_guest():
    text = (
        "新华社北京5月22日电 国家主席习近平22日在人民大会堂会见巴西总统卢拉。习近平指出，"
        "我去年访问巴西时同你进行了深入交流。"
    )
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert all("Luiz Inacio Lula da Silva" not in codes(v["participants"], ents) for v in visits)
