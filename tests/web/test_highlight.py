"""Marks laid over article text: nesting, overlap, clipping and escaping."""

from __future__ import annotations

import re
from html import unescape

from summitry.web.highlight import Mark, render


def plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_text_without_marks_is_only_escaped():
    assert render("A<b>&\"'", []) == "A&lt;b&gt;&amp;&#34;&#39;"


def test_a_mark_wraps_exactly_its_characters():
    html = render("越南同俄罗斯举行会谈", [Mark(3, 6, "ent", (("e", "e2"),), "Russia")])
    assert html == '越南同<span class="ent" data-e="e2" title="Russia">俄罗斯</span>举行会谈'


def test_nested_and_overlapping_marks_merge_classes_and_data_per_piece():
    text = "0123456789"
    html = render(text, [Mark(0, 10, "ev", (("m", "m1"),)), Mark(2, 5, "ent", (("e", "e1"),)),
                         Mark(4, 7, "tm")])
    assert plain(html) == text
    assert '<span class="ev ent" data-m="m1" data-e="e1">23</span>' in html
    assert '<span class="ev ent tm" data-m="m1" data-e="e1">4</span>' in html
    assert '<span class="ev tm" data-m="m1">56</span>' in html


def test_values_of_the_same_attribute_are_joined():
    html = render("abc", [Mark(0, 3, "fs", (("f", "date"),)), Mark(0, 3, "fs", (("f", "name"),))])
    assert html == '<span class="fs" data-f="date name">abc</span>'


def test_an_excerpt_takes_document_offsets_and_clips_marks():
    text = "第一句。第二句有会谈。"
    excerpt = render(text[4:], [Mark(0, 3, "x"), Mark(8, 10, "kind"), Mark(9, 20, "ev")],
                     offset=4)
    assert plain(excerpt) == "第二句有会谈。"
    assert excerpt.endswith('有<span class="kind">会</span><span class="kind ev">谈</span>'
                            '<span class="ev">。</span>')
    assert 'class="x"' not in excerpt


def test_markup_in_text_and_in_mark_attributes_is_escaped():
    html = render('<script>alert(1)</script>', [Mark(0, 8, 'a"b', (("e", '"><x'),), "<t>")])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'class="a&#34;b"' in html and 'data-e="&#34;&gt;&lt;x"' in html
    assert 'title="&lt;t&gt;"' in html


def test_empty_and_out_of_range_marks_are_ignored():
    assert render("abc", [Mark(1, 1, "e"), Mark(5, 9, "e")]) == "abc"
