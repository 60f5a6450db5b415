"""The linker's candidates for a dated account, walked along indexes, are exactly the
meetings the plain rule admits: those sharing an actor with the account whose range meets
the account's, or which are undated, or whose year an article reasoned (the last two only
in the account's month, when it gives one)."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import insert, select

from summitry.link.dates import bounds
from summitry.link.model import Account
from summitry.store.candidates import CandidateQueries
from summitry.store.database import Store
from summitry.store.engine import reading, writing
from summitry.store.migrations.v0005_meeting_spans import span_days
from summitry.store.migrations.v0006_participant_order import meeting_day

#: (date_start, date_end, year reasoned, actors) of the meetings in the store.
MEETINGS = [
    ("2023-05-10", None, False, {"state:CHN", "state:VNM"}),
    ("2023-05-08", "2023-05-12", False, {"state:VNM", "org:ASEAN"}),
    ("2023-04-30", "2023-05-28", False, {"state:RUS"}),          # a month-long session
    ("2023-05", None, False, {"state:CHN"}),                     # a month only
    ("2023", None, False, {"state:VNM"}),                        # a year only: 364 days
    ("2022", None, False, {"state:CHN", "state:RUS"}),
    ("2021-05-11", None, True, {"state:VNM"}),                   # a reasoned year, May
    ("2021-07-11", None, True, {"state:VNM"}),                   # a reasoned year, July
    ("--05-10", None, False, {"state:CHN"}),                     # yearless, May
    ("--06-01", None, False, {"state:CHN"}),                     # yearless, June
    (None, None, False, {"state:VNM", "state:CHN"}),             # undated
    ("2023-05-10", None, False, {"state:LAO"}),                  # only one set shares it
    ("2019-05-10", None, False, {"state:CHN"}),                  # long before
]

ACCOUNTS = [("2023-05-10", None), ("2023-05-01", "2023-05-31"), ("2023-05", None),
            ("2023", None), ("2022-12-30", "2023-01-02"), ("2021-05-11", None),
            ("2023-06-15", None)]
ACTOR_SETS = [{"state:CHN"}, {"state:VNM"}, {"state:RUS", "state:LAO"},
              {"state:CHN", "state:VNM", "org:ASEAN"}]


def _month(start: str | None) -> int | None:
    if not start:
        return None
    part = start.split("-")
    return int(part[-2]) if start.startswith("--") else int(part[1]) if len(part) > 1 else None


def plain(rows: list[tuple[int, str | None, str | None, bool, set[str]]],
          account: Account) -> list[int]:
    """The rule, read straight from its statement of intent."""
    lo, hi = bounds(account.date_start, account.date_end) or (None, None)
    month = _month(account.date_start)
    out = []
    for mid, start, end, reasoned, actors in rows:
        if not actors & (account.parties | account.persons):
            continue
        span = bounds(start, end)
        month_ok = month is None or _month(start) in (None, month)
        meets = bool(span) and span[0] <= hi and span[1] >= lo
        undated = span is None and month_ok
        reasoned_here = month is not None and reasoned and month_ok
        if meets or undated or reasoned_here:
            out.append(mid)
    return sorted(out)


@pytest.fixture
def store(store_target):
    with Store(store_target("candidates")) as store:
        t = store.t
        with writing(store.engine) as conn:
            conn.execute(insert(t.actors), [
                {"id": a, "type": a.split(":")[0], "name": a.split(":")[1], "origin": "kb"}
                for a in sorted(set().union(*(m[3] for m in MEETINGS)))])
            for start, end, reasoned, actors in MEETINGS:
                span = bounds(start, end)
                row = dict(kind="talks", date_start=start, date_end=end, reported=True,
                           n_sources=1, date_lo=span[0] if span else None,
                           date_hi=span[1] if span else None,
                           span_days=span_days(*span) if span else None,
                           month=_month(start), year_reasoned=True if reasoned else None)
                mid = conn.execute(insert(t.meetings).values(**row)).inserted_primary_key[0]
                for actor in sorted(actors):
                    conn.execute(insert(t.participants).values(
                        meeting_id=mid, actor_id=actor, meeting_day=meeting_day(row["date_lo"])))
        yield store


def test_candidates_of_dated_accounts_are_the_meetings_the_rule_admits(store):
    t = store.t
    with reading(store.engine) as conn:
        ids = conn.execute(select(t.meetings.c.id).order_by(t.meetings.c.id)).scalars().all()
        rows = [(mid, *m[:3], m[3]) for mid, m in zip(ids, MEETINGS, strict=True)]
        queries = CandidateQueries(t)
        seen = set()
        for (start, end), actors in itertools.product(ACCOUNTS, ACTOR_SETS):
            account = Account(doc="d", local_id="m1", lang="en", name=None, kind="talks",
                              format=None, level=None, ordinal=None, series=None,
                              date_start=start, date_end=end,
                              parties=frozenset(actors))
            found = queries.find(conn, account)
            assert found == plain(rows, account), (start, end, sorted(actors))
            seen.update(found)
        # Every kind of meeting was a candidate somewhere, so the comparison meant something;
        # never: a reasoned year of another month, a day years before any account's.
        assert seen == set(ids) - {ids[7], ids[12]}
