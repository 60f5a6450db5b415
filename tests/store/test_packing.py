"""Each text kept once: the original packed where it pays, the body as spans into it, the
record packed without its body."""

from __future__ import annotations

import zlib

from summitry.store.packing import (
    body_of,
    pack_record,
    pack_text,
    spans_json,
    spans_of,
    unpack_record,
    unpack_text,
)


def test_a_long_text_is_compressed_and_given_back_verbatim():
    page = "<html><body>" + "<p>越南外交部长在河内会见老挝外交部长。</p>" * 40 + "</body></html>"
    plain, packed = pack_text(page)
    assert plain == "" and packed is not None and len(packed) < len(page.encode()) / 2
    assert unpack_text(plain, packed) == page


def test_a_text_compression_does_not_pay_for_stays_plain():
    short = "普京同马克龙通电话"
    assert pack_text(short) == (short, None)
    assert unpack_text(short, None) == short


def test_the_body_is_cut_out_of_the_text_by_its_spans():
    text = "Headline\nHANOI (VNA) - Talks were held.\nRead more\nBoth sides agreed.\n"
    spans = [(9, 39), (50, 68)]
    body = body_of(text, spans_json(spans))
    assert body == "HANOI (VNA) - Talks were held.\nBoth sides agreed."
    assert spans_of(text, body) == spans


def test_spans_are_found_again_for_a_body_stored_as_text_and_refused_when_not_in_it():
    text = "東盟外長會議\n新加坡——東盟外長會議今天舉行。\n（完）"
    assert spans_of(text, "新加坡——東盟外長會議今天舉行。") == [(7, 23)]
    assert spans_of(text, "") == []
    assert spans_of(text, "东盟外长会议今天举行。") is None  # simplified: not the text's own


def test_the_record_is_packed_without_its_body_and_refilled_in_place():
    record = {"id": "a", "title": "t", "body": "the body", "entities": [{"id": "e1"}]}
    packed = pack_record(record)
    assert b"the body" not in packed
    back = unpack_record(packed, "the body")
    assert back == record and list(back) == list(record)


def test_span_texts_the_offsets_give_are_left_out_and_cut_again_on_reading():
    text = "Hanoi (VNA) – Foreign Minister Bui Thanh Son met his Lao counterpart."
    record = {"body": text, "entities": [
        {"id": "e1", "mentions": [{"start": 31, "end": 43, "text": "Bui Thanh Son"[:12]}]}],
        "meetings": [{"evidence": [{"start": 0, "end": 5, "text": "HANOI"}],  # not the text's
                      "provenance": {"name": {"spans": [{"start": 0, "end": 5}]}}}]}
    packed = pack_record(record, text)
    assert b"Bui Thanh So" not in zlib.decompress(packed)
    back = unpack_record(packed, text, text)
    assert back == record  # the differing text kept, the span without text left without
