"""Status cues for plans and recalls beyond 将/will: hedged and arranged plans (可能, 有望,
预计, is set to attend, is expected to meet), plans written after the name (which will take
place, to be held), the eve of a meeting, and a meeting dated in an earlier year. Sentences
written for these tests in wire, Xinhua, CNA, Kyodo and Singapore-paper styles."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings


@pytest.mark.parametrize("text", [
    "NEW DELHI, Nov 14 (Reuters) - Defence Minister Rajnath Singh is set to attend the 11th "
    "ASEAN Defence Ministers' Meeting-Plus in Vientiane.",
    "TOKYO, Nov 14 (Kyodo) - Prime Minister Fumio Kishida is expected to attend the APEC "
    "Economic Leaders' Meeting in San Francisco.",
    "SINGAPORE - Prime Minister Lee Hsien Loong is due to attend the 43rd ASEAN Summit in "
    "Jakarta.",
])
def test_an_arranged_or_expected_meeting_is_planned(text: str):
    found, _ = meetings(text, meta_published="2023-11-14")
    assert found and all(m["status"] == "planned" for m in found)


@pytest.mark.parametrize("text", [
    "NEW DELHI, Sept 8 - Indian and US officials held talks on the eve of the G20 Summit.",
    "BEIJING, Sept 8 (Xinhua) -- The ministers met in Jakarta ahead of the ASEAN Summit.",
    "JAKARTA, Sept 8 - The delegations met on Friday on the eve of the East Asia Summit, which "
    "will take place in the capital.",
])
def test_the_meeting_a_clause_happens_before_is_planned(text: str):
    found, _ = meetings(text, meta_published="2023-09-07")
    summits = [m for m in found if "Summit" in (m["name"] or "")]
    assert summits and all(m["status"] == "planned" for m in summits)


def test_ahead_of_a_summit_does_not_make_the_talks_of_the_clause_planned():
    text = ("NEW DELHI, Sept 8 (Reuters) - Ahead of the G20 Summit, Prime Minister Narendra Modi "
            "held talks with US President Joe Biden on Friday.")
    found, _ = meetings(text, meta_published="2023-09-08")
    talks = [m for m in found if m["kind"] == "talks"]
    assert [m["status"] for m in talks] == ["held"]


@pytest.mark.parametrize("text", [
    "中新社首尔11月14日电 韩国总统尹锡悦有望在旧金山同中国国家主席习近平举行会谈。",
    "中央社東京11月14日電 日本首相岸田文雄預計與美國總統拜登在舊金山會談。",
    "新华社北京11月14日电 外交部发言人表示，王毅将首次对巴西进行正式访问。",
])
def test_hedged_and_adverbial_chinese_plans_are_planned(text: str):
    found, _ = meetings(text, meta_published="2023-11-14")
    assert found and all(m["status"] == "planned" for m in found)


@pytest.mark.parametrize("text", [
    "新华社北京11月14日电 国家主席习近平14日在人民大会堂同来访的巴西总统卢拉举行会谈。",
    "中央社台北11月14日電 外交部長林佳龍14日與來訪的巴拉圭外長會面。",
])
def test_the_days_own_meeting_stays_held(text: str):
    found, _ = meetings(text, meta_published="2023-11-14")
    assert found and all(m["status"] == "held" for m in found)


def test_a_summit_dated_years_before_the_lead_is_recalled():
    text = ("2015年7月9日至10日，上海合作组织成员国元首理事会第十五次会议将在乌法举行。"
            "2003年5月29日，上海合作组织第三次峰会在莫斯科举行，各国元首出席。")
    found, _ = meetings(text)
    old = [m for m in found if (m["date"]["start"] or "").startswith("2003")]
    assert old and all(m["status"] == "recalled" for m in old)


@pytest.mark.parametrize("text", [
    "新华社成都5月29日电 会议总结了首届中国—东盟峰会以来各领域合作进展。",
    "越通社河内5月29日电 双方回顾了第三次领导人会议和第五次外长会以来的合作成果。",
])
def test_a_meeting_followed_by_since_is_recalled_and_keeps_no_news_date(text: str):
    found, _ = meetings(text, meta_published="2023-05-29")
    assert found and all(m["status"] == "recalled" for m in found)
    assert all(m["date"]["start"] != "2023-05-29" for m in found)


def test_since_in_another_clause_does_not_recall_the_news():
    text = "新华社成都5月29日电 第五次中国—东盟外长会29日在成都举行，这是机制建立以来的第五次会议。"
    found, _ = meetings(text, meta_published="2023-05-29")
    assert [m["status"] for m in found][:1] == ["held"]


@pytest.mark.parametrize("text", [
    "星洲日报吉隆坡12月20日讯 安瓦尔透露，他23日会在浮罗交怡与印尼总统普拉博沃举行会谈。",
    "联合早报新加坡12月20日讯 黄循财表示，他下周会与马来西亚首相安瓦尔举行会谈。",
])
def test_a_modal_hui_after_a_pronoun_or_a_day_plans_the_meeting(text: str):
    found, _ = meetings(text, meta_published="2024-12-20")
    assert found and all(m["status"] == "planned" for m in found)


def test_hui_jian_is_a_meeting_held_not_a_modal():
    text = "新华社雅加达12月20日电 印尼总统普拉博沃20日会见了来访的马来西亚首相安瓦尔。"
    found, _ = meetings(text, meta_published="2024-12-20")
    assert found and all(m["status"] == "held" for m in found)


@pytest.mark.parametrize(("text", "who"), [
    ("DAMASCUS (SANA) - Sergey Lavrov held talks with Bashar al-Assad on Monday. Lavrov also had "
     "a meeting with his counterpart Faisal Mekdad scheduled.", "Faisal Mekdad"),
    ("ANKARA (AA) - Hakan Fidan met Antony Blinken on Monday. He also has talks with Josep "
     "Borrell planned.", "Josep Borrell"),
])
def test_a_meeting_arranged_after_its_partner_is_planned(text: str, who: str):
    found, ents = meetings(text, meta_published="2023-03-06")
    named = [m for m in found if any(ents[i]["name"] == who for i in m["participants"])]
    assert [m["status"] for m in named] == ["planned"]


@pytest.mark.parametrize("text", [
    "MOSCOW (TASS) - Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday, as planned.",
    "MOSCOW (TASS) - Vladimir Putin met Recep Tayyip Erdogan on Monday, who planned a visit.",
])
def test_as_planned_or_a_relative_clause_does_not_plan_the_news(text: str):
    found, _ = meetings(text, meta_published="2023-03-06")
    assert [m["status"] for m in found] == ["held"]
