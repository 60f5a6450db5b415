"""``meetings.year_reasoned`` (migration v0007): kept by the linker, and filled from
``sources`` for a store written before it."""

from __future__ import annotations

from sqlalchemy import select, update
from store_samples import ARTICLES, write_jsonl

from summitry.store.database import Store
from summitry.store.engine import reading, writing
from summitry.store.migrations.v0007_reasoned_years import backfill, is_reasoned


def test_only_reasoned_bases_flag_a_meeting():
    assert is_reasoned(["stated", "weekday"]) is True
    assert is_reasoned(["tenure"]) is True
    assert is_reasoned(["stated", "published", None]) is None
    assert is_reasoned([]) is None


def _flags(store: Store) -> dict[int, bool | None]:
    m = store.t.meetings
    with reading(store.engine) as conn:
        return {r.id: r.year_reasoned for r in conn.execute(select(m.c.id, m.c.year_reasoned))}


def test_the_backfill_flags_the_meetings_of_reasoned_accounts(store_target, tmp_path):
    corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    with Store(store_target("reasoned")) as store:
        store.ingest([str(corpus)])
        t = store.t
        written = _flags(store)
        assert written and not any(written.values())  # the samples state their years
        with writing(store.engine) as conn:
            backfill(conn)
        assert _flags(store) == written
        with writing(store.engine) as conn:
            first = conn.execute(select(t.sources.c.meeting_id).order_by(t.sources.c.id)
                                 ).scalar()
            conn.execute(update(t.sources).where(t.sources.c.meeting_id == first)
                         .values(date_source="tenure: in office 2017-2022"))
            backfill(conn)
        flags = _flags(store)
        assert flags[first] is True
        assert not any(v for k, v in flags.items() if k != first)
