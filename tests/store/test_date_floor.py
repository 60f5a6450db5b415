"""A period filter bounds ``date_lo`` from below by the longest span stored: the same
meetings as the unbounded filter, found through a range of the date index."""

from __future__ import annotations

from sqlalchemy import select, update
from store_samples import ARTICLES, write_jsonl

from summitry.store import queries
from summitry.store.database import Store
from summitry.store.engine import reading, writing
from summitry.store.migrations.v0005_meeting_spans import span_days
from summitry.store.queries import MeetingFilter

PERIODS = [("2023", "2023"), ("2023-03", "2023-03"), ("2023-03-15", "2023-05"),
           ("2023-05-10", "2023-05-10"), ("2022-12", "2023-03-14"), ("2023-06", None),
           ("2024", None)]


def unbounded(store: Store, since: str | None, until: str | None) -> list[int]:
    m = store.t.meetings
    f = MeetingFilter((), since, until, None, None, None, False, None, 0)
    with reading(store.engine) as conn:
        q = queries._filtered(store.t, f).order_by(m.c.date_lo.is_(None), m.c.date_lo, m.c.id)
        return [r[0] for r in conn.execute(q)]


def test_the_floor_admits_the_meetings_the_period_admits(store_target, tmp_path):
    corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    with Store(store_target("kb")) as store:
        store.ingest([str(corpus)])
        t = store.t
        with reading(store.engine) as conn:
            rows = conn.execute(select(t.meetings.c.date_lo, t.meetings.c.date_hi,
                                       t.meetings.c.span_days)).all()
        assert rows and all(r.span_days == span_days(r.date_lo, r.date_hi) for r in rows)
        # A long meeting (a year) starting well before a period still reaches into it.
        with writing(store.engine) as conn:
            first = conn.execute(select(t.meetings.c.id).order_by(t.meetings.c.id)).scalar()
            conn.execute(update(t.meetings).where(t.meetings.c.id == first).values(
                date_lo="2022-06-01", date_hi="2023-05-31", span_days=364))
        for since, until in PERIODS:
            found = [m.id for m in store.meetings(since=since, until=until)]
            assert found == unbounded(store, since, until), (since, until)
        assert first in [m.id for m in store.meetings(since="2023-05", until="2023-05")]
        with reading(store.engine) as conn:
            assert queries.since_floor(conn, t, "2023-05-01") == "2022-05-02"
