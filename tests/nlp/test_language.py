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
