"""An actor's meetings are read along ``participants (actor_id, meeting_day, meeting_id)``
(migration v0006): every page must be the page the plain query gives (filter, sort all,
cut), on both backends, for frequent, rare, late and co-occurring actors, undated meetings
and meetings that share a day."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import insert, inspect, select, text
from store_samples import ARTICLES, write_jsonl

from summitry.store import queries
from summitry.store.database import Store
from summitry.store.engine import reading, writing
from summitry.store.migrations.v0005_meeting_spans import span_days
from summitry.store.migrations.v0006_participant_order import UNDATED, meeting_day
from summitry.store.queries import MeetingFilter

FREQUENT, PARTNER, RARE, LATE, LONE = ("state:AAA", "state:BBB", "state:RRR", "state:LLL",
                                       "state:ZZZ")
FORMATS = ("in_person", "phone", "virtual")


def _meetings(n: int) -> list[dict[str, object]]:
    """``n`` meetings over a year, with ids not in date order, a fifth sharing one day
    and a tenth undated; each with its participants."""
    rng = random.Random(5)
    ids = rng.sample(range(1, 10 * n), n)
    start = dt.date(2021, 1, 1)
    out = []
    for i, mid in enumerate(ids):
        if i % 10 == 9:
            lo = hi = None
        elif i % 5 == 0:
            lo, hi = "2021-06-15", "2021-06-16"  # a shared day, ties broken by id
        else:
            day = start + dt.timedelta(days=rng.randrange(365))
            lo, hi = day.isoformat(), (day + dt.timedelta(days=i % 3)).isoformat()
        actors = {FREQUENT}
        if i % 3 == 0:
            actors.add(PARTNER)
        if i in (7, n - 2, n - 1):  # rare: once early, twice at the end of the list
            actors.add(RARE)
        if lo is not None and lo >= "2021-11-15":
            actors.add(LATE)
        if i % 4 == 1:
            actors = {PARTNER, LONE}  # meetings without the frequent actor
        out.append({"id": mid, "lo": lo, "hi": hi, "format": FORMATS[i % 3],
                    "actors": sorted(actors)})
    return out


def _fill(store: Store, rows: list[dict[str, object]]) -> None:
    t = store.t
    with writing(store.engine) as conn:
        conn.execute(insert(t.actors), [{"id": a, "type": "state", "code": a[-3:], "name": a,
                                         "origin": "kb"}
                                        for a in (FREQUENT, PARTNER, RARE, LATE, LONE)])
        for r in rows:
            lo, hi = r["lo"], r["hi"]
            assert lo is None or isinstance(lo, str)
            assert hi is None or isinstance(hi, str)
            conn.execute(insert(t.meetings).values(
                id=r["id"], kind="talks", format=r["format"], date_start=lo, date_end=hi,
                date_lo=lo, date_hi=hi, span_days=span_days(lo, hi), reported=True,
                n_sources=1))
            actors = r["actors"]
            assert isinstance(actors, list)
            conn.execute(insert(t.participants), [
                {"meeting_id": r["id"], "actor_id": a, "meeting_day": meeting_day(lo)}
                for a in actors])


def _plain(store: Store, f: MeetingFilter) -> list[int]:
    """The obvious query: every admitted meeting, sorted, then the page."""
    m = store.t.meetings
    q = (queries._filtered(store.t, f).order_by(m.c.date_lo.is_(None), m.c.date_lo, m.c.id)
         .offset(f.offset))
    if f.limit is not None:
        q = q.limit(f.limit)
    with reading(store.engine) as conn:
        return [r[0] for r in conn.execute(q)]


def _walked(store: Store, f: MeetingFilter) -> list[int]:
    with reading(store.engine) as conn:
        return queries.meeting_ids(conn, store.t, f)


SELECTIONS = [(FREQUENT,), (PARTNER,), (RARE,), (LATE,), (LONE,), (FREQUENT, PARTNER),
              (PARTNER, FREQUENT), (FREQUENT, RARE), (RARE, FREQUENT), (PARTNER, LONE),
              (FREQUENT, LATE), (FREQUENT, PARTNER, LATE), (LONE, FREQUENT)]
PERIODS = [(None, None), ("2021-06", "2021-06"), ("2021-11", None), (None, "2021-03"),
           ("2021-06-15", "2021-06-15"), ("2022", None)]


@pytest.fixture
def listing_store(store_target) -> Store:
    store = Store(store_target("listing"))
    _fill(store, _meetings(240))
    return store


def test_actor_pages_are_the_plain_query_s_pages(listing_store: Store):
    store = listing_store
    for actors in SELECTIONS:
        for since, until in PERIODS:
            for limit, offset in ((None, 0), (7, 0), (7, 14), (50, 3), (5, 1000)):
                f = MeetingFilter(actors, since, until, limit=limit, offset=offset)
                assert _walked(store, f) == _plain(store, f), (actors, since, until, offset)
    assert _plain(store, MeetingFilter((RARE,)))[-1:] != []  # the rare actor is listed
    store.close()


def test_other_filters_apply_on_the_walk(listing_store: Store):
    store = listing_store
    for actors in SELECTIONS[:6]:
        for fmt in FORMATS:
            f = MeetingFilter(actors, "2021-03", None, format=fmt, limit=9, offset=2)
            assert _walked(store, f) == _plain(store, f), (actors, fmt)
    store.close()


def test_the_walk_reads_the_actor_index_and_sorts_nothing(listing_store: Store):
    store = listing_store
    if store.engine.dialect.name != "sqlite":
        store.close()
        pytest.skip("the plan text checked is SQLite's")
    f = MeetingFilter((FREQUENT, PARTNER), limit=50)
    with reading(store.engine) as conn:
        q = queries._actor_page_query(conn, store.t, f)
        sql = str(q.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(r[3] for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "participants_actor_day" in plan and "TEMP B-TREE" not in plan, plan
    store.close()


def _check_keys(store: Store) -> int:
    t = store.t
    with reading(store.engine) as conn:
        rows = conn.execute(select(t.participants.c.meeting_day, t.meetings.c.date_lo)
                            .join(t.meetings, t.meetings.c.id == t.participants.c.meeting_id)
                            ).all()
    assert rows and all(day == meeting_day(lo) for day, lo in rows)
    return len(rows)


def test_ingestion_and_removal_keep_the_listing_key(store_target, tmp_path):
    corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    with Store(store_target("kb")) as store:
        store.ingest([str(corpus)])
        _check_keys(store)
        # A document that changes is removed and stored again: its meetings reconciled.
        changed = [dict(a) for a in ARTICLES]
        changed[0]["text"] = changed[0]["text"].replace("2023", "2022")
        store.ingest([str(write_jsonl(tmp_path / "b.jsonl", changed))])
        _check_keys(store)
        for actor in ("state:VNM", "state:IDN"):
            f = MeetingFilter((actor,))
            assert _walked(store, f) == _plain(store, f)


def test_a_v0005_store_is_upgraded_with_the_key_filled(store_target, tmp_path):
    corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    target = store_target("old")
    with Store(target) as store:
        store.ingest([str(corpus)])
        with writing(store.engine) as conn:  # back to version 5, as an older summitry left it
            conn.exec_driver_sql("DROP INDEX participants_actor_day")
            conn.exec_driver_sql("ALTER TABLE participants DROP COLUMN meeting_day")
            conn.exec_driver_sql("CREATE INDEX participants_actor ON participants "
                                 "(actor_id, meeting_id)")
            conn.exec_driver_sql("DROP INDEX meetings_reasoned")  # and v0007's column
            conn.exec_driver_sql("ALTER TABLE meetings DROP COLUMN year_reasoned")
            conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version >= 6")
    with Store(target) as store:
        n = _check_keys(store)
        with reading(store.engine) as conn:
            names = {i["name"] for i in inspect(conn).get_indexes("participants")}
            undated = conn.execute(text("SELECT count(*) FROM participants "
                                        f"WHERE meeting_day = {UNDATED}")).scalar()
        assert "participants_actor_day" in names and "participants_actor" not in names
        assert n > 0 and undated is not None
        for actor in ("state:VNM", "state:IDN"):
            f = MeetingFilter((actor,), limit=2, offset=1)
            assert _walked(store, f) == _plain(store, f)


def test_the_walk_starts_from_the_rarer_actor_whatever_the_order(listing_store: Store,
                                                                 monkeypatch):
    store = listing_store
    monkeypatch.setattr(queries, "RARER_PROBE", 2)  # every actor past the first rounds
    with reading(store.engine) as conn:
        for pair in ((FREQUENT, RARE), (RARE, FREQUENT)):
            assert queries._rarest(conn, store.t, pair) == RARE
        for pair in ((FREQUENT, PARTNER), (PARTNER, FREQUENT)):
            assert queries._rarest(conn, store.t, pair) == PARTNER
        assert queries._rarest(conn, store.t, (LATE, FREQUENT, RARE)) == RARE
    for pair in ((FREQUENT, PARTNER), (PARTNER, FREQUENT)):
        f = MeetingFilter(pair, limit=6, offset=6)
        assert _walked(store, f) == _plain(store, f)
    store.close()


def test_counts_along_the_walk_are_the_plain_counts(listing_store: Store):
    store = listing_store
    for actors in SELECTIONS:
        for since, until in PERIODS:
            f = MeetingFilter(actors, since, until, limit=3, offset=2)
            with reading(store.engine) as conn:
                walked = queries.meeting_count(conn, store.t, f)
            assert walked == len(_plain(store, MeetingFilter(actors, since, until))), actors
    assert store.count_meetings([FREQUENT, PARTNER], format="phone") == len(
        _plain(store, MeetingFilter((FREQUENT, PARTNER), format="phone")))
    store.close()
