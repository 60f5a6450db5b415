"""Decoding: every encoding the contract names, and precise refusals."""

import codecs

import pytest

from summitry.errors import BinaryInputError, DecodeError
from summitry.ingest.encoding import decode_bytes

SIMPLIFIED = "越南政府总理会见老挝国会主席，双方一致同意进一步加强两国全面合作关系。"
TRADITIONAL = "越南政府總理會見寮國國會主席，雙方一致同意進一步加強兩國全面合作關係。"


@pytest.mark.parametrize(("data", "expected_text", "encoding"), [
    (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
    (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
    (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
    (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
    (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
    (SIMPLIFIED.encode("utf-16"), SIMPLIFIED, "utf-16"),
    (SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16-le"),
    (TRADITIONAL.encode("utf-16-be"), TRADITIONAL, "utf-16-be"),
    ("Hanoi (VNA) - The two ministers met.".encode("utf-16-le"),
     "Hanoi (VNA) - The two ministers met.", "utf-16-le"),
    (codecs.BOM_UTF32_LE + SIMPLIFIED.encode("utf-32-le"), SIMPLIFIED, "utf-32"),
])
def test_decodes_the_encodings_news_files_come_in(data, expected_text, encoding):
    decoded = decode_bytes(data)
    assert decoded.text == expected_text
    assert decoded.encoding == encoding


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
    (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
    (b"PK\x03\x04" + bytes(100), "ZIP"),
    (b"abc\x00\x01\x02\x03\xff\xfe\x00\x00\x10" * 40, "NUL"),
])
def test_binary_files_are_refused_by_name(data, what):
    with pytest.raises(BinaryInputError, match=what):
        decode_bytes(data, source="x.txt")


def test_undecodable_bytes_raise_a_decode_error_naming_the_file():
    noise = bytes((i * 37 + 11) % 256 for i in range(3000) if (i * 37 + 11) % 256 not in (0,))
    with pytest.raises((DecodeError, BinaryInputError)) as info:
        decode_bytes(noise, source="noise.txt")
    assert info.value.source == "noise.txt"


# ---- Japanese (issue 17, item 7) ----------------------------------------------------------

JAPANESE = ("外務大臣は大阪でインドネシアの外相と会談し、海洋協力について意見を交わした。"
            "両外相は来年の首脳会議に向けて準備を進めることで一致した。")
KANA_HEADLINE = "首相、ベトナム国家主席と電話会談"


@pytest.mark.parametrize("encoding, expected", [
    ("shift_jis", "cp932"), ("cp932", "cp932"), ("euc_jp", "euc_jp"),
    ("iso2022_jp", "iso2022_jp")])
@pytest.mark.parametrize("text", [JAPANESE, KANA_HEADLINE])
def test_japanese_encodings_are_detected_and_decoded(text, encoding, expected):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text and decoded.encoding == expected


@pytest.mark.parametrize("text, encoding", [
    ("柬埔寨首相在金边会见新加坡总理，双方就区域经济合作交换意见。", "gb18030"),
    ("柬埔寨首相在金边会见新加坡总理，双方就区域经济合作交换意见。", "utf-16-le"),
    ("新加坡總理在總統府會見菲律賓總統，雙方同意擴大貿易。", "big5")])
def test_chinese_is_not_taken_for_japanese(text, encoding):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
