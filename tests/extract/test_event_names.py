"""Names of meetings the article does not name: a compact Chinese visit verb (访华, 訪日,
访越) already names the destination, so the state is not written again after it; 访问,
出访 and 到访 are followed by the destination's name. Sentences written for these tests in
Xinhua, CNA (traditional script) and Singapore-paper styles; none is copied from an
article."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-04-26"}


def visit_names(text: str) -> list[str]:
    found, _ = meetings(text, **PUB)
    return [m["name"] for m in found if m["kind"] == "visit"]


@pytest.mark.parametrize(("text", "name"), [
    ("中央社東京4月26日電 美國國務卿布林肯25日訪日，與日本外相上川陽子會談。", "布林肯訪日"),
    ("联合早报4月26日讯 美国国务卿布林肯25日访日，同日本外相上川阳子会谈。", "布林肯访日"),
    ("新华社河内4月26日电 日本外相上川阳子25日访越，同越南外长裴青山举行会谈。", "上川阳子访越"),
])
def test_compact_visit_verb_names_the_destination_once(text: str, name: str) -> None:
    assert name in visit_names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("新华社北京4月26日电 国务院总理李强25日出访越南，同越南总理范明政举行会谈。", "李强出访越南"),
    ("中央社台北4月26日電 美國國務卿布林肯25日訪問日本，與日本外相上川陽子會談。", "布林肯訪問日本"),
])
def test_visit_verb_before_a_state_keeps_its_name(text: str, name: str) -> None:
    assert name in visit_names(text)
