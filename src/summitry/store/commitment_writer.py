"""Writing commitments: each article's commitments become dated steps, linked to one record
per commitment across articles.

A step joins a stored commitment of the same kind when their names agree (the same name
key, or 60% of character bigrams), their periods do not differ (the 2016-2020 plan and the
2021-2025 plan are two records) and their parties, when both have some, share one. Every
decision is logged with its reasons; :meth:`CommitmentWriter.unlink` undoes a merge and
keeps the step apart from that record from then on. A commitment's status is its latest
step's; ``follows`` is carried from the article that states the succession.
"""

from __future__ import annotations

import datetime as dt
import json
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    Table,
    bindparam,
    delete,
    insert,
    or_,
    select,
    update,
)

from summitry.kb.store import default_kb
from summitry.names import dice, name_key
from summitry.store import params
from summitry.store.pending import Pending, insert_now_or_later

#: How alike two names must be (character bigrams) to be one commitment.
NAME_DICE = 0.6
#: Kinds of knowledge-base actor that are undertakings (RCEP, TPP): a record named after
#: one is that undertaking, whatever parties a step gives it.
UNDERTAKING_KINDS = frozenset({"agreement"})


def known_undertakings(name_en: str | None) -> frozenset[str]:
    """The English names of undertakings the knowledge base lists that ``name_en`` holds
    ("Regional Comprehensive Economic Partnership (RCEP) agreement"): two steps naming the
    same one state one commitment even when the parties each article gives it differ (the
    members who signed it; the two states of a call it was mentioned in)."""
    if not name_en:
        return frozenset()
    return frozenset(n for n in _undertaking_names() if n in name_en)


@lru_cache(maxsize=1)
def _undertaking_names() -> frozenset[str]:
    return frozenset(a.name for a in default_kb().actors.values() if a.kind in UNDERTAKING_KINDS)
TABLES = ("commitments", "commitment_steps", "commitment_log", "commitment_apart",
          "statements", "sources")


class CommitmentTables:
    commitments: Table
    commitment_steps: Table
    commitment_log: Table
    commitment_apart: Table
    statements: Table
    sources: Table

    def __init__(self, conn: Connection):
        meta = MetaData()
        meta.reflect(conn, only=list(TABLES))
        for name in TABLES:
            setattr(self, name, meta.tables[name])


_REFLECTED: weakref.WeakKeyDictionary[Engine, CommitmentTables] = weakref.WeakKeyDictionary()


def commitment_tables(conn: Connection) -> CommitmentTables:
    """The tables, reflected once per engine: a writer is made for every batch, and
    reflecting six tables each time cost a fifth of a second."""
    found = _REFLECTED.get(conn.engine)
    if found is None:
        found = _REFLECTED[conn.engine] = CommitmentTables(conn)
    return found


@dataclass(frozen=True)
class Step:
    doc_id: str
    local_id: str
    name: str
    name_en: str | None
    kind: str
    status: str
    period: tuple[str | None, str | None]
    parties: tuple[str, ...]
    date: str | None
    meeting_id: int | None
    meeting_local: str | None
    follows_local: str | None
    evidence: tuple[int, int, str] | None
    rule: str | None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class CommitmentWriter:
    def __init__(self, conn: Connection, pending: Pending | None = None):
        self.conn = conn
        # Steps, log and statement rows, inserted when the writer ends its transaction;
        # :meth:`refresh`, the one reader of steps, is only called once they are in.
        self.pending = pending
        self._any_apart: bool | None = None
        self.t = commitment_tables(conn)
        # Statements built once and executed with parameters: SQLAlchemy then reuses their
        # compiled form instead of building and keying a new statement for every row.
        c, a = self.t.commitments, self.t.commitment_apart
        self._insert_step = insert(self.t.commitment_steps)
        self._insert_log = insert(self.t.commitment_log)
        self._insert_statements = insert(self.t.statements)
        self._apart = select(a.c.commitment_id).where(a.c.doc_id == bindparam("doc"),
                                                      a.c.local_id == bindparam("local"))
        self._update = update(c).where(c.c.id == bindparam("cid"))

    # ---- one document ------------------------------------------------------------------
    def write(self, doc_n: int, doc_id: str, record: dict[str, Any],
              actor_ids: dict[str, str], meetings: dict[str, int] | None = None) -> None:
        """``meetings``: the linked meeting of each of the document's accounts, by local
        id, when the caller has them (else read back from its sources)."""
        if meetings is None:
            meetings = self._meeting_ids(doc_n)
        dates = {m.get("id"): (m.get("date") or {}).get("start") for m in record.get("meetings")
                 or []}
        by_local: dict[str, int] = {}
        steps = [_step(doc_id, c, actor_ids, meetings, dates, record.get("published"))
                 for c in record.get("commitments") or []]
        for step in steps:
            by_local[step.local_id] = self.add(doc_n, step)
        for step in steps:
            if step.follows_local and step.follows_local in by_local:
                self.conn.execute(update(self.t.commitments)
                                  .where(self.t.commitments.c.id == by_local[step.local_id])
                                  .values(follows_id=by_local[step.follows_local]))
        self._statements(doc_n, record, actor_ids, meetings)

    def _meeting_ids(self, doc_n: int) -> dict[str, int]:
        s = self.t.sources
        return {r.local_id: r.meeting_id for r in self.conn.execute(
            select(s.c.local_id, s.c.meeting_id).where(s.c.doc_n == doc_n))}

    def add(self, doc_n: int, step: Step) -> int:
        match, reasons, row = self.find(step)
        if match is None:
            match = self._new(step)
            action = "new"
        else:
            action = "merge"
        ev = step.evidence
        insert_now_or_later(self.conn, self.pending, self._insert_step, dict(
            commitment_id=match, doc_n=doc_n, doc_id=step.doc_id, local_id=step.local_id,
            name=step.name, kind=step.kind, status=step.status, date=step.date,
            meeting_id=step.meeting_id, meeting_local=step.meeting_local,
            follows_local=step.follows_local, parties=json.dumps(list(step.parties)),
            evidence_start=ev[0] if ev else None, evidence_end=ev[1] if ev else None,
            evidence=ev[2] if ev else None, rule=step.rule))
        insert_now_or_later(self.conn, self.pending, self._insert_log, dict(
            action=action, commitment_id=match, doc_id=step.doc_id, local_id=step.local_id,
            reasons=json.dumps(reasons, ensure_ascii=False), at=_now()))
        if row is not None:
            # The record was up to date before this step: fold the step in, instead of
            # reading back every step (a commitment many articles state has hundreds).
            self.conn.execute(self._update, {"cid": match, **_folded(row, step)})
        return match

    def find(self, step: Step) -> tuple[int | None, dict[str, Any], Any]:
        """The stored commitment this step states, why, and its row; (None, {}, None) when
        there is none."""
        c = self.t.commitments
        apart = set(self.conn.execute(self._apart, {"doc": step.doc_id,
                                                    "local": step.local_id}).scalars()
                    ) if self._has_apart() else set()
        best: tuple[float, int, dict[str, Any], Any] | None = None
        query = select(c).where(c.c.kind == step.kind)
        if step.parties:
            # Only records sharing a party (or the very name) can match: no full scan of a
            # kind on a large store.
            query = query.where(or_(c.c.name_key == name_key(step.name),
                                    *[c.c.name_en.contains(n)
                                      for n in known_undertakings(step.name_en)],
                                    c.c.parties == "[]",
                                    *[c.c.parties.contains(json.dumps(p)) for p in step.parties]))
        for row in self.conn.execute(query):
            if row.id in apart:
                continue
            reasons = _agreement(step, row)
            if reasons is None:
                continue
            if best is None or reasons["name"] > best[0]:
                best = (reasons["name"], row.id, reasons, row)
        return (best[1], best[2], best[3]) if best else (None, {}, None)

    def _has_apart(self) -> bool:
        """Whether any step is kept apart at all: asked once per writer (a transaction), as
        only an analyst's unlink, in a transaction of its own, adds such rows."""
        if self._any_apart is None:
            a = self.t.commitment_apart
            self._any_apart = self.conn.execute(select(a.c.id).limit(1)).first() is not None
        return self._any_apart

    def _new(self, step: Step) -> int:
        result = self.conn.execute(insert(self.t.commitments).values(
            name=step.name, name_en=step.name_en, name_key=name_key(step.name), kind=step.kind,
            status=step.status, period_start=step.period[0], period_end=step.period[1],
            parties=json.dumps(sorted(step.parties)), first_date=step.date,
            last_date=step.date))
        key = result.inserted_primary_key
        return int(key[0]) if key else 0

    # ---- keeping records right ---------------------------------------------------------
    def refresh(self, commitment_id: int) -> None:
        """Status, dates and parties from the steps left; delete a record without steps."""
        s = self.t.commitment_steps
        steps = self.conn.execute(select(s).where(s.c.commitment_id == commitment_id)
                                  .order_by(s.c.date.is_(None).desc(), s.c.date, s.c.id)).all()
        c = self.t.commitments
        if not steps:
            self.conn.execute(update(c).where(c.c.follows_id == commitment_id)
                              .values(follows_id=None))
            self.conn.execute(delete(c).where(c.c.id == commitment_id))
            return
        parties = sorted({p for st in steps for p in json.loads(st.parties)})
        dated = [st.date for st in steps if st.date]
        self.conn.execute(update(c).where(c.c.id == commitment_id).values(
            status=steps[-1].status, parties=json.dumps(parties),
            first_date=min(dated) if dated else None, last_date=max(dated) if dated else None))

    def remove_document(self, doc_n: int) -> None:
        s = self.t.commitment_steps
        ids = {r[0] for r in self.conn.execute(select(s.c.commitment_id)
                                               .where(s.c.doc_n == doc_n))}
        self.conn.execute(delete(s).where(s.c.doc_n == doc_n))
        self.conn.execute(delete(self.t.statements).where(self.t.statements.c.doc_n == doc_n))
        for cid in sorted(ids):
            self.refresh(cid)

    def unlink(self, step_id: int) -> int:
        """Move a step out of its commitment into a record of its own; keep them apart."""
        if not params.storable_id(step_id):
            raise LookupError(f"no commitment step {step_id}")
        s = self.t.commitment_steps
        row = self.conn.execute(select(s).where(s.c.id == step_id)).first()
        if row is None:
            raise LookupError(f"no commitment step {step_id}")
        self.conn.execute(insert(self.t.commitment_apart).values(
            doc_id=row.doc_id, local_id=row.local_id, commitment_id=row.commitment_id))
        old = self.conn.execute(select(self.t.commitments)
                                .where(self.t.commitments.c.id == row.commitment_id)).one()
        new = self._new(Step(row.doc_id, row.local_id, row.name, old.name_en, row.kind,
                             row.status, (old.period_start, old.period_end),
                             tuple(json.loads(row.parties)), row.date, row.meeting_id,
                             row.meeting_local, row.follows_local, None, row.rule))
        self.conn.execute(update(s).where(s.c.id == step_id).values(commitment_id=new))
        self.conn.execute(insert(self.t.commitment_log).values(
            action="unlink", commitment_id=row.commitment_id, doc_id=row.doc_id,
            local_id=row.local_id, reasons=json.dumps({"moved_to": new}), at=_now()))
        self.refresh(row.commitment_id)
        self.refresh(new)
        return new

    def _statements(self, doc_n: int, record: dict[str, Any], actor_ids: dict[str, str],
                    meetings: dict[str, int]) -> None:
        rows = [{"doc_n": doc_n, "local_id": st.get("id") or "", "type": st.get("type") or "other",
                 "actors": json.dumps([actor_ids[a] for a in st.get("actors") or []
                                       if a in actor_ids]),
                 "meeting_id": meetings.get(st.get("meeting") or ""),
                 "commitment_local": st.get("commitment"),
                 "content": (st.get("content") or {}).get("text") or "",
                 "content_start": (st.get("content") or {}).get("start"),
                 "content_end": (st.get("content") or {}).get("end"), "rule":
                 (st.get("provenance") or {}).get("rule")}
                for st in record.get("statements") or []]
        if rows:
            insert_now_or_later(self.conn, self.pending, self._insert_statements, rows)


def _folded(row: Any, step: Step) -> dict[str, Any]:
    """What :meth:`CommitmentWriter.refresh` would make of the stored record ``row`` with
    ``step`` added as its newest step: the steps sort undated first, then by date, then by
    id, so the new step (the highest id) is last, and gives the status, unless a step with
    a later date is stored (or it has no date and a dated one is)."""
    last = row.last_date
    newest = (step.date is None and last is None) or (step.date is not None
                                                        and (last is None or step.date >= last))
    parties = sorted(set(json.loads(row.parties)) | set(step.parties))
    dated = [d for d in (row.first_date, row.last_date, step.date) if d]
    return dict(status=step.status if newest else row.status, parties=json.dumps(parties),
                first_date=min(dated) if dated else None,
                last_date=max(dated) if dated else None)


def _agreement(step: Step, row: Any) -> dict[str, Any] | None:
    """Why ``step`` states the stored commitment ``row``, or None when it does not."""
    same_key = name_key(step.name) == row.name_key
    similar = max(dice(step.name, row.name), dice(step.name_en, row.name_en),
                  dice(step.name_en, row.name))
    if not same_key and similar < NAME_DICE:
        return None
    if any(a and b and a != b for a, b in zip(step.period, (row.period_start, row.period_end),
                                              strict=True)):
        return None
    stored = set(json.loads(row.parties))
    known = known_undertakings(step.name_en)
    same_undertaking = bool(known) and known == known_undertakings(row.name_en)
    if stored and step.parties and not stored & set(step.parties) and not same_undertaking:
        return None
    return {"name": 1.0 if same_key else round(similar, 3), "kind": step.kind,
            "parties": sorted(stored & set(step.parties)),
            "period": [row.period_start, row.period_end]}


def _step(doc_id: str, c: dict[str, Any], actor_ids: dict[str, str], meetings: dict[str, int],
          dates: dict[Any, Any], published: str | None) -> Step:
    period = c.get("period") or {}
    ev = (c.get("evidence") or [None])[0]
    meeting_local = c.get("meeting")
    return Step(
        doc_id=doc_id, local_id=c.get("id") or "", name=c.get("name") or "",
        name_en=c.get("name_en"), kind=c.get("kind") or "other",
        status=c.get("status") or "agreed",
        period=(period.get("start"), period.get("end")),
        parties=tuple(dict.fromkeys(actor_ids[p] for p in c.get("parties") or []
                                    if p in actor_ids)),
        date=_dated(dates.get(meeting_local), published),
        meeting_id=meetings.get(meeting_local or ""), meeting_local=meeting_local,
        follows_local=c.get("follows"),
        evidence=(ev["start"], ev["end"], ev.get("text") or "") if ev else None,
        rule=(c.get("provenance") or {}).get("rule"))


def _dated(meeting_date: str | None, published: str | None) -> str | None:
    """A step's date: its meeting's, when that has a year (``--06-17`` does not), else the
    article's publication date, so that steps sort in time."""
    if meeting_date and not meeting_date.startswith("-"):
        return meeting_date
    return published or meeting_date
