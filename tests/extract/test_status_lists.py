"""A clause that only continues a list (…，以及C) takes the tense of the clause it continues:
将出席A、B，以及C plans all three. Sentences written for these tests in Xinhua, Zaobao and
Malaysian-paper styles; none is copied from an article."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings


@pytest.mark.parametrize("text", [
    "联合早报3月4日讯 越南总理范明政将出席星期三（6日）至星期四（7日）在河内举行的第三届"
    "湄公河-日本峰会、第九届柬老越发展三角区峰会，以及第五届湄公河-澜沧江领导人会议。",
    # ASCII commas, as some Singapore and Malaysian sites print them
    "新明日报3月4日讯 据泰国媒体报道,老挝总理将出席6日至7日在万象举行的第五届湄公河-澜沧江"
    "领导人会议、第三届湄公河-日本峰会,以及第十届柬老越发展三角区峰会。",
    "新华社北京3月4日电 外交部发言人宣布，国务院总理李强将出席3月20日举行的第十届中日韩领导人会议，"
    "以及第十九届东亚峰会。",
])
def test_the_continued_list_is_planned(text: str) -> None:
    found, _ = meetings(text, meta_published="2024-03-04")
    conferences = [m for m in found if m["kind"] == "conference"]
    assert len(conferences) >= 2
    assert all(m["status"] == "planned" for m in conferences)


def test_a_new_clause_is_not_a_continuation() -> None:
    text = ("新华社河内3月4日电 越南总理范明政将出席本月20日举行的第三届湄公河-日本峰会。"
            "第九届柬老越发展三角区峰会4日在万象举行。")
    found, _ = meetings(text, meta_published="2024-03-04")
    statuses = {m["name"]: m["status"] for m in found if m["kind"] == "conference"}
    assert "held" in statuses.values()
