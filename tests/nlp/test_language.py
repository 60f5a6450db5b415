import pytest

from summitry.nlp.language import detect_language

LANGS = ("zh", "en", "vi", "ru", "fr")


@pytest.mark.parametrize(("text", "expected"), [
    ("越南政府总理会见老挝国会主席，双方同意加强合作。", "zh"),
    ("越南總理會見寮國國會主席，雙方同意加強合作。", "zh"),
    ("Deputy Prime Minister received the visiting Lao foreign minister in Hanoi on Monday.", "en"),
    ("Pho Thu tuong tiep Bo truong Ngoai giao Lao tai Ha Noi ngay 5 thang 3.", "vi"),
    ("Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Lào tại Hà Nội ngày 5 tháng 3.", "vi"),
    ("Министр иностранных дел России встретился с министром Вьетнама.", "ru"),
])
def test_language_is_identified_per_document(text, expected):
    assert detect_language(text, LANGS) == expected


def test_text_without_letters_has_no_language():
    assert detect_language("2024-03-05 10:20 | 12345", LANGS) is None


def _reference_count(text: str, ranges: tuple[tuple[str, str], ...]) -> int:
    return sum(1 for c in text if c.isalpha() and any(lo <= c <= hi for lo, hi in ranges))


def test_script_classes_count_exactly_the_letters_of_their_blocks():
    from summitry.nlp.language import _HAN, _HANGUL, _KANA

    blocks = "".join(chr(c) for c in range(0x3000, 0x3100)) + "".join(
        chr(c) for c in range(0x3400, 0xA000, 7)) + "".join(chr(c) for c in range(0xAC00, 0xD7B0, 3))
    text = blocks + "abc 123 ・゛ー。한국어 カタカナ 中文"
    assert len(_KANA.findall(text)) == _reference_count(text, (("\u3040", "\u30ff"),))
    assert len(_HANGUL.findall(text)) == _reference_count(text, (("\uac00", "\ud7af"),))
    assert len(_HAN.findall(text)) == _reference_count(
        text, (("\u4e00", "\u9fff"), ("\u3400", "\u4dbf")))
    assert not _KANA.search("・゠゛")  # the block's punctuation and marks are no letters


# Samples written for these tests, each over the word floor of the function-word test.
ENGLISH_PROSE = {
    "wire": (
        "The foreign ministers of the two countries held talks in the capital on Tuesday and "
        "agreed to expand trade, the ministry said in a statement. The meeting, which was the "
        "first since the new government took office, focused on energy and maritime security, "
        "and both sides said they were ready to resume regular consultations later this year."),
    "readout": (
        "The President received the visiting Prime Minister at the Presidential Palace. He "
        "welcomed the guest and said that relations between the two nations have grown steadily "
        "in recent years. The two leaders reviewed cooperation in investment, education and "
        "tourism, and agreed that officials from both ministries will meet again by the end of "
        "the year to follow up on the commitments made during the visit."),
    "singapore": (
        "Singapore and its neighbour signed three agreements on Friday covering the digital "
        "economy, water supply and the training of civil servants, after a retreat between their "
        "leaders. Speaking to reporters, the Prime Minister said the pacts reflected the trust "
        "that has been built over decades, and that both governments are committed to deepening "
        "links in green energy and food security in the coming years."),
}

OTHER_PROSE = {
    "fr": (
        "Les ministres des affaires étrangères des deux pays se sont réunis mardi dans la "
        "capitale et ont convenu de renforcer les échanges commerciaux, a indiqué le ministère "
        "dans un communiqué. La réunion, la première depuis l'arrivée du nouveau gouvernement, "
        "a porté sur l'énergie et la sécurité maritime, et les deux parties se sont dites prêtes "
        "à reprendre des consultations régulières plus tard dans l'année."),
    "de": (
        "Die Außenminister der beiden Länder trafen sich am Dienstag in der Hauptstadt und "
        "vereinbarten, den Handel auszuweiten, teilte das Ministerium in einer Erklärung mit. "
        "Das Treffen, das erste seit dem Amtsantritt der neuen Regierung, drehte sich um Energie "
        "und maritime Sicherheit, und beide Seiten erklärten, sie seien bereit, noch in diesem "
        "Jahr regelmäßige Konsultationen wieder aufzunehmen, was beide begrüßten."),
    "es": (
        "Los ministros de asuntos exteriores de los dos países se reunieron el martes en la "
        "capital y acordaron ampliar el comercio, según informó el ministerio en un comunicado. "
        "La reunión, la primera desde la llegada del nuevo gobierno, se centró en la energía y la "
        "seguridad marítima, y ambas partes dijeron estar dispuestas a reanudar las consultas "
        "periódicas a finales de este año."),
    "id": (
        "Menteri luar negeri kedua negara mengadakan pembicaraan di ibu kota pada hari Selasa "
        "dan sepakat untuk memperluas perdagangan, kata kementerian dalam sebuah pernyataan. "
        "Pertemuan itu, yang pertama sejak pemerintah baru menjabat, membahas energi dan keamanan "
        "maritim, dan kedua pihak menyatakan siap melanjutkan konsultasi rutin pada akhir tahun "
        "ini untuk menindaklanjuti kesepakatan yang telah dicapai."),
    "vi": (
        "Bo truong Ngoai giao hai nuoc da hoi dam tai thu do vao ngay thu Ba va nhat tri mo "
        "rong thuong mai, Bo Ngoai giao cho biet trong mot thong cao. Cuoc gap, lan dau tien ke "
        "tu khi chinh phu moi nham chuc, tap trung vao nang luong va an ninh hang hai, hai ben "
        "cho biet san sang noi lai cac cuoc tham van dinh ky vao cuoi nam nay de the hien quyet "
        "tam chung cua the he lanh dao hai nuoc."),
}

ALL_LATIN = ("en", "vi", "ru", "fr", "es", "de", "id")


@pytest.mark.parametrize("style", sorted(ENGLISH_PROSE))
def test_english_prose_is_told_by_its_function_words_as_the_detector_tells_it(style):
    from summitry.nlp.language import _detector, plainly_english

    text = ENGLISH_PROSE[style]
    assert plainly_english(text, sum(map(str.isalpha, text)))
    found = _detector(ALL_LATIN).detect_language_of(text)
    assert found.iso_code_639_1.name.lower() == "en"
    assert detect_language(text, (*ALL_LATIN, "zh")) == "en"


@pytest.mark.parametrize("lang", sorted(OTHER_PROSE))
def test_other_latin_languages_never_pass_the_function_word_test(lang):
    from summitry.nlp.language import plainly_english

    text = OTHER_PROSE[lang]
    assert not plainly_english(text, sum(map(str.isalpha, text)))
    assert detect_language(text, ALL_LATIN) == lang


def test_short_english_and_english_among_many_diacritics_go_to_the_detector():
    from summitry.nlp.language import plainly_english

    headline = "The President receives the Ambassador of Japan and the head of the delegation"
    assert not plainly_english(headline, sum(map(str.isalpha, headline)))
    names = " ".join(["Nguyễn Thị Hương Thủy Đặng"] * 20) + " " + ENGLISH_PROSE["wire"]
    assert not plainly_english(names, sum(map(str.isalpha, names)))
    # without English among the configured languages the shortcut is never taken
    assert detect_language(ENGLISH_PROSE["wire"], ("vi", "fr")) in ("vi", "fr")


def test_script_counts_by_removing_the_other_characters_match_the_class_counts():
    from summitry.nlp.language import _HAN, _HANGUL, _KANA, _NOT_HAN, _NOT_HANGUL, _NOT_KANA, _count

    blocks = "".join(chr(c) for c in range(0x3000, 0x3100)) + "".join(
        chr(c) for c in range(0x3400, 0xA000, 5)) + "".join(chr(c) for c in range(0xAC00, 0xD7B0, 5))
    for text in (blocks, "越南總理會見 the Lao PM、한국어 カタカナ・ー", "", "abc"):
        for letters, others in ((_KANA, _NOT_KANA), (_HANGUL, _NOT_HANGUL), (_HAN, _NOT_HAN)):
            assert _count(others, text) == len(letters.findall(text))
