import pytest

from summitry.document import Document, OffsetMap, Span


def test_span_rejects_inverted_ranges():
    with pytest.raises(ValueError):
        Span(5, 3)


def test_span_cuts_its_text_out_of_the_original():
    assert Span(2, 4).of("越南俄罗斯") == "俄罗"


def test_body_text_joins_kept_segments_and_maps_back_to_the_original():
    text = "标题\n图片说明 ảnh 1\n第一段。\n\n第二段。"
    first, second = text.index("第一段"), text.index("第二段")
    doc = Document(id="d", text=text, body=(Span(first, first + 4), Span(second, second + 4)))
    assert doc.body_text == "第一段。\n第二段。"
    mapping = doc.body_map()
    for i, ch in enumerate(doc.body_text):
        if ch != "\n":
            assert text[mapping.to_original(i)] == ch
    span = mapping.span_to_original(5, 8)  # "第二段" in the body
    assert span.of(text) == "第二段"


def test_identity_map_returns_the_same_positions():
    m = OffsetMap.identity(10)
    assert [m.to_original(i) for i in (0, 5, 10)] == [0, 5, 10]
