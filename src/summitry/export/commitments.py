"""Commitments for analysts: JSON Lines (one record with its timeline), flat rows for CSV
and Parquet (one row per step: a commitment's status at one article and meeting), and
PLOVER-style events.

PLOVER codes single sentences; here an event is a step of a commitment the store has
followed across articles. A step that agrees, signs, adopts or launches is an ``AGREE``
event (its mode the status); statements of support, welcome or praise made at a meeting are
``SUPPORT`` events. Proposals, studies, reviews and drafting have no PLOVER event type that
fits them, and are left out rather than forced into one.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from summitry.store.commitment_queries import CommitmentRecord
from summitry.store.results import _optional

#: Step statuses that are an agreement in PLOVER's sense, with the AGREE mode they give.
AGREE_MODES = {"agreed": "agree", "signed": "sign", "adopted": "adopt", "launched": "launch",
               "in_force": "ratify"}
#: Statement types that are PLOVER SUPPORT.
SUPPORT_TYPES = frozenset({"support", "welcome", "praise"})

ROW_FIELDS = ("commitment_id", "name", "name_en", "kind", "status", "period_start",
              "period_end", "parties", "follows_id", "step_id", "date", "step_status", "doc",
              "meeting_id", "meeting_name", "evidence_start", "evidence_end", "evidence")


def rows(records: Iterable[CommitmentRecord]) -> Iterator[dict[str, Any]]:
    for r in records:
        for s in r.steps:
            yield {"commitment_id": r.id, "name": r.name, "name_en": r.name_en,
                   "kind": r.kind, "status": r.status,
                   "period_start": r.period[0] if r.period else None,
                   "period_end": r.period[1] if r.period else None,
                   "parties": ";".join(r.parties),
                   "follows_id": r.follows[0] if r.follows else None, "step_id": s.id,
                   "date": s.date, "step_status": s.status, "doc": s.doc,
                   "meeting_id": s.meeting_id, "meeting_name": s.meeting_name,
                   "evidence_start": s.evidence_start, "evidence_end": s.evidence_end,
                   "evidence": s.evidence}


def write_jsonl(records: Iterable[CommitmentRecord], stream: TextIO) -> int:
    n = 0
    for r in records:
        stream.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[CommitmentRecord], stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=list(ROW_FIELDS))
    writer.writeheader()
    out = list(rows(records))
    writer.writerows(out)
    return len(out)


def write_parquet(records: Iterable[CommitmentRecord], path: str | Path) -> int:
    """Flat rows as Parquet (needs the ``analysis`` extra: pyarrow)."""
    pa = _optional("pyarrow")
    pq = _optional("pyarrow.parquet")
    out = list(rows(records))
    pq.write_table(pa.Table.from_pylist(out) if out else pa.table(
        {f: pa.array([], pa.string()) for f in ROW_FIELDS}), str(path))
    return len(out)


def agree_events(records: Iterable[CommitmentRecord]) -> Iterator[dict[str, Any]]:
    """PLOVER-style AGREE events, one per step that agrees, signs, adopts or launches."""
    for r in records:
        for s in r.steps:
            mode = AGREE_MODES.get(s.status)
            if mode is None:
                continue
            yield {"id": f"summitry-commitment-{r.id}-step-{s.id}", "event_type": "AGREE",
                   "mode": mode, "context": ["diplomatic"], "date": s.date,
                   "actor": list(r.parties), "recipient": [],
                   "object": {"commitment": r.id, "name": r.name, "kind": r.kind},
                   "meeting": s.meeting_id,
                   "sources": [{"doc": s.doc}],
                   "evidence": [{"doc": s.doc, "start": s.evidence_start,
                                 "end": s.evidence_end, "text": s.evidence}]}


def support_events(statements: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """PLOVER-style SUPPORT events from stored statements (``store.statements`` rows)."""
    for st in statements:
        if st["type"] not in SUPPORT_TYPES:
            continue
        yield {"id": f"summitry-statement-{st['id']}", "event_type": "SUPPORT",
               "mode": st["type"], "context": ["diplomatic"], "date": st.get("date"),
               "actor": st["actors"], "recipient": [], "meeting": st.get("meeting_id"),
               "sources": [{"doc": st["doc"]}],
               "evidence": [{"doc": st["doc"], "start": st.get("content_start"),
                             "end": st.get("content_end"), "text": st["content"]}]}
