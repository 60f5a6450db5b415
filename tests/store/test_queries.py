"""Queries over the store: meetings with filters, actors by any name, search, one meeting
in full, the profile of an actor."""

from __future__ import annotations

import pytest
from store_samples import meeting_of

from summitry.store.database import Store
from summitry.store.queries import NotFoundError


def test_actors_are_found_by_code_name_chinese_name_and_id(store: Store):
    for name in ("IDN", "Indonesia", "印度尼西亚", "印尼", "state:IDN", "idn"):
        assert store.resolve_actor(name)[0] == "state:IDN", name
    assert store.resolve_actor("Bui Thanh Son") == ["person:bui-thanh-son"]
    assert store.resolve_actor("裴青山") == ["person:bui-thanh-son"]
    assert store.resolve_actor("nobody at all") == []


def test_meetings_between_two_actors_are_the_dyad(store: Store):
    both = store.meetings(["Vietnam", "Indonesia"])
    assert {m.kind for m in both} >= {"talks", "call"}
    assert all({"state:VNM", "state:IDN"} <= {a.id for a in m.participants} for m in both)
    assert not store.meetings(["Indonesia", "Russia"])


def test_date_filters_use_the_meeting_date_and_partial_dates(store: Store):
    march = store.meetings(since="2023-03", until="2023-03")
    assert {m.date_start for m in march} == {"2023-03-14", "2023-03-20"}
    assert [m.date_start for m in store.meetings(since="2023-05-10", until="2023-05-10")] == [
        "2023-05-10"]
    dates = [m.date_start for m in store.meetings()]
    assert dates == sorted(dates)
    with pytest.raises(Exception, match="not a date"):
        store.meetings(since="March")


def test_format_level_and_kind_filters(store: Store):
    assert {m.kind for m in store.meetings(format="phone")} == {"call"}
    assert [m.ordinal for m in store.meetings(level="senior_officials")] == [19]
    assert all(m.kind == "conference" for m in store.meetings(kind="conference"))


def test_an_unknown_actor_is_an_error_not_an_empty_answer(store: Store):
    with pytest.raises(NotFoundError, match="Atlantis"):
        store.meetings(["Atlantis"])


def test_meeting_json_has_the_contract_fields_actor_objects_and_sources(store: Store):
    m = store.meeting(meeting_of(store, "vna-zh-som")).to_json()
    for field in ("id", "name", "kind", "format", "level", "ordinal", "date", "location",
                  "chairs", "participants", "reported", "evidence", "sources"):
        assert field in m
    assert {"id", "type", "code", "name"} == set(m["participants"][0])
    assert {"doc": "wire-en-som", "reported": True} in m["sources"]
    assert all(e["text"] and e["doc"] for e in m["evidence"])


def test_evidence_offsets_point_into_the_original_text(store: Store, tmp_path):
    from store_samples import ARTICLES

    texts = {a["id"]: a["text"] for a in ARTICLES}
    for m in store.meetings():
        for e in m.evidence:
            assert texts[e.doc][e.start:e.end] == e.text


def test_search_finds_chinese_and_english_text_with_snippets(store: Store):
    hits = store.search("高官会")
    assert [h.doc for h in hits] == ["vna-zh-som"]
    assert "[高官会]" in hits[0].snippet and hits[0].meetings
    assert {h.doc for h in store.search("senior officials")} == {"wire-en-som"}
    assert {h.doc for h in store.search("会谈")} >= {"vna-zh-talks", "vna-zh-recall"}  # short
    assert not store.search("nothing like this")
    assert not store.search('"; DROP TABLE cleaned; --')


def test_an_actor_profile_has_offices_meetings_over_time_and_counterparts(store: Store):
    p = store.actor("Bui Thanh Son")
    assert p.actor.id == "person:bui-thanh-son" and p.origin == "kb"
    assert any("Foreign" in o.title for o in p.offices)
    assert p.meetings >= 3 and dict(p.per_year)["2023"] == p.meetings
    assert p.counterparts[0].actor.id in {"state:IDN", "state:VNM", "person:retno-marsudi"}
    assert p.recent and p.recent[0].date_start >= p.recent[-1].date_start


def test_pages_of_meetings_are_stable(store: Store):
    everything = [m.id for m in store.meetings()]
    pages = [m.id for m in store.meetings(limit=2)] + [m.id for m in store.meetings(limit=2, offset=2)]
    assert pages == everything[:4]


def test_a_state_s_own_officials_are_not_its_counterparts(store: Store):
    p = store.actor("Vietnam")
    ids = {c.actor.id for c in p.counterparts}
    assert "state:IDN" in ids
    assert not ids & {"person:bui-thanh-son", "person:do-hung-viet"}
