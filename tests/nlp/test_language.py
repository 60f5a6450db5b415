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
