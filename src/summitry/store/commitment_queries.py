"""Reading commitments: lists with filters, one record with its timeline (each step with
its date, status, meeting and evidence), and what was agreed at one meeting.

Records are plain frozen dataclasses with ``to_json`` so the CLI, the API and the web pages
share one shape.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from summitry.store import params
from summitry.store.commitment_writer import CommitmentTables


@dataclass(frozen=True, slots=True)
class CommitmentStep:
    id: int
    date: str | None
    status: str
    doc: str
    name: str
    meeting_id: int | None
    meeting_name: str | None
    evidence_start: int | None
    evidence_end: int | None
    evidence: str | None


@dataclass(frozen=True, slots=True)
class CommitmentRecord:
    id: int
    name: str
    name_en: str | None
    kind: str
    status: str
    period: tuple[str | None, str | None] | None
    parties: tuple[str, ...]
    follows: tuple[int, str] | None
    followed_by: tuple[tuple[int, str], ...]
    first_date: str | None
    last_date: str | None
    steps: tuple[CommitmentStep, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["period"] = ({"start": self.period[0], "end": self.period[1]}
                         if self.period else None)
        out["follows"] = ({"id": self.follows[0], "name": self.follows[1]}
                          if self.follows else None)
        out["followed_by"] = [{"id": i, "name": n} for i, n in self.followed_by]
        return out


@dataclass(frozen=True, slots=True)
class CommitmentFilter:
    actors: tuple[str, ...] = ()  # store actor ids; every one must be a party
    kind: str | None = None
    status: str | None = None
    since: str | None = None
    limit: int | None = None


def commitments(conn: Connection, f: CommitmentFilter) -> list[CommitmentRecord]:
    t = CommitmentTables(conn)
    c = t.commitments
    q = select(c.c.id, c.c.parties).order_by(c.c.first_date.is_(None), c.c.first_date, c.c.id)
    if f.kind:
        q = q.where(c.c.kind == f.kind)
    if f.status:
        q = q.where(c.c.status == f.status)
    if f.since:
        q = q.where(c.c.last_date >= f.since)
    ids = [r.id for r in conn.execute(q)
           if all(a in json.loads(r.parties) for a in f.actors)]
    if f.limit is not None:
        ids = ids[:f.limit]
    return [commitment(conn, i, t) for i in ids]


def commitment(conn: Connection, commitment_id: int,
               t: CommitmentTables | None = None) -> CommitmentRecord:
    if not params.storable_id(commitment_id):  # no row can have it: not a database error
        raise LookupError(f"no commitment {commitment_id}")
    t = t or CommitmentTables(conn)
    c = t.commitments
    row = conn.execute(select(c).where(c.c.id == commitment_id)).first()
    if row is None:
        raise LookupError(f"no commitment {commitment_id}")
    follows = None
    if row.follows_id is not None:
        prev = conn.execute(select(c.c.id, c.c.name).where(c.c.id == row.follows_id)).first()
        follows = (prev.id, prev.name) if prev else None
    after = tuple((r.id, r.name) for r in conn.execute(
        select(c.c.id, c.c.name).where(c.c.follows_id == commitment_id).order_by(c.c.id)))
    period = ((row.period_start, row.period_end)
              if row.period_start or row.period_end else None)
    return CommitmentRecord(row.id, row.name, row.name_en, row.kind, row.status, period,
                            tuple(json.loads(row.parties)), follows, after, row.first_date,
                            row.last_date, _steps(conn, t, commitment_id))


def _steps(conn: Connection, t: CommitmentTables, commitment_id: int
           ) -> tuple[CommitmentStep, ...]:
    s = t.commitment_steps
    rows = conn.execute(select(s).where(s.c.commitment_id == commitment_id)
                        .order_by(s.c.date.is_(None).desc(), s.c.date, s.c.id)).all()
    names = _meeting_names(conn, [r.meeting_id for r in rows if r.meeting_id is not None])
    return tuple(CommitmentStep(r.id, r.date, r.status, r.doc_id, r.name, r.meeting_id,
                                names.get(r.meeting_id) if r.meeting_id else None,
                                r.evidence_start, r.evidence_end, r.evidence) for r in rows)


def _meeting_names(conn: Connection, ids: Sequence[int]) -> dict[int, str | None]:
    if not ids:
        return {}
    rows = conn.exec_driver_sql(
        "SELECT id, name FROM meetings WHERE id IN (" + ",".join(str(int(i)) for i in ids) + ")")
    return {int(r[0]): r[1] for r in rows}


def meeting_commitments(conn: Connection, meeting_id: int) -> dict[str, Any]:
    """What was agreed at one meeting: the commitments stated there (with the status this
    meeting gave them) and the statements made there."""
    t = CommitmentTables(conn)
    s = t.commitment_steps
    steps = conn.execute(select(s.c.commitment_id, s.c.status, s.c.doc_id, s.c.evidence)
                         .where(s.c.meeting_id == meeting_id).order_by(s.c.id)).all()
    seen: dict[int, dict[str, Any]] = {}
    for st in steps:
        if st.commitment_id not in seen:
            rec = commitment(conn, st.commitment_id, t)
            seen[st.commitment_id] = {"id": rec.id, "name": rec.name, "kind": rec.kind,
                                      "status_here": st.status, "status": rec.status,
                                      "doc": st.doc_id, "evidence": st.evidence}
    st_rows = conn.execute(select(t.statements).where(t.statements.c.meeting_id == meeting_id)
                           .order_by(t.statements.c.id)).all()
    statements = [{"type": r.type, "actors": json.loads(r.actors), "content": r.content,
                   "commitment": r.commitment_local} for r in st_rows]
    return {"commitments": list(seen.values()), "statements": statements}


def statements(conn: Connection, actors: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Stored statements with their document and its publication date, every actor in
    ``actors`` among theirs."""
    rows = conn.exec_driver_sql(
        "SELECT s.id, s.type, s.actors, s.meeting_id, s.content, s.content_start, "
        "s.content_end, d.id, c.published FROM statements s JOIN documents d ON d.n = s.doc_n "
        "JOIN cleaned c ON c.doc_n = s.doc_n ORDER BY c.published, s.id").all()
    out = []
    for r in rows:
        who = json.loads(r[2])
        if all(a in who for a in actors):
            out.append({"id": r[0], "type": r[1], "actors": who, "meeting_id": r[3],
                        "content": r[4], "content_start": r[5], "content_end": r[6],
                        "doc": r[7], "date": r[8]})
    return out
