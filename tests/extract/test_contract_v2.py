"""Contract v2 meeting fields: status, part_of, name_en and provenance, on sentences written
for these tests in the styles of Xinhua, VNA's Chinese service, Kyodo and wire English."""

from __future__ import annotations

from meeting_helpers import meetings


def test_status_held_for_the_news_and_reported_follows_it():
    text = "新华社北京5月6日电 国家主席习近平6日在人民大会堂同法国总统马克龙举行会谈。(完)"
    found, _ = meetings(text, meta_published="2024-05-06")
    assert found and all(m["status"] == "held" and m["reported"] for m in found)


def test_status_planned_from_a_future_tense_cue():
    text = ("TOKYO (Kyodo) -- Japanese Prime Minister Fumio Kishida will hold talks with "
            "South Korean President Yoon Suk Yeol in Seoul next week, the government said.")
    found, _ = meetings(text, meta_published="2023-05-01")
    assert found and {m["status"] for m in found} == {"planned"}
    assert not any(m["reported"] for m in found)
    assert found[0]["provenance"]["status"]["rule"].startswith("en.status.")


def test_status_recalled_for_an_earlier_meeting():
    text = ("越通社河内——2024年6月10日，越南政府总理范明政会见新加坡总理黄循财。"
            "两国领导人曾于2023年2月在新加坡举行会谈。(完)")
    found, _ = meetings(text, meta_published="2024-06-10")
    assert sorted(m["status"] for m in found) == ["held", "recalled"]
    recalled = next(m for m in found if m["status"] == "recalled")
    assert recalled["date"]["start"] == "2023-02" and recalled["reported"] is False


def test_status_cancelled_from_a_cancel_cue():
    text = ("WASHINGTON (Reuters) - U.S. President Joe Biden cancelled a meeting with "
            "Australian Prime Minister Anthony Albanese scheduled for Tuesday.")
    found, _ = meetings(text, meta_published="2023-05-16")
    assert [m["status"] for m in found] == ["cancelled"]
    assert found[0]["provenance"]["status"]["rule"] == "en.status.cancel"


def test_talks_during_a_visit_are_part_of_the_visit():
    text = ("越通社万象——应老挝国家主席通伦·西苏里的邀请，越南国家主席梁强于2024年4月2日至3日"
            "对老挝进行国事访问。访问期间，梁强同通伦·西苏里举行会谈。(完)")
    found, _ = meetings(text, meta_published="2024-04-03")
    visit = next(m for m in found if m["kind"] == "visit")
    talks = next(m for m in found if m["kind"] == "talks")
    assert talks["part_of"] == visit["id"] and visit["part_of"] is None


def test_name_en_is_built_for_chinese_and_kept_for_english():
    text = "新华社北京5月6日电 国家主席习近平6日在人民大会堂同法国总统马克龙举行会谈。(完)"
    found, _ = meetings(text, meta_published="2024-05-06")
    assert found[0]["name_en"] == "Talks between Xi Jinping and Emmanuel Macron"
    text_en = ("HANOI (VNA) - Prime Minister Pham Minh Chinh held talks with Indian Prime "
               "Minister Narendra Modi on August 1.")
    found_en, _ = meetings(text_en, meta_published="2024-08-01")
    assert found_en and found_en[0]["name_en"] == found_en[0]["name"]


def test_provenance_names_the_rule_and_points_at_the_words():
    text = ("越通社河内——第十九次东盟—俄罗斯高官会于2023年5月10日以视频方式召开，"
            "由俄罗斯与老挝共同主持。(完)")
    (m,), _ = meetings(text, meta_published="2023-05-11")
    prov = m["provenance"]
    span = prov["ordinal"]["spans"][0]
    assert text[span["start"] : span["end"]] == "第十九次"
    fmt = prov["format"]["spans"][0]
    assert "视频" in text[fmt["start"] : fmt["end"]]
    date = prov["date"]["spans"][0]
    assert text[date["start"] : date["end"]].startswith("2023年5月10日")
    assert prov["chairs"]["rule"] == "zh.chair.phrase"
    assert {"name", "kind", "level", "status", "participants"} <= set(prov)
