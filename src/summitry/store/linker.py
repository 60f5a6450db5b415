"""Cross-document linking inside the write transaction: each new account of a meeting joins
the linked meeting it best matches, or starts one; the linked meeting's fields are then
reconciled from all its accounts.

Scoring and reconciliation are pure functions (:mod:`summitry.link`); this module fetches
the candidates and writes the decisions. Candidates are meetings that share an actor with
the account and whose date can agree with it; an undated account only meets meetings of its
numbered series or with the same name. Every decision is logged with its score and reason
(``link_log``, and on the source row), and a decision an analyst undoes leaves a
``keep_apart`` row that later linking respects.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from summitry.link.dates import REASONED_BASES, bounds
from summitry.link.model import Account, Fields, LinkedMeeting, Match
from summitry.link.reconcile import reconcile
from summitry.link.score import best
from summitry.names import name_key
from summitry.nlp.dates.partial import PartialDate
from summitry.store.candidates import CandidateQueries
from summitry.store.migrations.v0005_meeting_spans import span_days
from summitry.store.migrations.v0006_participant_order import meeting_day
from summitry.store.migrations.v0007_reasoned_years import is_reasoned
from summitry.store.pending import Pending, insert_now_or_later
from summitry.store.prepare import AccountRow, SeriesRef, basis_of
from summitry.store.schema import Tables, new_id


class Linker:
    def __init__(self, conn: Connection, t: Tables, run_id: int | None,
                 pending: Pending | None = None):
        self.conn = conn
        self.t = t
        self.run_id = run_id
        # Evidence and log rows, inserted when the writer ends its transaction (nothing
        # reads them meanwhile); at once without it.
        self.pending = pending
        # Statements built once and executed with parameters: SQLAlchemy then reuses their
        # compiled form instead of building and keying a new statement for every row.
        self._insert_source = insert(t.sources)
        self._insert_evidence = insert(t.evidence)
        self._insert_log = insert(t.link_log)
        self._insert_meeting = insert(t.meetings)
        self._accounts = (select(t.sources).where(t.sources.c.meeting_id == bindparam("mid"))
                          .order_by(t.sources.c.id))
        self._update_meeting = update(t.meetings).where(t.meetings.c.id == bindparam("mid"))
        pt = t.participants
        # A merge that moves the meeting's earliest day moves its place in actor listings.
        self._update_day = (update(pt).where(pt.c.meeting_id == bindparam("mid"),
                                             pt.c.meeting_day != bindparam("day"))
                            .values(meeting_day=bindparam("day")))
        self._candidates = CandidateQueries(t)
        ids: Any = bindparam("ids", expanding=True)
        self._load_actors = (
            select(t.participants.c.meeting_id, t.participants.c.actor_id, t.actors.c.type)
            .join(t.actors, t.actors.c.id == t.participants.c.actor_id)
            .where(t.participants.c.meeting_id.in_(ids)))
        self._load_sources = (
            select(t.sources.c.meeting_id, t.sources.c.name, t.sources.c.doc_id,
                   t.sources.c.date_start, t.sources.c.date_source)
            .where(t.sources.c.meeting_id.in_(ids)).order_by(t.sources.c.id))
        m, s = t.meetings, t.series
        self._load_meetings = (select(m, s.c.key.label("series_key"))
                               .outerjoin(s, s.c.id == m.c.series_id)
                               .where(m.c.id.in_(ids)).order_by(m.c.id))
        self._series_id = select(t.series.c.id).where(t.series.c.key == bindparam("key"))
        # Series met in this transaction: key -> (id, names by language). A series row,
        # once made, keeps its id; its names change only through this linker.
        self._series: dict[str, tuple[int, dict[str, str]]] = {}
        self._roles = {
            name: (select(table.c.actor_id).where(table.c.meeting_id == bindparam("mid")),
                   delete(table).where(table.c.meeting_id == bindparam("mid"),
                                       table.c.actor_id == bindparam("aid")),
                   insert(table))
            for name, table in (("participants", t.participants), ("chairs", t.chairs))}

    # ---- linking one account ----------------------------------------------------------
    def link(self, row: AccountRow, doc_n: int) -> tuple[int, Match | None]:
        """Store the account and return its meeting id, with the match when it joined one."""
        account = row.account
        if row.series is not None:
            self._ensure_series(row.series)
        found = best(account, self.candidates(account))
        if found is None:
            # A meeting of its own: its fields are this account's, written at once.
            meeting_id = self.new_meeting(account)
            match = None
        else:
            meeting_id, match = found[0].id, found[1]
            # Its participants as the candidate was read, in this transaction.
            present = found[0].parties | found[0].persons
        source_id = new_id(self.conn.execute(self._insert_source, dict(
            meeting_id=meeting_id, doc_n=doc_n, doc_id=account.doc, local_id=account.local_id,
            lang=account.lang, name=account.name,
            name_key=name_key(account.name) if account.name else None, kind=account.kind,
            format=account.format, level=account.level, ordinal=account.ordinal,
            series_key=account.series, date_start=account.date_start,
            date_end=account.date_end, date_source=row.date_source, location=account.location,
            reported=account.reported, published=account.published,
            parties=_dump(account.parties), persons=_dump(account.persons),
            chairs=_dump(account.chairs),
            link_score=match.score if match else None, link_reason=match.reason if match else None,
        )))
        if row.evidence:
            insert_now_or_later(self.conn, self.pending, self._insert_evidence, [
                {"source_id": source_id, "start": s, "end": e, "text": text}
                for s, e, text in row.evidence])
        self.log("merge" if match else "new", meeting_id, account.doc, account.local_id, match)
        if match is not None:
            self.refresh(meeting_id, present)
        return meeting_id, match

    def log(self, action: str, meeting_id: int, doc_id: str, local_id: str,
            match: Match | None = None) -> None:
        insert_now_or_later(self.conn, self.pending, self._insert_log, {
            "run_id": self.run_id, "action": action, "meeting_id": meeting_id,
            "doc_id": doc_id, "local_id": local_id, "score": match.score if match else None,
            "reason": match.reason if match else None})

    def new_meeting(self, account: Account) -> int:
        """A meeting of the account's own, its fields the account's (no source row yet)."""
        f = reconcile([account])
        fields = self._fields(f, [account])
        meeting_id = new_id(self.conn.execute(self._insert_meeting, fields))
        day = meeting_day(fields["date_lo"])
        for role, actors in (("participants", f.parties | f.persons), ("chairs", f.chairs)):
            if actors:
                self.conn.execute(self._roles[role][2], [
                    _role_row(role, meeting_id, a, day) for a in sorted(actors)])
        return meeting_id

    def _fields(self, f: Fields, accounts: list[Account]) -> dict[str, Any]:
        """The meetings row for the fields reconciled from ``accounts``."""
        span = bounds(f.date_start, f.date_end)
        date = PartialDate.parse(f.date_start)
        series_id = None
        if f.series is not None:
            known = self._series.get(f.series)
            series_id = (known[0] if known is not None else
                         self.conn.execute(self._series_id, {"key": f.series}).scalar())
        return dict(name=f.name, kind=f.kind, format=f.format, level=f.level,
                    ordinal=f.ordinal, series_id=series_id, date_start=f.date_start,
                    date_end=f.date_end, date_lo=span[0] if span else None,
                    date_hi=span[1] if span else None,
                    span_days=span_days(*span) if span else None, year=date.year if date else None,
                    month=date.month if date else None, location=f.location,
                    reported=f.reported, n_sources=len(accounts),
                    year_reasoned=is_reasoned([a.date_basis for a in accounts]))

    def _ensure_series(self, ref: SeriesRef) -> None:
        s = self.t.series
        lang = ref.lang or "und"
        known = self._series.get(ref.key)
        if known is not None and lang in known[1]:
            return
        if known is None:
            row = self.conn.execute(select(s.c.id, s.c.names).where(s.c.key == ref.key)).first()
            if row is None:
                names = {lang: ref.name}
                made = self.conn.execute(insert(s).values(
                    key=ref.key, name=ref.name, names=json.dumps(names, ensure_ascii=False),
                    kind=ref.kind, level=ref.level))
                self._series[ref.key] = (new_id(made), names)
                return
            known = self._series[ref.key] = (row.id, json.loads(row.names or "{}"))
        series_id, names = known
        if lang not in names:
            names[lang] = ref.name
            self.conn.execute(update(s).where(s.c.id == series_id).values(
                names=json.dumps(names, ensure_ascii=False, sort_keys=True)))

    # ---- candidates ---------------------------------------------------------------------
    def candidates(self, account: Account) -> list[LinkedMeeting]:
        return self.load(self._candidates.find(self.conn, account))

    def load(self, ids: Iterable[int]) -> list[LinkedMeeting]:
        ids = list(ids)
        if not ids:
            return []
        parties: dict[int, set[str]] = defaultdict(set)
        persons: dict[int, set[str]] = defaultdict(set)
        for mid, actor, kind in self.conn.execute(self._load_actors, {"ids": ids}):
            (persons if kind == "person" else parties)[mid].add(actor)
        names: dict[int, list[str]] = defaultdict(list)
        docs: dict[int, set[str]] = defaultdict(set)
        firm: set[int] = set()
        for mid, name, doc, start, source in self.conn.execute(self._load_sources,
                                                                {"ids": ids}):
            if start and start[:4].isdigit() and basis_of(source) not in REASONED_BASES:
                firm.add(mid)
            docs[mid].add(doc)
            if name and name not in names[mid]:
                names[mid].append(name)
        out = []
        for r in self.conn.execute(self._load_meetings, {"ids": ids}):
            out.append(LinkedMeeting(
                id=r.id, name=r.name, kind=r.kind, format=r.format, level=r.level,
                ordinal=r.ordinal, series=r.series_key, date_start=r.date_start,
                date_end=r.date_end, parties=frozenset(parties[r.id]),
                persons=frozenset(persons[r.id]), names=tuple(names[r.id]),
                docs=frozenset(docs[r.id]),
                date_reasoned=bool(r.date_start and r.date_start[:4].isdigit()
                                   and r.id not in firm)))
        return out

    # ---- reconciliation -----------------------------------------------------------------
    def accounts(self, meeting_id: int) -> list[Account]:
        return [account_of(r) for r in self.conn.execute(self._accounts, {"mid": meeting_id})]

    def refresh(self, meeting_id: int, participants: frozenset[str] | None = None) -> None:
        """Recompute a linked meeting from its accounts; delete it when none is left.
        ``participants``: its participants as stored, when the caller has just read them."""
        t = self.t
        accounts = self.accounts(meeting_id)
        if not accounts:
            self.conn.execute(delete(t.participants).where(t.participants.c.meeting_id
                                                           == meeting_id))
            self.conn.execute(delete(t.chairs).where(t.chairs.c.meeting_id == meeting_id))
            self.conn.execute(delete(t.meetings).where(t.meetings.c.id == meeting_id))
            return
        f = reconcile(accounts)
        fields = self._fields(f, accounts)
        self.conn.execute(self._update_meeting, {"mid": meeting_id, **fields})
        day = meeting_day(fields["date_lo"])
        self.conn.execute(self._update_day, {"mid": meeting_id, "day": day})
        for role, actors in (("participants", f.parties | f.persons), ("chairs", f.chairs)):
            present, remove, add = self._roles[role]
            now = (set(participants) if role == "participants" and participants is not None
                   else set(self.conn.execute(present, {"mid": meeting_id}).scalars()))
            if now - actors:
                self.conn.execute(remove, [{"mid": meeting_id, "aid": a}
                                           for a in sorted(now - actors)])
            if actors - now:
                self.conn.execute(add, [_role_row(role, meeting_id, a, day)
                                        for a in sorted(actors - now)])


def _role_row(role: str, meeting_id: int, actor_id: str, day: int) -> dict[str, Any]:
    """A ``participants`` or ``chairs`` row; a participant carries the meeting's listing
    key (:mod:`summitry.store.migrations.v0006_participant_order`)."""
    row: dict[str, Any] = {"meeting_id": meeting_id, "actor_id": actor_id}
    if role == "participants":
        row["meeting_day"] = day
    return row


def _dump(ids: frozenset[str]) -> str:
    return json.dumps(sorted(ids), ensure_ascii=False)


def account_of(r: Any) -> Account:
    """The account a ``sources`` row holds."""
    return Account(
        doc=r.doc_id, local_id=r.local_id, lang=r.lang, name=r.name, kind=r.kind,
        format=r.format, level=r.level, ordinal=r.ordinal, series=r.series_key,
        date_start=r.date_start, date_end=r.date_end, location=r.location,
        parties=frozenset(json.loads(r.parties)), persons=frozenset(json.loads(r.persons)),
        chairs=frozenset(json.loads(r.chairs)), reported=bool(r.reported),
        published=r.published, date_basis=basis_of(r.date_source))
