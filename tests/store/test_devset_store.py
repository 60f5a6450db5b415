"""The shared dev corpus in the store (skipped when ../shared is absent)."""

from __future__ import annotations

from summitry.store.database import Store


def test_dev_corpus_ingested_twice_gives_identical_counts_and_links_the_recalled_meeting(store_target,
        shared_dir, tmp_path):
    corpus = str(shared_dir / "corpus" / "dev.jsonl")
    with Store(store_target("dev")) as store:
        first = store.ingest([corpus])
        counts = store.counts()
        second = store.ingest([corpus])
        assert store.counts() == counts
        assert first.new == counts["documents"] and second.unchanged == counts["documents"]
        # seed-000 reports the June 2020 video meeting (day, no year); seed-002 recalls it
        # ("2020年6月"): one meeting, both sources, the date completed from both.
        (video,) = [m for m in store.meetings(["ASEAN", "Russia"])
                    if {s.doc for s in m.sources} >= {"seed-000", "seed-002"}]
        assert video.date_start == "2020-06-17" and video.date_end == "2020-06-17"
        assert len(video.sources) == 2
        assert {s.doc: s.reported for s in video.sources} == {"seed-000": True,
                                                              "seed-002": False}
        assert video.format == "virtual" and video.level == "ministerial"
