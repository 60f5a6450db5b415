"""Commitments and statements on sample sentences written for these tests, in the styles of
VNA's Chinese service, Xinhua, Hong Kong traditional script, wire English and government
readouts; negatives included (a partnership merely named, general wishes)."""

from __future__ import annotations

from typing import Any

from conftest import run
from summitry.contract import to_contract

STAGES = ("clean", "normalize", "language", "dates", "entities", "meetings", "commitments")


def extract(text: str, published: str = "2024-05-10") -> dict[str, Any]:
    record = to_contract(run(text, stages=STAGES, meta_published=published))
    for c in record["commitments"]:
        for ev in c["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
        span = c["span"]
        assert text[span["start"]:span["end"]] == c["name"]
    for s in record["statements"]:
        content = s["content"]
        assert text[content["start"]:content["end"]] == content["text"]
    return record


def by_name(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in record["commitments"]}


def codes(record: dict[str, Any], ids: list[str]) -> set[str]:
    ents = {e["id"]: e for e in record["entities"]}
    return {ents[i]["code"] or ents[i]["name"] for i in ids}


def test_plan_drafted_and_its_predecessor_reviewed_with_succession():
    text = ("越通社万象——第二十次东盟—日本高官会于2022年3月8日以视频方式举行。"
            "双方积极评价东盟—日本行动计划(2018-2022年)的执行情况；"
            "一致同意尽快起草东盟—日本行动计划(2023-2027年)。(完)")
    record = extract(text, "2022-03-09")
    found = by_name(record)
    old, new = found["东盟—日本行动计划(2018-2022年)"], found["东盟—日本行动计划(2023-2027年)"]
    assert (old["kind"], old["status"]) == ("plan_of_action", "reviewed")
    assert (new["kind"], new["status"]) == ("plan_of_action", "drafting")
    assert new["period"] == {"start": "2023", "end": "2027"}
    assert new["follows"] == old["id"]
    assert codes(record, new["parties"]) == {"ASEAN", "JPN"}
    assert new["meeting"] == record["meetings"][0]["id"]


def test_signed_titles_in_a_list_share_the_verb():
    text = ("新华社北京6月3日电 国家主席习近平3日在人民大会堂同老挝国家主席通伦举行会谈。"
            "会谈后，两国元首共同见证签署《中老经济走廊合作规划》《数字经济合作谅解备忘录》"
            "等合作文件。")
    found = by_name(extract(text, "2023-06-03"))
    assert found["中老经济走廊合作规划"]["status"] == "signed"
    assert found["数字经济合作谅解备忘录"]["kind"] == "mou"
    assert found["数字经济合作谅解备忘录"]["status"] == "signed"


def test_documents_to_be_signed_at_a_coming_summit_are_drafting():
    text = ("外交部发言人表示，峰会期间各方将签署《区域海上安全合作协定》，并发表《河内宣言》。")
    found = by_name(extract(text))
    assert found["区域海上安全合作协定"]["status"] == "drafting"
    assert found["河内宣言"]["kind"] == "declaration"
    assert found["河内宣言"]["status"] == "drafting"


def test_mechanism_considered_and_proposed_by_the_matrix_verb():
    text = ("越通社河内——越南与新西兰外长5月6日在河内举行会谈。双方同意考虑建立两国外长年度对话机制；"
            "新方提议设立双边农业合作工作组。(完)")
    found = by_name(extract(text))
    dialogue = next(c for n, c in found.items() if n.endswith("对话机制"))
    assert (dialogue["kind"], dialogue["status"]) == ("mechanism", "considered")
    group = next(c for n, c in found.items() if n.endswith("工作组"))
    assert group["status"] == "proposed"


def test_traditional_script_declaration_adopted():
    text = ("（香港中通社）東盟峰會5月9日在雅加達閉幕，與會領導人通過了《東盟數字轉型宣言》。")
    found = by_name(extract(text))
    assert found["東盟數字轉型宣言"]["status"] == "adopted"
    assert found["東盟數字轉型宣言"]["kind"] == "declaration"


def test_a_partnership_merely_named_and_general_wishes_are_no_commitments():
    text = ("越通社河内——越南国家主席5月8日会见到访的泰国总理。双方一致同意推动越泰加强战略伙伴关系"
            "不断深入发展，加强合作，维护地区和平稳定。(完)")
    assert extract(text)["commitments"] == []


def test_english_agreement_signed_and_mou_to_be_signed():
    text = ("Canberra (AAP) - Prime Ministers of Australia and New Zealand met in Canberra on "
            "Tuesday. The two leaders signed the Trans-Tasman Digital Trade Agreement. They are "
            "expected to sign a memorandum of understanding on critical minerals later this "
            "year.")
    record = extract(text)
    found = by_name(record)
    assert found["Trans-Tasman Digital Trade Agreement"]["status"] == "signed"
    assert found["Trans-Tasman Digital Trade Agreement"]["kind"] == "agreement"
    mou = found["memorandum of understanding on critical minerals"]
    assert (mou["kind"], mou["status"]) == ("mou", "drafting")
    assert {"AUS", "NZL"} <= codes(record, mou["parties"])


def test_english_mechanism_launched_and_statement_actors_resolve_both_sides():
    text = ("Tokyo (Kyodo) - Japan and the Philippines held their first maritime dialogue in "
            "Tokyo on Monday. Both sides agreed to establish a Japan-Philippines Coast Guard "
            "Working Group.")
    record = extract(text)
    group = next(c for c in record["commitments"] if c["name"].endswith("Working Group"))
    assert group["kind"] == "mechanism"
    assert group["status"] == "agreed"
    said = [s for s in record["statements"] if s["commitment"] == group["id"]]
    assert said and codes(record, said[0]["actors"]) >= {"JPN", "PHL"}


def test_english_general_cooperation_is_no_commitment():
    text = ("Seoul (Yonhap) - The foreign ministers of South Korea and Vietnam met in Seoul on "
            "Friday and agreed to deepen cooperation in trade and to strengthen people-to-people "
            "exchanges.")
    assert extract(text)["commitments"] == []


def test_welcome_is_a_statement_without_a_commitment():
    text = ("越通社河内——越南外长5月6日同印尼外长通电话。双方欢迎两国贸易额持续增长。(完)")
    record = extract(text)
    assert any(s["type"] == "welcome" for s in record["statements"])


def test_a_relationship_is_made_only_when_directly_established_not_recalled():
    made = ("越通社河内——越南与马来西亚总理5月6日在河内举行会谈。两国领导人宣布建立全面战略伙伴关系。(完)")
    found = by_name(extract(made))
    assert any(n.endswith("全面战略伙伴关系") and c["status"] == "launched"
               for n, c in found.items())
    recalled = ("新华社北京5月6日电 国家主席同希腊总理举行会谈。今年是两国建立全面战略伙伴关系"
                "十周年，双方同意深化合作。")
    assert extract(recalled)["commitments"] == []


def test_tongguo_as_through_is_no_adoption():
    text = ("外交部发言人表示，中方主张通过政治对话化解分歧，通过了《地区反恐合作宣言》的各方"
            "值得赞赏。")
    found = by_name(extract(text))
    assert not any(n.endswith("政治对话") for n in found)
    assert found["地区反恐合作宣言"]["status"] == "adopted"


def test_a_closing_stated_after_the_name_wins_over_the_verb_before():
    text = ("越通社万象——两国领导人共同宣布2024越老友好年正式闭幕。(完)")
    (c,) = extract(text)["commitments"]
    assert (c["kind"], c["status"]) == ("initiative", "expired")
    assert c["period"] == {"start": "2024", "end": "2024"}


def test_an_organization_undertakes_for_its_members_and_its_meetings():
    text = ("Jakarta (Antara) - Foreign ministers of Indonesia, Malaysia and Thailand attended "
            "the ASEAN Foreign Ministers' Meeting in Jakarta on Monday. ASEAN adopted the "
            "ASEAN Declaration on Maritime Cooperation.")
    record = extract(text)
    (c,) = [c for c in record["commitments"] if c["kind"] == "declaration"]
    assert codes(record, c["parties"]) == {"ASEAN"}


def test_calls_to_sign_are_proposals_and_parties_to_a_treaty_mean_in_force():
    text = ("New York (UN News) - The Security Council met on Thursday. The resolution calls "
            "upon all States to sign the Treaty on the Prohibition of Space Weapons, and asks "
            "States that are party to the Arms Trade Treaty (ATT) to report.")
    found = by_name(extract(text))
    assert found["Treaty on the Prohibition of Space Weapons"]["status"] == "proposed"
    assert found["Arms Trade Treaty (ATT)"]["status"] == "in_force"


def test_an_initiative_announced_is_launched_and_one_started_by_someone_too():
    text = ("新华社北京5月6日电 国家主席同来访的肯尼亚总统举行会谈。习近平宣布了"
            "中非数字合作新举措。《全球发展倡议》是由中方发起的倡议。")
    found = by_name(extract(text))
    assert found["中非数字合作新举措"]["status"] == "launched"
    assert found["全球发展倡议"]["status"] == "launched"


def test_one_verb_governs_a_coordinated_list_of_documents():
    text = ("外交部发言人表示，峰会期间各国领导人将发表关于粮食安全的联合声明、关于气候变化的声明"
            "以及峰会《新闻公报》。")
    found = by_name(extract(text))
    assert found["关于气候变化的声明"]["status"] == "drafting"
    assert found["新闻公报"]["status"] == "drafting"


def test_a_list_introduced_by_including_shares_the_verb_before_it():
    text = ("越通社河内——两国总理5月6日举行会谈。双方签署了多份合作文件，包括：两国农业合作谅解备忘录。"
            "(完)")
    found = by_name(extract(text))
    assert found["两国农业合作谅解备忘录"]["status"] == "signed"


def test_a_mechanism_named_as_the_body_a_meeting_belongs_to_is_no_commitment():
    text = ("Hanoi (VNA) - Vietnam and Cambodia agreed to organise the 20th meeting of the "
            "Vietnam-Cambodia Joint Committee on Economic Cooperation. The two countries would "
            "hold their fourth Strategic Dialogue next year.")
    assert extract(text)["commitments"] == []
    zh = ("越通社河内——越南与柬埔寨同意于明年举行越柬经济合作联合委员会第二十次会议。(完)")
    assert extract(zh)["commitments"] == []


def test_adjectives_alone_name_nothing_in_english():
    text = ("Singapore (CNA) - The leaders pledged concrete actions in support of their joint "
            "goals and an open and transparent dialogue.")
    assert extract(text)["commitments"] == []


def test_programme_heads_and_exchange_ceremonies():
    text = ("越通社河内——越南与印度尼西亚领导人5月6日举行会谈，并出席合作文件交换仪式。"
            "双方同意共同建设东南亚海洋经济走廊。(完)")
    found = by_name(extract(text))
    assert found["合作文件"]["status"] == "signed"
    corridor = next(c for n, c in found.items() if n.endswith("海洋经济走廊"))
    assert (corridor["kind"], corridor["status"]) == ("initiative", "agreed")


def test_a_programme_introduced_is_proposed_and_a_document_to_come_is_drafting():
    text = ("Kuala Lumpur (Bernama) - ASEAN senior officials met on Monday. A work plan of the "
            "ASEAN Secretariat was introduced at the meeting. Leaders will set out their views "
            "in a summit declaration on Friday.")
    found = by_name(extract(text))
    plan = next(c for n, c in found.items() if n.startswith("work plan"))
    assert plan["status"] == "proposed"
    assert found["summit declaration"]["status"] == "drafting"


def test_belt_and_road_style_names_keep_and_between_capitals():
    text = ("Beijing (Xinhua) - Chinese and Laotian leaders met on Monday and agreed to advance "
            "the Belt and Road Initiative.")
    found = by_name(extract(text))
    assert "Belt and Road Initiative" in found


def test_mechanisms_given_as_examples_are_no_commitment_but_a_review_wins():
    text = ("越通社河内——东盟外长会5月6日举行。各方探讨如何加强“东盟+3”等机制，"
            "讨论了东盟—中国行动计划的执行情况。(完)")
    found = by_name(extract(text))
    assert not any(n.endswith("机制") for n in found)
    plan = next(c for n, c in found.items() if n.endswith("行动计划"))
    assert plan["status"] == "reviewed"


def test_parties_are_who_the_clause_says_acts_before_the_verb():
    text = ("越通社河内——东盟与日本外长5月6日举行视频会议。日本高度评价东盟成功签署"
            "《东盟数字经济框架协定》。(完)")
    record = extract(text)
    (c,) = [c for c in record["commitments"] if c["kind"] == "agreement"]
    assert c["status"] == "signed"
    assert codes(record, c["parties"]) == {"ASEAN"}


def test_a_connector_before_words_that_name_nothing_stays_inside_the_name():
    text = ("（香港中通社）外交部長表示，本次峰會將積極探討建立地區安全與合作的新架構。")
    record = extract(text)
    (c,) = record["commitments"]
    assert c["name"] == "地區安全與合作的新架構"
    assert (c["kind"], c["status"]) == ("framework", "proposed")


def test_a_counted_bundle_of_documents_is_one_commitment_unless_it_counts_titles_listed():
    text = ("Astana (Kazinform) - Heads of government of the SCO met in Astana on Friday. The "
            "participants signed 12 agreements on customs and transport.")
    found = by_name(extract(text))
    (bundle,) = [c for n, c in found.items() if n.startswith("12 agreements")]
    assert (bundle["kind"], bundle["status"]) == ("agreement", "signed")
    zh = ("越通社河内——两国外长5月6日举行会谈，审议通过了《A协定》和《B议定书》两份成果文件。(完)")
    assert not any(n.startswith("两份") for n in by_name(extract(zh)))


def test_a_participle_in_the_name_states_its_status():
    text = ("Moscow (TASS) - The presidents of Russia and Uzbekistan spoke by phone on Monday, "
            "taking into account the agreements reached at their talks in Samarkand.")
    (c,) = extract(text)["commitments"]
    assert c["name"].startswith("agreements reached at")
    assert (c["kind"], c["status"]) == ("agreement", "agreed")


def test_a_body_recalled_on_its_anniversary_is_no_commitment():
    text = ("新华社布鲁塞尔5月6日电 中欧领导人5月6日举行会晤。今年恰逢中欧人文交流机制建立十周年。")
    assert not any(c["kind"] == "mechanism" for c in extract(text)["commitments"])


def test_words_inside_a_title_are_no_verbs_and_plus_stays_in_english_names():
    zh = ("（中央社）台灣與美國今日簽署《台美21世紀貿易倡議》首批協定，雙方同意持續推動第二階段談判。")
    found = by_name(extract(zh))
    assert found["首批協定"]["status"] == "signed"
    en = ("Tokyo (Kyodo) - Japan and Australia on Tuesday agreed to launch a 2+2 dialogue on "
          "economic security.")
    assert "2+2 dialogue on economic security" in by_name(extract(en))


def test_a_review_of_implementation_and_a_bundle_of_cooperation_documents():
    text = ("Hanoi (VNA) - Vietnam and Laos on Friday signed 15 cooperation documents. The two "
            "sides also reviewed the implementation of the Vietnam-Laos Cooperation Agreement.")
    found = by_name(extract(text))
    assert found["15 cooperation documents"]["status"] == "signed"
    assert found["Vietnam-Laos Cooperation Agreement"]["status"] == "reviewed"


def test_protocols_are_agreements_and_an_agreement_named_inside_is_no_party():
    text = ("（星島日報）東盟與中國外長週三在吉隆坡舉行會議，雙方歡迎中國—東盟自由貿易區"
            "升級議定書簽署。")
    record = extract(text)
    (c,) = record["commitments"]
    assert (c["kind"], c["status"]) == ("agreement", "signed")
    assert c["parties"] and "ACFTA" not in codes(record, c["parties"])


def test_a_quoted_name_is_what_the_quotes_hold():
    text = ("新华社北京5月6日电 王毅同印尼外长通电话。王毅表示，中印尼共同提出的“五点共识”"
            "为地区和平作出了贡献。")
    found = by_name(extract(text))
    assert "“五点共识”" in found


def test_a_treaty_cited_as_a_principle_is_no_commitment():
    zh = ("新华社北京5月6日电 王毅同越南外长通电话。双方同意根据《南极条约》精神处理有关问题。")
    assert not any(c["kind"] == "treaty" for c in extract(zh)["commitments"])
    en = ("Manila (PNA) - The foreign ministers met on Monday and resolved to settle disputes in "
          "line with the Treaty of Amity and Cooperation in Southeast Asia.")
    assert extract(en)["commitments"] == []


def test_without_a_reported_meeting_a_commitment_follows_the_meeting_last_named():
    # A spokesperson's announcement: a planned visit first, then a recalled leaders'
    # meeting; the leaders' consensus belongs to the leaders' meeting, not the first visit.
    cases = [
        ("外交部发言人7日宣布，阿根廷外长卡菲罗将于10日至12日访华。"
         "去年11月，国家主席习近平同智利总统博里奇在北京举行会晤。"
         "发言人表示，双方正在积极落实两国元首的重要共识。", "CHL", "ARG"),
        ("越通社河内——据越南外交部消息，老挝外长将于下周访问越南。"
         "今年1月，越共中央总书记苏林同柬埔寨首相洪玛奈在河内会谈。"
         "越方表示，愿同柬方落实好两国领导人达成的共识。", "KHM", "LAO"),
    ]
    for text, partner, other in cases:
        record = extract(text, "2024-05-07")
        assert not any(m["reported"] for m in record["meetings"])
        (commitment,) = record["commitments"]
        meeting = next(m for m in record["meetings"] if m["id"] == commitment["meeting"])
        assert partner in codes(record, meeting["participants"])
        assert other not in codes(record, commitment["parties"])
