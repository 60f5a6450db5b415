"""Read queries over the store: meetings with filters, one meeting in full, an actor's
profile, full-text search, and actor names resolved to store ids.

Each function takes a connection inside a read transaction, so a query sees one snapshot
even while an ingestion writes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, or_, select

from summitry.errors import SummitryError
from summitry.kb.store import default_kb
from summitry.link.dates import bounds
from summitry.names import name_key
from summitry.nlp.normalize import analysis_text
from summitry.store import fts, pg_search, texts
from summitry.store.migrations.v0006_participant_order import meeting_day
from summitry.store.prepare import year_basis
from summitry.store.results import (
    ActorHit,
    ActorProfile,
    ActorRef,
    Counterpart,
    EvidenceRef,
    MeetingRecord,
    Office,
    Results,
    SearchHit,
    SourceRef,
)
from summitry.store.schema import Tables


class NotFoundError(SummitryError):
    """No actor, meeting or document answers to what was asked."""


@dataclass(frozen=True, slots=True)
class MeetingFilter:
    actors: tuple[str, ...] = ()  # store actor ids; a meeting must involve every one
    since: str | None = None  # ISO date, possibly partial (2020, 2020-06)
    until: str | None = None
    format: str | None = None
    level: str | None = None
    kind: str | None = None
    reported_only: bool = False
    limit: int | None = None
    offset: int = 0
    #: Only meetings no article reports as news (recalled in passing): ``reported=false``.
    recalled_only: bool = False


# ---- actors -----------------------------------------------------------------------------
def resolve_actor(conn: Connection, t: Tables, query: str) -> list[str]:
    """Store actor ids that ``query`` names: an id, a code, a name in any language or
    script the knowledge base knows, or a local actor's name. Best first."""
    a = t.actors
    q = query.strip()
    if not q:
        return []
    if conn.execute(select(a.c.id).where(a.c.id == q)).first():
        return [q]
    found: list[str] = []

    def add(ids: Iterable[str]) -> None:
        for i in ids:
            if i not in found:
                found.append(i)

    add(r[0] for r in conn.execute(select(a.c.id).where(func.upper(a.c.code) == q.upper())
                                   .order_by(a.c.origin, a.c.type, a.c.id)))
    add(r[0] for r in conn.execute(select(a.c.id).where(func.lower(a.c.name) == q.lower())
                                   .order_by(a.c.origin, a.c.id)))
    kb = default_kb()
    forms = kb.lookup(q) or kb.lookup(analysis_text(q)[0])
    kb_ids = [f.actor for f in forms]
    if kb_ids:
        add(r[0] for r in conn.execute(select(a.c.id).where(a.c.id.in_(kb_ids))
                                       .order_by(a.c.id)))
    key = name_key(q)
    if key:
        add(r[0] for r in conn.execute(select(a.c.id).where(a.c.id.like(f"local:%:{key}"))
                                       .order_by(a.c.id)))
    if not found and len(q) >= 3:
        add(r[0] for r in conn.execute(select(a.c.id).where(a.c.name.ilike(f"%{q}%"))
                                       .order_by(a.c.origin, a.c.id).limit(5)))
    return found


def actor_candidates(conn: Connection, t: Tables, query: str,
                     limit: int = 50) -> list[ActorRef]:
    """Every actor a partial or shared name may mean, so that a caller can list them
    instead of choosing one: ``Nguyen`` or ``Kim`` (a word of several persons' names),
    ``巴方`` (several states). An id, a code or a whole name names one actor: a list of one.
    Empty when nothing answers."""
    q = query.strip()
    ids = resolve_actor(conn, t, q)
    a = t.actors
    exact = [i for i in ids if i == q] or [
        r[0] for r in conn.execute(select(a.c.id).where(or_(
            func.upper(a.c.code) == q.upper(), func.lower(a.c.name) == q.lower())))]
    if len(exact) == 1:
        return list(actor_refs(conn, t, exact).values())
    words = [w for w in q.split() if w]
    if words and not any(c in q for c in "%_"):
        # A word of a person's name: at the start, the end or between two spaces.
        cond = or_(func.lower(a.c.name) == q.lower(),
                   func.lower(a.c.name).like(f"{q.lower()} %"),
                   func.lower(a.c.name).like(f"% {q.lower()}"),
                   func.lower(a.c.name).like(f"% {q.lower()} %"))
        for r in conn.execute(select(a.c.id).where(a.c.type == "person", cond)
                              .order_by(a.c.name).limit(limit)):
            if r[0] not in ids:
                ids.append(r[0])
    refs = actor_refs(conn, t, ids[:limit])
    return [refs[i] for i in ids[:limit] if i in refs]


def actor_or_fail(conn: Connection, t: Tables, query: str) -> str:
    ids = resolve_actor(conn, t, query)
    if not ids:
        raise NotFoundError(f"no actor in the store answers to {query!r}")
    return ids[0]


def actor_refs(conn: Connection, t: Tables, ids: Iterable[str]) -> dict[str, ActorRef]:
    ids = sorted(set(ids))
    a = t.actors
    out: dict[str, ActorRef] = {}
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(a.c.id, a.c.type, a.c.code, a.c.name)
                              .where(a.c.id.in_(ids[i:i + 500]))):
            out[r.id] = ActorRef(r.id, r.type, r.code, r.name)
    return out


def find_actors(conn: Connection, t: Tables, query: str, limit: int = 20,
                offset: int = 0) -> tuple[int, Results[ActorHit]]:
    """Actors whose id, code or name (in any language) matches ``query``: those
    :func:`resolve_actor` names first, then names containing it; most meetings first.
    An empty query lists every actor by meetings. Returns the number that match and the
    page asked for."""
    a, p = t.actors, t.participants
    q = query.strip()
    n_meetings = (select(func.count()).where(p.c.actor_id == a.c.id)
                  .correlate(a).scalar_subquery())
    stmt = select(a.c.id, a.c.type, a.c.code, a.c.name, a.c.origin, n_meetings.label("n"))
    if not q:
        total = int(conn.execute(select(func.count()).select_from(a)).scalar() or 0)
        rows = conn.execute(stmt.order_by(n_meetings.desc(), a.c.name, a.c.id)
                            .limit(limit).offset(offset)).all()
    else:
        exact = resolve_actor(conn, t, q)
        stmt = stmt.where(or_(a.c.id.in_(exact), a.c.name.icontains(q, autoescape=True),
                              a.c.names.icontains(q, autoescape=True),
                              a.c.id.icontains(q, autoescape=True)))
        found = list(conn.execute(stmt).all())
        rank = {i: n for n, i in enumerate(exact)}
        found.sort(key=lambda r: (rank.get(r.id, len(rank)), -r.n, r.name, r.id))
        total, rows = len(found), found[offset:offset + limit]
    return total, Results(ActorHit(ActorRef(r.id, r.type, r.code, r.name), r.origin, int(r.n))
                          for r in rows)


# ---- meetings -----------------------------------------------------------------------------
def _filtered(t: Tables, f: MeetingFilter, conn: Connection | None = None) -> Select[Any]:
    """The ids of the meetings ``f`` admits, unordered and unpaged. Given ``conn``, a
    ``since`` also bounds ``date_lo`` from below (:func:`since_floor`): the same meetings,
    found by a range of the date index instead of a scan of everything before."""
    m, p = t.meetings, t.participants
    q = select(m.c.id)
    for actor in f.actors:
        q = q.where(m.c.id.in_(select(p.c.meeting_id).where(p.c.actor_id == actor)))
    return q.where(*_meeting_conditions(t, f, conn))


def _meeting_conditions(t: Tables, f: MeetingFilter,
                        conn: Connection | None) -> list[ColumnElement[bool]]:
    """What ``f`` asks of the meetings row itself: its period, format, level, kind and
    whether it was reported."""
    m = t.meetings
    out: list[ColumnElement[bool]] = []
    if f.since:
        lo = _bound(f.since, 0)
        out.append(m.c.date_hi >= lo)
        floor = since_floor(conn, t, lo) if conn is not None else None
        if floor is not None:
            out.append(m.c.date_lo >= floor)
    if f.until:
        out.append(m.c.date_lo <= _bound(f.until, 1))
    for column, value in ((m.c.format, f.format), (m.c.level, f.level), (m.c.kind, f.kind)):
        if value:
            out.append(column == value)
    if f.reported_only:
        out.append(m.c.reported.is_(True))
    if f.recalled_only:
        out.append(m.c.reported.is_(False))
    return out


def since_floor(conn: Connection, t: Tables, lo: str) -> str | None:
    """The earliest ``date_lo`` of a meeting that reaches ``lo``: ``lo`` less the longest
    span stored (``meetings.span_days``, kept by the linker; its index makes this one
    lookup). None when no meeting is dated."""
    longest = conn.execute(select(func.max(t.meetings.c.span_days))).scalar()
    if longest is None:
        return None
    return (dt.date.fromisoformat(lo) - dt.timedelta(days=int(longest))).isoformat()


def meeting_ids(conn: Connection, t: Tables, f: MeetingFilter) -> list[int]:
    """The ids of a page of the meetings ``f`` admits: dated meetings in date order, then
    undated ones; ties by id, so pages are stable."""
    if f.actors:
        return _actor_page(conn, t, f)
    m = t.meetings
    q = (_filtered(t, f, conn).order_by(m.c.date_lo.is_(None), m.c.date_lo, m.c.id)
         .offset(f.offset))
    if f.limit is not None:
        q = q.limit(f.limit)
    return [r[0] for r in conn.execute(q)]


#: Participant rows counted per actor in the first round of choosing which actor a
#: listing walks; each round counts eight times further, until one actor's rows end.
RARER_PROBE = 2000


def _actor_page(conn: Connection, t: Tables, f: MeetingFilter) -> list[int]:
    return [r[0] for r in conn.execute(_actor_page_query(conn, t, f))]


def _actor_page_query(conn: Connection, t: Tables, f: MeetingFilter) -> Select[Any]:
    """The same page as the plain query, read along ``participants (actor_id,
    meeting_day, meeting_id)`` of the rarest actor named, whose order is the listing's
    (:mod:`summitry.store.migrations.v0006_participant_order`); the other actors and the
    meeting's own conditions are checked on each row the walk meets, which stops at the
    page's end instead of sorting all of the actor's meetings."""
    q, walk = _actor_walk(conn, t, f)
    q = q.order_by(walk.c.meeting_day, walk.c.meeting_id).offset(f.offset)
    return q if f.limit is None else q.limit(f.limit)


def _actor_walk(conn: Connection, t: Tables, f: MeetingFilter) -> tuple[Select[Any], Any]:
    """The meetings ``f`` admits as rows of the rarest actor's index range, unordered,
    with the alias walked."""
    p, m = t.participants, t.meetings
    lead = _rarest(conn, t, f.actors)
    walk = p.alias("walk")
    q = select(walk.c.meeting_id).where(walk.c.actor_id == lead)
    for other in f.actors:
        if other != lead:
            q = q.where(exists().where(p.c.meeting_id == walk.c.meeting_id,
                                       p.c.actor_id == other))
    conditions = _meeting_conditions(t, f, conn)
    if conditions:
        q = q.join(m, m.c.id == walk.c.meeting_id).where(*conditions)
    # The period bounds date_lo (below by the floor, above by until): the walk's key too.
    floor = since_floor(conn, t, _bound(f.since, 0)) if f.since else None
    if floor is not None:
        q = q.where(walk.c.meeting_day >= meeting_day(floor))
    if f.until:
        q = q.where(walk.c.meeting_day <= meeting_day(_bound(f.until, 1)))
    return q, walk


def _rarest(conn: Connection, t: Tables, actors: Sequence[str]) -> str:
    """The actor in fewest meetings (the first of equals): the walk that meets the fewest
    rows that other actors then reject. Rows are counted in rounds, each eight times the
    last, until an actor's rows end, so the choice costs about the rarer actor's rows,
    never the frequent one's."""
    if len(actors) == 1:
        return actors[0]
    cap = RARER_PROBE
    while True:
        counts = {a: _probe_count(conn, t, a, cap) for a in actors}
        ended = [a for a in actors if counts[a] < cap]
        if ended:
            return min(ended, key=lambda a: counts[a])
        cap *= 8


def _probe_count(conn: Connection, t: Tables, actor: str, cap: int) -> int:
    """The actor's participant rows, counted up to ``cap``."""
    p = t.participants
    few = select(p.c.meeting_id).where(p.c.actor_id == actor).limit(cap).subquery()
    return int(conn.execute(select(func.count()).select_from(few)).scalar() or 0)


def meeting_count(conn: Connection, t: Tables, f: MeetingFilter) -> int:
    """How many meetings ``f`` admits, whatever its limit and offset (for pagination);
    with actors, counted along the rarest one's index range (:func:`_actor_walk`)."""
    sub = (_actor_walk(conn, t, f)[0] if f.actors else _filtered(t, f, conn)).subquery()
    return int(conn.execute(select(func.count()).select_from(sub)).scalar() or 0)


def meeting_years(conn: Connection, t: Tables, f: MeetingFilter) -> dict[str, int]:
    """Meetings ``f`` admits per year (``undated`` last), whatever its limit and offset."""
    m = t.meetings
    sub = _filtered(t, f, conn).subquery()
    rows = conn.execute(select(m.c.year, func.count()).join(sub, sub.c.id == m.c.id)
                        .group_by(m.c.year).order_by(m.c.year.is_(None), m.c.year)).all()
    return {str(y) if y is not None else "undated": int(n) for y, n in rows}


def _bound(value: str, side: int) -> str:
    span = bounds(value, value)
    if span is None:
        raise SummitryError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return span[side]


def meetings(conn: Connection, t: Tables, f: MeetingFilter,
             evidence: bool = True) -> Results[MeetingRecord]:
    return load_meetings(conn, t, meeting_ids(conn, t, f), evidence=evidence)


def load_meetings(conn: Connection, t: Tables, ids: Sequence[int],
                  evidence: bool = True) -> Results[MeetingRecord]:
    """Full records for ``ids``, in that order (batched ``IN`` queries, no N+1)."""
    out: Results[MeetingRecord] = Results()
    for i in range(0, len(ids), 500):
        out.extend(_load_chunk(conn, t, list(ids[i:i + 500]), evidence))
    return out


def _load_chunk(conn: Connection, t: Tables, ids: list[int],
                evidence: bool) -> list[MeetingRecord]:
    if not ids:
        return []
    roles: dict[str, dict[int, list[str]]] = {"participants": defaultdict(list),
                                              "chairs": defaultdict(list)}
    for role in roles:
        table = getattr(t, role)
        for mid, actor in conn.execute(select(table.c.meeting_id, table.c.actor_id)
                                       .where(table.c.meeting_id.in_(ids))):
            roles[role][mid].append(actor)
    refs = actor_refs(conn, t, {a for r in roles.values() for v in r.values() for a in v})
    s, c = t.sources, t.cleaned
    sources: dict[int, list[SourceRef]] = defaultdict(list)
    source_ids: list[int] = []
    for r in conn.execute(select(s.c.id, s.c.meeting_id, s.c.doc_id, s.c.reported, s.c.name,
                                 s.c.date_start, s.c.link_score, s.c.link_reason, c.c.title,
                                 c.c.published, s.c.date_source)
                          .join(c, c.c.doc_n == s.c.doc_n)
                          .where(s.c.meeting_id.in_(ids)).order_by(s.c.id)):
        source_ids.append(r.id)
        sources[r.meeting_id].append(SourceRef(
            r.id, r.doc_id, bool(r.reported), r.title, r.published, r.name, r.date_start,
            r.link_score, r.link_reason, year_basis(r.date_source)))
    proofs: dict[int, list[EvidenceRef]] = defaultdict(list)
    if evidence and source_ids:
        e = t.evidence
        for p in conn.execute(select(s.c.meeting_id, s.c.doc_id, e.c.start, e.c.end, e.c.text)
                              .join(s, s.c.id == e.c.source_id)
                              .where(s.c.meeting_id.in_(ids)).order_by(e.c.source_id, e.c.id)):
            proofs[p.meeting_id].append(EvidenceRef(p.doc_id, p.start, p.end, p.text))
    m, se = t.meetings, t.series
    rows = {r.id: r for r in conn.execute(select(m, se.c.name.label("series_name"))
                                          .outerjoin(se, se.c.id == m.c.series_id)
                                          .where(m.c.id.in_(ids)))}

    def people(role: str, mid: int) -> tuple[ActorRef, ...]:
        return tuple(sorted((refs[a] for a in roles[role][mid] if a in refs),
                            key=lambda x: (x.type == "person", x.name)))

    return [MeetingRecord(
        id=r.id, name=r.name, kind=r.kind, format=r.format, level=r.level, ordinal=r.ordinal,
        series=r.series_name, date_start=r.date_start, date_end=r.date_end,
        location=r.location, reported=bool(r.reported), chairs=people("chairs", r.id),
        participants=people("participants", r.id), sources=tuple(sources[r.id]),
        evidence=tuple(proofs[r.id])) for r in (rows[i] for i in ids if i in rows)]


def meeting(conn: Connection, t: Tables, meeting_id: int) -> MeetingRecord:
    found = load_meetings(conn, t, [meeting_id])
    if not found:
        raise NotFoundError(f"no meeting {meeting_id} in the store")
    return found[0]


def link_history(conn: Connection, t: Tables, meeting_id: int) -> list[dict[str, object]]:
    """Every linking decision that touched the meeting, oldest first."""
    lg = t.link_log
    return [dict(r._mapping) for r in conn.execute(
        select(lg.c.action, lg.c.doc_id, lg.c.local_id, lg.c.score, lg.c.reason, lg.c.run_id)
        .where(lg.c.meeting_id == meeting_id).order_by(lg.c.id))]


# ---- actor profile ------------------------------------------------------------------------
def profile(conn: Connection, t: Tables, actor_id: str, recent: int = 10) -> ActorProfile:
    a = t.actors
    row = conn.execute(select(a).where(a.c.id == actor_id)).first()
    if row is None:
        raise NotFoundError(f"no actor {actor_id!r} in the store")
    ref = ActorRef(row.id, row.type, row.code, row.name)
    kb_actor = default_kb().get(actor_id) if row.origin == "kb" else None
    offices = tuple(Office(o.title, o.of, o.start, o.end) for o in kb_actor.offices
                    ) if kb_actor else ()
    # Everything is counted by the database: an actor such as a host state takes part in
    # tens of thousands of meetings, and only the counts and ten of them are shown.
    p, m = t.participants, t.meetings
    theirs = select(m.c.id, m.c.date_start, m.c.date_lo).join(
        p, p.c.meeting_id == m.c.id).where(p.c.actor_id == actor_id).subquery()
    year = func.coalesce(func.substr(theirs.c.date_lo, 1, 4), "undated")
    per_year = {str(y): int(n) for y, n in conn.execute(
        select(year, func.count()).group_by(year))}
    month = func.substr(theirs.c.date_start, 1, 7)
    per_month = {str(k): int(n) for k, n in conn.execute(
        select(month, func.count()).where(
            theirs.c.date_lo.is_not(None), func.length(theirs.c.date_start) >= 7,
            theirs.c.date_start.not_like("-%")).group_by(month))}
    mine, other = p.alias("mine"), p.alias("other")
    others: dict[str, int] = {str(o): int(n) for o, n in conn.execute(
        select(other.c.actor_id, func.count()).join(mine, mine.c.meeting_id == other.c.meeting_id)
        .where(mine.c.actor_id == actor_id, other.c.actor_id != actor_id)
        .group_by(other.c.actor_id))}
    own = _side(ref)
    for other_id in list(others):
        if own and own & _side(ActorRef(other_id, "", None, "")):
            del others[other_id]  # the actor's own state and compatriots are not counterparts
    top = sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    refs = actor_refs(conn, t, [o for o, _ in top])
    counterparts = tuple(Counterpart(refs[o], n) for o, n in top if o in refs)
    chaired = conn.execute(select(func.count()).select_from(t.chairs)
                           .where(t.chairs.c.actor_id == actor_id)).scalar() or 0
    titles: Counter[str] = Counter()
    de = t.doc_entities
    for roles, n in conn.execute(select(de.c.roles, func.count()).where(
            de.c.actor_id == actor_id).group_by(de.c.roles)):
        for role in json.loads(roles or "[]"):
            if role.get("title"):
                titles[role["title"]] += n
    latest = [r[0] for r in conn.execute(
        select(theirs.c.id).order_by(func.coalesce(theirs.c.date_lo, "").desc(),
                                     theirs.c.id.desc()).limit(recent))]
    years = sorted(per_year.items(), key=lambda kv: (kv[0] == "undated", kv[0]))
    seen = tuple(sorted(titles.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
    return ActorProfile(
        actor=ref, origin=row.origin, names=json.loads(row.names or "{}"),
        wikidata=row.wikidata, offices=offices, titles_seen=seen,
        meetings=sum(per_year.values()), chaired=int(chaired), per_year=tuple(years),
        per_month=tuple(sorted(per_month.items())), counterparts=counterparts,
        recent=tuple(load_meetings(conn, t, latest, evidence=False)))


def _side(actor: ActorRef) -> set[str]:
    """The state codes an actor stands for: a state its own code, a person the states of
    the offices the knowledge base gives them, others none."""
    if actor.id.startswith("state:"):
        return {actor.id.removeprefix("state:")}
    kb = default_kb()
    found = kb.get(actor.id)
    if found is None or found.type != "person":
        return set()
    states = set()
    for office in found.offices:
        holder = kb.code(office.of) if office.of else None
        if holder is not None and holder.type in ("state", "territory"):
            states.add(holder.code or "")
    return states - {""}


# ---- search -------------------------------------------------------------------------------
def search(conn: Connection, t: Tables, query: str, limit: int = 20, offset: int = 0,
           marks: tuple[str, str] = ("[", "]")) -> Results[SearchHit]:
    """Documents whose title or body contains ``query`` (every word of it, in any order).

    SQLite: candidates from the trigram index, confirmed on the stored text, newest
    first (:mod:`summitry.store.fts`; Chinese included, words of any length); PostgreSQL:
    word and trigram indexes (:mod:`summitry.store.pg_search`); other databases: LIKE.
    ``marks`` open and close each match in the snippet: brackets on a terminal, control
    characters for a page that escapes the snippet first and then turns them into tags.
    """
    words = [w for w in query.split() if w]
    if not words:
        return Results()
    c = t.cleaned
    if conn.dialect.name == "sqlite":
        hits = _sqlite_hits(conn, t, words, limit, offset, marks)
    else:
        rows = conn.execute(select(c.c.doc_n, c.c.doc_id, c.c.title, c.c.published, c.c.lang,
                                   c.c.body)
                            .where(_like_all(conn, c, words))
                            .order_by(c.c.published.desc(), c.c.doc_id)
                            .limit(limit).offset(offset)).all()
        hits = [(r.doc_n, r.doc_id, r.title, r.published, r.lang,
                 _snippet(r.body, words[0], marks)) for r in rows]
    linked = meetings_of(conn, t, [h[0] for h in hits])
    return Results(SearchHit(d, ti, pu, la, tuple(linked[n]), snippet=sn)
                   for n, d, ti, pu, la, sn in hits)


def _sqlite_hits(conn: Connection, t: Tables, words: Sequence[str], limit: int, offset: int,
                 marks: tuple[str, str]) -> list[tuple[Any, ...]]:
    """A page of confirmed matches (:mod:`.fts`), newest document first, with snippets."""
    found: dict[int, tuple[str | None, str]] = {}

    def load(ns: Sequence[int]) -> dict[int, tuple[str | None, str]]:
        chunk = texts.titles_and_bodies(conn, t, ns)
        found.update(chunk)
        return chunk

    page = list(islice(fts.confirmed(conn, words, load), offset, offset + limit))
    found.update(texts.titles_and_bodies(conn, t, [n for n in page if n not in found]))
    c = t.cleaned
    rows = {r.doc_n: r for r in conn.execute(
        select(c.c.doc_n, c.c.doc_id, c.c.title, c.c.published, c.c.lang)
        .where(c.c.doc_n.in_(page)))}
    return [(n, rows[n].doc_id, rows[n].title, rows[n].published, rows[n].lang,
             _snippet(found[n][1], words[0], marks)) for n in page]


def meetings_of(conn: Connection, t: Tables, doc_ns: Sequence[int]) -> dict[int, list[int]]:
    """The meetings each document (by its key ``documents.n``) gives an account of, in
    account order. Keyed by ``n``, the column the sources are indexed on."""
    s = t.sources
    out: dict[int, list[int]] = defaultdict(list)
    for doc_n, mid in conn.execute(select(s.c.doc_n, s.c.meeting_id)
                                   .where(s.c.doc_n.in_(list(doc_ns))).order_by(s.c.id)):
        out[doc_n].append(mid)
    return out


def search_count(conn: Connection, t: Tables, query: str, cap: int | None = None) -> int:
    """How many documents :func:`search` finds for ``query``, whatever its page; with
    ``cap``, counting stops past it (the answer is then ``cap + 1``).

    On SQLite every candidate is confirmed on its text, which ``cap`` cuts short; elsewhere
    a word the indexes cannot serve is counted by scanning bodies, which ``cap`` cuts short.
    """
    words = [w for w in query.split() if w]
    if not words:
        return 0
    c = t.cleaned
    if conn.dialect.name == "sqlite":
        load = partial(texts.titles_and_bodies, conn, t)
        stop = None if cap is None else cap + 1
        return sum(1 for _ in islice(fts.confirmed(conn, words, load), stop))
    found = select(c.c.doc_n).where(_like_all(conn, c, words))
    if cap is not None:
        found = found.limit(cap + 1)
    return int(conn.execute(select(func.count()).select_from(found.subquery())).scalar() or 0)


def _like_all(conn: Connection, c: Any, words: Sequence[str]) -> Any:
    if conn.dialect.name == "postgresql":
        return pg_search.matches_all(c, words)
    return and_(*(or_(c.c.body.contains(w, autoescape=True),
                      c.c.title.contains(w, autoescape=True)) for w in words))


def _snippet(body: str, word: str, marks: tuple[str, str], width: int = 40) -> str:
    at = body.find(word)
    if at < 0:  # PostgreSQL matches regardless of case
        at = body.lower().find(word.lower())
    if at < 0:
        return body[:2 * width]
    word = body[at:at + len(word)]  # as the text writes it
    start, end = max(0, at - width), min(len(body), at + len(word) + width)
    return (("…" if start else "") + body[start:at] + marks[0] + word + marks[1]
            + body[at + len(word):end] + ("…" if end < len(body) else ""))


def skips(conn: Connection, t: Tables, run_id: int) -> list[dict[str, object]]:
    k = t.skips
    return [dict(r._mapping) for r in conn.execute(
        select(k.c.source, k.c.line, k.c.kind, k.c.message).where(k.c.run_id == run_id)
        .order_by(k.c.id))]


# ---- counts -------------------------------------------------------------------------------
def counts(conn: Connection, t: Tables) -> dict[str, int]:
    """Rows per table, the figures an analyst checks after an ingestion."""
    out = {}
    for name in ("documents", "cleaned", "actors", "doc_entities", "series",
                 "meetings", "participants", "chairs", "sources", "evidence"):
        out[name] = int(conn.execute(select(func.count()).select_from(getattr(t, name))
                                     ).scalar() or 0)
    return out
