"""Recognition and linking on hand-written sentences in Chinese and English."""

from conftest import run

STAGES = ("clean", "normalize", "language", "entities")


def entities(text, **meta):
    doc = run(text, stages=STAGES, **meta)
    return doc, {e.name: e for e in doc.annotations["entities"]}


def test_states_by_name_side_and_abbreviation_compound_are_one_actor():
    _doc, ents = entities("越通社河内——俄罗斯外长表示，俄方重视越俄全面战略伙伴关系。越南外长会见俄罗斯外长。")
    russia = ents["Russia"]
    assert russia.code == "RUS" and russia.type == "state"
    assert [m.text for m in russia.mentions] == ["俄罗斯", "俄方", "俄", "俄罗斯"]
    assert ents["Vietnam"].code == "VNM"
    assert "Hanoi" in ents and ents["Hanoi"].type == "location"  # a city, not its state


def test_mention_offsets_cut_their_text_out_of_the_original():
    doc, _ = entities("越南外長會見俄羅斯外長謝爾蓋·拉夫羅夫。（完）")
    for e in doc.annotations["entities"]:
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_traditional_chinese_links_to_the_same_actors():
    _, ents = entities("越南外長會見俄羅斯外長謝爾蓋·拉夫羅夫，雙方同意加強合作。")
    assert ents["Sergey Lavrov"].kb_id is not None
    assert ents["Russia"].code == "RUS"


def test_organizations_are_linked_by_code_in_both_languages():
    _, zh = entities("东盟各国外长出席东亚峰会和东盟地区论坛，支持东盟防长扩大会议的作用。")
    assert {zh[n].code for n in zh} >= {"ASEAN", "EAS", "ARF", "ADMM-Plus"}
    _, en = entities("The ASEAN Regional Forum and the UN Security Council met as the EAEU looked on.")
    assert {e.code for e in en.values()} >= {"ARF", "UNSC", "EAEU"}


def test_surnames_resolve_to_the_person_named_in_full():
    _, ents = entities("俄罗斯外长谢尔盖·拉夫罗夫出席会议。拉夫罗夫强调，俄方愿与东盟合作。")
    lavrov = ents["Sergey Lavrov"]
    assert [m.text for m in lavrov.mentions] == ["谢尔盖·拉夫罗夫", "拉夫罗夫"]
    _, en = entities("Foreign Minister Bui Thanh Son met Sergei Lavrov. Son said ties were strong.")
    assert [m.text for m in en["Bui Thanh Son"].mentions] == ["Bui Thanh Son", "Son"]


def test_an_unknown_minister_is_found_with_the_role_from_the_apposition():
    _, ents = entities("老挝外交部副部长坎平·素万纳(Khamphinh Souvanna)与越南外交部副部长举行磋商。")
    person = ents["Khamphinh Souvanna"]
    assert person.kb_id is None and person.type == "person"
    assert person.names == {"zh": "坎平·素万纳", "en": "Khamphinh Souvanna"}
    laos = ents["Laos"]
    assert person.roles[0].role == "deputy_foreign_minister" and person.roles[0].of == laos.id


def test_an_unknown_vietnamese_name_after_a_title_stops_at_the_verb():
    _, ents = entities("越南国防部副部长阮文山上将在河内会见柬埔寨客人。")
    assert "阮文山" in ents


def test_english_title_apposition_and_envoys_listed_with_their_states():
    _, ents = entities("Deputy Foreign Minister Tran Minh Khoa received the ambassadors - "
                       "Ana Maria Lopez Garcia of Spain and Jan Pieter de Vries of the Netherlands.")
    assert {"Tran Minh Khoa", "Ana Maria Lopez Garcia", "Jan Pieter de Vries"} <= set(ents)
    assert ents["Tran Minh Khoa"].roles[0].role == "deputy_foreign_minister"


def test_geographic_words_holding_a_state_name_are_not_that_state():
    _, ents = entities("双方讨论了印度洋-太平洋地区局势和东海问题。")
    assert "India" not in ents


def test_acronyms_must_be_written_in_capitals():
    _, ents = entities("The minister told us that the US would join the talks, not the us.")
    assert [m.text for m in ents["United States"].mentions] == ["the US"]


def test_glued_words_from_lost_spaces_still_match_known_names():
    _, ents = entities("Hanoi (VNA) - Minister Bui Thanh Sonattended the meeting with herRussian counterpart.")
    assert "Bui Thanh Son" in ents and "Russia" in ents
