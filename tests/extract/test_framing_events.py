"""A month or year that dates an earlier event framing the clause (X2021年10月就任后，首次访问Y)
is that event's time, not the meeting's. Sentences written for these tests in Xinhua, CNA
(traditional script) and Zaobao styles; none is copied from an article."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2024-03-04"}


def dates(text: str) -> list[str | None]:
    found, _ = meetings(text, **PUB)
    return [m["date"]["start"] for m in found]


@pytest.mark.parametrize(("text", "not_year"), [
    ("联合早报3月4日讯 新加坡总理李显龙下月将访问新西兰，这是他2004年8月就任总理后，首次访问新西兰。",
     "2004"),
    ("中央社東京3月4日電 日本首相岸田文雄2021年10月就任以來，將首度訪問蒙古國。", "2021-10"),
])
def test_the_framing_event_does_not_date_the_meeting(text: str, not_year: str) -> None:
    found = dates(text)
    assert found and not any(d and d.startswith(not_year) for d in found)


@pytest.mark.parametrize(("text", "value"), [
    ("新华社北京3月4日电 2023年8月，国家主席习近平同南非总统拉马福萨举行会谈。", "2023-08"),
    ("新华社河内3月4日电 越南政府总理范明政3日抵达后，会见了老挝总理宋赛。", "2024-03-03"),
])
def test_a_meeting_date_stays(text: str, value: str) -> None:
    assert value in dates(text)
