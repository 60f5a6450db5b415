"""Meeting extraction on sample sentences written for these tests, in the styles of VNA's
Chinese service, Xinhua and English wire copy; negatives included."""

from __future__ import annotations

from typing import Any

from conftest import run
from summitry.contract import to_contract

STAGES = ("clean", "normalize", "language", "dates", "entities", "meetings")


def meetings(text: str, **meta: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    doc = run(text, stages=STAGES, **meta)
    record = to_contract(doc)
    for m in record["meetings"]:
        for ev in m["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    return record["meetings"], {e["id"]: e for e in record["entities"]}


def codes(ids: list[str], ents: dict[str, dict[str, Any]]) -> set[str]:
    return {ents[i]["code"] or ents[i]["name"] for i in ids}


def test_separate_phone_calls_are_one_meeting_per_counterpart():
    text = ("越通社河内——4月2日，越南政府总理范明政分别与老挝总理宋赛·西潘敦和柬埔寨首相洪玛奈通电话。"
            "(完)")
    found, ents = meetings(text, meta_published="2024-04-02")
    assert len(found) == 2
    assert all(m["kind"] == "call" and m["format"] == "phone" for m in found)
    assert {frozenset(codes(m["participants"], ents)) & {"LAO", "KHM"} for m in found} == {
        frozenset({"LAO"}), frozenset({"KHM"})}


def test_visit_and_the_talks_during_it_are_separate_records():
    text = ("越通社万象——应老挝国家主席通伦·西苏里的邀请，越南国家主席梁强于2025年3月3日至4日对老挝进行国事访问。"
            "访问期间，梁强同通伦·西苏里举行会谈；会见老挝政府总理宋赛·西潘敦、老挝国会主席赛宋蓬·丰威汉。(完)")
    found, ents = meetings(text, meta_published="2025-03-04")
    kinds = sorted(m["kind"] for m in found)
    assert kinds == ["talks", "talks", "talks", "visit"]
    visit = next(m for m in found if m["kind"] == "visit")
    assert visit["date"] == {"start": "2025-03-03", "end": "2025-03-04"}
    assert visit["format"] == "in_person" and visit["level"] == "summit"
    assert {"VNM", "LAO"} <= codes(visit["participants"], ents)
    during = [m for m in found if m["kind"] == "talks"]
    assert all(m["date"]["start"] == "2025-03" for m in during)
    levels = sorted(m["level"] for m in during)
    assert levels == ["other", "summit", "summit"]  # the assembly chair is not a summit peer


def test_recalled_and_planned_meetings_are_mentioned_not_reported():
    text = ("越通社河内——2022年9月14日，越南外长裴青山在河内会见新加坡外长维文。"
            "双方高度评价于2021年6月以视频方式召开的第十一次越南—新加坡外长级会议，"
            "同意将于2023年在新加坡举行第十二次越南—新加坡外长级会议。(完)")
    found, _ = meetings(text, meta_published="2022-09-14")
    reported = [m for m in found if m["reported"]]
    mentioned = {m["ordinal"]: m for m in found if not m["reported"]}
    assert len(reported) == 1 and reported[0]["kind"] == "talks"
    assert reported[0]["level"] == "ministerial"
    assert set(mentioned) == {11, 12}
    assert mentioned[11]["date"]["start"] == "2021-06"


def test_english_ordinal_list_on_the_sidelines_gets_one_meeting_each():
    text = ("Jakarta (VNA) - Prime Minister Pham Minh Chinh met with Indonesian President Joko Widodo "
            "in Jakarta on September 5 on the sidelines of the 42nd and 43rd ASEAN Summits.\n")
    found, ents = meetings(text, meta_published="2023-09-05", meta_lang="en")
    summits = sorted((m["ordinal"], m["date"]["start"]) for m in found if m["kind"] == "conference")
    assert summits == [(42, "2023-09"), (43, "2023-09")]
    (talks,) = [m for m in found if m["kind"] == "talks"]
    assert talks["level"] == "summit" and talks["date"]["start"] == "2023-09-05"
    assert {"Pham Minh Chinh", "IDN", "Joko Widodo"} <= codes(talks["participants"], ents)


def test_presentation_of_credentials_is_one_reception_at_ambassador_level():
    text = ("越通社河内——7月9日，越南国家主席在主席府会见了前来递交国书的智利、秘鲁、阿根廷等三国新任驻越大使。"
            "(完)")
    (m,), ents = meetings(text, meta_published="2024-07-09")
    assert m["level"] == "other" and m["format"] == "in_person"
    assert {"VNM", "CHL", "PER", "ARG"} <= codes(m["participants"], ents)


def test_not_meetings_room_party_congress_joint_statement_mechanism():
    for text in (
        "越通社河内——越南国家主席在会议室向记者介绍了越南的立场。(完)",
        "越通社河内——越南共产党第十四次全国代表大会于1月19日在河内开幕。(完)",
        "越通社河内——越南和老挝发表联合声明，重申两国特殊团结关系。(完)",
        "越通社河内——越南支持东盟在东亚峰会、东盟地区论坛等机制中的核心作用。(完)",
    ):
        found, _ = meetings(text, meta_published="2026-01-19")
        assert found == [], text


def test_english_negatives():
    for text in (
        "Hanoi (VNA) - The National Assembly opened its plenary session in the meeting room on May 2.\n",
        "Hanoi (VNA) - Vietnam and Laos issued a joint statement on their special relationship.\n",
    ):
        found, _ = meetings(text, meta_published="2024-05-02", meta_lang="en")
        assert found == [], text


