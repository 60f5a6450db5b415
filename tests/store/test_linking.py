"""Cross-document linking: one meeting per real meeting, every source kept, merges
explained and undoable."""

from __future__ import annotations

from store_samples import meeting_of, write_jsonl

from summitry.store.database import Store


def test_a_meeting_reported_in_two_languages_and_recalled_later_is_one_meeting(store: Store):
    talks = store.meeting(meeting_of(store, "vna-zh-talks"))
    docs = sorted(s.doc for s in talks.sources)
    assert docs == ["vna-zh-recall", "vna-zh-talks", "wire-en-talks"]
    assert talks.date_start == "2023-03-14"  # the recall's "2023年3月" does not blur the day
    recall = next(s for s in talks.sources if s.doc == "vna-zh-recall")
    assert recall.reported is False and recall.date == "2023-03"
    assert talks.reported is True
    assert {a.id for a in talks.participants} >= {"state:VNM", "state:IDN",
                                                   "person:bui-thanh-son"}


def test_every_merge_keeps_its_score_and_reason(store: Store):
    talks = store.meeting(meeting_of(store, "vna-zh-talks"))
    first, *joined = sorted(talks.sources, key=lambda s: s.id)
    assert first.score is None and first.reason is None
    for source in joined:
        assert source.score is not None and 0 < source.score <= 1
        assert "dates agree" in (source.reason or "")
    actions = [h["action"] for h in store.link_history(talks.id)]
    assert actions == ["new", "merge", "merge"]


def test_a_call_between_the_same_ministers_days_later_stays_a_separate_meeting(store: Store):
    call = meeting_of(store, "vna-zh-call")
    assert call != meeting_of(store, "vna-zh-talks")
    record = store.meeting(call)
    assert record.kind == "call" and record.format == "phone"
    assert [s.doc for s in record.sources] == ["vna-zh-call"]


def test_a_numbered_meeting_reported_in_chinese_and_english_joins_its_series(store: Store):
    som = store.meeting(meeting_of(store, "vna-zh-som"))
    assert sorted(s.doc for s in som.sources) == ["vna-zh-som", "wire-en-som"]
    assert som.ordinal == 19 and som.level == "senior_officials"
    assert som.series == "东盟—俄罗斯高官会"  # the series is named by its first account
    assert {a.id for a in som.chairs} == {"person:do-hung-viet", "person:andrey-rudenko"}


def test_unlink_moves_a_source_to_its_own_meeting_and_relinking_keeps_it_apart(
        store: Store, articles):
    talks = meeting_of(store, "vna-zh-talks")
    source = next(s for s in store.meeting(talks).sources if s.doc == "wire-en-talks")
    new_id = store.unlink(source.id)
    assert new_id != talks
    assert [s.doc for s in store.meeting(new_id).sources] == ["wire-en-talks"]
    assert "wire-en-talks" not in {s.doc for s in store.meeting(talks).sources}
    assert store.link_history(talks)[-1]["action"] == "unlink"
    # Re-extracting the document (as after an upgrade) must not merge it back.
    store.ingest([str(articles)], force=True)
    again = meeting_of(store, "wire-en-talks")
    assert "vna-zh-talks" not in {s.doc for s in store.meeting(again).sources}


def test_unlinking_the_only_source_of_a_meeting_is_refused(store: Store):
    import pytest

    from summitry.store.queries import NotFoundError

    call = store.meeting(meeting_of(store, "vna-zh-call"))
    with pytest.raises(NotFoundError, match="only account"):
        store.unlink(call.sources[0].id)


def test_the_same_person_named_in_several_articles_is_one_local_actor(store_target, tmp_path):
    text = ("越通社河内——5月2日，越南外交部副部长阮明武在河内会见来访的帕劳外交部长古斯塔夫·艾塔罗。"
            "\n双方同意加强合作。(完)")
    path = write_jsonl(tmp_path / "two.jsonl", [
        {"id": "one", "published": "2023-05-02", "text": text},
        {"id": "two", "published": "2023-05-03", "text": text.replace("加强合作", "深化合作")}])
    with Store(store_target("kb")) as store:
        store.ingest([str(path)])
        locals_ = [i for i in store.resolve_actor("古斯塔夫·艾塔罗") if i.startswith("local:")]
        assert len(locals_) == 1
        profile = store.actor(locals_[0])
        assert profile.origin == "local"
        # The reception and the visit around it, each told by both articles.
        assert profile.meetings == 2
        for m in store.meetings([locals_[0]]):
            assert sorted(s.doc for s in m.sources) == ["one", "two"]
