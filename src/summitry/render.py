"""Store records on the terminal: the meetings table, one meeting in full, an actor's
profile, search hits. Plain text with CJK-aware column widths."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from summitry.report import fit
from summitry.store.results import ActorProfile, MeetingRecord, SearchHit


def _names(actors: Iterable[Any], limit: int = 6) -> str:
    names = [a.name for a in actors]
    more = len(names) - limit
    return ", ".join(names[:limit]) + (f" +{more}" if more > 0 else "")


def _date(m: MeetingRecord) -> str:
    if not m.date_start:
        return "?"
    if m.date_end and m.date_end != m.date_start:
        same_year = m.date_end[:4] == m.date_start[:4]
        return f"{m.date_start}/{m.date_end[5:] if same_year else m.date_end}"
    return m.date_start


def meetings_table(rows: Sequence[MeetingRecord]) -> str:
    head = (f"{'id':>6}  {fit('date', 12)} {fit('kind', 10)} {fit('level', 16)} "
            f"{fit('format', 9)} {fit('name', 40)} {fit('participants', 44)} src")
    lines = [head]
    for m in rows:
        lines.append(
            f"{m.id:>6}  {fit(_date(m), 12)} {fit(m.kind, 10)} {fit(m.level or '-', 16)} "
            f"{fit(m.format or '-', 9)} {fit(m.name or '-', 40)} "
            f"{fit(_names(m.participants), 44)} {len(m.sources):>3}")
    lines.append(f"{len(rows)} meeting(s)")
    return "\n".join(lines)


def meeting_detail(m: MeetingRecord, history: Sequence[dict[str, Any]] = ()) -> str:
    out = [f"meeting {m.id}: {m.name or '(unnamed)'}",
           f"  date       {_date(m)}",
           f"  kind       {m.kind}   format {m.format or '-'}   level {m.level or '-'}"
           + (f"   ordinal {m.ordinal}" if m.ordinal is not None else ""),
           f"  series     {m.series or '-'}",
           f"  location   {m.location or '-'}",
           f"  reported   {'yes' if m.reported else 'no (only recalled or planned)'}",
           f"  chairs     {_names(m.chairs, 20) or '-'}",
           f"  parties    {_names(m.participants, 40) or '-'}",
           f"  sources    {len(m.sources)}"]
    for s in m.sources:
        how = "reports" if s.reported else "recalls"
        link = (f"linked: {s.score:.2f}, {s.reason}" if s.score is not None
                else "first account")
        out.append(f"  [{s.id}] {s.doc} ({s.published or '?'}) {how} it as "
                   f"{s.name or '(unnamed)'}, date {s.date or '?'}; {link}")
        if s.title:
            out.append(f"      title: {s.title}")
        for e in m.evidence:
            if e.doc == s.doc:
                out.append(f"      [{e.start}:{e.end}] {e.text}")
    if history:
        out.append("  link history")
        for h in history:
            score = f" {h['score']:.2f}" if h.get("score") is not None else ""
            out.append(f"    run {h.get('run_id') or '-'}: {h['action']} {h['doc_id']}/"
                       f"{h['local_id']}{score}" + (f" ({h['reason']})" if h.get("reason")
                                                    else ""))
    return "\n".join(out)


def actor_profile(p: ActorProfile) -> str:
    a = p.actor
    out = [f"{a.name} [{a.id}]" + (f" code {a.code}" if a.code else "")
           + (f" wikidata {p.wikidata}" if p.wikidata else "") + f" ({p.origin})"]
    if p.names:
        out.append("  names      " + "; ".join(f"{k}: {v}" for k, v in sorted(p.names.items())))
    if p.offices:
        out.append("  offices")
        for o in p.offices:
            out.append(f"    {o.start or '?'} – {o.end or 'now'}  {o.title}"
                       + (f" ({o.of})" if o.of else ""))
    if p.titles_seen:
        out.append("  titles in articles  " + "; ".join(f"{t} ({n})" for t, n in p.titles_seen))
    out.append(f"  meetings   {p.meetings} (chaired {p.chaired})")
    if p.per_year:
        width = max(n for _, n in p.per_year)
        for year, n in p.per_year:
            bar = "█" * max(1, round(30 * n / width))
            out.append(f"    {year:>8} {bar} {n}")
    if p.counterparts:
        out.append("  main counterparts")
        for c in p.counterparts:
            out.append(f"    {c.meetings:>4}  {c.actor.name} [{c.actor.id}]")
    if p.recent:
        out.append("  latest meetings")
        for m in p.recent:
            out.append(f"    {m.id:>6} {fit(_date(m), 12)} {m.name or m.kind}")
    return "\n".join(out)


def search_hits(hits: Sequence[SearchHit]) -> str:
    lines = []
    for h in hits:
        meetings = f"  meetings {', '.join(map(str, h.meetings))}" if h.meetings else ""
        lines.append(f"{h.doc} ({h.published or '?'}) {h.title or '(no title)'}{meetings}")
        lines.append("    " + h.snippet.replace("\n", " "))
    lines.append(f"{len(hits)} document(s)")
    return "\n".join(lines)
