"""Name shapes the rules must read whole, with or without a model: accents, particles,
initials, quoted nicknames, a comma or a state between title and name; and look-alikes
that must not become persons. Sentences written for these tests, in several styles."""

from conftest import run

STAGES = ("clean", "normalize", "language", "entities")


def rules_only_persons(text: str) -> dict[str, object]:
    from summitry.document import Document
    from summitry.kb.store import default_kb
    from summitry.nlp.entities.stage import EntityRecognizer
    from summitry.pipeline import build

    doc = build(("clean", "normalize", "language"))(Document(id="t", text=text))
    return {e.name: e for e in EntityRecognizer(default_kb(), {})(doc) if e.type == "person"}


def test_accented_names_are_not_cut_at_the_first_accent():
    people = rules_only_persons("Foreign Minister Raúl Fernández Ortíz met reporters in Lima.")
    assert "Raúl Fernández Ortíz" in people


def test_particles_and_hyphenated_particles_stay_in_the_name():
    people = rules_only_persons(
        "Deputy Prime Minister Mohamed bin Abdulrahman Al-Thani spoke after "
        "Secretary-General Nabil el-Arabi and Prime Minister Dick van der Berg.")
    assert {"Mohamed bin Abdulrahman Al-Thani", "Nabil el-Arabi", "Dick van der Berg"} <= set(people)


def test_a_comma_or_the_state_may_stand_between_title_and_name():
    people = rules_only_persons(
        "The talks were led by Norway's Deputy Foreign Minister, Ingrid Halvorsen Moe, and the "
        "ambassador to Kenya Peter Lindqvist; High Commissioner of the Republic of Ghana "
        "Kofi Mensah Owusu also attended.")
    assert {"Ingrid Halvorsen Moe", "Peter Lindqvist", "Kofi Mensah Owusu"} <= set(people)
    assert people["Peter Lindqvist"].roles[0].role == "ambassador"


def test_initials_and_spokespeople_are_read():
    people = rules_only_persons("Spokesperson J. R. Whitcombe told reporters the envoy had left.")
    assert "J. R. Whitcombe" in people


def test_look_alikes_are_not_persons():
    people = rules_only_persons(
        "The statement was issued at 10:30 PM IST by the Ministry. Prime Minister Office "
        "staff said Foreign Ministry officials would brief the press.")
    assert not set(people) & {"IST", "Office", "Ministry"}


def test_a_known_persons_head_in_a_longer_chinese_name_is_not_that_person():
    doc = run("秘书长安东尼奥·拉夫罗夫斯基表示欢迎。", stages=STAGES)
    assert "Sergey Lavrov" not in {e.name for e in doc.annotations["entities"]}


def test_a_bare_form_the_document_glossed_earlier_is_the_same_person():
    doc = run("英国首相施纪贤（Keir Starmer）抵达北京。首相施纪贤随后出席欢迎仪式。", stages=STAGES)
    people = [e for e in doc.annotations["entities"] if e.type == "person"]
    assert len(people) == 1
    assert [m.text for m in people[0].mentions].count("施纪贤") == 2


def test_spokespeople_in_chinese_are_read_after_the_title():
    people = rules_only_persons("外交部发言人毛宁在例行记者会上答问。")
    assert any(n in people for n in ("毛宁", "Mao Ning"))


def test_a_dotted_name_ends_before_a_phone_call_or_a_spouse():
    people = rules_only_persons("泰国外长帕妮·萨拉努通电话后，与塔娜·萨拉努夫人一同出席。")
    assert {"帕妮·萨拉努", "塔娜·萨拉努"} <= set(people)


def test_an_undotted_transliteration_after_a_title_is_a_name_where_a_clause_ends():
    people = rules_only_persons("会议由蒙古国总统巴特图勒嘎主持，哈萨克斯坦总理斯迈洛夫、"
                                "阿曼外交大臣哈利法表示支持。")
    assert {"巴特图勒嘎", "斯迈洛夫", "哈利法"} <= set(people)


def test_a_name_glossed_in_latin_after_a_title_is_read_whatever_its_characters():
    people = rules_only_persons("新加坡前总理吴作栋(Goh Chok Tong)与泰国前首相他侬(Thanom Kittikachorn)见面。")
    assert any("吴作栋" in n or "Goh Chok Tong" in n for n in people)
    assert "Thanom Kittikachorn" in people


def test_words_after_a_title_are_not_names():
    people = rules_only_persons("总统府发表声明。总理高度评价两国合作，部长们一致同意。外长会议闭幕。")
    assert people == {}


def test_a_quoted_nickname_stays_in_the_mention_not_in_the_name():
    people = rules_only_persons('President Ferdinand "Bongbong" Marcos Jr. met Prime Minister '
                                "Tran Van Khai.")
    person = next(p for p in people.values() if "Marcos" in p.name)
    assert person.names["en"] in ("Ferdinand Marcos Jr.", "Ferdinand Marcos Jr")
    assert '"Bongbong"' in person.mentions[0].text


def test_a_known_short_form_inside_a_longer_transliteration_is_not_that_person():
    doc = run("波兰外长拉夫罗夫斯基抵达华沙。拉夫罗夫出席会议。俄罗斯总统普京通电话。", stages=STAGES)
    lavrov = next((e for e in doc.annotations["entities"] if e.name == "Sergey Lavrov"), None)
    assert lavrov is not None and [m.text for m in lavrov.mentions] == ["拉夫罗夫"]
    assert any(e.name == "Vladimir Putin" for e in doc.annotations["entities"])


def test_a_malaysian_honorific_between_title_and_name_is_skipped():
    people = rules_only_persons("马来西亚外交部长拿督斯里祖基菲里表示欢迎。")
    assert "祖基菲里" in people


def test_a_spanish_name_opening_with_a_chinese_surname_is_read_whole():
    people = rules_only_persons("应哥伦比亚外交部长马丁内斯邀请，代表团将出席会议。外交部发言人林剑宣布消息。")
    assert "马丁内斯" in people and "林剑" in people


def test_a_family_name_written_first_is_the_person_named_in_full_earlier():
    doc = run("President Moon Jae-in met reporters. Later, President Moon flew to Busan, "
              "and Prime Minister Kim said the cabinet agreed.", stages=STAGES)
    people = {e.name: e for e in doc.annotations["entities"] if e.type == "person"}
    assert "Moon" not in people
    assert any(m.text == "Moon" for m in people["Moon Jae-in"].mentions)
