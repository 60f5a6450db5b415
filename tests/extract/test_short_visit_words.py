"""One-character visit words (访越, 访美) must not swallow the first character of a state's
full name: 出访越南 is a visit to 越南 (出访 + the name), not 访越 + 南. Sentences written for
these tests in Xinhua, Lianhe Zaobao and Central News Agency styles."""

from __future__ import annotations

import pytest
from meeting_helpers import codes, meetings

PUB = {"meta_published": "2025-04-14"}

FULL_NAMES = [
    ("新华社北京4月14日电 国家主席习近平14日出访越南，这是今年首次出访。", "VNM"),
    ("韩国总统尹锡悦11日出访柬埔寨，随后前往印尼。", "KHM"),
    ("中央社台北14日电 日本首相今天出访美国，预计停留三天。", "USA"),
    ("越南国家主席今天出访俄罗斯。", "RUS"),
]


@pytest.mark.parametrize(("text", "code"), FULL_NAMES)
def test_a_visit_verb_before_a_full_state_name_visits_that_state(text: str, code: str):
    found, ents = meetings(text, **PUB)
    visits = [m for m in found if m["kind"] == "visit"]
    assert visits
    assert code in codes(visits[0]["participants"], ents)


def test_the_compact_form_is_still_a_visit():
    found, _ = meetings("国家主席习近平将于4月14日至15日访越。", **PUB)
    assert [m for m in found if m["kind"] == "visit"]


def test_the_noun_outbound_visit_is_no_visit():
    text = "外交部发言人就此次出访等内容回答了记者提问。"
    found, _ = meetings(text, **PUB)
    assert not [m for m in found if m["kind"] == "visit"]
